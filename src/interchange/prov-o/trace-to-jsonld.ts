import type { TraceResult } from '../../provenance/build-trace.js';
import { quadsToJsonLd } from './quads-to-jsonld.js';
import { PROV_PREFIXES, traceQuads, type SourceMakers } from './trace-quads.js';

/**
 * A trace as PROV-O in JSON-LD (application/ld+json): the statements of `traceQuads` as a
 * `@graph` of node objects, with the context inline (prefixes only, no remote context), so
 * that `jsonld.toRDF` gives exactly the triples the Turtle export holds.
 */
export function traceToJsonLd(trace: TraceResult, maxDepth: number, makers: ReadonlyMap<string, SourceMakers>): Record<string, unknown> {
  return quadsToJsonLd(traceQuads(trace, maxDepth, makers), PROV_PREFIXES);
}
