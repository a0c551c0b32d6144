import DataLoader from 'dataloader';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import { userError } from '../model/errors.js';
import { toRecord, type StoredRecord } from './mappers.js';

/** Which way a relationship is followed from the record being resolved. */
export type Direction = 'out' | 'in' | 'either';

const NEIGHBOUR_QUERY: Record<Direction, string> = {
  out: 'neighbours-out',
  in: 'neighbours-in',
  either: 'neighbours-either',
};

/** Counting outgoing links needs no query of its own: they are bounded by the write path (MAX_LINKS_PER_FIELD). */
const COUNT_QUERY: Record<Exclude<Direction, 'out'>, string> = {
  in: 'neighbour-counts-in',
  either: 'neighbour-counts-either',
};

/**
 * Per-request batching: every field that needs a record or a record's neighbours asks a
 * loader, and each loader sends one query for all the ids asked for in one tick. A nested
 * query therefore costs one round trip per level of nesting, never one per parent (no N+1).
 * Lists are read at most `limit` records per parent. Loaders live for one request, so no
 * caller ever sees another's cached data.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, never>>();

  constructor(private readonly db: QueryRunner) {}

  /** Live records by id; null for an id with no live record. */
  readonly record = new DataLoader<string, StoredRecord | null>(async (ids) => {
    const rows = await this.db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.props.id as string, toRecord(row.props)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** The first `limit` live sources that say each claim. */
  claimSources(limit: number): DataLoader<string, StoredRecord[]> {
    return this.cached(`claim-sources:${limit}`, () => this.listLoader('claims-sources', { limit }));
  }

  /** How many live sources say each claim. */
  claimSourceCount(): DataLoader<string, number> {
    return this.cached('claim-sources-count', () => this.countLoader('claims-sources-count', {}));
  }

  /** The first `limit` live records linked to each id by relationships of `type`, followed in `direction`. */
  neighbours(direction: Direction, type: string, limit: number): DataLoader<string, StoredRecord[]> {
    return this.cached(`${direction}:${type}:${limit}`, () => this.listLoader(NEIGHBOUR_QUERY[direction], { type, limit }));
  }

  /** How many live records link to each id by relationships of `type`, followed in `direction`. */
  neighbourCount(direction: Exclude<Direction, 'out'>, type: string): DataLoader<string, number> {
    return this.cached(`count:${direction}:${type}`, () => this.countLoader(COUNT_QUERY[direction], { type }));
  }

  /**
   * The first `limit` findings of each claim's live reviews, by review id then finding id,
   * each with its review, reviewer, found source and beyond (one claim-findings query).
   */
  claimFindings(limit: number): DataLoader<string, ClaimFinding[]> {
    return this.cached(`claim-findings:${limit}`, () =>
      new DataLoader<string, ClaimFinding[]>(async (ids) => {
        type Row = Record<keyof ClaimFinding, Record<string, unknown> | null>;
        const rows = await this.db.read<{ id: string; findings: Row[] }>('claim-findings', { ids: [...ids], limit });
        const byId = new Map(
          rows.map((row) => [
            row.id,
            row.findings.map((f) => ({
              finding: toRecord(f.finding!),
              review: toRecord(f.review!),
              reviewer: f.reviewer && toRecord(f.reviewer),
              source: toRecord(f.source!),
              beyond: f.beyond && toRecord(f.beyond),
            })),
          ]),
        );
        return ids.map((id) => byId.get(id) ?? []);
      }),
    );
  }

  private cached<V>(key: string, make: () => DataLoader<string, V>): DataLoader<string, V> {
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = make();
      this.loaders.set(key, loader as DataLoader<string, never>);
    }
    return loader;
  }

  private listLoader(query: string, params: Record<string, unknown>): DataLoader<string, StoredRecord[]> {
    return new DataLoader<string, StoredRecord[]>(async (ids) => {
      const rows = await this.db.read<{ id: string; nodes: Record<string, unknown>[] }>(query, { ...params, ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.id, row.nodes.map(toRecord)]));
      return ids.map((id) => byId.get(id) ?? []);
    });
  }

  private countLoader(query: string, params: Record<string, unknown>): DataLoader<string, number> {
    return new DataLoader<string, number>(async (ids) => {
      const rows = await this.db.read<{ id: string; count: number }>(query, { ...params, ids: [...ids] });
      const byId = new Map(rows.map((row) => [row.id, row.count]));
      return ids.map((id) => byId.get(id) ?? 0);
    });
  }
}

/** One finding of a claim as the claimFindings loader answers it: the finding and the records it links to. */
export interface ClaimFinding {
  finding: StoredRecord;
  review: StoredRecord;
  reviewer: StoredRecord | null;
  source: StoredRecord;
  beyond: StoredRecord | null;
}

/** The read side of the database as a request sees it (see RequestDb). */
export interface QueryRunner {
  read<Row extends Record<string, unknown>>(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * A request's door to the database: every read it makes is named in `queries`, in order
 * (tests snapshot that list to pin how many round trips each GraphQL query costs), and no
 * transaction outlives the request: each gets the request's remaining time as its timeout,
 * and none starts once the request's deadline has passed (TIMEOUT).
 */
export class RequestDb implements QueryRunner {
  readonly queries: string[] = [];

  /** `deadline`: epoch milliseconds after which the request has timed out; none when omitted. */
  constructor(
    readonly database: Database,
    private readonly deadline = Number.POSITIVE_INFINITY,
  ) {}

  read<Row extends Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.queries.push(name);
    return this.database.read<Row>(name, params, { timeoutMs: this.remaining() });
  }

  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.database.write(work, { timeoutMs: this.remaining() });
  }

  /** Milliseconds left (undefined without a deadline); TIMEOUT once none are. */
  private remaining(): number | undefined {
    if (this.deadline === Number.POSITIVE_INFINITY) return undefined;
    const left = this.deadline - Date.now();
    if (left <= 0) throw userError('TIMEOUT', 'the request ran out of time before it could finish', {});
    return Math.min(left, this.database.txTimeoutMs);
  }
}
