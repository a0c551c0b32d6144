/**
 * `claimgraph export-trace` as the lead registers it: the command module inside a commander
 * program, over the test database with the seed, writing to a captured stdout.
 */
import { Command } from 'commander';
import { parse as parseCsv } from 'csv-parse/sync';
import { Parser } from 'n3';
import { exportTraceCommand } from '../src/cli/export-trace-command.js';
import type { Database } from '../src/db/database.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { resetDatabase, testDatabase } from './support/harness.js';

let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  await loadSeed(db);
});
afterAll(() => db.close());

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output = { out: (line: string) => void out.push(line), err: (line: string) => void err.push(line) };
  const program = new Command('claimgraph').exitOverride();
  const capture = { writeErr: (s: string) => void err.push(s), writeOut: (s: string) => void out.push(s) };
  program.addCommand(exportTraceCommand((work) => work(db), output).exitOverride().configureOutput(capture));
  process.exitCode = undefined;
  let thrown: unknown;
  try {
    await program.parseAsync(['export-trace', ...args], { from: 'user' });
  } catch (error) {
    thrown = error;
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  return { stdout: out.join('\n'), stderr: err.join(''), code, thrown };
}

const CLAIM = 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent';

describe('export-trace', () => {
  it('writes Turtle that n3 parses, and CSV rows per hop', async () => {
    const ttl = await run(CLAIM, '--format', 'ttl');
    expect(ttl.code).toBeUndefined();
    expect(new Parser({ format: 'text/turtle' }).parse(ttl.stdout).length).toBeGreaterThan(20);
    // article → [Congressional reports] is one hop, so depth 1 walks the trail to its end:
    // the congressional reports' own hop (second-hand, naming no source) is the last row.
    const csv = await run(CLAIM, '--format', 'csv', '--depth', '1');
    const rows = parseCsv(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.fromId, r.toId, r.secondHand, r.depth])).toEqual([
      ['source:article', 'source:congressional-reports', 'false', '1'],
      ['source:congressional-reports', '', 'true', '2'],
    ]);
  });

  it('writes every format', async () => {
    for (const format of ['cyjs', 'graphml', 'jsonld', 'anno']) {
      const { stdout, code } = await run(CLAIM, '--format', format);
      expect(code).toBeUndefined();
      expect(stdout.length).toBeGreaterThan(100);
    }
  });

  it('says so, exit code 1, for a claim that does not exist; the parser refuses a bad id, format or depth', async () => {
    const missing = await run('claim:no-such-claim', '--format', 'csv');
    expect([missing.code, missing.stdout]).toEqual([1, '']);
    expect(missing.stderr).toMatch(/no claim has the id "claim:no-such-claim"/);
    for (const args of [['source:article', '--format', 'csv'], [CLAIM, '--format', 'pdf'], [CLAIM, '--format', 'csv', '--depth', '21'], [CLAIM]]) {
      const refused = await run(...args);
      expect(refused.thrown).toMatchObject({ exitCode: 1 });
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/^error: .*(invalid|not specified)/);
    }
  });
});
