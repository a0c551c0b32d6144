import { smallGraph } from './support/fixtures.js';
import { countGraph, graphqlSuite } from './support/harness.js';

const suite = graphqlSuite();
const { execute } = suite;
const graphCounts = () => countGraph(suite.db());

describe('importGraph', () => {
  it('writes a whole graph in one call and counts what it did', async () => {
    const { data, errors } = await execute('mutation ($input: GraphInput!) { importGraph(input: $input) { created updated unchanged } }', { input: smallGraph });
    expect(errors).toBeUndefined();
    const total = Object.values(smallGraph).reduce((n, list) => n + list.length, 0);
    expect(data!.importGraph).toEqual({ created: total, updated: 0, unchanged: 0 });
  });

  it('is idempotent: the same import again changes nothing', async () => {
    const before = await graphCounts();
    const { data } = await execute('mutation ($input: GraphInput!) { importGraph(input: $input) { created updated unchanged } }', { input: smallGraph });
    expect(data!.importGraph).toMatchObject({ created: 0, updated: 0 });
    expect(await graphCounts()).toEqual(before);
  });

  it('rolls back the whole import when one record is invalid', async () => {
    const before = await graphCounts();
    const { errors } = await execute('mutation ($input: GraphInput!) { importGraph(input: $input) { created } }', {
      input: {
        actors: [{ id: 'actor:m-fine', name: 'Fine', kind: 'PERSON' }],
        citations: [{ claimId: 'claim:t-rebate', sourceId: 'source:t-report', quote: 'q', stance: 'SUPPORTS', citesId: 'source:t-nowhere' }],
      },
    });
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['source:t-nowhere'] });
    expect(errors![0]!.message).toContain('input.citations[0]');
    expect(await graphCounts()).toEqual(before);
  });
});

