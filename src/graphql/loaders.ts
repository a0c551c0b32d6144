import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import { toRecord, type StoredRecord } from './mappers.js';

/** Which way a relationship is followed from the record being resolved. */
export type Direction = 'out' | 'in' | 'either';

const NEIGHBOUR_QUERY: Record<Direction, string> = {
  out: 'neighbours-out',
  in: 'neighbours-in',
  either: 'neighbours-either',
};

/**
 * Per-request batching: every field that needs a record or a record's neighbours asks a
 * loader, and each loader sends one query for all the ids asked for in one tick. A nested
 * query therefore costs one round trip per level of nesting, never one per parent (no N+1).
 * Loaders live for one request, so no caller ever sees another's cached data.
 */
export class Loaders {
  private readonly neighbourLoaders = new Map<string, DataLoader<string, StoredRecord[]>>();

  constructor(private readonly db: QueryRunner) {}

  /** Live records by id; null for an id with no live record. */
  readonly record = new DataLoader<string, StoredRecord | null>(async (ids) => {
    const rows = await this.db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: [...ids] });
    const byId = new Map(rows.map((row) => [row.props.id as string, toRecord(row.props)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** The live sources that say each claim. */
  readonly claimSources = this.listLoader('claims-sources', {});

  /** The live records linked to each id by relationships of `type`, followed in `direction`. */
  neighbours(direction: Direction, type: string): DataLoader<string, StoredRecord[]> {
    const key = `${direction}:${type}`;
    let loader = this.neighbourLoaders.get(key);
    if (!loader) {
      loader = this.listLoader(NEIGHBOUR_QUERY[direction], { type });
      this.neighbourLoaders.set(key, loader);
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
}

/** The read side of the database as a request sees it (see RequestDb). */
export interface QueryRunner {
  read<Row extends Record<string, unknown>>(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * A request's view of the database: every read it makes is named in `queries`, in order.
 * Tests snapshot that list to pin how many round trips each GraphQL query costs.
 */
export class RequestDb implements QueryRunner {
  readonly queries: string[] = [];

  constructor(readonly database: Database) {}

  read<Row extends Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.queries.push(name);
    return this.database.read<Row>(name, params);
  }
}
