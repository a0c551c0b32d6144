/**
 * The shapes of the GraphQL answers the viewer reads, field for field as `queries.ts` asks
 * for them (schema/provenance.graphql, schema/finding.graphql, schema/drift.graphql). Pure
 * types: no DOM, no library, so the model modules and their unit tests share them.
 */

export type TraceSide = 'SUPPORT' | 'DISPUTE';
export type TraceRole = 'ENTRY' | 'RELAY' | 'ORIGIN' | 'DEAD_END' | 'OTHER_SIDE' | 'BEYOND_DEPTH';
export type TrailEndKind = 'ORIGIN' | 'DEAD_END' | 'OTHER_SIDE' | 'CYCLE' | 'DEPTH_LIMIT';
export type Stance = 'SUPPORTS' | 'DISPUTES' | 'MENTIONS';
export type LineStatus = 'LIVE' | 'RETRACTED' | 'SELF_DISPUTED' | 'DISPUTED_AT_SOURCE' | 'CIRCULAR';
export type MergeReason = 'SHARED_UPSTREAM' | 'SAME_SPEAKER' | 'SAME_TEXT' | 'SAME_PUBLISHER';
export type QuoteChange = 'NARROWED' | 'QUALIFIER_CUT' | 'EXTENDED' | 'OVERLAPS' | 'CHANGED';
export type FindingRelation = 'MATCHES' | 'CONTRADICTS' | 'CONTEXT';

/** A record named by id only: its title comes from the trace's nodes (see `titleIndex`). */
export interface IdRef {
  id: string;
}

/** A source as the viewer names it. */
export interface SourceRef extends IdRef {
  title: string;
}

/** A source on the trace, with what the viewer shows of it. */
export interface TraceSource extends SourceRef {
  kind: string;
  retracted: boolean;
}

export interface TraceNode {
  depth: number;
  roles: TraceRole[];
  disputeRoles: TraceRole[];
  source: TraceSource;
}

export interface TraceHop {
  citation: { id: string; firstHand: boolean | null };
  side: TraceSide;
  from: IdRef;
  to: IdRef | null;
  evidencedIn: SourceRef;
  secondHand: boolean;
  quote: string;
  stance: Stance;
  locator: string | null;
  date: string | null;
  depth: number;
}

export interface TrailEnd {
  kind: TrailEndKind;
  side: TraceSide;
  source: IdRef;
  explanation: string;
  secondHand: boolean;
  knownThrough: IdRef[];
}

export interface TracePath {
  side: TraceSide;
  sourceIds: string[];
  citationIds: string[];
  secondHand: boolean;
  restsOnRetracted: boolean;
  end: { kind: TrailEndKind; explanation: string; source: { id: string } };
}

export interface SupportLine {
  status: LineStatus;
  sources: IdRef[];
  upstream: IdRef[];
  speakers: { name: string }[];
  mergedBecause: MergeReason[];
}

export interface QuoteDrift {
  from: { id: string };
  to: { id: string };
  change: QuoteChange;
  /** Real drift: the citing quote may say something the cited one does not. Only this is marked. */
  meaningChanged: boolean;
  /** Both quotes are pieces of one passage of one document. */
  samePassage: boolean;
  wordsAdded: string[];
  wordsRemoved: string[];
  numbersAdded: string[];
  numbersRemoved: string[];
  namesAdded: string[];
  namesRemoved: string[];
  hedgesAdded: string[];
  hedgesRemoved: string[];
  conditionsAdded: string[];
  conditionsRemoved: string[];
  attributionsAdded: string[];
  attributionsRemoved: string[];
  qualifiersAdded: string[];
  qualifiersRemoved: string[];
  negationFlipped: boolean;
  reordered: boolean;
  similarity: number;
}

export interface TraceFinding {
  finding: { id: string; note: string | null };
  review: { id: string; verdict: string };
  reviewer: { name: string } | null;
  source: SourceRef & { url: string | null };
  relation: FindingRelation;
  quote: string | null;
  locator: string | null;
  beyond: SourceRef | null;
  afterTrailEnd: boolean;
}

/**
 * `Query.trace` as the viewer asks for it, in two requests (each within the server's query
 * cost): the trail (`TraceCore`) and what is read along it (`TraceExtras`), merged.
 * Origins, dead ends, retracted sources and disputers are derived from these fields (see
 * `trace-facts.ts`) rather than asked for again.
 */
export interface TraceCore {
  claim: { id: string; text: string };
  maxDepthReached: number;
  truncated: boolean;
  nodes: TraceNode[];
  hops: TraceHop[];
  paths: TracePath[];
  ends: TrailEnd[];
  corroboration: SupportLine[];
  independentLines: number;
  voidLines: number;
  circularOnlyLines: number;
  rumours: IdRef[];
  selfDisputed: IdRef[];
  closedLoop: boolean;
  circular: boolean;
  cycles: { sources: IdRef[] }[];
}

/** The second request: quote drift, the dispute's trail ends, contradicting claims, reviewers' findings. */
export interface TraceExtras {
  drift: QuoteDrift[];
  driftLimits: { pairsCompared: number; pairsSkipped: number; quotesClipped: number };
  conflicts: { contradictingClaims: ClaimHit[] };
  disputes: { ends: TrailEnd[] };
  findings: TraceFinding[];
}

/** The whole trace the viewer draws. */
export type Trace = TraceCore & TraceExtras;

/** One claim a search found. */
export interface ClaimHit {
  id: string;
  text: string;
}

/** `Query.dependents`: a claim whose provenance a source is on. */
export interface Dependent {
  claim: ClaimHit;
  supports: boolean;
  disputes: boolean;
  alone: boolean;
  retracted: boolean;
  truncated: boolean;
}

/** A source's own citations: the claims it says (`Source.citations`). */
export interface SourceClaims {
  id: string;
  title: string;
  citationsCount: number;
  citations: { id: string; stance: Stance; quote: string; locator: string | null; claim: ClaimHit }[];
}

/** A source's own record, read when its details open. */
export interface SourceDetails {
  id: string;
  title: string;
  kind: string;
  url: string | null;
  date: string | null;
  isPrimary: boolean | null;
  retracted: boolean;
  description: string | null;
  publisher: { name: string } | null;
  authors: { name: string }[];
}
