import type { Database } from '../src/db/database.js';
import type { Caller } from '../src/model/caller.js';
import { recordHistory } from '../src/write/record-history.js';
import { softDeleteRecord, upsertRecords } from '../src/write/write-path.js';
import { resetDatabase, testDatabase } from './support/harness.js';

const editor: Caller = { id: 'editor', role: 'editor' };

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

async function count(query: string): Promise<number> {
  return db.write(async (tx) => (await tx.run(query)).records[0]!.get(0) as number);
}

describe('concurrent writers of one record', () => {
  const WRITERS = 50;

  it(`leave ${WRITERS} dense, ordered revisions after the first, the newest equal to the stored state`, async () => {
    await upsertRecords(db, editor, [{ kind: 'actor', input: { id: 'actor:c-one', name: 'One', kind: 'PERSON' }, path: 'input' }]);
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        upsertRecords(db, { id: `writer-${i}`, role: 'editor' }, [
          { kind: 'actor', input: { id: 'actor:c-one', name: 'One', kind: 'PERSON', description: `version ${i}` }, path: 'input' },
        ]),
      ),
    );
    // Every answer is the writer's own write, never another writer's content.
    outcomes.forEach((outcome, i) => {
      expect(outcome.results[0]).toMatchObject({ status: 'updated', record: { description: `version ${i}`, updatedBy: `writer-${i}` } });
    });
    expect(outcomes.map((o) => o.results[0]!.record!.revision).sort((a, b) => a - b)).toEqual(Array.from({ length: WRITERS }, (_, i) => i + 2));

    const [stored] = await db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: ['actor:c-one'] });
    expect(stored!.props.revision).toBe(WRITERS + 1);
    const history = await recordHistory(db, 'actor:c-one', 1000);
    expect(history.map((h) => h.revision)).toEqual(Array.from({ length: WRITERS + 1 }, (_, i) => WRITERS + 1 - i));
    expect(history[0]!.state).toEqual({ name: 'One', kind: 'PERSON', description: stored!.props.description });
    expect(history[0]!.by).toBe(stored!.props.updatedBy);
    expect(await count("MATCH (r:Revision {recordId: 'actor:c-one'}) RETURN count(r)")).toBe(WRITERS + 1);
  });

  it('create one record once when many create it at the same moment', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => upsertRecords(db, editor, [{ kind: 'claim', input: { text: 'Said at once.' }, path: 'input' }])),
    );
    expect(new Set(outcomes.map((o) => o.results[0]!.id)).size).toBe(1);
    expect(outcomes.filter((o) => o.results[0]!.status === 'created')).toHaveLength(1);
    expect(await count("MATCH (c:Claim) WHERE c.text = 'Said at once.' RETURN count(c)")).toBe(1);
  });
});

describe('a delete racing a new reference to the deleted record', () => {
  const TRIALS = 40;

  it(`never lets both commit, and never leaves a live citation on a deleted source (${TRIALS} trials)`, async () => {
    await upsertRecords(db, editor, [{ kind: 'claim', input: { id: 'claim:c-race', text: 'Raced.' }, path: 'input' }]);
    const tally = { deleteWon: 0, referenceWon: 0, both: 0 };
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const sourceId = `source:c-race-${trial}`;
      await upsertRecords(db, editor, [{ kind: 'source', input: { id: sourceId, title: `Race ${trial}`, kind: 'REPORT' }, path: 'input' }]);
      const citation = { id: `citation:c-race-${trial}`, claimId: 'claim:c-race', sourceId, quote: 'Raced.', stance: 'SUPPORTS' };
      const [deleted, referenced] = await Promise.allSettled([
        softDeleteRecord(db, editor, sourceId),
        upsertRecords(db, editor, [{ kind: 'citation', input: citation, path: 'input' }]),
      ]);
      if (deleted.status === 'fulfilled' && referenced.status === 'fulfilled') tally.both += 1;
      else if (deleted.status === 'fulfilled') {
        expect((referenced as PromiseRejectedResult).reason.extensions.code).toBe('NOT_FOUND');
        tally.deleteWon += 1;
      } else {
        expect((deleted as PromiseRejectedResult).reason.extensions.code).toBe('CONFLICT');
        expect(referenced.status).toBe('fulfilled');
        tally.referenceWon += 1;
      }
    }
    expect(tally.both).toBe(0);
    expect(tally.deleteWon + tally.referenceWon).toBe(TRIALS);
    expect(
      await count('MATCH (c:Citation)-[]->(s:Source) WHERE c.deletedAt IS NULL AND s.deletedAt IS NOT NULL RETURN count(*)'),
    ).toBe(0);
  });
});

describe('locks on the records a write refers to', () => {
  /** Holds `id`'s write lock in a transaction of its own until the returned release is called. */
  async function holdLock(id: string): Promise<{ release: () => Promise<void> }> {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const hasLock = new Promise<void>((r) => (locked = r));
    const holder = db.write(async (tx) => {
      await tx.run('MATCH (n:Record {id: $id}) SET n._lock = true REMOVE n._lock', { id });
      locked();
      await held;
    });
    await hasLock;
    return { release: async () => (release(), await holder) };
  }
  // A write that gives up after 2 s instead of the default transaction timeout.
  const impatient = { write: <T>(work: Parameters<Database['write']>[0]) => db.write(work, { timeoutMs: 2000 }) as Promise<T> };

  beforeAll(async () => {
    await upsertRecords(db, editor, [
      { kind: 'actor', input: { id: 'actor:c-publisher', name: 'Busy publisher', kind: 'ORGANISATION' }, path: 'a' },
      { kind: 'source', input: { id: 'source:c-linked', title: 'Linked', kind: 'REPORT', publisherId: 'actor:c-publisher' }, path: 's' },
    ]);
  });

  // Regression: every write naming a popular record (a publisher) took that record's lock for
  // the whole write, so all of them queued behind each other (upsertSource p99 8.8 s under load).
  it('do not make an update that keeps its link wait for the linked record', async () => {
    const lock = await holdLock('actor:c-publisher');
    try {
      const outcome = await upsertRecords(impatient, editor, [
        { kind: 'source', input: { id: 'source:c-linked', title: 'Linked, renamed', kind: 'REPORT', publisherId: 'actor:c-publisher' }, path: 'input' },
      ]);
      expect(outcome.results[0]).toMatchObject({ status: 'updated' });
    } finally {
      await lock.release();
    }
  });

  it('make a new link wait for the linked record, so a concurrent delete cannot slip between', async () => {
    const lock = await holdLock('actor:c-publisher');
    try {
      const outcome = upsertRecords(impatient, editor, [
        { kind: 'source', input: { id: 'source:c-new-link', title: 'New link', kind: 'REPORT', publisherId: 'actor:c-publisher' }, path: 'input' },
      ]);
      await expect(outcome).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    } finally {
      await lock.release();
    }
  });
});
