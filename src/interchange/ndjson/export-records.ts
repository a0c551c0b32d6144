import type { Database } from '../../db/database.js';
import { userError } from '../../model/errors.js';
import { kindOfId } from '../../model/ids.js';
import { invariant } from '../../model/invariant.js';
import { KIND_SPECS, MANAGED_RELATION_TYPES } from '../../model/record-kinds.js';
import { contentOf, inputOf } from '../../write/record-state.js';
import { recordLine } from './record-line.js';

/** Records read per query when exporting. */
export const EXPORT_PAGE_SIZE = 1000;
/** The most records an export from given ids (`--from`) may reach: their ids are held in memory to walk the graph. */
export const MAX_EXPORT_REACHED = 500_000;
/** The deepest `--depth`. */
export const MAX_EXPORT_DEPTH = 20;

export interface ExportOptions {
  /** Export only the records reachable from these ids (with everything they refer to); all live records when absent. */
  from?: string[];
  /** With `from`: how many relationships away, either way (default 1). */
  depth?: number;
  pageSize?: number;
}

interface StoredRow {
  props: Record<string, unknown>;
  relations: { type: string; target: string; position: number | null }[];
}

/**
 * Writes live records as NDJSON lines (record-line.ts), in id order, one `line` call each,
 * awaiting it (so a slow output holds the database reads back). Records' content only: their
 * input fields, as `import` reads them; not their meta (who wrote them when, revision) nor
 * their history; soft-deleted records are left out (no live record can refer to them).
 *
 * The whole graph is read a page at a time (keyset on the id index, EXPORT_PAGE_SIZE): memory
 * holds one page. With `from`, the records within `depth` relationships of those ids (either
 * way: a claim reaches its citations) are collected first, then everything they refer to,
 * transitively, so that the file imports into an empty database on its own; their ids (at
 * most MAX_EXPORT_REACHED) are held in memory, the records are then read a page at a time.
 */
export async function exportRecords(db: Database, options: ExportOptions, line: (text: string) => void | Promise<void>): Promise<{ records: number }> {
  const limit = options.pageSize ?? EXPORT_PAGE_SIZE;
  let records = 0;
  const emit = async (rows: StoredRow[]) => {
    for (const row of rows) {
      await line(toLine(row));
      records += 1;
    }
  };
  if (!options.from) {
    let after = '';
    for (;;) {
      const rows = await db.read<StoredRow>('export-records-page', { after, limit, relationTypes: MANAGED_RELATION_TYPES });
      await emit(rows);
      if (rows.length < limit) break;
      after = rows[rows.length - 1]!.props.id as string;
    }
    return { records };
  }
  const ids = [...(await reachable(db, options.from, options.depth ?? 1, limit))].sort();
  for (let i = 0; i < ids.length; i += limit) {
    await emit(await db.read<StoredRow>('export-records-by-id', { ids: ids.slice(i, i + limit), relationTypes: MANAGED_RELATION_TYPES }));
  }
  return { records };
}

/** The ids within `depth` steps of `from` either way, then closed over references; NOT_FOUND for a start id that is not live, LIMIT_EXCEEDED past MAX_EXPORT_REACHED. */
async function reachable(db: Database, from: string[], depth: number, page: number): Promise<Set<string>> {
  if (!Number.isInteger(depth) || depth < 0 || depth > MAX_EXPORT_DEPTH) {
    throw userError('BAD_USER_INPUT', `depth must be a whole number from 0 to ${MAX_EXPORT_DEPTH}; got ${depth}`, { field: 'depth' });
  }
  const bad = from.filter((id) => !kindOfId(id));
  if (bad.length > 0) throw userError('BAD_USER_INPUT', `not a record id: ${bad.join(', ')}`, { field: 'from' });
  const found = new Set<string>();
  for (let i = 0; i < from.length; i += page) {
    for (const row of await db.read<{ id: string; live: boolean }>('live-records', { ids: from.slice(i, i + page) })) if (row.live) found.add(row.id);
  }
  const missing = from.filter((id) => !found.has(id));
  if (missing.length > 0) throw userError('NOT_FOUND', `no live record has the id ${missing.join(', ')}`, { ids: missing });

  const seen = new Set(found);
  const step = async (frontier: string[], direction: 'out' | 'both'): Promise<string[]> => {
    const next: string[] = [];
    for (let i = 0; i < frontier.length; i += page) {
      const rows = await db.read<{ id: string }>('export-neighbour-ids', {
        ids: frontier.slice(i, i + page),
        direction,
        relationTypes: MANAGED_RELATION_TYPES,
        limit: MAX_EXPORT_REACHED + 1,
      });
      for (const { id } of rows) {
        if (seen.has(id)) continue;
        seen.add(id);
        next.push(id);
        if (seen.size > MAX_EXPORT_REACHED) {
          throw userError('LIMIT_EXCEEDED', `more than ${MAX_EXPORT_REACHED} records are reachable: ask for less depth, or export the whole graph`, {
            limit: MAX_EXPORT_REACHED,
          });
        }
      }
    }
    return next;
  };
  let frontier = [...found];
  for (let d = 0; d < depth && frontier.length > 0; d++) frontier = await step(frontier, 'both');
  // Everything the collected records refer to, so that the export imports on its own.
  frontier = [...seen];
  while (frontier.length > 0) frontier = await step(frontier, 'out');
  return seen;
}

/** A stored record as its NDJSON line: `id` first, then its kind's props and relation fields in spec order. */
function toLine(row: StoredRow): string {
  const id = row.props.id as string;
  const kind = kindOfId(id);
  invariant(kind, `${id} is a record id`);
  const relations: Record<string, string[]> = {};
  for (const rel of [...row.relations].sort((a, b) => (a.position ?? 0) - (b.position ?? 0))) (relations[rel.type] ??= []).push(rel.target);
  return recordLine(kind, { id, ...inputOf(KIND_SPECS[kind], contentOf({ props: row.props, relations })) });
}
