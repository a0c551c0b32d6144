import { gzipSync } from 'node:zlib';
import { loadConfig } from '../src/config/env.js';
import { isErrorCode, type ErrorCode } from '../src/model/errors.js';
import { graphChecksum } from './support/graph-checksum.js';
import { httpSuite } from './support/harness.js';

/**
 * Hostile input over real HTTP, on the seed graph. Every input is answered with a 4xx or a
 * GraphQL error whose code is in ERROR_CODES: never a 5xx, never INTERNAL_SERVER_ERROR,
 * never a hang (every request is bounded by an AbortSignal, so a hang fails its test); the
 * server answers /health after each; and the graph is unchanged (a sha256 of every node and
 * relationship, before and after each test), except for the writes of injection strings,
 * which store the string verbatim and change nothing else.
 */
const server = httpSuite({ seed: true });

const defaults = loadConfig({});
const BODY_LIMIT = defaults.HTTP_BODY_LIMIT_KB * 1024;
const TRACE_ID = 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent';
const SOURCE_ID = 'source:heritage-report-hold-china-and-mexico-accountable';

interface Raw {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** Sent as is: a string (as UTF-8), bytes, or a form. A plain value is sent as JSON. */
  body?: string | Buffer | FormData | unknown;
}

interface Answer {
  status: number;
  text: string;
  body: any;
}

const JSON_TYPE = { 'content-type': 'application/json' };

/**
 * One request, bounded: a server that never answers fails the test instead of stalling the
 * suite. Sent as an admin (the suite's admin key), so that what is tested is the input, not
 * the caller's role (tests/auth-*.test.ts test that).
 */