describe('upserts', () => {
  it.each([
    ['upsertActor', { id: 'actor:m-a', name: 'Someone', kind: 'PERSON', aliases: ['S'] }, 'id name kind aliases'],
    ['upsertPlace', { id: 'place:m-p', name: 'Somewhere', kind: 'REGION', withinId: 'place:t-land' }, 'id name within { id }'],
    ['upsertChemical', { id: 'chemical:m-c', name: 'Thing', role: 'PRE_PRECURSOR', casNumber: '437-38-7' }, 'id role casNumber'],
    ['upsertRoute', { id: 'route:m-r', fromId: 'place:t-land', toId: 'place:t-sea', mode: 'POSTAL' }, 'id mode from { id } to { id }'],
    ['upsertSource', { id: 'source:m-s', title: 'Paper', kind: 'DATASET', url: 'https://example.org/data', retracted: true }, 'id url retracted'],
    ['upsertClaim', { id: 'claim:m-c', text: 'Something is so.', aboutIds: ['actor:m-a'], appliesFrom: '2019-05', appliesUntil: '2020' }, 'id appliesUntil about { ... on Actor { id } }'],
    ['upsertCitation', { id: 'citation:m-c', claimId: 'claim:m-c', sourceId: 'source:m-s', quote: 'so it is', stance: 'DISPUTES' }, 'id stance claim { id } evidencedIn { id }'],
    ['upsertReview', { id: 'review:m-r', claimId: 'claim:m-c', verdict: 'False' }, 'id verdict reviewer { id }'],
  ])('%s creates the record and returns it as stored', async (mutation, input, selection) => {
    const inputType = mutation.replace('upsert', '') + 'Input';
    const { data, errors } = await execute(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} meta { revision } } }`, { input });
    expect(errors).toBeUndefined();
    expect(data![mutation].id).toBe(input.id);
    expect(data![mutation].meta.revision).toBe(1);
    expect(data![mutation]).toMatchSnapshot();
  });

  it('an upsert that changes a link replaces it', async () => {
    const { data } = await execute('mutation { upsertRoute(input: { id: "route:m-r", fromId: "place:t-sea", toId: "place:t-land", mode: POSTAL }) { from { id } to { id } meta { revision } } }');
    expect(data!.upsertRoute).toEqual({ from: { id: 'place:t-sea' }, to: { id: 'place:t-land' }, meta: { revision: 2 } });
  });

  it('deleteRecord hides a record and refuses while it is referred to', async () => {
    const refused = await execute('mutation { deleteRecord(id: "claim:m-c") { id } }');
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    await execute('mutation { deleteRecord(id: "review:m-r") { id } }');
    await execute('mutation { deleteRecord(id: "citation:m-c") { id } }');
    const { data, errors } = await execute('mutation { deleteRecord(id: "claim:m-c") { id deletedAt } }');
    expect(errors).toBeUndefined();
    expect(data!.deleteRecord.deletedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const gone = await execute('{ claim(id: "claim:m-c") { id } claims(filter: { aboutId: "actor:m-a" }) { edges { node { id } } } }');
    expect(gone.data).toEqual({ claim: null, claims: { edges: [] } });
  });
});

describe('validation', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['an empty name', 'upsertActor', { name: '  ', kind: 'PERSON' }, 'input.name'],
    ['an id of the wrong kind', 'upsertActor', { id: 'claim:x', name: 'X', kind: 'PERSON' }, 'input.id'],
    ['a malformed id', 'upsertActor', { id: 'actor:Not Valid', name: 'X', kind: 'PERSON' }, 'input.id'],
    ['a partial date that is no date', 'upsertSource', { title: 'T', kind: 'REPORT', date: '2024-13' }, 'input.date'],
    ['a URL that is not http(s)', 'upsertSource', { title: 'T', kind: 'REPORT', url: 'javascript:alert(1)' }, 'input.url'],
    ['a reference to the wrong kind', 'upsertSource', { title: 'T', kind: 'REPORT', publisherId: 'place:t-land' }, 'input.publisherId'],
    ['a repeated author', 'upsertSource', { title: 'T', kind: 'REPORT', authorIds: ['actor:t-author-a', 'actor:t-author-a'] }, 'input.authorIds'],
    ['a bad CAS number', 'upsertChemical', { name: 'C', role: 'DRUG', casNumber: 'fentanyl' }, 'input.casNumber'],
    ['a route to where it starts', 'upsertRoute', { fromId: 'place:t-land', toId: 'place:t-land', mode: 'LAND' }, 'input.toId'],
    ['an end before the start', 'upsertClaim', { text: 'T', appliesFrom: '2021', appliesUntil: '2020' }, 'input.appliesUntil'],
    ['a source citing itself', 'upsertCitation', { claimId: 'claim:t-rebate', sourceId: 'source:t-report', citesId: 'source:t-report', quote: 'q', stance: 'SUPPORTS' }, 'input.citesId'],
    ['a rating without its scale', 'upsertReview', { claimId: 'claim:t-rebate', verdict: 'V', ratingValue: 3 }, 'input.ratingValue'],
  ];

  it.each(cases)('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, mutation, input, field) => {
    const before = await graphCounts();
    const inputType = mutation.replace('upsert', '') + 'Input';
    const { errors } = await execute(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(errors![0]!.message.startsWith(`${field}: `)).toBe(true);
    expect(await graphCounts()).toEqual(before);
  });

  it('rejects a reference to a missing record with NOT_FOUND', async () => {
    const { errors } = await execute('mutation { upsertClaim(input: { text: "T", aboutIds: ["actor:m-nobody"] }) { id } }');
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['actor:m-nobody'] });
  });

  it('rejects a wrong enum value before any resolver runs', async () => {
    const { errors } = await execute('mutation { upsertActor(input: { name: "X", kind: WIZARD }) { id } }');
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('answers that never hide a write', () => {
  it('shows which fields of a request committed: a committed field answers, a failed one is null with its error', async () => {
    const { data, errors } = await execute(
      'mutation { a: upsertActor(input:{id:"actor:x-a",name:"ok",kind:PERSON}){id} b: upsertActor(input:{id:"actor:x-b",name:"",kind:PERSON}){id} }',
    );
    expect(data).toEqual({ a: { id: 'actor:x-a' }, b: null });
    expect(errors).toHaveLength(1);
    expect(errors![0]!.path).toEqual(['b']);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const read = await execute('{ a: actor(id: "actor:x-a") { id } b: actor(id: "actor:x-b") { id } }');
    expect(read.data).toEqual({ a: { id: 'actor:x-a' }, b: null });
  });

  it('answers a write from its own transaction: no second read of the record', async () => {
    const { data, queries } = await execute('mutation { upsertActor(input: { id: "actor:x-c", name: "C", kind: PERSON }) { id name meta { revision } } }');
    expect(data!.upsertActor).toEqual({ id: 'actor:x-c', name: 'C', meta: { revision: 1 } });
    expect(queries).toEqual([]);
  });

  it('derives the id of a record written without one, so a retried create makes one record', async () => {
    const create = 'mutation { upsertClaim(input: { text: "Retried claims stay single." }) { id meta { revision } } }';
    const first = await execute(create);
    const second = await execute(create);
    expect(first.data!.upsertClaim.id).toMatch(/^claim:retried-claims-stay-single-[0-9a-f]{12}$/);
    expect(second.data!.upsertClaim).toEqual(first.data!.upsertClaim);
  });

  it('refuses a place that would lie within itself through other places, naming the field', async () => {
    await execute('mutation { a: upsertPlace(input: { id: "place:x-1", name: "One", kind: REGION }) { id } }');
    await execute('mutation { upsertPlace(input: { id: "place:x-2", name: "Two", kind: REGION, withinId: "place:x-1" }) { id } }');
    await execute('mutation { upsertPlace(input: { id: "place:x-3", name: "Three", kind: REGION, withinId: "place:x-2" }) { id } }');
    const before = await graphCounts();
    const { errors } = await execute('mutation { patchPlace(id: "place:x-1", input: { withinId: "place:x-3" }) { id } }');
    expect(errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.withinId' });
    expect(errors![0]!.message).toContain('place:x-1 within place:x-3 within place:x-2 within place:x-1');
    expect(await graphCounts()).toEqual(before);
  });
});
