import type { TraceResult } from '../../provenance/build-trace.js';
import { citationAnnotations, type CitationToAnnotate } from './citation-annotations.js';

/** The hops of a trace (both sides, in the trace's hop order) as citations to annotate. */
function traceCitations(trace: TraceResult): CitationToAnnotate[] {
  const claimText = typeof trace.claim.text === 'string' ? trace.claim.text : trace.claim.id;
  return trace.hops.map((hop) => ({
    citationId: hop.citation.id,
    claimId: trace.claim.id,
    claimText,
    quote: hop.quote,
    stance: hop.stance,
    side: hop.side,
    saidById: hop.from.id,
    citesId: hop.to?.id ?? null,
    evidencedInId: hop.evidencedIn.id,
    secondHand: hop.secondHand,
    locator: hop.locator,
  }));
}

/** A trace's citations as Web Annotations (see citationAnnotations); `texts`: the stored texts of the documents its hops are evidenced in. */
export function traceAnnotations(trace: TraceResult, texts: ReadonlyMap<string, string>): Record<string, unknown> {
  return citationAnnotations(traceCitations(trace), texts);
}