async function send({ method = 'POST', path = '/graphql', headers, body }: Raw): Promise<Answer> {
  const raw = typeof body === 'string' || Buffer.isBuffer(body) || body instanceof FormData || body === undefined;
  const response = await fetch(`${server.base}${path}`, {
    method,
    headers: raw ? { ...server.admin, ...headers } : { ...JSON_TYPE, ...server.admin, ...headers },
    body: raw ? (body as BodyInit | undefined) : JSON.stringify(body),
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed };
}

/** A GraphQL request as JSON. */
const gql = (query: string, variables?: Record<string, unknown>, operationName?: string): Raw => ({ body: { query, variables, operationName } });

/** The codes of a GraphQL-shaped answer's errors. */
function codes(answer: Answer): string[] {
  return ((answer.body?.errors ?? []) as { extensions?: { code?: unknown } }[]).map((e) => String(e.extensions?.code));
}

/**
 * A refusal: a 4xx, or a 200 carrying errors; either way a GraphQL-shaped body whose every
 * code is in ERROR_CODES and is not INTERNAL_SERVER_ERROR. `expected` pins the status and a
 * code the answer must carry (a refusal may list more than one error).
 */
function expectRefused(answer: Answer, expected: { status?: number; code?: ErrorCode } = {}): void {
  const context = `HTTP ${answer.status}: ${answer.text.slice(0, 500)}`;
  expect({ context, serverError: answer.status >= 500 }).toEqual({ context, serverError: false });
  expect(answer.status === 200 || (answer.status >= 400 && answer.status < 500)).toBe(true);
  expect(Array.isArray(answer.body?.errors) && answer.body.errors.length > 0 ? 'coded errors' : context).toBe('coded errors');
  for (const code of codes(answer)) {
    expect({ code, known: isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR' }).toEqual({ code, known: true });
  }
  if (expected.status !== undefined) expect({ context, status: answer.status }).toEqual({ context, status: expected.status });
  if (expected.code !== undefined) expect({ context, codes: codes(answer) }).toEqual({ context, codes: expect.arrayContaining([expected.code]) });
  // Nothing internal leaks in a refusal.
  expect(answer.text).not.toMatch(/stacktrace|\.ts:\d+|Neo4jError|at .*\(.*:\d+:\d+\)/);
}

/** Answered without fault: data, or errors that all carry a known code (never INTERNAL_SERVER_ERROR). */
function expectHandled(answer: Answer): void {
  const context = `HTTP ${answer.status}: ${answer.text.slice(0, 500)}`;
  expect({ context, serverError: answer.status >= 500 }).toEqual({ context, serverError: false });
  expect(answer.body).toBeDefined();
  for (const code of codes(answer)) {
    expect({ context, code, known: isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR' }).toEqual({ context, code, known: true });
  }
  if (answer.status === 200 && codes(answer).length === 0) expect(answer.body.data).toBeDefined();
}

/** After every test: the process still answers. */
afterEach(async () => {
  const health = await fetch(`${server.base}/health`, { signal: AbortSignal.timeout(10_000) });
  expect(health.status).toBe(200);
});

/** Inside: the graph's checksum after each test equals the one before it. */
function graphUnchanged(): void {
  let before: string;
  beforeEach(async () => {
    before = await graphChecksum(server.db);
  });
  afterEach(async () => {
    expect(await graphChecksum(server.db)).toBe(before);
  });
}

/** `{ claims(first:100){ edges{ node{ citations{ source{ citations{ claim{ … id … } } } } } } } }`, `levels` selections deep. */
function nested(levels: number): string {
  const steps = ['citations', 'source', 'citations', 'claim'];
  const chain = Array.from({ length: levels - 4 }, (_, i) => steps[i % 4]);
  return `{ claims(first:100){ edges{ node{ ${chain.map((s) => `${s}{ `).join('')}id${' }'.repeat(chain.length)} } } } }`;
}

/** Invalid UTF-8 bytes spliced into otherwise good JSON. */
function withBytes(before: string, bytes: number[], after: string): Buffer {
  return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
}

const SEARCH = 'query ($t: String!) { search(text: $t) { score node { __typename } } }';
const UPSERT_ACTOR = 'mutation ($name: String!) { upsertActor(input: { id: "actor:hostile", name: $name, kind: PERSON }) { id } }';

describe('hostile HTTP requests: bodies, content types, encodings, methods', () => {
  graphUnchanged();

  const form = () => {
    const data = new FormData();
    data.set('operations', JSON.stringify({ query: '{ __typename }' }));
    data.set('map', '{}');
    return data;
  };
  const cases: [string, Raw, { status?: number; code?: ErrorCode }][] = [
    ['malformed JSON (cut short)', { headers: JSON_TYPE, body: '{"query": ' }, { status: 400, code: 'BAD_REQUEST' }],
    ['malformed JSON (trailing garbage)', { headers: JSON_TYPE, body: '{"query":"{ __typename }"} x' }, { status: 400, code: 'BAD_REQUEST' }],
    ['malformed JSON (single quotes)', { headers: JSON_TYPE, body: "{'query':'{ __typename }'}" }, { status: 400, code: 'BAD_REQUEST' }],
    ['non-JSON body declared as JSON', { headers: JSON_TYPE, body: 'query { __typename }' }, { status: 400, code: 'BAD_REQUEST' }],
    ['an empty body', { headers: JSON_TYPE, body: '' }, { status: 400, code: 'BAD_REQUEST' }],
    ['JSON null', { headers: JSON_TYPE, body: 'null' }, { status: 400, code: 'BAD_REQUEST' }],
    ['a JSON string', { headers: JSON_TYPE, body: '"{ __typename }"' }, { status: 400, code: 'BAD_REQUEST' }],
    ['a JSON number', { headers: JSON_TYPE, body: '42' }, { status: 400, code: 'BAD_REQUEST' }],
    ['an empty JSON object', { headers: JSON_TYPE, body: '{}' }, { status: 400, code: 'BAD_REQUEST' }],
    ['query as a number', { body: { query: 42 } }, { status: 400, code: 'BAD_REQUEST' }],
    ['query as an object', { body: { query: { kind: 'Document' } } }, { status: 400, code: 'BAD_REQUEST' }],
    ['variables as a string', { body: { query: '{ __typename }', variables: '{"a":1}' } }, { status: 400, code: 'BAD_REQUEST' }],
    ['variables as an array', { body: { query: '{ __typename }', variables: [1] } }, { status: 400, code: 'BAD_REQUEST' }],
    ['a batch (array body) of two queries', { body: [{ query: '{ __typename }' }, { query: '{ __typename }' }] }, { status: 400, code: 'BAD_REQUEST' }],
    ['an empty batch', { body: [] }, { status: 400, code: 'BAD_REQUEST' }],
    [
      'a batch of 1000 mutations',
      { body: Array.from({ length: 1000 }, (_, i) => ({ query: `mutation { upsertActor(input: { id: "actor:batch-${i}", name: "x", kind: PERSON }) { id } }` })) },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    ['content type text/plain', { headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }, { status: 400, code: 'BAD_REQUEST' }],
    [
      'content type application/x-www-form-urlencoded',
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    ['content type multipart/form-data', { body: form() }, { status: 400, code: 'BAD_REQUEST' }],
    ['no content type', { body: Buffer.from('{"query":"{ __typename }"}') }, { status: 400, code: 'BAD_REQUEST' }],
    [
      'content type application/graphql',
      { headers: { 'content-type': 'application/graphql' }, body: '{ __typename }' },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    [
      'content type application/xml',
      { headers: { 'content-type': 'application/xml' }, body: '<query>{ __typename }</query>' },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    [
      'JSON in charset latin1',
      { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ __typename }"}' },
      { status: 415, code: 'BAD_REQUEST' },
    ],
    [
      'JSON in an unknown charset',
      { headers: { 'content-type': 'application/json; charset=klingon' }, body: '{"query":"{ __typename }"}' },
      { status: 415, code: 'BAD_REQUEST' },
    ],
    [
      'invalid UTF-8 bytes in a variable value',
      { headers: JSON_TYPE, body: withBytes(`{"query":${JSON.stringify(SEARCH)},"variables":{"t":"fent`, [0xff, 0xfe], 'anyl"}}') },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    [
      'invalid UTF-8 bytes in a written value',
      { headers: JSON_TYPE, body: withBytes(`{"query":${JSON.stringify(UPSERT_ACTOR)},"variables":{"name":"x`, [0xc3, 0x28], 'y"}}') },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    ['invalid UTF-8 bytes in the query text', { headers: JSON_TYPE, body: withBytes('{"query":"{ __typename } #', [0x80, 0x80], '"}') }, { status: 400, code: 'BAD_REQUEST' }],
    ['invalid UTF-8 bytes between JSON tokens', { headers: JSON_TYPE, body: withBytes('{', [0xff, 0xfe], '}') }, { status: 400, code: 'BAD_REQUEST' }],
    ['an overlong UTF-8 encoding (C0 AF)', { headers: JSON_TYPE, body: withBytes('{"query":"{ __typename } #', [0xc0, 0xaf], '"}') }, { status: 400, code: 'BAD_REQUEST' }],
    ['a UTF-8-encoded surrogate (ED A0 80)', { headers: JSON_TYPE, body: withBytes('{"query":"{ __typename } #', [0xed, 0xa0, 0x80], '"}') }, { status: 400, code: 'BAD_REQUEST' }],
    ['a multibyte sequence cut at the end of the body', { headers: JSON_TYPE, body: withBytes('{"query":"{ __typename }"}', [0xe2, 0x82], '') }, { status: 400, code: 'BAD_REQUEST' }],
    [
      `a body above the ${defaults.HTTP_BODY_LIMIT_KB} KB limit`,
      { headers: JSON_TYPE, body: JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(BODY_LIMIT + 1024) } }) },
      { status: 413, code: 'BAD_REQUEST' },
    ],
    [
      'a gzip bomb: small on the wire, above the limit inflated',
      {
        headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(BODY_LIMIT + 1024) } })),
      },
      { status: 413, code: 'BAD_REQUEST' },
    ],
    ['a body that says gzip and is not', { headers: { ...JSON_TYPE, 'content-encoding': 'gzip' }, body: '{"query":"{ __typename }"}' }, { status: 400, code: 'BAD_REQUEST' }],
    [
      'an unsupported content encoding',
      { headers: { ...JSON_TYPE, 'content-encoding': 'compress' }, body: '{"query":"{ __typename }"}' },
      { status: 415, code: 'BAD_REQUEST' },
    ],
    [
      'GET with a mutation (a client past CSRF prevention)',
      {
        method: 'GET',
        path: `/graphql?query=${encodeURIComponent('mutation { upsertActor(input: { id: "actor:by-get", name: "x", kind: PERSON }) { id } }')}`,
        headers: { 'apollo-require-preflight': 'true' },
      },
      { status: 405, code: 'BAD_REQUEST' },
    ],
    [
      'GET with a mutation (a simple cross-site request)',
      { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { upsertActor(input: { id: "actor:by-get", name: "x", kind: PERSON }) { id } }')}` },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    [
      'GET with variables that are not JSON',
      { method: 'GET', path: `/graphql?query=${encodeURIComponent('query ($n: Int) { claims(first: $n) { edges { cursor } } }')}&variables=%7B`, headers: { 'apollo-require-preflight': 'true' } },
      { status: 400, code: 'BAD_REQUEST' },
    ],
    ['PUT', { method: 'PUT', headers: JSON_TYPE, body: '{"query":"{ __typename }"}' }, { status: 405, code: 'BAD_REQUEST' }],
    ['DELETE', { method: 'DELETE', headers: JSON_TYPE }, { status: 405, code: 'BAD_REQUEST' }],
    ['PATCH', { method: 'PATCH', headers: JSON_TYPE, body: '{"query":"{ __typename }"}' }, { status: 405, code: 'BAD_REQUEST' }],
    ['an unknown path', { method: 'POST', path: '/graphql/../admin', headers: JSON_TYPE, body: '{"query":"{ __typename }"}' }, { status: 404, code: 'NOT_FOUND' }],
  ];

  it.each(cases)('%s', async (_name, request, expected) => {
    expectRefused(await send(request), expected);
  });
});

describe('hostile GraphQL documents', () => {
  graphUnchanged();

  const aliases = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;
  const fragmentChain = (n: number) =>
    `{ claims(first: 1) { edges { node { ...F0 } } } } ` +
    Array.from({ length: n }, (_, i) => `fragment F${i} on Claim { contradicts(first: 1) { ${i + 1 < n ? `...F${i + 1}` : 'id'} } }`).join(' ');
  // Each fragment spreads the next twice, on the same level: 2^40 fields if anything expanded it naively.
  const fragmentBomb = (n: number) =>
    `{ claim(id: "${TRACE_ID}") { ...B0 } } ` +
    Array.from({ length: n }, (_, i) => `fragment B${i} on Claim { id ${i + 1 < n ? `...B${i + 1} ...B${i + 1}` : 'text'} }`).join(' ');
  const wideFragments = (n: number) =>
    `{ claim(id: "${TRACE_ID}") { ${Array.from({ length: n }, (_, i) => `...W${i}`).join(' ')} } } ` +
    Array.from({ length: n }, (_, i) => `fragment W${i} on Claim { citations { source { citations { claim { citations { id } } } } } }`).join(' ');

  const query209 = '{ claims(first:100){ edges{ node{ citations{ source{ citations{ claim{ citations{ source{ id } } } } } } } } } }';
  const cases: [string, Raw, { status?: number; code?: ErrorCode }][] = [
    ['the 209-byte nested-list query', gql(query209), { status: 400, code: 'QUERY_TOO_COMPLEX' }],
    ['the same shape nested 13 levels', gql(nested(13)), { status: 400, code: 'QUERY_TOO_DEEP' }],
    ['the same shape nested 40 levels', gql(nested(40)), { status: 400, code: 'QUERY_TOO_DEEP' }],
    ['5000 aliases of trace', gql(aliases(5000, () => `trace(claimId: "${TRACE_ID}") { truncated }`)), { status: 400, code: 'QUERY_TOO_LARGE' }],
    ['5000 aliases of dependents', gql(aliases(5000, () => `dependents(sourceId: "${SOURCE_ID}") { alone }`)), { status: 400, code: 'QUERY_TOO_LARGE' }],
    [
      '5000 upsertActor aliases',
      gql(`mutation ${aliases(5000, (i) => `upsertActor(input: { id: "actor:alias-${i}", name: "x", kind: PERSON }) { id }`)}`),
      { status: 400, code: 'QUERY_TOO_LARGE' },
    ],
    ['40 aliases of trace (within the token limit)', gql(aliases(40, () => `trace(claimId: "${TRACE_ID}") { truncated }`)), { status: 400, code: 'TOO_MANY_ALIASES' }],
    [
      '11 upsertActor aliases (within the token limit)',
      gql(`mutation ${aliases(11, (i) => `upsertActor(input: { id: "actor:alias-${i}", name: "x", kind: PERSON }) { id }`)}`),
      { status: 400, code: 'TOO_MANY_ROOT_FIELDS' },
    ],
    ['5000 __typename fields', gql(`{ ${'__typename '.repeat(5000)}}`), { status: 400, code: 'QUERY_TOO_LARGE' }],
    ['a chain of 5000 fragment spreads', gql(fragmentChain(5000)), { status: 400, code: 'QUERY_TOO_LARGE' }],
    ['a chain of 100 fragment spreads', gql(fragmentChain(100)), { status: 400, code: 'QUERY_TOO_DEEP' }],
    ['a fragment bomb (each of 40 fragments spreads the next twice)', gql(fragmentBomb(40)), { status: 400 }],
    ['20 fragments each nesting 6 lists', gql(wideFragments(20)), { status: 400, code: 'QUERY_TOO_COMPLEX' }],
    ['a fragment that spreads itself', gql('{ ...A } fragment A on Query { __typename ...A }'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }],
    ['a fragment cycle A → B → A', gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }],
    [
      'a fragment cycle through lists',
      gql('{ claims { edges { node { ...A } } } } fragment A on Claim { contradicts { ...B } } fragment B on Claim { contradicts { ...C } } fragment C on Claim { contradicts { ...A } }'),
      { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
    ],
    ['a cycle among unused fragments', gql('{ __typename } fragment A on Query { ...B } fragment B on Query { ...A }'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }],
    ['5000 directives', gql(`{ claim(id: "${TRACE_ID}") { ${'id @include(if: true) '.repeat(5000)}} }`), { status: 400, code: 'QUERY_TOO_LARGE' }],
    ['11 directives', gql(`{ claim(id: "${TRACE_ID}") { ${'id @skip(if: false) '.repeat(11)}} }`), { status: 400, code: 'TOO_MANY_DIRECTIVES' }],
    ['an unknown operationName', gql('query A { __typename }', undefined, 'B'), { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' }],
    ['two operations and no operationName', gql('query A { __typename } query B { __typename }'), { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' }],
    ['operationName naming a fragment', gql('query A { ...F } fragment F on Query { __typename }', undefined, 'F'), { status: 400, code: 'OPERATION_RESOLUTION_FAILURE' }],
    ['a NUL character in the query', gql('{ __typename \u0000 }'), { status: 400, code: 'GRAPHQL_PARSE_FAILED' }],
    // graphql-js lets a NUL through inside a string; the id check refuses it.
    ['a NUL character in a string of the query', gql('{ claim(id: "claim:a\u0000b") { id } }'), { status: 200, code: 'BAD_USER_INPUT' }],
    ['a lone high surrogate in the query (JSON \\ud800)', { headers: JSON_TYPE, body: '{"query":"{ __typename } # \\ud800"}' }, { status: 400, code: 'BAD_REQUEST' }],
    ['a lone surrogate in a string of the query', { headers: JSON_TYPE, body: '{"query":"{ claim(id: \\"claim:\\ud800\\") { id } }"}' }, { status: 400, code: 'BAD_REQUEST' }],
    ['a lone low surrogate in the query (JSON \\udc00)', { headers: JSON_TYPE, body: '{"query":"{ __typename \\udc00 }"}' }, { status: 400, code: 'BAD_REQUEST' }],
    ['an unterminated string', gql('{ claim(id: "claim:x) { id } }'), { status: 400, code: 'GRAPHQL_PARSE_FAILED' }],
    ['a 4 MB string literal in the query', gql(`{ claim(id: "${'a'.repeat(4 * 1024 * 1024)}") { id } }`), { status: 200, code: 'BAD_USER_INPUT' }],
    ['an empty query', gql(''), { status: 400 }],
    ['a query of only a comment', gql('# nothing'), { status: 400, code: 'GRAPHQL_PARSE_FAILED' }],
    ['a mutation field of a read', gql('{ upsertActor(input: { name: "x", kind: PERSON }) { id } }'), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }],
  ];

  it.each(cases)('%s', async (_name, request, expected) => {
    expectRefused(await send(request), expected);
  });

  it('a surrogate pair written as two escapes (𝕏) is text, and is served', async () => {
    const answer = await send({ headers: JSON_TYPE, body: '{"query":"{ __typename } # \\ud835\\udd4f"}' });
    expect(answer).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  // Regression: the schema has no Subscription type and graphql-js 16 only noticed while
  // executing, so a subscription answered HTTP 200 with INTERNAL_SERVER_ERROR.
  it('a subscription (the schema has none) is refused with 400 GRAPHQL_VALIDATION_FAILED, not INTERNAL_SERVER_ERROR', async () => {
    expectRefused(await send(gql('subscription { __typename }')), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});

describe('hostile variables: wrong types, NUL, lone surrogates, huge and deep values', () => {
  graphUnchanged();

  const FIRST = 'query ($n: Int) { claims(first: $n) { edges { cursor } } }';
  const CLAIM = 'query ($id: ID!) { claim(id: $id) { id } }';
  const FILTER = 'query ($f: ClaimFilter) { claims(filter: $f) { edges { cursor } } }';
  const KINDS = 'query ($k: [SearchKind!]) { search(text: "fentanyl", kinds: $k) { score } }';
  // Built as text: JSON.stringify of such a value would overflow this test's own stack.
  const deepArray = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const deepObject = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  const rawVariables = (query: string, variables: string): Raw => ({ headers: JSON_TYPE, body: `{"query":${JSON.stringify(query)},"variables":${variables}}` });
  const FOUR_MB = 'x'.repeat(4 * 1024 * 1024);

  const cases: [string, Raw, { status?: number; code?: ErrorCode }][] = [
    ['a string for an Int', gql(FIRST, { n: 'abc' }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['a float for an Int', gql(FIRST, { n: 1.5 }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['an Int above 2^31', gql(FIRST, { n: 2 ** 31 }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['1e308 for an Int', { headers: JSON_TYPE, body: `{"query":${JSON.stringify(FIRST)},"variables":{"n":1e308}}` }, { status: 400, code: 'BAD_USER_INPUT' }],
    ['a negative first', gql(FIRST, { n: -1 }), { code: 'BAD_USER_INPUT' }],
    ['a first of a million', gql(FIRST, { n: 1_000_000 }), { status: 400, code: 'QUERY_TOO_COMPLEX' }],
    ['an object for an ID', gql(CLAIM, { id: { $ne: null } }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['a list for an ID', gql(CLAIM, { id: ['claim:a', 'claim:b'] }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['null for an ID!', gql(CLAIM, { id: null }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['a missing required variable', gql(CLAIM, {}), { status: 400, code: 'BAD_USER_INPUT' }],
    ['a string for an input object', gql(FILTER, { f: 'aboutId: "x"' }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['an unknown field in an input object', gql(FILTER, { f: { aboutId: 'actor:x', DETACH: 'DELETE' } }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['an unknown enum value', gql(KINDS, { k: ['CLAIM', 'EVERYTHING'] }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['an enum value in lower case', gql(KINDS, { k: ['claim'] }), { status: 400, code: 'BAD_USER_INPUT' }],
    ['a variable the document does not declare', gql('{ claim(id: $id) { id } }', { id: TRACE_ID }), { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' }],
    ['a 4 MB search text', gql(SEARCH, { t: FOUR_MB }), { status: 200, code: 'BAD_USER_INPUT' }],
    ['a 4 MB id', gql(CLAIM, { id: FOUR_MB }), { status: 200, code: 'BAD_USER_INPUT' }],
    ['a 4 MB actor name in a write', gql(UPSERT_ACTOR, { name: FOUR_MB }), { status: 200, code: 'BAD_USER_INPUT' }],
    ['a 4 MB unused variable', gql(CLAIM, { id: 'nope', unused: FOUR_MB }), { status: 200, code: 'BAD_USER_INPUT' }],
    ['a list of 200 000 kinds', gql(KINDS, { k: Array.from({ length: 200_000 }, () => 'CLAIM') }), {}],
    ['an array nested 100 000 deep for a list', rawVariables(KINDS, `{"k":${deepArray(100_000)}}`), { status: 400, code: 'BAD_USER_INPUT' }],
    ['an object nested 100 000 deep for an input object', rawVariables(FILTER, `{"f":${deepObject(100_000)}}`), { status: 400, code: 'BAD_USER_INPUT' }],
    ['an object nested 100 000 deep in an unused variable', rawVariables(CLAIM, `{"id":"nope","unused":${deepObject(100_000)}}`), { status: 200, code: 'BAD_USER_INPUT' }],
    ['a NUL in an id', gql(CLAIM, { id: 'claim:a\u0000b' }), { status: 200, code: 'BAD_USER_INPUT' }],
    ['a NUL in a filter id', gql(FILTER, { f: { aboutId: 'actor:heritage-foundation\u0000' } }), { code: 'BAD_USER_INPUT' }],
    ['a NUL alone as search text', gql(SEARCH, { t: '\u0000' }), {}],
    // A lone surrogate is valid JSON but not text: the driver would store U+FFFD in its place.
    ['a lone surrogate in an id (JSON \\ud800)', rawVariables(CLAIM, '{"id":"claim:\\ud800"}'), { status: 400, code: 'BAD_REQUEST' }],
    ['a lone surrogate in a filter id', rawVariables(FILTER, '{"f":{"sourceId":"\\udfff"}}'), { status: 400, code: 'BAD_REQUEST' }],
    ['a lone surrogate in search text', rawVariables(SEARCH, '{"t":"fentanyl \\ud800"}'), { status: 400, code: 'BAD_REQUEST' }],
    ['a lone surrogate in a variable name', rawVariables(CLAIM, '{"id":"nope","\\ud800":1}'), { status: 400, code: 'BAD_REQUEST' }],
    ['a write of a name holding a lone surrogate', rawVariables(UPSERT_ACTOR, '{"name":"a\\ud800b"}'), { status: 400, code: 'BAD_REQUEST' }],
    ['a write of a name holding a lone low surrogate', rawVariables(UPSERT_ACTOR, '{"name":"\\udc00"}'), { status: 400, code: 'BAD_REQUEST' }],
    ['a lone surrogate deep in a list of a write', rawVariables(UPSERT_ACTOR.replace('PERSON', 'PERSON, aliases: $a').replace('$name: String!', '$name: String!, $a: [String!]'), '{"name":"ok","a":["ok","ok","x\\udbff"]}'), { status: 400, code: 'BAD_REQUEST' }],
  ];

  it.each(cases)('%s', async (_name, request, expected) => {
    const answer = await send(request);
    // Some of these may be answered rather than refused (a search for nothing finds nothing);
    // the rest must be refused with the code given.
    if (expected.code === undefined && expected.status === undefined) expectHandled(answer);
    else expectRefused(answer, expected);
  });

  it('a __proto__ key in variables pollutes nothing', async () => {
    const body = `{"query":${JSON.stringify(FILTER)},"variables":{"__proto__":{"polluted":"yes"},"f":{"__proto__":{"polluted":"yes"},"aboutId":"actor:heritage-foundation"}}}`;
    expectHandled(await send({ headers: JSON_TYPE, body }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Strings that would do harm if anything spliced them into Cypher, a Lucene query or a shell. */
const INJECTIONS = [
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 //",
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  '$(x)',
  '${x}',
  '`x` MATCH (n) DETACH DELETE n',
  '`})-[r]-() DELETE r //',
  'x\\"}) WITH 1 AS a MATCH (n) SET n.pwned = true //',
  '$query',
  'claim:x"}) MATCH (n) DETACH DELETE n //',
  "actor:x' OR '1'='1",
  'source:a` DETACH DELETE n //',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "CALL db.index.fulltext.drop('claim_text')",
  '1; MATCH (n) DETACH DELETE n',
  '/* */ MATCH (n) DETACH DELETE n',
  '\u0000 MATCH (n) DETACH DELETE n',
];

describe('Cypher-injection strings as values of reads', () => {
  graphUnchanged();

  const reads: [string, string, (s: string) => Record<string, unknown>][] = [
    ['node(id)', 'query ($v: ID!) { node(id: $v) { id } }', (v) => ({ v })],
    ['claim(id)', 'query ($v: ID!) { claim(id: $v) { id } }', (v) => ({ v })],
    ['actor(id)', 'query ($v: ID!) { actor(id: $v) { id } }', (v) => ({ v })],
    ['trace(claimId)', 'query ($v: ID!) { trace(claimId: $v) { truncated } }', (v) => ({ v })],
    ['dependents(sourceId)', 'query ($v: ID!) { dependents(sourceId: $v) { alone } }', (v) => ({ v })],
    ['search(text)', 'query ($v: String!) { search(text: $v) { score node { __typename } } }', (v) => ({ v })],
    ['claims(filter: aboutId)', 'query ($v: ID) { claims(filter: { aboutId: $v }) { edges { cursor } } }', (v) => ({ v })],
    ['claims(filter: sourceId)', 'query ($v: ID) { claims(filter: { sourceId: $v }) { edges { cursor } } }', (v) => ({ v })],
    ['sources(filter: publisherId, authorId)', 'query ($v: ID) { sources(filter: { publisherId: $v, authorId: $v }) { edges { cursor } } }', (v) => ({ v })],
    ['sources(filter: dateFrom)', 'query ($v: PartialDate) { sources(filter: { dateFrom: $v }) { edges { cursor } } }', (v) => ({ v })],
    ['routes(filter: fromId, toId, transportsId)', 'query ($v: ID) { routes(filter: { fromId: $v, toId: $v, transportsId: $v }) { edges { cursor } } }', (v) => ({ v })],
    ['claims(after: cursor)', 'query ($v: String) { claims(after: $v) { edges { cursor } } }', (v) => ({ v })],
  ];
  const table = reads.flatMap(([field, query, variables]) => INJECTIONS.map((s) => [field, JSON.stringify(s), query, variables(s)] as const));

  it.each(table)('%s with %s', async (_field, _shown, query, variables) => {
    const answer = await send(gql(query, variables));
    expectHandled(answer);
    // An id that is not a record's id finds nothing (or is refused); a search finds only records.
    if (answer.body.data) {
      const value = Object.values(answer.body.data as Record<string, unknown>)[0];
      if (value && typeof value === 'object' && 'edges' in value) expect((value as { edges: unknown[] }).edges).toEqual([]);
    }
  });
});

describe('Lucene-syntax strings as search text', () => {
  graphUnchanged();

  const LUCENE = [
    '*',
    '?',
    'fent*',
    'title:x AND',
    'text:fentanyl',
    '"unclosed',
    '\\',
    '\\\\',
    '~',
    'fentanyl~2',
    '[a TO z]',
    '{a TO z}',
    'fentanyl^1000',
    '(((',
    ')',
    'AND',
    'OR NOT AND',
    '&& || !',
    '/.*/',
    '-fentanyl',
    '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /',
    'a* '.repeat(166),
    'fentanyl '.repeat(55),
    'x'.repeat(500),
    'x'.repeat(501),
    'fentanyl '.repeat(1000),
  ];
  it.each(LUCENE.map((s) => [s.length > 60 ? `${JSON.stringify(s.slice(0, 30))}… (${s.length} characters)` : JSON.stringify(s), s]))('%s', async (_shown, text) => {
    const answer = await send(gql(SEARCH, { t: text }));
    expectHandled(answer);
    if (text.trim().length > 500) expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
    if (codes(answer).length === 0) expect(Array.isArray(answer.body.data.search)).toBe(true);
  });

  it('a wildcard is a character, not a scan: `*` finds nothing, `fent*` does not match fentanyl', async () => {
    const all = await send(gql(SEARCH, { t: '*' }));
    expect(all.body.data?.search ?? []).toEqual([]);
    const prefix = await send(gql(SEARCH, { t: 'fent*' }));
    expect(prefix.body.data?.search ?? []).toEqual([]);
    expect((await send(gql(SEARCH, { t: 'fentanyl' }))).body.data.search.length).toBeGreaterThan(0);
  });
});

describe('writes of injection strings', () => {
  // Strings with control characters (NUL, a tab in a name) are refused by validation: see below.
  const STORABLE = (s: string) => !/[\u0000-\u001f\u007f-\u009f]/.test(s);
  const NAMES = [...INJECTIONS.filter(STORABLE), '\u202Eright-to-left override', '🏃‍♀️ and 𝕏 (astral)'];
  const REFUSED = [...INJECTIONS.filter((s) => !STORABLE(s)), 'tab\there', 'NUL\u0000inside'];
  const WRITE =
    'mutation ($id: ID!, $s: String!, $aliases: [String!]) { upsertActor(input: { id: $id, name: $s, kind: PERSON, aliases: $aliases, description: $s }) { id name aliases description } }';
  const READ = 'query ($id: ID!) { actor(id: $id) { name aliases description } node(id: $id) { id } }';

  it.each(NAMES.map((s, i) => [JSON.stringify(s), s, `actor:hostile-${i}`]))('stores %s verbatim and changes nothing else', async (_shown, s, id) => {
    const othersBefore = await graphChecksum(server.db, [id]);
    const written = await send(gql(WRITE, { id, s, aliases: [s, `${s} (alias)`] }));
    expect(written.status).toBe(200);
    expect(written.body).toEqual({ data: { upsertActor: { id, name: s, aliases: [s, `${s} (alias)`], description: s } } });
    const read = await send(gql(READ, { id }));
    expect(read.body).toEqual({ data: { actor: { name: s, aliases: [s, `${s} (alias)`], description: s }, node: { id } } });
    // Read straight from Neo4j too: the stored value is the string sent, byte for byte.
    const stored = await server.db.write(async (tx) => (await tx.run('MATCH (n:Record {id: $id}) RETURN n.name AS name', { id })).records.map((r) => r.get('name') as string));
    expect(stored).toEqual([s]);
    expect(await graphChecksum(server.db, [id])).toBe(othersBefore);
  });

  it.each(REFUSED.map((s, i) => [JSON.stringify(s), s, `actor:hostile-refused-${i}`]))('refuses %s as a name with BAD_USER_INPUT on input.name, and writes nothing', async (_shown, s, id) => {
    const before = await graphChecksum(server.db);
    const answer = await send(gql('mutation ($id: ID!, $n: String!) { upsertActor(input: { id: $id, name: $n, kind: PERSON }) { id } }', { id, n: s }));
    expectRefused(answer, { code: 'BAD_USER_INPUT' });
    expect(answer.body.errors[0].extensions.field).toBe('input.name');
    expect(await graphChecksum(server.db)).toBe(before);
  });

  it('a write with an injection string as id is refused, and writes nothing', async () => {
    const before = await graphChecksum(server.db);
    for (const s of INJECTIONS) {
      const answer = await send(gql(WRITE, { id: s, s: 'x' }));
      expectRefused(answer, { code: 'BAD_USER_INPUT' });
      expect(answer.body.errors[0].extensions.field).toBe('input.id');
    }
    expect(await graphChecksum(server.db)).toBe(before);
  });
});
