import { isDeepStrictEqual } from 'node:util';
import type { RecordShape } from 'neo4j-driver';
import { kindOfId } from '../model/ids.js';
import { invariant } from '../model/invariant.js';
import { KIND_SPECS } from '../model/record-kinds.js';
import { inputOf, type RecordState } from './record-state.js';

/** One past state of a record, in its kind's input fields. */
export interface RevisionEntry {
  revision: number;
  at: string;
  by: string;
  deleted: boolean;
  purged: boolean;
  /** The record's fields at this revision (the input form: `publisherId`, `authorIds`, …). */
  state: Record<string, unknown>;
  /** Fields whose value differs from the revision before (every field present, for the first one). */
  changed: string[];
}

/** What history reads through: the database, or a request's door to it. */
interface HistoryReader {
  read<Row extends RecordShape>(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * A record's revisions, newest first: at most `first`, all below `before` when given. Works
 * for soft-deleted and purged records too (their history stays); an id never written has none.
 */
export async function recordHistory(db: HistoryReader, id: string, first: number, before?: number | null): Promise<RevisionEntry[]> {
  const kind = kindOfId(id);
  invariant(kind, 'callers check ids before reading history');
  const rows = await db.read<{ revision: number; at: string; by: string; deleted: boolean; purged: boolean; state: string }>('record-history', {
    id,
    before: before ?? Number.MAX_SAFE_INTEGER,
    limit: first + 1,
  });
  const states = rows.map((row) => inputOf(KIND_SPECS[kind], JSON.parse(row.state) as RecordState));
  return rows.slice(0, first).map((row, i) => {
    const previous = states[i + 1];
    const state = states[i]!;
    const fields = [...new Set([...Object.keys(state), ...Object.keys(previous ?? {})])];
    const changed = fields.filter((f) => !isDeepStrictEqual(state[f], previous?.[f]));
    return { revision: row.revision, at: row.at, by: row.by, deleted: row.deleted, purged: row.purged, state, changed };
  });
}
