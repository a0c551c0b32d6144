/**
 * GET /export/trace/<claimId>.<format> over real HTTP on the seed: each format with its
 * Content-Type, parsed by a real parser; maxDepth bounds (on a chain of the test's own too, as
 * no seed chain is longer than one hop); 400, 404, 401 and 503 as JSON
 * with stable codes; the same read access as GraphQL.
 */
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { loadConfig } from '../src/config/env.js';
import { Database } from '../src/db/database.js';
import { ANONYMOUS } from '../src/model/caller.js';
import { createApp, listen } from '../src/server/app.js';
import { importRequests } from '../src/write/import-requests.js';
import { upsertRecords } from '../src/write/write-path.js';
import { localDocumentLoader } from './fixtures/jsonld-contexts/local-document-loader.js';
import { httpSuite, silentLogger, TEST_ADMIN_KEY } from './support/harness.js';

const server = httpSuite({ seed: true });
const CLAIM = 'claim:nearly-200-americans-die-daily-from-fentanyl';
const REPORT = 'source:heritage-report-hold-china-and-mexico-accountable';

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.base}${path}`, { headers });
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, text: await response.text() };
}

describe('GET /export/trace', () => {
  it('.cyjs: Cytoscape.js JSON with the claim, the article and the report, and a says edge', async () => {
    const { status, type, text } = await get(`/export/trace/${CLAIM}.cyjs`);
    expect([status, type]).toEqual([200, 'application/json; charset=utf-8']);
    const { elements } = JSON.parse(text);
    expect(elements.nodes.map((n: any) => n.data.id).sort()).toEqual([CLAIM, 'source:article', REPORT]);
    expect(elements.edges.map((e: any) => [e.data.source, e.data.target])).toEqual([
      ['source:article', CLAIM],
      ['source:article', REPORT],
    ]);
    expect(elements.nodes.find((n: any) => n.data.id === REPORT).classes).toBe('source dead-end trail-end');
  });

  it('.graphml: well-formed GraphML', async () => {
    const { status, type, text } = await get(`/export/trace/${CLAIM}.graphml`);
    expect([status, type]).toEqual([200, 'application/graphml+xml; charset=utf-8']);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(text, 'application/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('node')).toHaveLength(3);
  });

  it('.csv: one row per hop', async () => {
    const { status, type, text } = await get(`/export/trace/${CLAIM}.csv`);
    expect([status, type]).toEqual([200, 'text/csv; charset=utf-8; header=present']);
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.fromId, r.toId, r.secondHand, r.depth])).toEqual([
      ['source:article', REPORT, 'false', '1'],
      [REPORT, '', 'true', '2'],
    ]);
  });

  it('.ttl and .jsonld: PROV-O that RDF parsers read, without network', async () => {
    const ttl = await get(`/export/trace/${CLAIM}.ttl`);
    expect([ttl.status, ttl.type]).toEqual([200, 'text/turtle; charset=utf-8']);
    const quads = new Parser({ format: 'text/turtle' }).parse(ttl.text);
    expect(quads.some((q) => q.subject.value === `urn:claimgraph:${REPORT}` && q.predicate.value === 'http://www.w3.org/ns/prov#wasAttributedTo' && q.object.value === 'urn:claimgraph:actor:heritage-foundation')).toBe(true);
    const json = await get(`/export/trace/${CLAIM}.jsonld?maxDepth=6`);
    expect([json.status, json.type]).toEqual([200, 'application/ld+json; charset=utf-8']);
    const nquads = (await jsonld.toRDF(JSON.parse(json.text), { format: 'application/n-quads', documentLoader: localDocumentLoader as never })) as unknown as string;
    expect(new Parser({ format: 'application/n-quads' }).parse(nquads)).toHaveLength(quads.length);
  });

  it('.anno.jsonld: Web Annotations, anchored in the article', async () => {
    const { status, type, text } = await get(`/export/trace/${CLAIM}.anno.jsonld`);
    expect([status, type]).toEqual([200, 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8']);
    const doc = JSON.parse(text);
    expect(doc.items).toHaveLength(2);
    expect(doc.items.every((a: any) => a.anchored && a.target.selector[1].type === 'TextPositionSelector')).toBe(true);
  });

  it('follows maxDepth: the seed’s rebate trail is one hop, whole at 1; a longer chain is cut at 1, its next source beyond depth; 20 is the most', async () => {
    const roles = async (claimId: string, sourceId: string, depth: number) => {
      const { elements } = JSON.parse((await get(`/export/trace/${claimId}.cyjs?maxDepth=${depth}`)).text);
      return elements.nodes.find((n: any) => n.data.id === sourceId).data.roles;
    };
    // article → [Congressional reports], whose own hop names no source: one hop, so maxDepth 1 walks it to its end.
    const REBATE = 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent';
    expect(await roles(REBATE, 'source:congressional-reports', 1)).toEqual(['DEAD_END']);
    expect(await roles(REBATE, 'source:congressional-reports', 6)).toEqual(['DEAD_END']);
    expect((await get(`/export/trace/${REBATE}.csv?maxDepth=20`)).status).toBe(200);

    // No seed chain is longer than one hop: a chain A → B → C (first-hand) of its own.
    const source = (letter: string) => `source:export-depth-${letter}`;
    const CHAIN = 'claim:export-depth-chain';
    await upsertRecords(
      server.db,
      ANONYMOUS,
      importRequests({
        sources: ['a', 'b', 'c'].map((letter) => ({ id: source(letter), title: `Export depth ${letter.toUpperCase()}`, kind: 'REPORT' })),
        claims: [{ id: CHAIN, text: 'A claim three sources pass along.' }],
        citations: [
          { id: 'citation:export-depth-0', claimId: CHAIN, sourceId: source('a'), citesId: source('b'), quote: 'B says so.', stance: 'MENTIONS' },
          { id: 'citation:export-depth-1', claimId: CHAIN, sourceId: source('b'), citesId: source('c'), quote: 'C says so.', stance: 'SUPPORTS' },
          { id: 'citation:export-depth-2', claimId: CHAIN, sourceId: source('c'), quote: 'We say so.', stance: 'SUPPORTS', firstHand: true },
        ],
      }),
    );
    expect(await roles(CHAIN, source('c'), 1)).toEqual(['BEYOND_DEPTH']);
    expect(await roles(CHAIN, source('c'), 6)).toEqual(['ORIGIN']);
    const csv = async (depth: number) => (parseCsv((await get(`/export/trace/${CHAIN}.csv?maxDepth=${depth}`)).text, { columns: true }) as Record<string, string>[]).map((r) => [r.fromId, r.toId, r.depth]);
    expect(await csv(1)).toEqual([
      [source('a'), source('b'), '1'],
      [source('b'), source('c'), '2'],
    ]);
    expect(await csv(2)).toEqual([
      [source('a'), source('b'), '1'],
      [source('b'), source('c'), '2'],
      [source('c'), '', '3'],
    ]);
  });

  it.each([
    ['0', 'maxDepth'],
    ['21', 'maxDepth'],
    ['two', 'maxDepth'],
    ['1.5', 'maxDepth'],
  ])('refuses maxDepth=%s with 400 BAD_USER_INPUT', async (depth, field) => {
    const { status, type, text } = await get(`/export/trace/${CLAIM}.ttl?maxDepth=${depth}`);
    expect([status, type]).toEqual([400, 'application/json; charset=utf-8']);
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a repeated maxDepth and a malformed or non-claim id with 400 BAD_USER_INPUT', async () => {
    expect(JSON.parse((await get(`/export/trace/${CLAIM}.ttl?maxDepth=2&maxDepth=3`)).text).errors[0].extensions.field).toBe('maxDepth');
    for (const id of ['claim:Not_An_Id', 'source:article', 'nothing']) {
      const { status, text } = await get(`/export/trace/${encodeURIComponent(id)}.csv`);
      expect(status).toBe(400);
      expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'claimId' });
    }
  });

  it('answers 404 NOT_FOUND for an unknown claim and an unknown format', async () => {
    const unknown = await get('/export/trace/claim:no-such-claim.graphml');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).errors[0].extensions).toEqual({ code: 'NOT_FOUND', ids: ['claim:no-such-claim'] });
    const format = await get(`/export/trace/${CLAIM}.pdf`);
    expect(format.status).toBe(404);
    expect(JSON.parse(format.text).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses bad credentials with 401 even for a read, as /graphql does', async () => {
    const { status, headers, text } = await get(`/export/trace/${CLAIM}.csv`, { authorization: 'Bearer cgk_not-a-real-key' });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('needs credentials when AUTH_ANONYMOUS_READ=false, and takes a key then', async () => {
    const config = { ...loadConfig({ AUTH_ANONYMOUS_READ: 'false' }), CLAIMGRAPH_ADMIN_KEY: TEST_ADMIN_KEY };
    const app = await createApp({ database: server.db, logger: silentLogger, development: false, config });
    const port = await listen(app, 0, '127.0.0.1');
    try {
      const anonymous = await fetch(`http://127.0.0.1:${port}/export/trace/${CLAIM}.ttl`);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const keyed = await fetch(`http://127.0.0.1:${port}/export/trace/${CLAIM}.ttl`, { headers: server.admin });
      expect(keyed.status).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the database does not answer', async () => {
    const unreachable = new Database({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: '' });
    const app = await createApp({ database: unreachable, logger: silentLogger, development: false });
    const port = await listen(app, 0, '127.0.0.1');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/export/trace/${CLAIM}.cyjs`);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(((await response.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await app.stop();
      await unreachable.close();
    }
  });
});
