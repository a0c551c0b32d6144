import type { SourceProps } from './provenance-subgraph.js';

export type TrailEndKind = 'ORIGIN' | 'DEAD_END' | 'CYCLE' | 'DEPTH_LIMIT';

export interface TrailEndResult {
  kind: TrailEndKind;
  source: SourceProps;
  explanation: string;
}

/**
 * What a trail that stops at `source` (it names no source for the claim) ends in: an
 * origin when the source is primary, or by an actor the claim is about (first-hand);
 * otherwise a dead end, unsourced beyond it.
 */
export function classifyTrailEnd(source: SourceProps, makers: readonly string[], about: ReadonlySet<string>): TrailEndResult {
  if (source.isPrimary === true) return { kind: 'ORIGIN', source, explanation: `origin: ${source.title} is a primary source` };
  const firstHand = source.isPrimary !== false && makers.some((id) => about.has(id));
  if (firstHand) {
    return { kind: 'ORIGIN', source, explanation: `origin: ${source.title} is by an actor the claim is about (first-hand)` };
  }
  return { kind: 'DEAD_END', source, explanation: `unsourced beyond ${source.title}` };
}
