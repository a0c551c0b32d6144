import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../src/db/database.js';
import { cypher } from '../src/db/cypher.js';
import { MANAGED_RELATION_TYPES } from '../src/model/record-kinds.js';
import { traceQueryParameters } from '../src/provenance/trace-claims.js';
import { resetDatabase, testDatabase } from './support/harness.js';

/**
 * Every query in cypher/ is planned here with sample parameters. The check pins the
 * performance rule: a query starts from an index (by id, full-text, or a kind's id index),
 * never from a scan of all nodes, so its cost grows with what it reads, not with the database.
 */
const page = { after: '', limit: 21 };
const SAMPLE_PARAMS: Record<string, Record<string, unknown>> = {
  'any-record': {},
  ping: { probe: 1 },
  'actors-page': { ...page, kind: null },
  'places-page': { ...page, kind: null },
  'chemicals-page': { ...page, role: 'DRUG' },
  'routes-page': { ...page, mode: null },
  'sources-page': { ...page, kind: null, dateFrom: '2020', dateTo: null },
  'claims-page': page,
  'claims-said-by-page': { ...page, sourceId: 'source:x', aboutId: null },
  'claims-sources': { ids: ['claim:x'], limit: 100 },
  'claims-sources-count': { ids: ['claim:x'] },
  'claim-findings': { ids: ['claim:x'], limit: 100 },
  'claim-reviews': { claimId: 'claim:x', limit: 100, citationLimit: 1000 },
  'page-by-neighbour': {
    ...page,
    anchorId: 'place:x',
    relationType: 'FROM',
    label: 'Route',
    equals: { mode: 'AIR' },
    dateFrom: null,
    dateTo: null,
    alsoLinked: [{ type: 'TO', id: 'place:y' }],
  },
  'records-by-id': { ids: ['claim:x'] },
  'live-records': { ids: ['claim:x'] },
  'records-state': { ids: ['claim:x'], relationTypes: MANAGED_RELATION_TYPES },
  'neighbours-out': { ids: ['claim:x'], type: 'ABOUT', limit: 100 },
  'neighbours-in': { ids: ['claim:x'], type: 'CARRIES', limit: 100 },
  'neighbours-either': { ids: ['claim:x'], type: 'CONTRADICTS', limit: 100 },
  'neighbour-counts-in': { ids: ['claim:x'], type: 'CARRIES' },
  'neighbour-counts-either': { ids: ['claim:x'], type: 'CONTRADICTS' },
  'live-referrers': { id: 'claim:x' },
  'soft-delete-record': { id: 'claim:x', at: 'now', by: 'me' },
  'search': { query: 'rebate', kinds: ['CLAIM'], limit: 20 },
  'write-record-nodes': { rows: [] },
  'write-record-relations': { rows: [] },
  'write-revisions': { revisions: [] },
  'lock-records': { ids: ['claim:x'] },
  'lock-or-create-records': { ids: ['claim:x'] },
  'record-history': { id: 'claim:x', before: 10, limit: 101 },
  'record-revision': { id: 'claim:x', revision: 1 },
  'purge-record': { id: 'claim:x' },
  'delete-bare-records': { ids: ['claim:x'] },
  'place-cycles': { ids: ['place:x'] },
  'trace-claims': traceQueryParameters(['claim:x']),
  'claims-resting-on-source': { sourceId: 'source:x', limit: 500 },
  'api-key-create': { id: 'key:x', name: 'ci', role: 'editor', hash: 'ab', at: 'now' },
  'api-key-by-hash': { hash: 'ab' },
  'api-key-list': {},
  'api-key-revoke': { ref: 'ci', at: 'now' },
  'export-records-page': { after: '', limit: 1000, relationTypes: MANAGED_RELATION_TYPES },
  'export-records-by-id': { ids: ['claim:x'], relationTypes: MANAGED_RELATION_TYPES },
  'export-neighbour-ids': { ids: ['claim:x'], direction: 'both', relationTypes: MANAGED_RELATION_TYPES, limit: 500_001 },
};

const SCANS = ['AllNodesScan', 'NodeByLabelScan', 'UndirectedAllRelationshipsScan', 'DirectedAllRelationshipsScan'];

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap((child) => operators(child as typeof plan))];
}

/** Every .ts file below `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

const files = readdirSync('cypher')
  .filter((file) => file.endsWith('.cypher'))
  .map((file) => file.replace(/\.cypher$/, ''));

describe('cypher/', () => {
  it('has sample parameters here for every query file', () => {
    expect(files.sort()).toEqual(Object.keys(SAMPLE_PARAMS).sort());
  });

  it('is the only place Cypher is written: src/ builds no query from strings', () => {
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const offenders = sourceFiles('src').filter((file) => /['"`][^'"`]*\b(MATCH|MERGE|CREATE|RETURN|UNWIND|CALL)\b/.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it.each(files)('%s starts from an index, never a scan of the graph', async (name) => {
    const plan = await db.write(async (tx) => (await tx.run(`EXPLAIN ${cypher(name)}`, SAMPLE_PARAMS[name])).summary.plan);
    expect(plan).toBeTruthy();
    const ops = operators(plan as never);
    for (const scan of SCANS) expect(ops).not.toContain(scan);
  });
});
