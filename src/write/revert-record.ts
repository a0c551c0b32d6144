import { run, type Database } from '../db/database.js';
import type { Caller } from '../model/caller.js';
import { userError } from '../model/errors.js';
import { kindOfId } from '../model/ids.js';
import { invariant } from '../model/invariant.js';
import { KIND_SPECS } from '../model/record-kinds.js';
import { inputOf, lockRecords, readLockedRecords, type RecordState } from './record-state.js';
import { assertRevision, prepareRequests, writeRecords, type WriteResult } from './write-path.js';

/**
 * Writes a new revision of a record equal to its state at `revision` (an edit like any
 * other: validated, locked, recorded in history; an old state equal to the current one
 * writes nothing). A soft-deleted record comes back to life. NOT_FOUND when the record
 * does not exist (never written, or purged) or has no such revision; BAD_USER_INPUT for a
 * revision that is a deletion (use deleteRecord); CONFLICT when the old state refers to a
 * record that is no longer live (reverting would leave a dangling link) or when
 * `expectedRevision` is stale.
 */
export async function revertRecord(
  db: Pick<Database, 'write'>,
  caller: Caller,
  id: string,
  revision: number,
  expectedRevision?: number | null,
): Promise<WriteResult> {
  const kind = kindOfId(id);
  invariant(kind, 'callers check ids before reverting');
  return db.write(async (tx) => {
    await lockRecords(tx, [id]);
    const [current] = (await readLockedRecords(tx, [id])).values();
    invariant(current, 'a locked record was just read');
    if (!current.props) throw userError('NOT_FOUND', `no record has the id ${id}`, { id });
    assertRevision(id, 'id', expectedRevision, current);
    const [past] = await run<{ deleted: boolean; state: string }>(tx, 'record-revision', { id, revision });
    if (!past) throw userError('NOT_FOUND', `${id} has no revision ${revision}`, { id, revision });
    if (past.deleted) {
      throw userError('BAD_USER_INPUT', `revision: revision ${revision} of ${id} is its deletion; deleteRecord deletes`, { field: 'revision' });
    }
    const input = { ...inputOf(KIND_SPECS[kind], JSON.parse(past.state) as RecordState), id };
    try {
      const { results } = await writeRecords(tx, caller, prepareRequests([{ kind, input, path: 'revision' }]));
      return results[0]!;
    } catch (error) {
      // The old state names a record that is gone: not a missing input, a conflict with the present.
      const extensions = (error as { extensions?: { code?: string; ids?: string[] } }).extensions;
      if (extensions?.code !== 'NOT_FOUND') throw error;
      const gone = extensions.ids ?? [];
      throw userError('CONFLICT', `revision ${revision} of ${id} refers to ${gone.join(', ')}, which no longer exist: reverting would leave a dangling link`, {
        ids: gone,
      });
    }
  });
}
