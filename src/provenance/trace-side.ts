/**
 * The two sides of a trace. A hop whose stance is DISPUTES is on the trail of dispute; a hop
 * that SUPPORTS or MENTIONS the claim is on the trail of support: a MENTIONS hop relays the
 * claim as someone else's without endorsing it, but it passes the claim on and names where it
 * came from, which is what a trail of support is made of. The two trails are walked apart:
 * a source that disputes a claim is never its support, its dead end or its origin.
 */
export const TRACE_SIDES = ['SUPPORT', 'DISPUTE'] as const;
export type TraceSide = (typeof TRACE_SIDES)[number];

/** The side a hop of this stance is on. */
export function sideOfStance(stance: string): TraceSide {
  return stance === 'DISPUTES' ? 'DISPUTE' : 'SUPPORT';
}
