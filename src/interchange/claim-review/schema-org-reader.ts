import type { ImportProblem } from './import-problem.js';
import { jsonPointer } from './json-pointer.js';

/** The IRIs of schema.org's vocabulary: its terms are `http://schema.org/<name>`, and https is used as well. */
const SCHEMA_NAMESPACES = ['http://schema.org/', 'https://schema.org/'];

/**
 * The @context values that mean "schema.org's context". It is never fetched: what it defines
 * for the terms a ClaimReview uses (a vocabulary of schema.org, `schema:` as its prefix, `id`
 * and `type` as aliases of `@id` and `@type`) is built in here.
 */
export const SCHEMA_ORG_CONTEXT_URLS: readonly string[] = [
  'https://schema.org',
  'http://schema.org',
  'https://schema.org/',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld',
  'http://schema.org/docs/jsonldcontext.jsonld',
  'https://schema.org/docs/jsonldcontext.json',
  'http://schema.org/docs/jsonldcontext.json',
];

/** How deep the reader follows nested objects and @id references: far beyond any ClaimReview. */
const MAX_DEPTH = 16;

/** The terms in force at a point of a document: whether bare terms are schema.org's, and the term definitions. */
interface Scope {
  vocab: string | null;
  terms: ReadonlyMap<string, string>;
}

const EMPTY_SCOPE: Scope = { vocab: null, terms: new Map() };

/** A node object of the document, read with the terms in force where it stands. */
export interface SchemaNode {
  pointer: string;
  /** Its types as schema.org names (`ClaimReview`), whatever way the document wrote them. */
  types: string[];
  /** Its @id, when it has one. */
  id?: string;
  /** schema.org property name → the key that holds it in `raw`. */
  keys: ReadonlyMap<string, string>;
  raw: Record<string, unknown>;
  scope: Scope;
  depth: number;
}

/** One value of a property, with its pointer. */
export interface Value {
  value: unknown;
  at: string;
}

/**
 * Reads a JSON-LD document in its compact form as schema.org terms, without a JSON-LD
 * processor and so without the network: keys and types are resolved through the @context in
 * force (schema.org's by URL, an object with a schema.org `@vocab`, prefixes such as
 * `schema:` bound to schema.org, term definitions, nested contexts, full IRIs). Keys that do
 * not resolve to schema.org are ignored. Values keep the JSON Pointer of where they stand,
 * so every problem names its place in the document as written. `{ "@id": … }` references to
 * a node elsewhere in the document (a `@graph` member) are followed.
 */
export class SchemaOrgReader {
  private readonly byId = new Map<string, SchemaNode>();
  readonly problems: ImportProblem[] = [];

  constructor(private readonly document: unknown) {}

  /** The top-level node objects: the document, each member of a top-level array, or each member of its @graph. */
  topNodes(): SchemaNode[] {
    const nodes: SchemaNode[] = [];
    const visit = (value: unknown, pointer: string, scope: Scope) => {
      if (!isObject(value)) {
        this.problems.push({ pointer, reason: 'expected a JSON-LD node object' });
        return;
      }
      const node = this.read(value, pointer, scope, 0);
      if (!node) return;
      const graphKey = [...Object.keys(value)].find((key) => this.keyword(node.scope, key) === '@graph');
      if (graphKey !== undefined) {
        const graph = value[graphKey];
        const members = Array.isArray(graph) ? graph : [graph];
        members.forEach((member, index) => visit(member, Array.isArray(graph) ? jsonPointer(pointer, graphKey, index) : jsonPointer(pointer, graphKey), node.scope));
        if (node.types.length > 0) nodes.push(node);
        return;
      }
      nodes.push(node);
    };
    if (Array.isArray(this.document)) this.document.forEach((member, index) => visit(member, jsonPointer('', index), EMPTY_SCOPE));
    else visit(this.document, '', EMPTY_SCOPE);
    for (const node of nodes) this.index(node);
    return nodes;
  }

  /** The values of property `name` (a schema.org name) of `node`, arrays flattened. */
  values(node: SchemaNode, name: string): Value[] {
    const key = node.keys.get(name);
    if (key === undefined) return [];
    const value = node.raw[key];
    const at = jsonPointer(node.pointer, key);
    if (Array.isArray(value)) return value.map((item, index) => ({ value: item, at: jsonPointer(at, index) })).filter((v) => v.value != null);
    return value == null ? [] : [{ value, at }];
  }

  /** The node a value is or refers to (`{ "@id": … }` naming a node of the document), or undefined for a literal. */
  node(value: Value, parent: SchemaNode): SchemaNode | undefined {
    if (!isObject(value.value) || parent.depth >= MAX_DEPTH) return undefined;
    const node = this.read(value.value, value.at, parent.scope, parent.depth + 1);
    if (!node) return undefined;
    if (node.id !== undefined && node.keys.size === 0 && node.types.length === 0) return this.byId.get(node.id) ?? node;
    return node;
  }

  /** A literal's text: a string, a number, or an `@value` object; undefined for anything else. */
  literal(value: Value, parent: SchemaNode): string | number | undefined {
    const v = value.value;
    if (typeof v === 'string' || typeof v === 'number') return v;
    if (isObject(v)) {
      const scope = parent.scope;
      for (const [key, inner] of Object.entries(v)) {
        const keyword = this.keyword(scope, key);
        if (keyword === '@value' && (typeof inner === 'string' || typeof inner === 'number')) return inner;
        // A URL given as a node reference, as schema.org's context types `url`.
        if (keyword === '@id' && typeof inner === 'string' && Object.keys(v).length === 1) return inner;
      }
    }
    return undefined;
  }

