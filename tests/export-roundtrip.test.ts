import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from '../src/cli/export-command.js';
import { runImport } from '../src/cli/import-command.js';
import type { Database } from '../src/db/database.js';
import { exportRecords } from '../src/interchange/ndjson/export-records.js';
import { parseRecordLine } from '../src/interchange/ndjson/record-line.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { softDeleteRecord } from '../src/write/write-path.js';
import { resetDatabase, testDatabase } from './support/harness.js';

/**
 * `claimgraph export` → an empty database → `claimgraph import` → export again gives the same
 * lines, byte for byte: the seed graph (with its source text) and a hand-made graph in every
 * kind, a soft-deleted record left out; an export from given ids imports on its own.
 */
const FIXTURES = 'tests/fixtures/import';
let db: Database;
const scratch = mkdtempSync(join(tmpdir(), 'claimgraph-export-test-'));
const withDatabase = <T>(work: (db: Database) => Promise<T>) => work(db);
const quiet = { out: () => {}, err: () => {} };

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await loadSeed(db);
  expect(await runImport(withDatabase, quiet, [`${FIXTURES}/any-order.ndjson`, `${FIXTURES}/graph.json`], { tty: false })).toBe(0);
  // A record deleted since: it stays in the database, never in an export.
  await softDeleteRecord(db, { id: 'test', role: 'admin' }, 'finding:io-found');
});
afterAll(async () => {
  await db.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function exported(options: { from?: string[]; depth?: number } = {}): Promise<string[]> {
  const lines: string[] = [];
  await exportRecords(db, { ...options, pageSize: 7 }, (line) => void lines.push(line));
  return lines;
}

const idOf = (line: string) => {
  const parsed = parseRecordLine(line);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.input.id as string;
};

describe('claimgraph export', () => {
  let first: string[];

  it('writes every live record once, in id order, without meta and without soft-deleted records', async () => {
    first = await exported();
    const ids = first.map(idOf);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('finding:io-found');
    expect(ids).toEqual(expect.arrayContaining(['claim:io-rebate', 'source:gd-article', 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent']));
    expect(first.join('\n')).not.toMatch(/"(createdAt|updatedBy|revision)"/);
    const report = first.find((line) => idOf(line) === 'source:io-report')!;
    expect(JSON.parse(report)).toEqual({
      source: { id: 'source:io-report', title: 'A report', kind: 'REPORT', isPrimary: true, text: 'It says: no rebate at all.\nAnd more.', authorIds: ['actor:io-analyst'] },
    });
  });

  it('round trip: export, empty database, import, export gives the same bytes', async () => {
    const file = join(scratch, 'graph.ndjson');
    expect(await runExport(withDatabase, quiet, { out: file })).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first.map((line) => `${line}\n`).join(''));
    await resetDatabase(db);
    const out: string[] = [];
    expect(await runImport(withDatabase, { out: (line) => out.push(line), err: () => {} }, [file], { tty: false, batchSize: 13 })).toBe(0);
    expect(out).toEqual([`created ${first.length}, updated 0, unchanged 0, bad 0`]);
    const second = await exported();
    expect([...second].sort()).toEqual([...first].sort());
    expect(second.join('\n')).toBe(first.join('\n'));
  });

  it('--from ids --depth N: those records, what is within N relationships either way, and all they refer to; imports on its own', async () => {
    const lines = await exported({ from: ['claim:io-rebate'], depth: 1 });
    const ids = lines.map(idOf);
    // Depth 1: its citations and review (they refer to it), what it is about, the claim it
    // contradicts; then everything those refer to (sources, their publisher and authors, places within places).
    expect(ids).toEqual(
      [
        'actor:io-analyst',
        'actor:io-paper',
        'chemical:io-precursor',
        'citation:io-rebate',
        'claim:io-no-rebate',
        'claim:io-rebate',
        'place:io-land',
        'place:io-port',
        'place:io-region',
        'review:io-rebate',
        'source:io-article',
        'source:io-report',
      ].sort(),
    );
    const file = join(scratch, 'part.ndjson');
    writeFileSync(file, lines.join('\n') + '\n');
    await resetDatabase(db);
    expect(await runImport(withDatabase, quiet, [file], { tty: false })).toBe(0);
    expect(await exported()).toEqual(lines);
  });

  it('--from an id that is not live: exit 1, nothing written', async () => {
    const err: string[] = [];
    const file = join(scratch, 'none.ndjson');
    expect(await runExport(withDatabase, { out: () => {}, err: (line) => err.push(line) }, { from: ['claim:no-such-claim'], out: file })).toBe(1);
    expect(err.join('\n')).toMatch(/no live record has the id claim:no-such-claim/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(scratch).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  // Regression: `export --out` opened (and emptied) its file before the database, so a failed
  // export (the server holding the embedded database) wiped the last good export.
  it('a failed export leaves the file that was there as it was', async () => {
    const file = join(scratch, 'kept.ndjson');
    writeFileSync(file, '{"actor":{"id":"actor:kept","name":"Kept","kind":"PERSON"}}\n');
    const unavailable = async <T>(_work: (db: Database) => Promise<T>): Promise<T> => {
      throw new Error('cannot open the database: something already listens on the embedded database\'s port');
    };
    expect(await runExport(unavailable, quiet, { out: file })).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('{"actor":{"id":"actor:kept","name":"Kept","kind":"PERSON"}}\n');
    expect(readdirSync(scratch).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});
