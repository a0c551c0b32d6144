/**
 * What each GraphQL object type is resolved from: the record's properties as stored in
 * Neo4j (see cypher/write-record-nodes.cypher), with list and flag defaults filled in by
 * `toRecord`. Relationship fields are resolved separately, through the request's loaders.
 */
import type { StoredRecord } from '../model/to-record.js';
export type { StoredRecord };

export interface ActorRecord extends StoredRecord {
  name: string;
  kind: string;
  aliases: string[];
  description?: string;
}
export interface PlaceRecord extends StoredRecord {
  name: string;
  kind: string;
  aliases: string[];
  description?: string;
}
export interface ChemicalRecord extends StoredRecord {
  name: string;
  role: string;
  synonyms: string[];
  isClass: boolean;
  casNumber?: string;
  controlStatus?: string;
  description?: string;
}
export interface RouteRecord extends StoredRecord {
  name?: string;
  mode: string;
  description?: string;
}
export interface SourceRecord extends StoredRecord {
  title: string;
  kind: string;
  date?: string;
  url?: string;
  isPrimary?: boolean;
  retracted: boolean;
  description?: string;
  text?: string;
}
export interface ClaimRecord extends StoredRecord {
  text: string;
  appliesFrom?: string;
  appliesUntil?: string;
}
export interface CitationRecord extends StoredRecord {
  quote: string;
  locator?: string;
  stance: string;
  firstHand?: boolean;
}
export interface ReviewRecord extends StoredRecord {
  verdict: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  date?: string;
  url?: string;
}

export type { TraceResult as TraceRecord } from '../provenance/build-trace.js';
import type { TraceResult } from '../provenance/build-trace.js';
export type TraceNodeRecord = TraceResult['nodes'][number];
export type TraceHopRecord = TraceResult['hops'][number];
export type TracePathRecord = TraceResult['paths'][number];
export type TrailEndRecord = TraceResult['paths'][number]['end'];
export type DeadEndRecord = TraceResult['deadEnds'][number];
export type SupportLineRecord = TraceResult['corroboration'][number];
export type CitationCycleRecord = TraceResult['cycles'][number];
export type QuoteDriftRecord = TraceResult['drift'][number];
export type ConflictsRecord = TraceResult['conflicts'];
export type DisputeTrailRecord = TraceResult['disputes'];
export interface DependentRecord {
  claim: ClaimRecord;
  supports: boolean;
  disputes: boolean;
  alone: boolean;
  retracted: boolean;
  truncated: boolean;
}

export interface SearchHitRecord {
  score: number;
  node: StoredRecord;
}

export { toRecord } from '../model/to-record.js';

/** A Finding as stored: its own fields; review, source and beyond are links, read through the loaders. */
export interface FindingRecord extends StoredRecord {
  relation: string;
  quote?: string;
  locator?: string;
  note?: string;
}
/**
 * A reviewer's finding as `Trace.findings` shows it: the finding with its review, reviewer,
 * found source and the trail end it went beyond, all read in one query (claim-findings);
 * `afterTrailEnd` says whether `beyond` is a trail end of the trace it is shown in.
 */
export interface TraceFindingRecord {
  finding: FindingRecord;
  review: ReviewRecord;
  reviewer: ActorRecord | null;
  source: SourceRecord;
  relation: string;
  quote?: string;
  locator?: string;
  beyond: SourceRecord | null;
  afterTrailEnd: boolean;
}
