/**
 * A trace as the CLI asks for it (`CLI_DOCUMENTS.traceCore` and `traceExtras`, merged into
 * one object): the input of the pure formatters in this folder. Only the fields those
 * documents select are here; every one is as the GraphQL answer gives it.
 */
export interface TraceAnswer {
  claim: { id: string; text: string };
  maxDepthReached: number;
  truncated: boolean;
  nodes: TraceAnswerNode[];
  hops: TraceAnswerHop[];
  paths: TraceAnswerPath[];
  ends: TraceAnswerEnd[];
  corroboration: { status: LineStatus; sources: { id: string }[]; upstream: { id: string }[]; speakers: { name: string }[]; mergedBecause: MergeReason[] }[];
  independentLines: number;
  voidLines: number;
  circularOnlyLines: number;
  rumours: { id: string }[];
  selfDisputed: { id: string }[];
  closedLoop: boolean;
  circular: boolean;
  cycles: { sources: { id: string }[] }[];
  retracted: { id: string }[];
  drift: TraceAnswerDrift[];
  driftLimits: { pairsCompared: number; pairsSkipped: number; quotesClipped: number };
  conflicts: { contradictingClaims: { id: string; text: string }[] };
  disputes: { sources: { id: string }[]; ends: TraceAnswerEnd[]; retracted: { id: string }[] };
  findings: TraceAnswerFinding[];
}

export type Side = 'SUPPORT' | 'DISPUTE';
export type LineStatus = 'LIVE' | 'RETRACTED' | 'SELF_DISPUTED' | 'DISPUTED_AT_SOURCE' | 'CIRCULAR';
export type MergeReason = 'SHARED_UPSTREAM' | 'SAME_SPEAKER' | 'SAME_TEXT' | 'SAME_PUBLISHER';
export type TrailEndKind = 'ORIGIN' | 'DEAD_END' | 'OTHER_SIDE' | 'CYCLE' | 'DEPTH_LIMIT';

export interface TraceAnswerSource {
  id: string;
  title: string;
  kind: string;
  retracted: boolean;
  url?: string | null;
  date?: string | null;
  publisher?: { name: string } | null;
}

export interface TraceAnswerNode {
  depth: number;
  roles: string[];
  disputeRoles: string[];
  source: TraceAnswerSource;
}

export interface TraceAnswerHop {
  citation: { id: string; firstHand: boolean | null };
  side: Side;
  from: { id: string };
  to: { id: string } | null;
  evidencedIn: { id: string; title: string };
  secondHand: boolean;
  quote: string;
  stance: string;
  locator: string | null;
  date: string | null;
  depth: number;
}

export interface TraceAnswerPath {
  side: Side;
  sourceIds: string[];
  citationIds: string[];
  secondHand: boolean;
  restsOnRetracted: boolean;
  end: { kind: TrailEndKind; side: Side; explanation: string; source: { id: string } };
}

export interface TraceAnswerEnd {
  kind: TrailEndKind;
  side: Side;
  explanation: string;
  secondHand: boolean;
  source: { id: string };
  knownThrough: { id: string; title: string }[];
}

export interface TraceAnswerDrift {
  from: { id: string };
  to: { id: string };
  change: 'NARROWED' | 'QUALIFIER_CUT' | 'EXTENDED' | 'OVERLAPS' | 'CHANGED';
  /** Real drift: the citing quote may say something the cited one does not. */
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

export interface TraceAnswerFinding {
  finding: { id: string; note: string | null };
  review: { id: string; verdict: string };
  reviewer: { name: string } | null;
  source: { id: string; title: string; url: string | null };
  relation: 'MATCHES' | 'CONTRADICTS' | 'CONTEXT';
  quote: string | null;
  locator: string | null;
  beyond: { id: string; title: string } | null;
  afterTrailEnd: boolean;
}
