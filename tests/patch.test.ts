import { smallGraph } from './support/fixtures.js';
import { graphqlSuite } from './support/harness.js';
import { importRequests } from '../src/write/import-requests.js';
import { upsertRecords } from '../src/write/write-path.js';
import { ANONYMOUS } from '../src/model/caller.js';

const { execute } = graphqlSuite((db) => upsertRecords(db, ANONYMOUS, importRequests(smallGraph)));

const SOURCE = `mutation {
  upsertSource(input: {
    id: "source:p-report", title: "A report", kind: REPORT, publisherId: "actor:t-author-a",
    authorIds: ["actor:t-author-a"], isPrimary: true, date: "2024-03", description: "About things"
  }) { id meta { revision } }
}`;
const READ = '{ source(id: "source:p-report") { title kind date isPrimary retracted description publisher { id } authors { id } meta { revision updatedBy } } }';

describe('patches and retraction', () => {
  it('retractSource sets one field and keeps every other one', async () => {
    expect((await execute(SOURCE)).errors).toBeUndefined();
    const before = (await execute(READ)).data!.source;
    const { data, errors } = await execute('mutation { retractSource(id: "source:p-report") { retracted isPrimary publisher { id } authors { id } meta { revision } } }');
    expect(errors).toBeUndefined();
    expect(data!.retractSource).toEqual({ retracted: true, isPrimary: true, publisher: { id: 'actor:t-author-a' }, authors: [{ id: 'actor:t-author-a' }], meta: { revision: 2 } });
    const after = (await execute(READ)).data!.source;
    expect(after).toEqual({ ...before, retracted: true, meta: { revision: 2, updatedBy: 'test' } });
  });

  it('a patch changes the fields given, clears those given as null, keeps the rest', async () => {
    const { data, errors } = await execute(
      'mutation { patchSource(id: "source:p-report", input: { title: "A better title", description: null, authorIds: [] }) { title description date isPrimary retracted publisher { id } authors { id } meta { revision } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.patchSource).toEqual({
      title: 'A better title',
      description: null,
      date: '2024-03',
      isPrimary: true,
      retracted: true,
      publisher: { id: 'actor:t-author-a' },
      authors: [],
      meta: { revision: 3 },
    });
  });

  it('a patch is validated as the whole record it makes: a required field cannot be cleared', async () => {
    const { data, errors } = await execute('mutation { patchSource(id: "source:p-report", input: { title: null }) { id } }');
    expect(data).toEqual({ patchSource: null });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title' });
  });

  it('a patch of a record that does not exist, or of another kind, is refused', async () => {
    const missing = await execute('mutation { patchSource(id: "source:p-nowhere", input: { title: "X" }) { id } }');
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const wrongKind = await execute('mutation { patchSource(id: "actor:t-author-a", input: { title: "X" }) { id } }');
    expect(wrongKind.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('a stale expectedRevision is refused with CONFLICT naming the current revision; the right one writes', async () => {
    const stale = await execute('mutation { patchSource(id: "source:p-report", input: { title: "Stale" }, expectedRevision: 1) { id } }');
    expect(stale.data).toEqual({ patchSource: null });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 3, expectedRevision: 1 });
    const upsertStale = await execute('mutation { upsertActor(input: { id: "actor:t-author-a", name: "X", kind: PERSON }, expectedRevision: 7) { id } }');
    expect(upsertStale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 1 });
    const deleteStale = await execute('mutation { deleteRecord(id: "source:p-report", expectedRevision: 2) { id } }');
    expect(deleteStale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 3 });
    const fresh = await execute('mutation { retractSource(id: "source:p-report", retracted: false, expectedRevision: 3) { retracted meta { revision } } }');
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data!.retractSource).toEqual({ retracted: false, meta: { revision: 4 } });
    expect((await execute(READ)).data!.source.title).toBe('A better title');
  });

  it('expectedRevision 0 creates only what does not exist yet', async () => {
    const created = await execute('mutation { upsertActor(input: { id: "actor:p-new", name: "New", kind: PERSON }, expectedRevision: 0) { meta { revision } } }');
    expect(created.data!.upsertActor).toEqual({ meta: { revision: 1 } });
    const again = await execute('mutation { upsertActor(input: { id: "actor:p-new", name: "Other", kind: PERSON }, expectedRevision: 0) { id } }');
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 1 });
  });
});
