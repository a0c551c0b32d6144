import type { ImportProblem } from './import-problem.js';
import type { ActorFacts, Located, ReviewFacts, WorkFacts } from './review-facts.js';
import { SchemaOrgReader, type SchemaNode, type Value } from './schema-org-reader.js';
import { SCHEMA_ORG_TYPES } from './schema-org-types.js';

/**
 * The ClaimReviews of a schema.org JSON-LD document (one ClaimReview, an array of nodes, or a
 * `@graph`; see SchemaOrgReader for the contexts understood), as ReviewFacts, and the problems
 * that kept any of them out. Pure: reads nothing but the document.
 */
export function schemaOrgClaimReviews(document: unknown): { reviews: ReviewFacts[]; problems: ImportProblem[] } {
  const reader = new SchemaOrgReader(document);
  const nodes = reader.topNodes();
  const problems = [...reader.problems];
  const claimReviews = nodes.filter((node) => node.types.includes('ClaimReview'));
  if (claimReviews.length === 0 && problems.length === 0) problems.push({ pointer: '', reason: 'no schema.org ClaimReview in the document' });
  const reviews: ReviewFacts[] = [];
  for (const node of claimReviews) {
    const read = new ClaimReviewRead(reader, node);
    const facts = read.facts();
    // A value read twice (an itemReviewed CreativeWork's author is its claimant too) is reported once.
    if (read.problems.length > 0) problems.push(...read.problems.filter((p, i, all) => all.findIndex((q) => q.pointer === p.pointer && q.reason === p.reason) === i));
    else if (facts) reviews.push(facts);
  }
  return { reviews, problems };
}

