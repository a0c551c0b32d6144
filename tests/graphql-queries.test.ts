import { ANONYMOUS } from '../src/model/caller.js';
import { importRequests } from '../src/write/import-requests.js';
import { upsertRecords } from '../src/write/write-path.js';
import { encodeCursor } from '../src/graphql/cursor.js';
import { smallGraph } from './support/fixtures.js';
import { graphqlSuite } from './support/harness.js';

const { execute } = graphqlSuite(async (db) => {
  const { results } = await upsertRecords(db, ANONYMOUS, importRequests(smallGraph));
  expect(results.every((r) => r.status === 'created')).toBe(true);
});

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

describe('single-record root fields', () => {
  it.each([
    ['claim', 'claim:t-rebate'],
    ['actor', 'actor:t-think-tank'],
    ['source', 'source:t-report'],
    ['chemical', 'chemical:t-drug'],
    ['place', 'place:t-port'],
    ['route', 'route:t-sea'],
    ['citation', 'citation:t-rebate-article'],
    ['review', 'review:t-rebate'],
  ])('%s(id) returns the record in one query', async (field, id) => {
    const { data, errors, queries } = await execute(`query ($id: ID!) { ${field}(id: $id) { id meta { revision createdBy } } }`, { id });
    expect(errors).toBeUndefined();
    expect(data![field]).toEqual({ id, meta: { revision: 1, createdBy: 'anonymous' } });
    expect(queries).toEqual(['records-by-id']);
  });

  it('returns null for an id of another kind or an unknown id', async () => {
    const { data } = await execute('{ claim(id: "actor:t-agency") { id } source(id: "source:t-nothing") { id } }');
    expect(data).toEqual({ claim: null, source: null });
  });

  it('rejects a malformed id with BAD_USER_INPUT', async () => {
    const { errors } = await execute('{ claim(id: "rebate") { id } }');
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('node(id) resolves any kind to its GraphQL type', async () => {
    const { data } = await execute(`{
      a: node(id: "route:t-sea") { __typename id }
      b: node(id: "citation:t-rebate-report") { __typename ... on Citation { quote } }
    }`);
    expect(data).toEqual({ a: { __typename: 'Route', id: 'route:t-sea' }, b: { __typename: 'Citation', quote: 'the rebate rose to 13%' } });
  });
});

describe('relationship fields', () => {
  it('walk a claim to its citations, their sources and cited sources', async () => {
    const { data, errors } = await execute(`{
      claim(id: "claim:t-rebate") {
        text appliesFrom
        about { __typename ... on Place { name } ... on Chemical { name isClass } }
        citations { id quote stance locator source { id } cites { id } evidencedIn { id } speakers { name } }
        attributedTo { id }
        reviews { verdict ratingValue bestRating reviewer { name } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.claim).toEqual({
      text: 'Landia pays an export rebate of 13% on precursors.',
      appliesFrom: '2020',
      about: [
        { __typename: 'Place', name: 'Landia' },
        { __typename: 'Chemical', name: 'Example precursors', isClass: true },
      ],
      citations: [
        {
          id: 'citation:t-rebate-article',
          quote: 'the rebate rose to 13%',
          stance: 'MENTIONS',
          locator: '¶3',
          source: { id: 'source:t-article' },
          cites: { id: 'source:t-report' },
          evidencedIn: { id: 'source:t-article' },
          speakers: [],
        },
        {
          id: 'citation:t-rebate-report',
          quote: 'the rebate rose to 13%',
          stance: 'SUPPORTS',
          locator: null,
          source: { id: 'source:t-report' },
          cites: null,
          evidencedIn: { id: 'source:t-article' },
          speakers: [{ name: 'Ada Author' }, { name: 'Ben Author' }],
        },
      ],
      attributedTo: [{ id: 'source:t-article' }, { id: 'source:t-report' }],
      reviews: [{ verdict: 'Unproven', ratingValue: 2, bestRating: 5, reviewer: { name: 'Example Agency' } }],
    });
  });

  it('keeps authors in the order the source names them', async () => {
    const { data } = await execute('{ source(id: "source:t-report") { authors { id } publisher { name } isPrimary retracted citedBy { id } } }');
    expect(data!.source).toEqual({
      authors: [{ id: 'actor:t-author-b' }, { id: 'actor:t-author-a' }],
      publisher: { name: 'Example Institute' },
      isPrimary: true,
      retracted: false,
      citedBy: [{ id: 'citation:t-rebate-article' }],
    });
  });

  it('shows contradictions from either side', async () => {
    const { data } = await execute(`{
      a: claim(id: "claim:t-seizure") { contradicts { id } }
      b: claim(id: "claim:t-no-seizure") { contradicts { id } }
    }`);
    expect(data).toEqual({ a: { contradicts: [{ id: 'claim:t-no-seizure' }] }, b: { contradicts: [{ id: 'claim:t-seizure' }] } });
  });

  it('resolves routes, places and actors', async () => {
    const { data } = await execute(`{
      route(id: "route:t-sea") { mode from { name } to { name } via { name within { name } } transports { name } operators { name } }
      actor(id: "actor:t-author-a") { authored { id } published { id } aliases }
      chemical(id: "chemical:t-drug") { synonyms isClass casNumber }
    }`);
    expect(data).toEqual({
      route: {
        mode: 'SEA',
        from: { name: 'Seaside' },
        to: { name: 'Landia' },
        via: [{ name: 'Port City', within: { name: 'Landia' } }],
        transports: [{ name: 'Example precursors' }],
        operators: [{ name: 'Example Cartel' }],
      },
      actor: { authored: [{ id: 'source:t-report' }], published: [], aliases: [] },
      chemical: { synonyms: ['EXT'], isClass: false, casNumber: null },
    });
  });

  // Regression: N+1 — nested lists must cost one query per level, not one per parent.
  it('batches nested fields: one query per level, whatever the number of parents', async () => {
    const { errors, queries } = await execute(`{
      claims(first: 10) { edges { node { citations { source { publisher { name } } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(queries).toMatchInlineSnapshot(`
[
  "claims-page",
  "neighbours-in",
  "neighbours-out",
  "neighbours-out",
]
`);
  });
});

describe('list fields', () => {
  it('page with opaque keyset cursors until the end', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const { data, errors }: any = await execute('query ($after: String) { actors(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      expect(errors).toBeUndefined();
      seen.push(...ids(data.actors));
      if (!data.actors.pageInfo.hasNextPage) break;
      after = data.actors.pageInfo.endCursor;
    }
    expect(seen).toEqual(smallGraph.actors.map((a) => a.id).sort());
  });

  it('a cursor is a key, not an offset: records added before it do not shift the next page', async () => {
    const first = await execute('{ claims(first: 1) { edges { node { id } } pageInfo { endCursor } } }');
    expect(ids(first.data!.claims)).toEqual(['claim:t-no-seizure']);
    await execute('mutation { upsertClaim(input: { id: "claim:t-aaa", text: "Sorts first." }) { id } }');
    const next = await execute('query ($after: String) { claims(first: 5, after: $after) { edges { node { id } } } }', {
      after: first.data!.claims.pageInfo.endCursor,
    });
    expect(ids(next.data!.claims)).toEqual(['claim:t-rebate', 'claim:t-seizure']);
  });

  it('rejects a page size out of bounds and a forged cursor', async () => {
    const big = await execute('{ claims(first: 101) { edges { cursor } } }');
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await execute('{ claims(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }');
    expect(forged.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('filters claims by what they are about and by the source that says them', async () => {
    const { data } = await execute(`{
      about: claims(filter: { aboutId: "chemical:t-drug" }) { edges { node { id } } }
      said: claims(filter: { sourceId: "source:t-report" }) { edges { node { id } } }
      both: claims(filter: { sourceId: "source:t-article", aboutId: "actor:t-agency" }) { edges { node { id } } }
    }`);
    expect(ids(data!.about)).toEqual(['claim:t-no-seizure', 'claim:t-seizure']);
    expect(ids(data!.said)).toEqual(['claim:t-rebate']);
    expect(ids(data!.both)).toEqual(['claim:t-seizure']);
  });

  it('pages a filtered list with the same cursors', async () => {
    const page1 = await execute('{ claims(first: 1, filter: { aboutId: "chemical:t-drug" }) { edges { node { id } } pageInfo { hasNextPage endCursor } } }');
    expect(page1.data!.claims.pageInfo.hasNextPage).toBe(true);
    const page2 = await execute('query ($after: String) { claims(first: 1, after: $after, filter: { aboutId: "chemical:t-drug" }) { edges { node { id } } pageInfo { hasNextPage } } }', {
      after: page1.data!.claims.pageInfo.endCursor,
    });
    expect(ids(page2.data!.claims)).toEqual(['claim:t-seizure']);
    expect(page2.data!.claims.pageInfo.hasNextPage).toBe(false);
  });

  it('filters sources by kind, publisher, author and date range', async () => {
    const { data } = await execute(`{
      reports: sources(filter: { kind: REPORT }) { edges { node { id } } }
      byPublisher: sources(filter: { publisherId: "actor:t-agency" }) { edges { node { id } } }
      byAuthor: sources(filter: { authorId: "actor:t-author-a", kind: REPORT }) { edges { node { id } } }
      in2024: sources(filter: { dateFrom: "2024", dateTo: "2024" }) { edges { node { id } } }
      fromMarch: sources(filter: { dateFrom: "2024-03" }) { edges { node { id } } }
      before2022: sources(filter: { dateTo: "2022" }) { edges { node { id } } }
    }`);
    expect(ids(data!.reports)).toEqual(['source:t-report']);
    expect(ids(data!.byPublisher)).toEqual(['source:t-estimate']);
    expect(ids(data!.byAuthor)).toEqual(['source:t-report']);
    expect(ids(data!.in2024)).toEqual(['source:t-article', 'source:t-report']);
    expect(ids(data!.fromMarch)).toEqual(['source:t-article']);
    expect(ids(data!.before2022)).toEqual(['source:t-estimate']);
  });

  it('filters actors, places, chemicals and routes', async () => {
    const { data } = await execute(`{
      people: actors(filter: { kind: PERSON }) { edges { node { id } } }
      cities: places(filter: { kind: CITY }) { edges { node { id } } }
      drugs: chemicals(filter: { role: DRUG }) { edges { node { id } } }
      air: routes(filter: { mode: AIR }) { edges { node { id } } }
      carrying: routes(filter: { transportsId: "chemical:t-precursors" }) { edges { node { id } } }
      fromSeaByAir: routes(filter: { fromId: "place:t-sea", mode: AIR }) { edges { node { id } } }
      toLand: routes(filter: { toId: "place:t-land", fromId: "place:t-sea" }) { edges { node { id } } }
    }`);
    expect(ids(data!.people)).toEqual(['actor:t-author-a', 'actor:t-author-b']);
    expect(ids(data!.cities)).toEqual(['place:t-port']);
    expect(ids(data!.drugs)).toEqual(['chemical:t-drug']);
    expect(ids(data!.air)).toEqual(['route:t-air']);
    expect(ids(data!.carrying)).toEqual(['route:t-sea']);
    expect(ids(data!.fromSeaByAir)).toEqual(['route:t-air']);
    expect(ids(data!.toLand)).toEqual(['route:t-air', 'route:t-sea']);
  });

  it('encodes cursors opaquely', () => {
    expect(encodeCursor('claim:x')).not.toContain('claim');
  });
});

describe('search', () => {
  it('finds claims, sources, actors, chemicals and places by their words, best first', async () => {
    const { data, errors } = await execute('{ search(text: "rebate") { score node { __typename ... on Claim { id } } } }');
    expect(errors).toBeUndefined();
    expect(data!.search[0].node).toEqual({ __typename: 'Claim', id: 'claim:t-rebate' });
    const aliases = await execute('{ search(text: "EI") { node { __typename ... on Actor { id } } } }');
    expect(aliases.data!.search.map((h: any) => h.node)).toContainEqual({ __typename: 'Actor', id: 'actor:t-think-tank' });
    const synonyms = await execute('{ search(text: "EXT", kinds: [CHEMICAL]) { node { ... on Chemical { id } } } }');
    expect(synonyms.data!.search.map((h: any) => h.node.id)).toEqual(['chemical:t-drug']);
  });

  it('limits hits to the kinds asked for', async () => {
    const { data } = await execute('{ search(text: "report", kinds: [SOURCE]) { node { __typename } } }');
    expect(data!.search.length).toBeGreaterThan(0);
    expect(new Set(data!.search.map((h: any) => h.node.__typename))).toEqual(new Set(['Source']));
  });

  it.each(['13%', 'AND', '"unbalanced', 'rebate)', 'a:b*', '\\'])('treats %j as words, never as query syntax', async (text) => {
    const { errors } = await execute('query ($text: String!) { search(text: $text) { score } }', { text });
    expect(errors).toBeUndefined();
  });

  it('rejects empty search text', async () => {
    const { errors } = await execute('{ search(text: "   ") { score } }');
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});
