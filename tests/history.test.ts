import { graphqlSuite, countGraph } from './support/harness.js';
import type { Caller } from '../src/model/caller.js';

const suite = graphqlSuite();
const { execute } = suite;
const alice: Caller = { id: 'alice', role: 'editor' };
const HISTORY = '{ history(id: "source:h-s") { revision by deleted purged state changed } }';

async function ok(query: string, caller?: Caller) {
  const { data, errors } = await execute(query, {}, caller);
  expect(errors).toBeUndefined();
  return data!;
}

describe('history and revert', () => {
  it('lists every state newest first, with who wrote it and what changed', async () => {
    await ok('mutation { upsertActor(input: { id: "actor:h-pub", name: "Publisher", kind: COMPANY }) { id } }');
    await ok('mutation { upsertSource(input: { id: "source:h-s", title: "First", kind: REPORT, publisherId: "actor:h-pub" }) { id } }');
    await ok('mutation { patchSource(id: "source:h-s", input: { title: "Second", isPrimary: true }) { id } }', alice);
    await ok('mutation { retractSource(id: "source:h-s") { id } }');
    const { history } = await ok(HISTORY);
    expect(history.map((h: any) => [h.revision, h.by, h.changed])).toEqual([
      [3, 'test', ['retracted']],
      [2, 'alice', ['title', 'isPrimary']],
      [1, 'test', ['title', 'kind', 'publisherId']],
    ]);
    expect(JSON.parse(history[1].state)).toEqual({ title: 'Second', kind: 'REPORT', isPrimary: true, publisherId: 'actor:h-pub' });
    const page = await ok('{ history(id: "source:h-s", first: 1, beforeRevision: 3) { revision changed } }');
    expect(page.history).toEqual([{ revision: 2, changed: ['title', 'isPrimary'] }]);
  });

  it('revert writes a new revision equal to an old state', async () => {
    const { revert } = await ok('mutation { revert(id: "source:h-s", revision: 1) { id ... on Source { title retracted isPrimary meta { revision updatedBy } } } }', alice);
    expect(revert).toEqual({ id: 'source:h-s', title: 'First', retracted: false, isPrimary: null, meta: { revision: 4, updatedBy: 'alice' } });
    const { history } = await ok(HISTORY);
    expect(JSON.parse(history[0].state)).toEqual(JSON.parse(history[3].state));
  });

  it('revert refuses a revision that does not exist (NOT_FOUND) and a stale expectedRevision (CONFLICT)', async () => {
    const missing = await execute('mutation { revert(id: "source:h-s", revision: 99) { id } }');
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const stale = await execute('mutation { revert(id: "source:h-s", revision: 2, expectedRevision: 1) { id } }');
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 4 });
  });

  it('revert refuses with CONFLICT a state that refers to a record no longer live', async () => {
    await ok('mutation { patchSource(id: "source:h-s", input: { publisherId: null }) { id } }');
    await ok('mutation { deleteRecord(id: "actor:h-pub") { id } }');
    const { errors } = await execute('mutation { revert(id: "source:h-s", revision: 1) { id } }');
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', ids: ['actor:h-pub'] });
  });
});

describe('purgeRecord', () => {
  it('refuses while live records refer to the record', async () => {
    await ok('mutation { upsertActor(input: { id: "actor:h-gone", name: "Gone", kind: PERSON }) { id } }');
    await ok('mutation { patchSource(id: "source:h-s", input: { authorIds: ["actor:h-gone"] }) { id } }');
    const { errors } = await execute('mutation { purgeRecord(id: "actor:h-gone") { id } }');
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', referrers: ['source:h-s'] });
  });

  it('erases the node and its links, keeps its history and ends it with the purge', async () => {
    await ok('mutation { patchSource(id: "source:h-s", input: { authorIds: null }) { id } }');
    const before = await countGraph(suite.db());
    const { purgeRecord } = await ok('mutation { purgeRecord(id: "actor:h-gone") { id purgedAt revision } }');
    expect(purgeRecord).toMatchObject({ id: 'actor:h-gone', revision: 2 });
    const after = await countGraph(suite.db());
    // The node and its revision-1 state go; one Revision node (the purge) comes.
    expect(after.nodes).toBe(before.nodes);
    const { history } = await ok('{ history(id: "actor:h-gone") { revision deleted purged by state } }');
    expect(history[0]).toMatchObject({ revision: 2, deleted: true, purged: true, by: 'test' });
    expect(JSON.parse(history[0].state)).toEqual({ name: 'Gone', kind: 'PERSON' });
    expect((await ok('{ node(id: "actor:h-gone") { id } }')).node).toBeNull();
    const again = await execute('mutation { purgeRecord(id: "actor:h-gone") { id } }');
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a record written again after a purge continues its history', async () => {
    const { upsertActor } = await ok('mutation { upsertActor(input: { id: "actor:h-gone", name: "Back", kind: PERSON }) { meta { revision } } }');
    expect(upsertActor.meta.revision).toBe(3);
  });
});
