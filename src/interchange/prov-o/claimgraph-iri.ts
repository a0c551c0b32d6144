/**
 * claimgraph's own RDF vocabulary (prefix `cg:`): the terms PROV-O and the Web Annotation
 * vocabulary have no word for (stance, side, second-hand, trail ends, roles). A stable
 * namespace IRI under the reserved `.example` domain: it names, it is not fetched (nothing
 * is served there, and no export refers to it as a remote context). The terms are listed in
 * src/interchange/prov-o/README.md.
 */
export const CG_NAMESPACE = 'https://claimgraph.example/ns#';

/**
 * The IRI of a record: `urn:claimgraph:<id>` (e.g. `urn:claimgraph:source:article`). Ids are
 * `<kind>:<slug>` with a slug of [a-z0-9._-] (ID_PATTERN), so the IRI needs no escaping and
 * is the same in every export (Turtle, JSON-LD, Web Annotation) and every run.
 */
export function recordIri(id: string): string {
  return `urn:claimgraph:${id}`;
}
