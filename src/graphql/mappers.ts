/**
 * What each GraphQL object type is resolved from: the record's properties as stored in
 * Neo4j (see cypher/write-record-nodes.cypher), with list and flag defaults filled in by
 * `toRecord`. Relationship fields are resolved separately, through the request's loaders.
 */
import type { StoredRecord } from '../model/to-record.js';
import type { RecordOf } from '../model/record-of.js';
import type { SEARCHABLE_KINDS } from '../model/kind-table.js';
export type { StoredRecord };
export type { AnyRecord, RecordOf } from '../model/record-of.js';

// One per kind, named as codegen.ts maps them (`<label>Record`): each is its kind's RecordOf,
// typed from the kind's zod input in src/model/record-kinds.ts, so none is written by hand.
// A new kind adds one line here (codegen's generated types import it by this name).
export type ActorRecord = RecordOf<'actor'>;
export type PlaceRecord = RecordOf<'place'>;
export type ChemicalRecord = RecordOf<'chemical'>;
export type RouteRecord = RecordOf<'route'>;
export type SourceRecord = RecordOf<'source'>;
export type ClaimRecord = RecordOf<'claim'>;
export type CitationRecord = RecordOf<'citation'>;
export type ReviewRecord = RecordOf<'review'>;
export type FindingRecord = RecordOf<'finding'>;

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
  /** A record of a searchable kind (KIND_TABLE's `search`). */
  node: RecordOf<(typeof SEARCHABLE_KINDS)[number]>;
}

export { toRecord } from '../model/to-record.js';

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
