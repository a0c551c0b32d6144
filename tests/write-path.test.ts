import type { Database } from '../src/db/database.js';
import { ANONYMOUS } from '../src/model/caller.js';
import { softDeleteRecord, upsertRecords, MAX_RECORDS_PER_WRITE } from '../src/write/write-path.js';
import { resetDatabase, testDatabase } from './support/harness.js';

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

async function count(query: string): Promise<number> {
  const rows = await db.write(async (tx) => (await tx.run(query)).records);
  return rows[0]!.get(0) as number;
}

const heritage = { id: 'actor:w-tank', name: 'A Tank', kind: 'THINK_TANK' };

describe('the write path', () => {
  it('creates a record with who and when, and keeps its first revision', async () => {
    const { results } = await upsertRecords(db, ANONYMOUS, [{ kind: 'actor', input: heritage, path: 'input' }]);
    expect(results).toMatchObject([{ id: 'actor:w-tank', kind: 'actor', status: 'created', record: { name: 'A Tank', revision: 1 } }]);
    const [row] = await db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: ['actor:w-tank'] });
    expect(row!.props).toMatchObject({ name: 'A Tank', createdBy: 'anonymous', updatedBy: 'anonymous', revision: 1 });
    expect(await count("MATCH (r:Revision {recordId: 'actor:w-tank'}) RETURN count(r)")).toBe(1);
  });

  it('writes nothing when the same input comes again (idempotent upsert)', async () => {
    const [before] = await db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: ['actor:w-tank'] });
    const { results } = await upsertRecords(db, ANONYMOUS, [{ kind: 'actor', input: heritage, path: 'input' }]);
    expect(results[0]!.status).toBe('unchanged');
    const [after] = await db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: ['actor:w-tank'] });
    expect(after!.props).toEqual(before!.props);
    expect(await count("MATCH (r:Revision {recordId: 'actor:w-tank'}) RETURN count(r)")).toBe(1);
  });

  it('replaces a changed record, bumps its revision and keeps the old state', async () => {
    const { results } = await upsertRecords(db, { id: 'editor', role: 'editor' }, [
      { kind: 'actor', input: { ...heritage, aliases: ['AT'] }, path: 'input' },
    ]);
    expect(results[0]!.status).toBe('updated');
    const [row] = await db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: ['actor:w-tank'] });
    expect(row!.props).toMatchObject({ aliases: ['AT'], revision: 2, createdBy: 'anonymous', updatedBy: 'editor' });
    const states = await db.write(async (tx) =>
      (await tx.run("MATCH (r:Revision {recordId: 'actor:w-tank'}) RETURN r.state AS state ORDER BY r.revision")).records.map(
        (r) => JSON.parse(r.get('state') as string),
      ),
    );
    expect(states.map((s) => s.props.aliases)).toEqual([undefined, ['AT']]);
  });

  it('clears optional fields an input omits (the input is the whole record)', async () => {
    await upsertRecords(db, ANONYMOUS, [{ kind: 'actor', input: heritage, path: 'input' }]);
    const [row] = await db.read<{ props: Record<string, unknown> }>('records-by-id', { ids: ['actor:w-tank'] });
    expect(row!.props.aliases).toBeUndefined();
    expect(row!.props.revision).toBe(3);
  });

  it('derives the id from the identity of the record when the input has none, so a retried create writes one record', async () => {
    const input = { name: 'Nowhere', kind: 'OTHER' };
    const first = await upsertRecords(db, ANONYMOUS, [{ kind: 'place', input, path: 'input' }]);
    expect(first.results[0]).toMatchObject({ id: expect.stringMatching(/^place:nowhere-[0-9a-f]{12}$/), status: 'created' });
    const again = await upsertRecords(db, ANONYMOUS, [{ kind: 'place', input, path: 'input' }]);
    expect(again.results[0]).toMatchObject({ id: first.results[0]!.id, status: 'unchanged' });
    // Identity folds case and white space: the same place, renamed.
    const renamed = await upsertRecords(db, ANONYMOUS, [{ kind: 'place', input: { name: '  NOWHERE ', kind: 'OTHER' }, path: 'input' }]);
    expect(renamed.results[0]).toMatchObject({ id: first.results[0]!.id, status: 'updated' });
    await upsertRecords(db, ANONYMOUS, [{ kind: 'place', input, path: 'input' }]);
    expect(await count("MATCH (n:Place) WHERE n.name = 'Nowhere' RETURN count(n)")).toBe(1);
    const other = await upsertRecords(db, ANONYMOUS, [{ kind: 'place', input: { name: 'Nowhere', kind: 'CITY' }, path: 'input' }]);
    expect(other.results[0]!.id).not.toBe(first.results[0]!.id);
  });

  it('refuses a reference to a record that does not exist, and writes nothing at all', async () => {
    const before = await count('MATCH (n) RETURN count(n)');
    await expect(
      upsertRecords(db, ANONYMOUS, [
        { kind: 'actor', input: { id: 'actor:w-new', name: 'New', kind: 'PERSON' }, path: 'input.actors[0]' },
        { kind: 'source', input: { id: 'source:w-s', title: 'S', kind: 'REPORT', publisherId: 'actor:w-ghost' }, path: 'input.sources[0]' },
      ]),
    ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND', ids: ['actor:w-ghost'] } });
    expect(await count('MATCH (n) RETURN count(n)')).toBe(before);
  });

  it('lets records in one write refer to each other, in any order', async () => {
    const { results } = await upsertRecords(db, ANONYMOUS, [
      { kind: 'claim', input: { id: 'claim:w-a', text: 'A', contradictsIds: ['claim:w-b'] }, path: 'a' },
      { kind: 'claim', input: { id: 'claim:w-b', text: 'B' }, path: 'b' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['created', 'created']);
    expect(await count("MATCH (:Claim {id: 'claim:w-a'})-[:CONTRADICTS]->(:Claim {id: 'claim:w-b'}) RETURN count(*)")).toBe(1);
  });

  it('rejects one id written twice in one write', async () => {
    await expect(
      upsertRecords(db, ANONYMOUS, [
        { kind: 'claim', input: { id: 'claim:w-c', text: 'C' }, path: 'input.claims[0]' },
        { kind: 'claim', input: { id: 'claim:w-c', text: 'D' }, path: 'input.claims[1]' },
      ]),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.claims[1].id' } });
  });

  it('refuses writes above its size bound before touching the database', async () => {
    const requests = Array.from({ length: MAX_RECORDS_PER_WRITE + 1 }, (_, i) => ({
      kind: 'claim' as const,
      input: { id: `claim:w-many-${i}`, text: 'x' },
      path: `input.claims[${i}]`,
    }));
    await expect(upsertRecords(db, ANONYMOUS, requests)).rejects.toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' } });
  });

  it('soft-deletes: reads skip the record, the node and its history stay', async () => {
    await upsertRecords(db, ANONYMOUS, [{ kind: 'claim', input: { id: 'claim:w-gone', text: 'Gone' }, path: 'input' }]);
    const deleted = await softDeleteRecord(db, { id: 'remover', role: 'editor' }, 'claim:w-gone');
    expect(deleted.id).toBe('claim:w-gone');
    expect(await db.read('records-by-id', { ids: ['claim:w-gone'] })).toEqual([]);
    expect(await count("MATCH (n:Claim {id: 'claim:w-gone'}) WHERE n.deletedBy = 'remover' RETURN count(n)")).toBe(1);
    expect(await count("MATCH (r:Revision {recordId: 'claim:w-gone'}) RETURN count(r)")).toBe(2);
  });

  it('refuses to delete a record that live records still point at', async () => {
    await expect(softDeleteRecord(db, ANONYMOUS, 'claim:w-b')).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', referrers: ['claim:w-a'] },
    });
  });

  it('answers NOT_FOUND for deleting what is not there', async () => {
    await expect(softDeleteRecord(db, ANONYMOUS, 'claim:w-never')).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('revives a soft-deleted record when it is written again', async () => {
    const { results } = await upsertRecords(db, ANONYMOUS, [{ kind: 'claim', input: { id: 'claim:w-gone', text: 'Gone' }, path: 'input' }]);
    expect(results[0]!.status).toBe('updated');
    expect(await db.read('records-by-id', { ids: ['claim:w-gone'] })).toHaveLength(1);
  });

  it('keepOthersEdits skips records another caller changed or deleted last, and records that would refer to them', async () => {
    const seed = { id: 'seed', role: 'editor' as const };
    const graph = (description: string) => [
      { kind: 'actor' as const, input: { id: 'actor:w-kept', name: 'Kept', kind: 'PERSON', description }, path: 'a' },
      { kind: 'source' as const, input: { id: 'source:w-kept', title: 'Kept', kind: 'REPORT', publisherId: 'actor:w-kept', description }, path: 's' },
      { kind: 'claim' as const, input: { id: 'claim:w-kept', text: description }, path: 'c' },
    ];
    await upsertRecords(db, seed, graph('one'), { keepOthersEdits: true });
    await softDeleteRecord(db, ANONYMOUS, 'claim:w-kept');
    await upsertRecords(db, { id: 'editor', role: 'editor' }, [{ kind: 'actor', input: { id: 'actor:w-kept', name: 'Kept', kind: 'PERSON', description: 'mine' }, path: 'a' }]);
    await softDeleteRecord(db, ANONYMOUS, 'source:w-kept');
    await softDeleteRecord(db, ANONYMOUS, 'actor:w-kept');
    const { results } = await upsertRecords(db, seed, graph('two'), { keepOthersEdits: true });
    expect(results.map((r) => [r.id, r.status, r.reason])).toEqual([
      ['actor:w-kept', 'skipped', 'deleted by anonymous'],
      ['source:w-kept', 'skipped', 'deleted by anonymous'],
      ['claim:w-kept', 'skipped', 'deleted by anonymous'],
    ]);
    await upsertRecords(db, seed, [{ kind: 'source', input: { id: 'source:w-new', title: 'New', kind: 'REPORT', publisherId: 'actor:w-kept' }, path: 's' }], { keepOthersEdits: true }).then(({ results: [r] }) =>
      expect(r).toMatchObject({ status: 'skipped', reason: 'refers to actor:w-kept, which does not exist' }),
    );
    expect(await count("MATCH (n:Record {id: 'source:w-new'}) RETURN count(n)")).toBe(0);
  });
});
