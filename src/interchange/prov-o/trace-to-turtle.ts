import { Writer, type Quad } from 'n3';
import type { TraceResult } from '../../provenance/build-trace.js';
import { PROV_PREFIXES, traceQuads, type SourceMakers } from './trace-quads.js';

/**
 * A trace as PROV-O in Turtle (text/turtle), written by n3's Writer with the `prov:`, `cg:`,
 * `rdf:`, `rdfs:`, `xsd:`, `dcterms:` prefixes declared: the statements of `traceQuads`,
 * nothing more. Deterministic: the same trace gives the same text.
 */
export function traceToTurtle(trace: TraceResult, maxDepth: number, makers: ReadonlyMap<string, SourceMakers>): string {
  const writer = new Writer({ prefixes: { ...PROV_PREFIXES } });
  // Each subject's statements together (in first-seen order), so the Writer states each subject once.
  const bySubject = new Map<string, Quad[]>();
  for (const quad of traceQuads(trace, maxDepth, makers)) {
    const key = `${quad.subject.termType}:${quad.subject.value}`;
    const list = bySubject.get(key);
    if (list) list.push(quad);
    else bySubject.set(key, [quad]);
  }
  writer.addQuads([...bySubject.values()].flat());
  // Writing to a string, n3's Writer calls back synchronously, before `end` returns.
  let turtle: string | undefined;
  writer.end((error, result: string) => {
    if (error) throw error;
    turtle = result;
  });
  if (turtle === undefined) throw new Error('Invariant violation: n3 Writer did not finish synchronously');
  return turtle;
}
