import type { TracePathResult } from './paths.js';
import type { FetchedHop, ProvenanceSubgraph, SourceProps } from './provenance-subgraph.js';
import type { DriftLimitsResult, QuoteDriftResult } from './trace-drift.js';
import type { TraceSide } from './trace-side.js';
import type { TrailEndResult } from './trail-ends.js';
import type { MergeReason } from './voice-types.js';

/** What a source is on one side of a trace; a source may be several at once. In this order. */
export const TRACE_ROLES = ['ENTRY', 'RELAY', 'ORIGIN', 'DEAD_END', 'OTHER_SIDE', 'BEYOND_DEPTH'] as const;
export type TraceRole = (typeof TRACE_ROLES)[number];

export interface TraceHopResult {
  citation: FetchedHop['citation'];
  side: TraceSide;
  from: SourceProps;
  to: SourceProps | null;
  evidencedIn: SourceProps;
  /** True when the hop is known only through another document (`evidencedIn` ≠ `from`). */
  secondHand: boolean;
  quote: string;
  stance: string;
  locator: string | null;
  date: string | null;
  speakers: FetchedHop['speakers'];
  /** The hop's number along the shortest way from a start of its side: 1 for a start's own hops. */
  depth: number;
}

export interface TraceNodeResult {
  source: SourceProps;
  /** Hops from the nearest start, on either side (a start is 0; beyond maxDepth: maxDepth + 1). */
  depth: number;
  /** Roles on the trail of support, in TRACE_ROLES order. */
  roles: TraceRole[];
  /** Roles on the trail of dispute. */
  disputeRoles: TraceRole[];
  /** The first role (support side first): kept for clients of the single-role API. */
  role: TraceRole;
}

export interface DeadEndResult {
  source: SourceProps;
  explanation: string;
  secondHand: boolean;
  knownThrough: SourceProps[];
}

/**
 * Whether a line of support (a voice) still stands. LIVE: a walk from a source that says the
 * claim reaches one of its trail ends through no retracted source, no hop observed in a
 * retracted document and no source that also disputes the claim. SELF_DISPUTED: only through
 * sources that dispute themselves (an abstract and its own results). RETRACTED: only through
 * a retracted source or document. DISPUTED_AT_SOURCE: no trail end at all, but its sources
 * cite sources that dispute the claim (cited for it, they say the opposite). CIRCULAR: no
 * way out, its sources only cite one another in a loop. Only LIVE lines are counted as
 * independent support.
 */
export type LineStatus = 'LIVE' | 'RETRACTED' | 'SELF_DISPUTED' | 'DISPUTED_AT_SOURCE' | 'CIRCULAR';

/** Why some sources of a line are one voice, and on what. */
export interface LineMergeResult {
  reason: MergeReason;
  /** The shared upstream source's, speaker's or publisher's id, or the shared text (normalised). */
  on: string;
  /** The sources it joins. */
  sources: SourceProps[];
}

/** One line of support: one voice. */
export interface SupportLineResult {
  sources: SourceProps[];
  upstream: SourceProps[];
  speakers: FetchedHop['speakers'];
  status: LineStatus;
  mergedBecause: MergeReason[];
  merges: LineMergeResult[];
}

/** One side of the trail, walked on its own. */
export interface SideResult {
  hops: TraceHopResult[];
  paths: TracePathResult[];
  ends: TrailEndResult[];
  origins: SourceProps[];
  deadEnds: DeadEndResult[];
  retracted: SourceProps[];
  /** Sources that say the claim on this side (walked), by id: on the dispute side, who disputes. */
  sources: SourceProps[];
}

export interface TraceResult extends Omit<SideResult, 'sources'> {
  claim: ProvenanceSubgraph['claim'];
  maxDepthReached: number;
  truncated: boolean;
  nodes: TraceNodeResult[];
  corroboration: SupportLineResult[];
  independentLines: number;
  voidLines: number;
  circularOnlyLines: number;
  /** Sources that only relay the claim with no recorded speaker and name no source: no line of support. */
  rumours: SourceProps[];
  /** Sources recorded both supporting and disputing the claim: on both sides, their lines not counted. */
  selfDisputed: SourceProps[];
  closedLoop: boolean;
  cycles: { sources: SourceProps[] }[];
  circular: boolean;
  /** Quote drift, computed on first read (a lazy getter: a query that does not ask for it pays nothing). */
  readonly drift: QuoteDriftResult<FetchedHop['citation']>[];
  /** What drift compared and cut; reading it computes drift too (once per trace). */
  readonly driftLimits: DriftLimitsResult;
  conflicts: { disputing: FetchedHop['citation'][]; contradictingClaims: ProvenanceSubgraph['contradicting'] };
  disputes: SideResult;
  /**
   * Whether the claim's support rests on this source alone: with the source not retracted
   * some line of support stands (LIVE), and with it retracted none does. The same line
   * analysis as `corroboration` (see support-lines.ts); what the walk did not read (caps on
   * citations and depth) it cannot see.
   */
  restsAlone(sourceId: string): boolean;
}
