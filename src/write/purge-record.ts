import { run, type Database } from '../db/database.js';
import type { Caller } from '../model/caller.js';
import { userError } from '../model/errors.js';
import { invariant } from '../model/invariant.js';
import { contentOf, lockRecords, readLockedRecords } from './record-state.js';
import { assertNoLiveReferrers } from './write-path.js';

/** What a purge did, for the caller to log (the write path has no logger). */
export interface PurgeOutcome {
  id: string;
  purgedAt: string;
  /** The revision that records the purge: the record's last one. */
  revision: number;
  /** Whether the record had been soft-deleted before it was purged. */
  wasDeleted: boolean;
  by: string;
}

/**
 * The one destructive write: erases a record's node and all its relationships. Its history
 * stays, and the purge itself becomes its last revision (deleted and purged, holding the
 * state the record had). Refused with CONFLICT while live records refer to it, NOT_FOUND
 * when there is no such record. Only admins may purge; the API enforces that, not this.
 */
export async function purgeRecord(db: Pick<Database, 'write'>, caller: Caller, id: string): Promise<PurgeOutcome> {
  return db.write(async (tx) => {
    await lockRecords(tx, [id]);
    const [before] = (await readLockedRecords(tx, [id])).values();
    invariant(before, 'a locked record was just read');
    if (!before.props) throw userError('NOT_FOUND', `no record has the id ${id}`, { id });
    await assertNoLiveReferrers(tx, id);
    const purgedAt = new Date().toISOString();
    const revision = before.revision + 1;
    await run(tx, 'purge-record', { id });
    await run(tx, 'write-revisions', {
      revisions: [
        {
          recordId: id,
          revision,
          at: purgedAt,
          by: caller.id,
          deleted: true,
          purged: true,
          state: JSON.stringify(contentOf({ props: before.props, relations: before.relations })),
        },
      ],
    });
    return { id, purgedAt, revision, wasDeleted: before.props.deletedAt != null, by: caller.id };
  });
}
