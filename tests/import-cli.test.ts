import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { importCommand } from '../src/cli/import-command.js';
import type { Database } from '../src/db/database.js';
import { importFiles } from '../src/interchange/ndjson/import-records.js';
import { recordLine } from '../src/interchange/ndjson/record-line.js';
import { graphChecksum, graphSnapshot } from './support/graph-checksum.js';
import { resetDatabase, testDatabase, testServer } from './support/harness.js';

/**
 * `claimgraph import` through its command module, in process, against the test database:
 * NDJSON in any order and graph documents, every bad line reported while the good ones are
 * written, idempotent re-runs, and a run stopped halfway then run again ending where an
 * uninterrupted one does. One child-process run checks the real program's streams and exit codes.
 */
const FIXTURES = 'tests/fixtures/import';
let db: Database;
const scratch = mkdtempSync(join(tmpdir(), 'claimgraph-import-test-'));
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(async () => {
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function claimgraphImport(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const command = importCommand((work) => work(db), { out: (line) => out.push(line), err: (line) => err.push(line) });
  await command.parseAsync(args, { from: 'user' });
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, out, err };
}

async function ids(): Promise<string[]> {
  return db.write(async (tx) => (await tx.run('MATCH (n:Record) WHERE n.revision IS NOT NULL RETURN n.id AS id ORDER BY id')).records.map((r) => r.get('id') as string));
}

async function links(id: string): Promise<string[]> {
  return db.write(async (tx) =>
    (await tx.run('MATCH (n:Record {id: $id})-[r]->(m:Record) RETURN type(r) + " " + m.id AS link ORDER BY link', { id })).records.map((r) => r.get('link') as string),
  );
}

/** The graph without its timestamps: two runs at different times that wrote the same things compare equal. */
async function timelessSnapshot(): Promise<{ nodes: string[]; relationships: string[] }> {
  const { nodes, relationships } = await graphSnapshot(db);
  const strip = (s: string) => s.replace(/"(createdAt|updatedAt|at)":"[^"]*"/g, '"$1":"…"');
  return { nodes: nodes.map(strip).sort(), relationships: relationships.map(strip).sort() };
}

describe('claimgraph import: NDJSON', () => {
  beforeAll(() => resetDatabase(db));

  it('writes records whatever order the lines are in (references later in the file, places within places, claims contradicting each other)', async () => {
    const result = await claimgraphImport(`${FIXTURES}/any-order.ndjson`);
    expect(result.err.filter((line) => !line.startsWith('import: '))).toEqual([]);
    expect(result.out).toEqual(['created 15, updated 0, unchanged 0, bad 0']);
    expect(result.code).toBe(0);
    expect((await ids()).filter((id) => id.startsWith('citation:'))).toHaveLength(2);
    expect(await links('place:io-port')).toEqual(['WITHIN place:io-region']);
    expect(await links('claim:io-rebate')).toEqual(['ABOUT chemical:io-precursor', 'ABOUT place:io-port', 'CONTRADICTS claim:io-no-rebate']);
    expect(await links('claim:io-no-rebate')).toEqual(['CONTRADICTS claim:io-rebate']);
    expect(await links('finding:io-found')).toEqual(['FINDING_OF review:io-rebate', 'FOUND source:io-report']);
  });

  it('changes nothing when run again', async () => {
    const before = await graphChecksum(db);
    const result = await claimgraphImport(`${FIXTURES}/any-order.ndjson`, '--batch-size', '3');
    expect(result.out).toEqual(['created 0, updated 0, unchanged 15, bad 0']);
    expect(result.code).toBe(0);
    expect(await graphChecksum(db)).toBe(before);
  });

  it('reports every bad line with its number, field and reason, and writes the good ones', async () => {
    await resetDatabase(db);
    const result = await claimgraphImport(`${FIXTURES}/broken.ndjson`);
    expect(result.code).toBe(1);
    expect(result.out).toEqual(['created 5, updated 0, unchanged 0, bad 16']);
    const reported = result.err.filter((line) => !line.startsWith('import: '));
    const file = `${FIXTURES}/broken.ndjson`;
    const expected: [number, RegExp][] = [
      [2, /^line 2: not JSON \(.*\)$/],
      [3, /^line 3: not a record: expected an object/],
      [4, /^line 4: unknown kind; expected one of actor, .* \(field person\)$/],
      [5, /^line 5: expected exactly one key, the record's kind .*; got actor, claim$/],
      [6, /^line 6: must be an http\(s\) URL \(field url, source:br-bad-url\)$/],
      [7, /^line 7: refers to source:br-bad-url, which is not written: it is bad \(.*line 6\) \(field sourceId, citation:br-on-bad-source\)$/],
      [9, /^line 9: .* \(field name, actor:br-nameless\)$/],
      [11, /^line 11: not a field of place \(field population, place:br-town\)$/],
      [12, /^line 12: refers to claim:br-not-anywhere, which is neither in the file nor live in the database \(field claimId, citation:br-nowhere\)$/],
      [13, /^line 13: chemical:br-dup is also the id of .*line 14 \(field id, chemical:br-dup\)$/],
      [14, /^line 14: chemical:br-dup is also the id of .*line 13 \(field id, chemical:br-dup\)$/],
      [15, /^line 15: a route must lead somewhere else \(field toId, route:br-loop\)$/],
      [16, /^line 16: .* \(field text, claim:br-blank\)$/],
      [17, /^line 17: no file missing.txt beside the input \(field textFile, source:br-no-text-file\)$/],
      [18, /^line 18: refers to claim:br-on-bad, which is not written: it is bad .* \(field claimId, citation:br-chain\)$/],
      [19, /^line 19: refers to chemical:br-dup, which several records of the file have as id \(field aboutIds\[0\], claim:br-on-bad\)$/],
    ];
    expect(reported).toHaveLength(expected.length);
    for (const [line, pattern] of expected) {
      const found = reported.filter((text) => text.startsWith(`${file} line ${line}: `)).map((text) => text.slice(file.length + 1));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(pattern);
    }
    expect(await ids()).toEqual(['actor:br-good', 'citation:br-good', 'claim:br-good', 'place:br-good', 'source:br-good']);
  });

  it('stopped halfway and run again, ends in the same graph as a run never stopped', async () => {
    const file = join(scratch, 'many.ndjson');
    writeFileSync(file, generatedLines(600).join('\n') + '\n');
    const batchSize = 100;

    await resetDatabase(db);
    const whole = await importFiles(db, { id: 'import', role: 'editor' }, [file], { batchSize });
    expect(whole).toEqual({ created: 600, updated: 0, unchanged: 0, bad: 0, unanchoredQuotes: 0 });
    const uninterrupted = await timelessSnapshot();

    await resetDatabase(db);
    const stop = new Error('killed after 3 batches');
    await expect(
      importFiles(db, { id: 'import', role: 'editor' }, [file], {
        batchSize,
        afterBatch: (n) => {
          if (n === 3) throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(await ids()).toHaveLength(300);
    const again = await importFiles(db, { id: 'import', role: 'editor' }, [file], { batchSize });
    expect(again).toEqual({ created: 300, updated: 0, unchanged: 300, bad: 0, unanchoredQuotes: 0 });
    expect(await timelessSnapshot()).toEqual(uninterrupted);
  });
});

describe('claimgraph import: quotes', () => {
  it("lists citations whose quote is not in their source's text, when the file holds that text, and writes them all the same", async () => {
    await resetDatabase(db);
    const file = join(scratch, 'quotes.ndjson');
    const lines = [
      recordLine('citation', { id: 'citation:q-missing', claimId: 'claim:q', sourceId: 'source:q-article', evidencedInId: 'source:q-report', quote: 'words the report never used', stance: 'SUPPORTS' }),
      recordLine('citation', { id: 'citation:q-found', claimId: 'claim:q', sourceId: 'source:q-report', quote: 'the rate rose\nto 13%', stance: 'SUPPORTS' }),
      recordLine('citation', { id: 'citation:q-no-text', claimId: 'claim:q', sourceId: 'source:q-article', quote: 'anything', stance: 'MENTIONS' }),
      recordLine('claim', { id: 'claim:q', text: 'The rate rose to 13%.' }),
      recordLine('source', { id: 'source:q-report', title: 'Report', kind: 'REPORT', text: 'In 2020 the rate rose to 13% on most goods.' }),
      recordLine('source', { id: 'source:q-article', title: 'Article', kind: 'ARTICLE' }),
    ];
    writeFileSync(file, lines.join('\n'));
    const result = await claimgraphImport(file);
    expect(result.code).toBe(0);
    expect(result.out).toEqual(['created 6, updated 0, unchanged 0, bad 0, quotes not found 1']);
    expect(result.err.filter((line) => line.startsWith('warning: '))).toEqual([
      `warning: ${file} line 1: quote not found in the text of source:q-report (field quote, citation:q-missing)`,
    ]);
    expect(await ids()).toContain('citation:q-missing');
  });
});

describe('claimgraph import: graph documents', () => {
  beforeAll(() => resetDatabase(db));

  it('reads the graph.json shape: notes ignored, textFile read into the source text, lists in any order', async () => {
    const result = await claimgraphImport(`${FIXTURES}/graph.json`);
    expect(result.out).toEqual(['created 5, updated 0, unchanged 0, bad 0']);
    expect(result.code).toBe(0);
    const text = await db.write(async (tx) => (await tx.run('MATCH (s:Source {id: "source:gd-article"}) RETURN s.text AS text')).records[0]!.get('text'));
    expect(text).toBe(readFileSync(`${FIXTURES}/article.txt`, 'utf8').trim());
    expect((await claimgraphImport(`${FIXTURES}/graph.json`)).out).toEqual(['created 0, updated 0, unchanged 5, bad 0']);
  });

  it('reports bad parts of a document by JSON pointer, and writes the good records', async () => {
    const result = await claimgraphImport(`${FIXTURES}/broken-graph.json`);
    expect(result.code).toBe(1);
    const file = `${FIXTURES}/broken-graph.json`;
    expect(result.err.filter((line) => !line.startsWith('import: ')).sort()).toEqual(
      [
        `${file} /comment: neither a record list (actors, sources, …) nor documentation (a string or a list of strings, like notes)`,
        `${file} /places: must be a list of records`,
        `${file} /actors/2: not a record: expected an object of its fields`,
        expect.stringMatching(new RegExp(`^${file} /actors/1: .* \\(field kind, actor:bd-bad\\)$`)),
        `${file} /claims/0: refers to actor:bd-bad, which is not written: it is bad (${file} /actors/1) (field aboutIds[0], claim:bd-about-bad)`,
      ].sort(),
    );
    expect(result.out).toEqual(['created 1, updated 0, unchanged 0, bad 5']);
    expect(await ids()).toContain('actor:bd-ok');
    expect(await ids()).not.toContain('claim:bd-about-bad');
  });
});

describe('claimgraph import: usage', () => {
  it('exits 2 and writes nothing for a file that does not exist', async () => {
    const before = await graphChecksum(db);
    const result = await claimgraphImport(`${FIXTURES}/graph.json`, `${FIXTURES}/no-such-file.ndjson`);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toMatch(/no-such-file.ndjson: no such file; nothing was written/);
    expect(await graphChecksum(db)).toBe(before);
  });

  // Regression: a database that never opened was reported as "the batches before were written; run it again".
  it('says nothing was written when the database cannot be opened (exit 3)', async () => {
    const err: string[] = [];
    const command = importCommand(
      async () => {
        throw new Error('cannot open the database: the Bolt port is taken');
      },
      { out: () => {}, err: (line) => err.push(line) },
    );
    await command.parseAsync([`${FIXTURES}/graph.json`], { from: 'user' });
    const code = Number(process.exitCode ?? 0);
    process.exitCode = undefined;
    expect(code).toBe(3);
    expect(err.join('\n')).toBe('claimgraph import: cannot open the database: the Bolt port is taken; nothing was written');
  });

  it('refuses a batch size out of bounds before doing anything', async () => {
    await expect(claimgraphImport('--batch-size', '0', `${FIXTURES}/graph.json`)).rejects.toBeInstanceOf(CommanderError);
  });

  it('as a program: problems and progress on stderr, the summary alone on stdout, exit code 1 when lines were bad, 2 for usage', async () => {
    await resetDatabase(db);
    const run = await program('import', `${FIXTURES}/broken.ndjson`);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('created 5, updated 0, unchanged 0, bad 16\n');
    expect(run.stderr).toMatch(/broken\.ndjson line 6: must be an http\(s\) URL/);
    expect(run.stderr).toMatch(/^import: 5\/5 records written \(\d+\/s, ETA \d+ s\)$/m);
    expect((await program('import', '--batch-size', '0', `${FIXTURES}/broken.ndjson`)).code).toBe(2);
    expect((await program('import', '--format', 'xml', `${FIXTURES}/broken.ndjson`)).code).toBe(2);
  });
});

describe('importGraph (GraphQL)', () => {
  it('accepts a graph document with notes, and ignores them', async () => {
    await resetDatabase(db);
    const server = await testServer(db);
    const graph = JSON.parse(readFileSync(`${FIXTURES}/graph.json`, 'utf8')) as Record<string, any>;
    graph.sources = graph.sources.map(({ textFile: _textFile, ...source }: Record<string, unknown>) => source);
    const { data, errors } = await server.execute('mutation ($input: GraphInput!) { importGraph(input: $input) { created } }', { input: graph });
    expect(errors).toBeUndefined();
    expect(data!.importGraph).toEqual({ created: 5 });
    await server.server.stop();
  });
});

/** `count` records as NDJSON, shuffled so that most references point to lines further down. */
function generatedLines(count: number): string[] {
  const lines: string[] = [];
  const actors = Math.floor(count / 6);
  const sources = actors;
  const claims = actors * 2;
  const citations = count - actors - sources - claims;
  for (let i = 0; i < actors; i++) lines.push(recordLine('actor', { id: `actor:gen-${i}`, name: `Actor ${i}`, kind: 'ORGANISATION' }));
  for (let i = 0; i < sources; i++) lines.push(recordLine('source', { id: `source:gen-${i}`, title: `Source ${i}`, kind: 'REPORT', publisherId: `actor:gen-${i % actors}` }));
  for (let i = 0; i < claims; i++) {
    const contradicts = i % 10 === 0 && i + 1 < claims ? { contradictsIds: [`claim:gen-${i + 1}`] } : i % 10 === 1 ? { contradictsIds: [`claim:gen-${i - 1}`] } : {};
    lines.push(recordLine('claim', { id: `claim:gen-${i}`, text: `Claim number ${i}.`, aboutIds: [`actor:gen-${i % actors}`], ...contradicts }));
  }
  for (let i = 0; i < citations; i++) {
    lines.push(recordLine('citation', { id: `citation:gen-${i}`, claimId: `claim:gen-${i % claims}`, sourceId: `source:gen-${i % sources}`, quote: `quote ${i}`, stance: 'SUPPORTS' }));
  }
  return lines.reverse();
}

function program(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
