import { loadConfig } from '../src/config/env.js';
import { createApp, listen } from '../src/server/app.js';
import { ADMIN_ENV, countGraph, httpSuite, silentLogger } from './support/harness.js';

/**
 * GraphQL limits over real HTTP on the seed graph: each abusive query is refused with its
 * code before it reaches Neo4j, and well-formed queries within the limits still run.
 */
const server = httpSuite({ seed: true });

/** Sent as the suite's admin, so that mutations meet the limits rather than authorisation. */
async function post(body: unknown, url = `${server.base}/graphql`) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...server.admin }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
}

/** `{ field { field { … } } }` nested `levels` deep, the shape of the reported attack. */
function nested(levels: number): string {
  const steps = ['citations { source', 'citations { claim'];
  let open = '';
  let close = '';
  for (let i = 0; i < levels; i++) {
    open += `${steps[i % 2]} { `;
    close += ' } }';
  }
  return `{ claims(first: 100) { edges { node { ${open}id${close} } } } }`;
}

const TRACE_ID = 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent';
const defaults = loadConfig({});

describe('GraphQL limits', () => {
  // Regression: this 209-byte anonymous read ran the server out of heap after ~34 s.
  it('refuses the 209-byte nested-list query with QUERY_TOO_COMPLEX and HTTP 400', async () => {
    const query = '{ claims(first:100){ edges{ node{ citations{ source{ citations{ claim{ citations{ source{ id } } } } } } } } } }';
    expect(query.length).toBeLessThanOrEqual(209);
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: defaults.GRAPHQL_MAX_COST });
    expect(body.errors[0].extensions.cost).toBeGreaterThan(defaults.GRAPHQL_MAX_COST);
    expect(body.data).toBeUndefined();
  });

  // Regression: a 399-byte version nested 13 levels killed the process after 49 s.
  it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH with QUERY_TOO_DEEP', async () => {
    const { status, body } = await post({ query: nested(7) });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors[0].message).toMatch(`limit of ${defaults.GRAPHQL_MAX_DEPTH}`);
  });

  it('prices `first`: the same shape is refused with first: 100 and runs with small pages', async () => {
    const small = '{ claims(first: 2) { edges { node { citations(first: 2) { source { citations(first: 2) { id } } } } } } }';
    const big = '{ claims(first: 100) { edges { node { citations(first: 100) { source { citations(first: 100) { id } } } } } } }';
    const ok = await post({ query: small });
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data.claims.edges).toHaveLength(2);
    expect((await post({ query: big })).body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('prices `first` given as a variable', async () => {
    const query = 'query ($n: Int) { claims(first: $n) { edges { node { citations(first: $n) { source { citations(first: $n) { id } } } } } } }';
    expect((await post({ query, variables: { n: 2 } })).status).toBe(200);
    expect((await post({ query, variables: { n: 100 } })).body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  // Regression: 5000 aliases of `trace` ran 12 s, of `dependents` 23 s.
  it('refuses 5000 aliases of trace with QUERY_TOO_LARGE before parsing', async () => {
    const fields = Array.from({ length: 5000 }, (_, i) => `t${i}: trace(claimId: "${TRACE_ID}") { truncated }`);
    const { status, body } = await post({ query: `{ ${fields.join(' ')} }` });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_LARGE', limit: defaults.GRAPHQL_MAX_TOKENS });
  });

  it('refuses more aliases than GRAPHQL_MAX_ALIASES with TOO_MANY_ALIASES', async () => {
    const fields = Array.from({ length: defaults.GRAPHQL_MAX_ALIASES + 1 }, (_, i) => `a${i}: __typename`);
    const withNames = Array.from({ length: defaults.GRAPHQL_MAX_ALIASES + 1 }, (_, i) => `a${i}: id`);
    const { status, body } = await post({ query: `{ claim(id: "${TRACE_ID}") { ${withNames.join(' ')} } }` });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_ALIASES');
    // __typename aliases are harmless and not counted.
    expect((await post({ query: `{ ${fields.join(' ')} }` })).status).toBe(200);
  });

  it('refuses more root fields than GRAPHQL_MAX_ROOT_FIELDS, fragments expanded', async () => {
    const n = defaults.GRAPHQL_MAX_ROOT_FIELDS + 1;
    const fields = Array.from({ length: n }, (_, i) => `c${i}: claim(id: "${TRACE_ID}") { id }`);
    const { status, body } = await post({ query: `query { ...Roots } fragment Roots on Query { ${fields.join(' ')} }` });
    expect(status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: 'TOO_MANY_ROOT_FIELDS', limit: defaults.GRAPHQL_MAX_ROOT_FIELDS });
  });

  // Regression: 5000 upsertActor aliases in one request ran 5000 transactions.
  it('refuses more mutation fields than GRAPHQL_MAX_MUTATION_FIELDS and writes nothing', async () => {
    const before = await countGraph(server.db);
    const n = defaults.GRAPHQL_MAX_MUTATION_FIELDS + 1;
    const fields = Array.from({ length: n }, (_, i) => `a${i}: upsertActor(input: { id: "actor:limit-${i}", name: "x", kind: PERSON }) { id }`);
    const { status, body } = await post({ query: `mutation { ${fields.join(' ')} }` });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_ROOT_FIELDS');
    expect(await countGraph(server.db)).toEqual(before);
  });

  it('refuses more directives than GRAPHQL_MAX_DIRECTIVES with TOO_MANY_DIRECTIVES', async () => {
    const fields = Array.from({ length: defaults.GRAPHQL_MAX_DIRECTIVES + 1 }, () => 'id @include(if: true)').join(' ');
    const { status, body } = await post({ query: `{ claim(id: "${TRACE_ID}") { ${fields} } }` });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('TOO_MANY_DIRECTIVES');
  });

  // Regression: a chain of 5000 fragment spreads answered HTTP 500 (stack overflow).
  it('refuses a chain of 5000 fragment spreads with a 400, and a short chain by depth', async () => {
    const chain = (n: number) =>
      `{ claims(first: 1) { edges { node { ...F0 } } } } ` +
      Array.from({ length: n }, (_, i) => `fragment F${i} on Claim { contradicts(first: 1) { ${i + 1 < n ? `...F${i + 1}` : 'id'} } }`).join(' ');
    const long = await post({ query: chain(5000) });
    expect(long.status).toBe(400);
    expect(long.body.errors[0].extensions.code).toBe('QUERY_TOO_LARGE');
    const short = await post({ query: chain(50) });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a batch (an array body) with 400', async () => {
    const { status, body } = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('bounds record lists: first above 1000 is refused, counts tell the whole length', async () => {
    // A seed claim with more citations (3) and sources (the article and the report) than the pages asked for.
    const LISTED_ID = 'claim:fentanyl-deadliest-drug-threat-us-has-faced';
    const query = `{ claim(id: "${LISTED_ID}") { citations(first: 2) { id } citationsCount attributedTo(first: 1) { id } attributedToCount } }`;
    const { body } = await post({ query });
    expect(body.errors).toBeUndefined();
    expect(body.data.claim.citations).toHaveLength(2);
    expect(body.data.claim.citationsCount).toBeGreaterThan(2);
    expect(body.data.claim.attributedTo).toHaveLength(1);
    expect(body.data.claim.attributedToCount).toBeGreaterThan(1);
    const all = await post({ query: `{ claim(id: "${LISTED_ID}") { citations(first: 1000) { id } attributedTo(first: 1000) { id } } }` });
    expect(all.body.data.claim.citations).toHaveLength(body.data.claim.citationsCount);
    expect(all.body.data.claim.attributedTo).toHaveLength(body.data.claim.attributedToCount);
    const tooMany = await post({ query: `{ claim(id: "${LISTED_ID}") { citations(first: 1001) { id } } }` });
    expect(tooMany.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('keeps introspection on by default, as tools and graph clients need it', async () => {
    const { status, body } = await post({ query: '{ __schema { queryType { name } types { name fields { name type { name ofType { name } } } } } }' });
    expect(status).toBe(200);
    expect(body.data.__schema.queryType.name).toBe('Query');
  });

  it('turns introspection off with GRAPHQL_INTROSPECTION=false', async () => {
    const closed = await createApp({ database: server.db, logger: silentLogger, development: false, config: loadConfig({ GRAPHQL_INTROSPECTION: 'false', ...ADMIN_ENV }) });
    const port = await listen(closed, 0, '127.0.0.1');
    try {
      const { status, body } = await post({ query: '{ __schema { queryType { name } } }' }, `http://127.0.0.1:${port}/graphql`);
      expect(status).toBe(400);
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await post({ query: `{ claim(id: "${TRACE_ID}") { id } }` }, `http://127.0.0.1:${port}/graphql`)).body.data.claim.id).toBe(TRACE_ID);
    } finally {
      await closed.stop();
    }
  });

  it('applies configured limits: a lower GRAPHQL_MAX_DEPTH refuses what the default allows', async () => {
    const strict = await createApp({ database: server.db, logger: silentLogger, development: false, config: loadConfig({ GRAPHQL_MAX_DEPTH: '3', ...ADMIN_ENV }) });
    const port = await listen(strict, 0, '127.0.0.1');
    try {
      const query = `{ claim(id: "${TRACE_ID}") { citations(first: 1) { source { title } } } }`;
      expect((await post({ query })).status).toBe(200);
      const { body } = await post({ query }, `http://127.0.0.1:${port}/graphql`);
      expect(body.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    } finally {
      await strict.stop();
    }
  });

  it('answers a refusal quickly enough to stay out of the way: the server still serves after a burst of them', async () => {
    const attacks = Array.from({ length: 50 }, (_, i) => post({ query: i % 2 ? nested(7) : '{ claims(first:100){ edges{ node{ citations{ source{ citations{ claim{ citations{ source{ id } } } } } } } } } }' }));
    const answers = await Promise.all(attacks);
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([400]));
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
  });
});
