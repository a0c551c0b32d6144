import type { QueryRunner } from '../graphql/loaders.js';
import type { Kind } from '../model/ids.js';
import { KIND_SPECS } from '../model/record-kinds.js';
import { toRecord } from '../model/to-record.js';
import { buildTrace, TRACE_LIMITS, type TraceResult } from './build-trace.js';
import type { FetchedHop, ProvenanceSubgraph, SourceProps } from './provenance-subgraph.js';

interface Row {
  claim: Record<string, unknown>;
  hops: Record<string, any>[];
  aboutIds: string[];
  contradicting: Record<string, unknown>[];
}

const record = <T>(props: Record<string, unknown> | null | undefined) => (props ? (toRecord(props) as unknown as T) : null);

/** The content fields a trace reads of each kind, in the order the query returns their values. */
const keysOf = (kind: Kind) => ['id', ...KIND_SPECS[kind].props];
const CITATION_KEYS = keysOf('citation');
// A source's stored text can be long and a trace never needs it: Source.text loads it apart.
const SOURCE_KEYS = keysOf('source').filter((key) => key !== 'text');
const ACTOR_KEYS = keysOf('actor');

/** A record from the value list the query returns for `keys` (absent values left out). */
function fromValues<T>(keys: readonly string[], values: unknown[] | null): T | null {
  if (!values) return null;
  const props: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    if (values[i] != null) props[key] = values[i];
  });
  return record<T>(props);
}

/** The parameters of trace-claims.cypher for these claims (also what the benchmark's floor runs). */
export function traceQueryParameters(claimIds: string[]) {
  return {
    claimIds,
    maxCitations: TRACE_LIMITS.maxCitations,
    maxContradicting: TRACE_LIMITS.maxContradicting,
    citationKeys: CITATION_KEYS,
    sourceKeys: SOURCE_KEYS,
    actorKeys: ACTOR_KEYS,
  };
}

/** Turns one row of trace-claims.cypher into a subgraph of API records (defaults filled in). */
function toSubgraph(row: Row): ProvenanceSubgraph {
  return {
    claim: record(row.claim)!,
    aboutIds: row.aboutIds,
    contradicting: row.contradicting.map((c) => record(c)!),
    hops: row.hops.map(
      (hop): FetchedHop => ({
        citation: fromValues(CITATION_KEYS, hop.citation)!,
        source: fromValues<SourceProps>(SOURCE_KEYS, hop.source)!,
        sourceMakers: hop.sourceMakers,
        sourcePublisher: hop.sourcePublisher ?? null,
        cites: fromValues<SourceProps>(SOURCE_KEYS, hop.cites),
        citesMakers: hop.citesMakers,
        citesPublisher: hop.citesPublisher ?? null,
        evidencedIn: fromValues<SourceProps>(SOURCE_KEYS, hop.evidencedIn),
        speakers: hop.speakers.map((values: unknown[]) => fromValues<Record<string, unknown> & { id: string }>(ACTOR_KEYS, values)!),
      }),
    ),
  };
}

/**
 * The traces of the given claims, in one database round trip (cypher/trace-claims.cypher),
 * keyed by claim id; a claim that does not exist (or is deleted) is absent from the map.
 */
export async function traceClaims(db: QueryRunner, claimIds: string[], maxDepth: number): Promise<Map<string, TraceResult>> {
  const rows = await db.read<Row & Record<string, unknown>>('trace-claims', traceQueryParameters(claimIds));
  return new Map(rows.map((row) => [row.claim.id as string, buildTrace(toSubgraph(row), maxDepth)]));
}

/** The most claims `dependents` answers for one source, in id order. */
export const MAX_DEPENDENTS = 500;

/**
 * Claims whose provenance touches `sourceId`, on either side, and for each: whether the source
 * is on its trail of support (`supports`) or of dispute (`disputes`) — a source cited on one
 * side that says the opposite is on neither through that citation — whether the claim's
 * support rests on it alone (see TraceResult.restsAlone), and whether the claim's trace was
 * cut by a bound (then the rest may be incomplete). Two round trips: the claims, then all
 * their provenance subgraphs in one batch.
 */
export async function dependentsOf(db: QueryRunner, sourceId: string) {
  const ids = (await db.read<{ id: string }>('claims-resting-on-source', { sourceId, limit: MAX_DEPENDENTS })).map((r) => r.id);
  if (ids.length === 0) return [];
  const traces = await traceClaims(db, ids, TRACE_LIMITS.maxDepth);
  const own = (roles: readonly string[]) => roles.some((role) => role !== 'OTHER_SIDE');
  return ids.flatMap((id) => {
    const trace = traces.get(id);
    if (!trace) return [];
    const node = trace.nodes.find((n) => n.source.id === sourceId);
    return [
      {
        claim: trace.claim as never,
        supports: own(node?.roles ?? []),
        disputes: own(node?.disputeRoles ?? []),
        alone: trace.restsAlone(sourceId),
        retracted: node?.source.retracted === true,
        truncated: trace.truncated,
      },
    ];
  });
}
