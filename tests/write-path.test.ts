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
    expect(results).toEqual([{ id: 'actor:w-tank', kind: 'actor', status: 'created' }]);
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
    const { results } = await upsertRecords(db, { id: 'editor', roles: [] }, [
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

  it('generates an id of the right kind when the input has none', async () => {
    const { results } = await upsertRecords(db, ANONYMOUS, [{ kind: 'place', input: { name: 'Nowhere', kind: 'OTHER' }, path: 'input' }]);
    expect(results[0]!.id).toMatch(/^place:[0-9a-f-]{36}$/);
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
    const deleted = await softDeleteRecord(db, { id: 'remover', roles: [] }, 'claim:w-gone');
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
});