/** One ClaimReview node, read into ReviewFacts; what stops it goes into `problems`. */
class ClaimReviewRead {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly reader: SchemaOrgReader,
    private readonly node: SchemaNode,
  ) {}

  facts(): ReviewFacts | undefined {
    const { node } = this;
    const claimText = this.text(node, 'claimReviewed', true);
    const rating = this.one(node, 'reviewRating', true);
    const ratingNode = rating && this.asNode(rating, node, 'reviewRating must be a Rating object');
    const verdict = ratingNode && (this.text(ratingNode, 'alternateName') ?? this.text(ratingNode, 'name'));
    if (ratingNode && !verdict && !this.problems.some((p) => p.pointer.startsWith(ratingNode.pointer))) {
      this.problems.push({ pointer: ratingNode.pointer, reason: 'reviewRating has no alternateName: the verdict in words is needed' });
    }
    const ratingValue = ratingNode && this.number(ratingNode, 'ratingValue');
    const bestRating = ratingNode && this.number(ratingNode, 'bestRating');
    const worstRating = ratingNode && this.number(ratingNode, 'worstRating');
    if (ratingNode && ratingValue && (!bestRating || !worstRating)) {
      this.problems.push({
        pointer: ratingValue.at,
        reason: 'ratingValue without bestRating and worstRating: give the scale (schema.org\'s defaults 5 and 1 are not assumed)',
      });
    }
    const author = this.one(node, 'author');
    const reviewer = author && this.actor(author, node);
    const publisherValue = this.one(node, 'publisher');
    const publisher = publisherValue && this.actor(publisherValue, node);
    const date = this.date(node, 'datePublished');
    const url = this.text(node, 'url');
    const title = this.text(node, 'name') ?? this.text(node, 'headline');

    const claimants: ActorFacts[] = [];
    const appearances: WorkFacts[] = [];
    const item = this.one(node, 'itemReviewed');
    const itemNode = item && this.asNode(item, node, 'itemReviewed must be a Claim or CreativeWork object');
    if (itemNode) {
      for (const value of this.reader.values(itemNode, 'author')) {
        const actor = this.actor(value, itemNode);
        if (actor) claimants.push(actor);
      }
      // An itemReviewed CreativeWork (the older markup) is itself where the claim appeared.
      if (!itemNode.types.includes('Claim') && (itemNode.keys.has('url') || itemNode.keys.has('headline') || itemNode.keys.has('name'))) {
        const work = this.work({ value: itemNode.raw, at: itemNode.pointer }, node, itemNode);
        if (work) appearances.push(work);
      }
      for (const name of ['appearance', 'firstAppearance']) {
        for (const value of this.reader.values(itemNode, name)) {
          const work = this.work(value, itemNode);
          if (work) appearances.push(work);
        }
      }
    }
    if (this.problems.length > 0 || !claimText || !verdict) return undefined;
    return {
      pointer: node.pointer,
      claimText,
      verdict,
      ...(ratingValue ? { ratingValue } : {}),
      ...(bestRating ? { bestRating } : {}),
      ...(worstRating ? { worstRating } : {}),
      ...(reviewer ? { reviewer } : {}),
      ...(publisher ? { publisher } : {}),
      ...(date ? { date } : {}),
      ...(url ? { url } : {}),
      ...(title ? { title } : {}),
      claimants,
      appearances,
      itemPointer: itemNode?.pointer ?? node.pointer,
    };
  }

  /** The one value of a property; a problem when it has several (or none and it is required). */
  private one(node: SchemaNode, name: string, required = false): Value | undefined {
    const values = this.reader.values(node, name);
    if (values.length > 1) {
      this.problems.push({ pointer: values[1]!.at, reason: `${name} has ${values.length} values; claimgraph records one per ClaimReview` });
      return undefined;
    }
    if (values.length === 0 && required) this.problems.push({ pointer: node.pointer, reason: `${name} is missing` });
    return values[0];
  }

  private asNode(value: Value, parent: SchemaNode, reason: string): SchemaNode | undefined {
    const node = this.reader.node(value, parent);
    if (!node) this.problems.push({ pointer: value.at, reason });
    return node;
  }

  private text(node: SchemaNode, name: string, required = false): Located<string> | undefined {
    const value = this.one(node, name, required);
    if (!value) return undefined;
    const literal = this.reader.literal(value, node);
    if (typeof literal !== 'string') {
      this.problems.push({ pointer: value.at, reason: `${name} must be text` });
      return undefined;
    }
    return { value: literal, at: value.at };
  }

  private number(node: SchemaNode, name: string): Located<number> | undefined {
    const value = this.one(node, name);
    if (!value) return undefined;
    const literal = this.reader.literal(value, node);
    const number = typeof literal === 'number' ? literal : typeof literal === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(literal) ? Number(literal) : NaN;
    if (!Number.isFinite(number)) {
      this.problems.push({ pointer: value.at, reason: `${name} must be a number` });
      return undefined;
    }
    return { value: number, at: value.at };
  }

  /** A date or date-time as the partial date it names (`2024-03-05T10:00:00Z` is 2024-03-05); the write path checks the rest. */
  private date(node: SchemaNode, name: string): Located<string> | undefined {
    const text = this.text(node, name);
    if (!text) return undefined;
    return { value: partialDateOf(text.value), at: text.at };
  }

  private actor(value: Value, parent: SchemaNode): ActorFacts | undefined {
    // A node object, or a { "@id": … } reference to one; a name given as text is an ORGANISATION (see the README).
    const node = this.reader.node(value, parent);
    const literal = node ? undefined : this.reader.literal(value, parent);
    if (typeof literal === 'string') return { name: { value: literal, at: value.at }, kind: 'ORGANISATION', pointer: value.at };
    if (!node) {
      this.problems.push({ pointer: value.at, reason: 'expected a Person or Organization, or a name' });
      return undefined;
    }
    const name = this.text(node, 'name');
    if (!name) {
      if (!this.problems.some((p) => p.pointer.startsWith(node.pointer))) this.problems.push({ pointer: node.pointer, reason: 'a Person or Organization needs a name' });
      return undefined;
    }
    const kind = node.types.map((type) => SCHEMA_ORG_TYPES.actorKinds[type]).find(Boolean) ?? 'ORGANISATION';
    return { name, kind, pointer: node.pointer };
  }

  /** A CreativeWork where the claim appeared (or a plain URL); `node` when it has been read already. */
  private work(value: Value, parent: SchemaNode, read?: SchemaNode): WorkFacts | undefined {
    const literal = read ? undefined : this.reader.literal(value, parent);
    if (typeof literal === 'string') {
      const url = { value: literal, at: value.at };
      return { pointer: value.at, title: url, kind: 'OTHER', url, authors: [] };
    }
    const node = read ?? this.reader.node(value, parent);
    if (!node) {
      this.problems.push({ pointer: value.at, reason: 'an appearance must be a CreativeWork or a URL' });
      return undefined;
    }
    const url = this.text(node, 'url');
    const title = this.text(node, 'headline') ?? this.text(node, 'name') ?? url;
    if (!title) {
      this.problems.push({ pointer: node.pointer, reason: 'an appearance needs a url, headline or name to be cited by' });
      return undefined;
    }
    const authors: ActorFacts[] = [];
    for (const author of this.reader.values(node, 'author')) {
      const actor = this.actor(author, node);
      if (actor) authors.push(actor);
    }
    const publisherValue = this.one(node, 'publisher');
    const publisher = publisherValue && this.actor(publisherValue, node);
    const date = this.date(node, 'datePublished');
    const kind = node.types.map((type) => SCHEMA_ORG_TYPES.sourceKinds[type]).find(Boolean) ?? 'OTHER';
    return { pointer: node.pointer, title, kind, ...(url ? { url } : {}), ...(date ? { date } : {}), authors, ...(publisher ? { publisher } : {}) };
  }
}

/** The date part of an ISO date-time; anything else unchanged, for the write path to judge. */
export function partialDateOf(value: string): string {
  const match = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/.exec(value);
  return match ? match[1]! : value;
}
