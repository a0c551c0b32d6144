import type { Quad } from 'n3';

type JsonLdValue = { '@id': string } | { '@value': string; '@type'?: string; '@language'?: string } | string | number | boolean;

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/**
 * Default-graph quads as one JSON-LD document `{ "@context", "@graph" }` whose context is
 * the given prefixes, inline (no remote context: a reader needs no network). One node
 * object per subject, in first-seen order; IRIs under a prefix are written compact
 * (`prov:entity`), others whole (`urn:claimgraph:…`); blank nodes keep their labels
 * (`_:trace`). Literals map so that JSON-LD's toRDF gives back the same triples: plain
 * strings as JSON strings, xsd:boolean as JSON booleans, xsd:integer as JSON integers
 * (within the safe integer range), anything else as `{ "@value", "@type" }`.
 */
export function quadsToJsonLd(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Record<string, unknown> {
  const compact = (iri: string) => {
    for (const [prefix, namespace] of Object.entries(prefixes)) {
      if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
    }
    return iri;
  };
  const nodes = new Map<string, Record<string, unknown>>();
  for (const { subject, predicate, object } of quads) {
    const id = subject.termType === 'BlankNode' ? `_:${subject.value}` : subject.value;
    let node = nodes.get(id);
    if (!node) nodes.set(id, (node = { '@id': compact(id) }));
    if (predicate.value === RDF_TYPE && object.termType === 'NamedNode') {
      ((node['@type'] ??= []) as string[]).push(compact(object.value));
      continue;
    }
    let value: JsonLdValue;
    if (object.termType === 'NamedNode') value = { '@id': compact(object.value) };
    else if (object.termType === 'BlankNode') value = { '@id': `_:${object.value}` };
    else if (object.termType === 'Literal') {
      const type = object.datatype.value;
      if (object.language) value = { '@value': object.value, '@language': object.language };
      else if (type === `${XSD}string`) value = object.value;
      else if (type === `${XSD}boolean`) value = object.value === 'true';
      else if (type === `${XSD}integer` && Number.isSafeInteger(Number(object.value))) value = Number(object.value);
      else value = { '@value': object.value, '@type': compact(type) };
    } else continue;
    ((node[compact(predicate.value)] ??= []) as JsonLdValue[]).push(value);
  }
  return { '@context': { ...prefixes }, '@graph': [...nodes.values()] };
}
