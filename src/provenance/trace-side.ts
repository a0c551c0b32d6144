import type { FetchedHop } from './provenance-subgraph.js';

/**
 * The two sides of a trace. A hop whose stance is DISPUTES is on the trail of dispute; a hop
 * that SUPPORTS the claim is on the trail of support, and so is a hop that MENTIONS it (a
 * relay: it carries the claim and its speaker along the trail without endorsing it, and is
 * no support of its own; see voices.ts) — unless its source disputes the claim and supports
 * it nowhere: a source that relays a claim only to refute it is on the trail of dispute
 * alone. The two trails are walked apart: a source that disputes a claim is never its
 * support, its dead end or its origin; one recorded both supporting and disputing it is on
 * both (see `selfDisputed`).
 */
export const TRACE_SIDES = ['SUPPORT', 'DISPUTE'] as const;
export type TraceSide = (typeof TRACE_SIDES)[number];

/** The side a hop of this stance is on, whatever else its source records. */
export function sideOfStance(stance: string): TraceSide {
  return stance === 'DISPUTES' ? 'DISPUTE' : 'SUPPORT';
}

/** Each hop's side, and the sources recorded on both sides, from all the hops of one claim. */
export interface HopSides {
  /** The side a hop is on (see TRACE_SIDES). */
  sideOf(hop: FetchedHop): TraceSide;
  /** True for a hop that relays the claim (MENTIONS) for a source that only disputes it: shown on the trail of dispute, never walked. */
  isRefutedRelay(hop: FetchedHop): boolean;
  /** Sources with both a SUPPORTS and a DISPUTES hop for the claim, by id. */
  selfDisputed: ReadonlySet<string>;
  /** Sources with a DISPUTES hop and no SUPPORTS hop: never on the trail of support. */
  disputersOnly: ReadonlySet<string>;
}

/** Decides each hop's side from the stances its source records for the claim (one pass). */
export function hopSides(hops: readonly FetchedHop[]): HopSides {
  const supports = new Set<string>();
  const disputes = new Set<string>();
  for (const hop of hops) {
    if (hop.citation.stance === 'SUPPORTS') supports.add(hop.source.id);
    else if (hop.citation.stance === 'DISPUTES') disputes.add(hop.source.id);
  }
  const isRefutedRelay = (hop: FetchedHop) =>
    hop.citation.stance === 'MENTIONS' && disputes.has(hop.source.id) && !supports.has(hop.source.id);
  return {
    sideOf: (hop) => (isRefutedRelay(hop) ? 'DISPUTE' : sideOfStance(hop.citation.stance)),
    isRefutedRelay,
    selfDisputed: new Set([...supports].filter((id) => disputes.has(id))),
    disputersOnly: new Set([...disputes].filter((id) => !supports.has(id))),
  };
}