  private read(raw: Record<string, unknown>, pointer: string, parentScope: Scope, depth: number): SchemaNode | undefined {
    let scope = parentScope;
    const contextKey = Object.keys(raw).find((key) => key === '@context');
    if (contextKey !== undefined) {
      const next = this.withContext(parentScope, raw[contextKey], jsonPointer(pointer, contextKey));
      if (!next) return undefined;
      scope = next;
    }
    const keys = new Map<string, string>();
    const types: string[] = [];
    let id: string | undefined;
    for (const [key, value] of Object.entries(raw)) {
      const keyword = this.keyword(scope, key);
      if (keyword === '@type') {
        for (const type of Array.isArray(value) ? value : [value]) {
          const name = typeof type === 'string' ? schemaName(scope, type, true) : undefined;
          if (name) types.push(name);
        }
      } else if (keyword === '@id') {
        if (typeof value === 'string') id = value;
      } else if (!keyword) {
        const name = schemaName(scope, key, false);
        if (name && !keys.has(name)) keys.set(name, key);
      }
    }
    return { pointer, types, id, keys, raw, scope, depth };
  }

  /** The keyword a key is (`@type`, or `type` where schema.org's context aliases it), or undefined. */
  private keyword(scope: Scope, key: string): string | undefined {
    if (key.startsWith('@')) return key;
    const iri = scope.terms.get(key);
    return iri?.startsWith('@') ? iri : undefined;
  }

  private withContext(parent: Scope, context: unknown, pointer: string): Scope | undefined {
    if (context === null) return EMPTY_SCOPE;
    if (Array.isArray(context)) {
      let scope: Scope | undefined = parent;
      for (const [index, item] of context.entries()) {
        scope = this.withContext(scope, item, jsonPointer(pointer, index));
        if (!scope) return undefined;
      }
      return scope;
    }
    if (typeof context === 'string') {
      if (SCHEMA_ORG_CONTEXT_URLS.includes(context.trim())) {
        const terms = new Map(parent.terms);
        terms.set('schema', 'http://schema.org/');
        terms.set('id', '@id');
        terms.set('type', '@type');
        return { vocab: 'http://schema.org/', terms };
      }
      this.problems.push({ pointer, reason: `unknown remote @context ${JSON.stringify(context)}: only schema.org's is known (nothing is fetched)` });
      return undefined;
    }
    if (isObject(context)) {
      const terms = new Map(parent.terms);
      let vocab = parent.vocab;
      for (const [key, value] of Object.entries(context)) {
        if (key === '@vocab') vocab = typeof value === 'string' ? expandIri({ vocab: null, terms }, value) ?? null : null;
        else if (key.startsWith('@')) continue;
        else if (value === null) terms.delete(key);
        else if (typeof value === 'string') terms.set(key, value);
        else if (isObject(value) && typeof value['@id'] === 'string') terms.set(key, value['@id']);
        else if (isObject(value) && value['@reverse'] !== undefined) terms.delete(key);
      }
      return { vocab, terms };
    }
    this.problems.push({ pointer, reason: '@context must be schema.org\'s URL, an object or an array of them' });
    return undefined;
  }

  /** Indexes every node with an @id, reachable from the top nodes, for `{ "@id": … }` references. */
  private index(node: SchemaNode): void {
    if (node.id !== undefined && (node.keys.size > 0 || node.types.length > 0) && !this.byId.has(node.id)) this.byId.set(node.id, node);
    if (node.depth >= MAX_DEPTH) return;
    for (const name of node.keys.keys()) {
      for (const value of this.values(node, name)) {
        if (!isObject(value.value)) continue;
        const child = this.read(value.value, value.at, node.scope, node.depth + 1);
        if (child) this.index(child);
      }
    }
  }
}

/** The schema.org name of a key or type (`claimReviewed`), or undefined when it is not schema.org's. */
function schemaName(scope: Scope, value: string, isType: boolean): string | undefined {
  const iri = expandIri(scope, value, isType);
  if (!iri) return undefined;
  const namespace = SCHEMA_NAMESPACES.find((ns) => iri.startsWith(ns));
  const name = namespace ? iri.slice(namespace.length) : undefined;
  return name && /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? name : undefined;
}

/** A term, compact IRI or IRI as an absolute IRI, through the scope's terms, prefixes and vocabulary. */
function expandIri(scope: Scope, value: string, _isType = false, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  const defined = scope.terms.get(value);
  if (defined !== undefined) return defined.startsWith('@') ? undefined : defined === value ? defined : expandIri(scope, defined, _isType, depth + 1);
  const colon = value.indexOf(':');
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const rest = value.slice(colon + 1);
    if (rest.startsWith('//')) return value;
    const bound = scope.terms.get(prefix);
    if (bound !== undefined) {
      const base = expandIri(scope, bound, _isType, depth + 1);
      return base ? `${base}${rest}` : undefined;
    }
    return value;
  }
  return scope.vocab ? `${scope.vocab}${value}` : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
