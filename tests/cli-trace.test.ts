/**
 * The fact-checking commands of `claimgraph` (trace, search, dependents, seed) against a
 * real HTTP server on the seed graph: through the command modules inside a commander
 * program (as main.ts registers them), over HTTP and --embedded, and as a real child process.
 */
import { spawn } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { Command, CommanderError } from 'commander';
import { CLI_DOCUMENTS } from '../src/cli/cli-documents.js';
import type { CliDeps } from '../src/cli/cli-transport.js';
import { dependentsCommand } from '../src/cli/dependents-command.js';
import { searchCommand } from '../src/cli/search-command.js';
import { seedCommand } from '../src/cli/seed-command.js';
import { traceCommand } from '../src/cli/trace-command.js';
import { freePort } from './support/free-port.js';
import { httpSuite } from './support/harness.js';

const suite = httpSuite({ seed: true });
const url = () => `${suite.base}/graphql`;

const CLAIM = 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent';

interface Run {
  stdout: string;
  stderr: string;
  code: number | undefined;
  thrown: unknown;
}

/** The commands inside a commander program, as main.ts registers them, writing to captured stdout and stderr. */
async function run(args: string[], options: { env?: Record<string, string>; colour?: boolean } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const deps: CliDeps = {
    withDatabase: (work) => work(suite.db),
    output: { out: (line) => void out.push(line), err: (line) => void err.push(line) },
    env: options.env ?? { CLAIMGRAPH_URL: url() },
    colour: options.colour ?? false,
  };
  const capture = { writeErr: (s: string) => void err.push(s), writeOut: (s: string) => void out.push(s) };
  const program = new Command('claimgraph').exitOverride().configureOutput(capture);
  for (const command of [traceCommand(deps), searchCommand(deps), dependentsCommand(deps), seedCommand(deps)]) program.addCommand(command.configureOutput(capture));
  process.exitCode = undefined;
  let thrown: unknown;
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    thrown = error;
  }
  const code = process.exitCode === undefined ? undefined : Number(process.exitCode);
  process.exitCode = undefined;
  return { stdout: out.join('\n'), stderr: err.join('\n'), code, thrown };
}

async function graphql(name: keyof typeof CLI_DOCUMENTS, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CLI_DOCUMENTS[name], variables }) });
  const body = (await response.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** `claimgraph …` as a real child process (tsx, as tests/import-cli.test.ts runs it): stdout is a pipe, not a terminal. */
function program(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', CLAIMGRAPH_URL: url(), CLAIMGRAPH_KEY: '', NO_COLOR: '', ...env },
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

const ANSI = /\u001b\[/;
const HERITAGE = 'Hold China and Mexico Accountable for America’s Fentanyl Crisis';
const ARTICLE = 'Think Tank: The CCP Promotes Fentanyl Export to Poison the United States from Within.';

/** The trace as the server answers the CLI's two operations, merged. */
async function answer(claimId: string, maxDepth = 6): Promise<any> {
  const core = await graphql('traceCore', { claimId, maxDepth });
  const extras = await graphql('traceExtras', { claimId, maxDepth });
  return { ...core.trace, ...extras.trace };
}

describe('claimgraph trace', () => {
  it('prints the rebate claim as a tree: the article, the [Congressional reports] it names, where it goes cold, every quote verbatim', async () => {
    const { stdout, code, stderr } = await run(['trace', CLAIM]);
    expect(stderr).toBe('');
    expect(code).toBeUndefined();
    expect(stdout).toContain('In 2020 the CCP raised the export rebate on fentanyl precursors to 13%.');
    // The article names the congressional reports itself (¶12): the Heritage report is not on this trail.
    expect(stdout).not.toContain(HERITAGE);
    expect(stdout).toContain('[Congressional reports]');
    expect(stdout).toMatch(/\[dead end\] \[unverified\] unverified beyond \[Congressional reports\]: known only through Think Tank/);
    const trace = await answer(CLAIM);
    expect(trace.hops).toHaveLength(2);
    for (const hop of trace.hops) expect(stdout).toContain(`“${hop.quote}”`);
    // The congressional reports' hop is read in the article: second-hand.
    expect(stdout.match(/\[second-hand\] read in Think Tank/g)).toHaveLength(1);
    // The tree nests: the article, then the congressional reports under it.
    const at = (text: string) => stdout.indexOf(text);
    expect(at(`└─ ${ARTICLE}`)).toBeGreaterThan(-1);
    expect(at(ARTICLE)).toBeLessThan(at('└─ [Congressional reports] (GOVERNMENT_REPORT)'));
    expect(stdout).toContain('no source on the trace disputes the claim');
    // Both hops quote the same sentence of the article: no false drift.
    expect(stdout).not.toMatch(/\[drift\]/);
    expect(stdout).not.toMatch(ANSI);
  });

  it('colours the marks only when told that stdout is a terminal', async () => {
    const coloured = await run(['trace', CLAIM], { colour: true });
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe((await run(['trace', CLAIM])).stdout);
  });

  it('writes a Markdown report with every hop\'s quote, source and the document it is read in, and what the report does not say', async () => {
    const { stdout, code } = await run(['trace', CLAIM, '--format', 'markdown']);
    expect(code).toBeUndefined();
    const trace = await answer(CLAIM);
    const title = (id: string) => trace.nodes.find((n: any) => n.source.id === id).source.title;
    for (const hop of trace.hops) {
      expect(stdout).toContain(`> ${hop.quote}\n`);
      expect(stdout).toContain(`**${title(hop.from.id)}**`);
      expect(stdout).toContain(`read in *${hop.evidencedIn.title}*`);
      if (hop.locator) expect(stdout).toContain(`at ${hop.locator}`);
    }
    expect(stdout).toContain('- **Unverified** at **[Congressional reports]**: unverified beyond [Congressional reports]: known only through');
    expect(stdout.match(/\*\*Second-hand:\*\* known only through/g)).toHaveLength(1);
    expect(stdout).toContain('1 independent line of support stands');
    expect(stdout).toContain('No source on the trace disputes the claim.');
    expect(stdout).not.toContain('### How the quotes drift');
    expect(stdout).toContain('It does not say whether the claim is true.');
    expect(stdout).not.toMatch(ANSI);
  });

  it('writes JSON that is the GraphQL answer, at the depth asked for', async () => {
    const full = await run(['trace', CLAIM, '--format', 'json']);
    expect(JSON.parse(full.stdout)).toEqual(await answer(CLAIM));
    const shallow = JSON.parse((await run(['trace', CLAIM, '--format', 'json', '--depth', '1'])).stdout);
    expect(shallow).toEqual(await answer(CLAIM, 1));
    // The article names the congressional reports itself and they name no source: depth 1 already reaches the trail's end.
    expect(shallow.nodes.find((n: any) => n.source.id === 'source:congressional-reports').roles).toEqual(['DEAD_END']);
    expect((await run(['trace', CLAIM, '--depth', '1'])).stdout).not.toContain('[depth limit]');
  });

  it('gives the same answer --embedded, with the database opened in process', async () => {
    const embedded = await run(['trace', CLAIM, '--format', 'json', '--embedded'], { env: { CLAIMGRAPH_URL: 'http://127.0.0.1:9/graphql' } });
    expect(embedded.code).toBeUndefined();
    expect(JSON.parse(embedded.stdout)).toEqual(await answer(CLAIM));
  });

  it('given text, searches claims, traces the best hit and says which it picked; --pick N traces the N-th', async () => {
    const { search } = await graphql('search', { text: 'rebate', kinds: ['CLAIM'], first: 5 });
    expect(search[0].node.id).toBe(CLAIM);
    const picked = await run(['trace', 'rebate', '--format', 'json']);
    expect(picked.code).toBeUndefined();
    expect(JSON.parse(picked.stdout).claim.id).toBe(CLAIM);
    expect(picked.stderr).toContain(`tracing hit 1 of ${search.length} for "rebate": ${CLAIM}`);
    expect(picked.stderr).toContain(`other hits (--pick N): 2. ${search[1].node.id}`);
    const second = await run(['trace', 'rebate', '--pick', '2', '--format', 'json']);
    expect(JSON.parse(second.stdout).claim.id).toBe(search[1].node.id);
    expect(second.stderr).toContain(`1. ${CLAIM}`);
  });

  it('exits 1 for a claim id that names no claim, text that matches no claim, and a --pick past the hits', async () => {
    const unknown = await run(['trace', 'claim:no-such-claim']);
    expect([unknown.code, unknown.stdout]).toEqual([1, '']);
    expect(unknown.stderr).toContain('no claim has the id "claim:no-such-claim"');
    const nothing = await run(['trace', 'zzyzx quixotic']);
    expect([nothing.code, nothing.stdout]).toEqual([1, '']);
    expect(nothing.stderr).toContain('no claim matches "zzyzx quixotic"');
    const { search } = await graphql('search', { text: 'Vietnam', kinds: ['CLAIM'], first: 5 });
    expect(search.length).toBeLessThan(5);
    const past = await run(['trace', 'Vietnam', '--pick', String(search.length + 1)]);
    expect(past.code).toBe(1);
  });

  it('refuses bad usage before asking anything: depth out of range, a malformed id, an unknown format, --pick with an id, --url with --embedded', async () => {
    for (const args of [
      ['trace', CLAIM, '--depth', '21'],
      ['trace', CLAIM, '--depth', '0'],
      ['trace', 'claim:Not An Id'],
      ['trace', CLAIM, '--format', 'pdf'],
      ['trace', CLAIM, '--pick', '6'],
      ['trace', CLAIM, '--url', 'http://x/graphql', '--embedded'],
      ['trace', CLAIM, '--url', 'ftp://x'],
      ['trace'],
    ]) {
      const { thrown, stdout } = await run(args);
      expect(thrown).toBeInstanceOf(CommanderError);
      expect((thrown as CommanderError).exitCode).not.toBe(0);
      expect(stdout).toBe('');
    }
    const pick = await run(['trace', CLAIM, '--pick', '2']);
    expect(pick.code).toBe(2);
    expect(pick.stderr).toContain('--pick chooses among search hits');
  });

  it('exits 3 when nothing listens at the URL, and 4 when the server refuses the key', async () => {
    const port = await freePort();
    const closed = await run(['trace', CLAIM, '--url', `http://127.0.0.1:${port}/graphql`]);
    expect(closed.code).toBe(3);
    expect(closed.stderr).toContain(`cannot reach the server at http://127.0.0.1:${port}/graphql: connection refused`);
    const refused = await run(['trace', CLAIM], { env: { CLAIMGRAPH_URL: url(), CLAIMGRAPH_KEY: 'cgk_not-a-key-at-all' } });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('UNAUTHENTICATED');
    expect(refused.stderr).toContain('CLAIMGRAPH_KEY');
  });

  it('exits 3 when the server accepts the connection but does not answer within --timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const stalled = await run(['trace', CLAIM, '--url', `http://127.0.0.1:${port}/graphql`, '--timeout', '300']);
      expect(stalled.code).toBe(3);
      expect(stalled.stderr).toContain('no answer within 300 ms');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('exits 3 --embedded when the database cannot be opened', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const deps: CliDeps = {
      withDatabase: () => Promise.reject(new Error('cannot open the database: Neo4j did not start')),
      output: { out: (l) => void out.push(l), err: (l) => void err.push(l) },
      env: {},
      colour: false,
    };
    process.exitCode = undefined;
    await new Command('claimgraph').exitOverride().addCommand(traceCommand(deps)).parseAsync(['trace', CLAIM, '--embedded'], { from: 'user' });
    expect(process.exitCode).toBe(3);
    process.exitCode = undefined;
    expect(err).toEqual(['claimgraph: cannot open the database: Neo4j did not start']);
    expect(out).toEqual([]);
  });
});

describe('claimgraph search, dependents, seed', () => {
  it('search finds claims and other kinds, --kind narrows, exit 1 for no hit', async () => {
    const all = await run(['search', 'Heritage']);
    expect(all.code).toBeUndefined();
    expect(all.stdout).toMatch(/^1\. \S+ {2}(actor|source)/);
    const sources = await run(['search', 'Heritage', '--kind', 'source', '--format', 'json']);
    const hits = JSON.parse(sources.stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h: any) => h.node.__typename === 'Source')).toBe(true);
    expect(hits.map((h: any) => h.node.id)).toContain('source:heritage-report-hold-china-and-mexico-accountable');
    const claims = await run(['search', 'rebate', '--kind', 'claim,source']);
    expect(claims.stdout.split('\n')[0]).toContain(`1. ${CLAIM}  claim`);
    const none = await run(['search', 'zzyzx quixotic']);
    expect([none.code, none.stdout]).toEqual([1, '']);
    expect((await run(['search', 'x', '--kind', 'planet'])).thrown).toBeInstanceOf(CommanderError);
  });

  it('dependents lists the claims a source is on, with side and whether they rest on it alone; exit 1 for no such source', async () => {
    const heritage = await run(['dependents', 'source:heritage-report-hold-china-and-mexico-accountable']);
    expect(heritage.code).toBeUndefined();
    expect(heritage.stdout.split('\n')[0]).toBe(`${HERITAGE} (REPORT)  source:heritage-report-hold-china-and-mexico-accountable`);
    expect(heritage.stdout).toContain('  claim:nearly-200-americans-die-daily-from-fentanyl  [supports, alone]  Nearly 200 Americans die each day from fentanyl overdoses.');
    // The rebate claim rests on the congressional reports the article names, not on the Heritage report.
    expect(heritage.stdout).not.toContain(CLAIM);
    const congress = await run(['dependents', 'source:congressional-reports']);
    expect(congress.stdout).toContain(`  ${CLAIM}  [supports, alone]  In 2020 the CCP raised the export rebate on fentanyl precursors to 13%.`);
    const json = JSON.parse((await run(['dependents', 'source:heritage-report-hold-china-and-mexico-accountable', '--format', 'json'])).stdout);
    expect(json).toEqual(await graphql('dependents', { sourceId: 'source:heritage-report-hold-china-and-mexico-accountable' }));
    const unknown = await run(['dependents', 'source:no-such-source']);
    expect([unknown.code, unknown.stdout]).toEqual([1, '']);
    expect((await run(['dependents', 'claim:not-a-source'])).thrown).toBeInstanceOf(CommanderError);
  });

  it('seed needs --embedded or NEO4J_URI (exit 2), and loads idempotently through the database', async () => {
    const refused = await run(['seed'], { env: {} });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('pass --embedded');
    const loaded = await run(['seed', '--embedded'], { env: {} });
    expect(loaded.code).toBeUndefined();
    expect(loaded.stdout).toMatch(/^seed: 0 created, 0 updated, \d+ unchanged, 0 skipped/m);
  });
});

describe('claimgraph as a program', () => {
  it('traces "rebate" to Markdown over HTTP with exit 0 and no ANSI on a pipe, and says on stderr which claim it picked', async () => {
    const { code, stdout, stderr } = await program(['trace', 'rebate', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stderr).toContain(`tracing hit 1 of`);
    expect(stderr).toContain(CLAIM);
    expect(stdout).toContain('> In 2020, the CCP even raised the rebate to 13%, the highest potential subsidy for exported products at that time.\n');
    expect(stdout).toContain('**[Congressional reports]**');
    expect(stdout).not.toMatch(ANSI);
    const tree = await program(['trace', CLAIM]);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toContain('unverified beyond [Congressional reports]');
    expect(tree.stdout).not.toMatch(ANSI);
  });

  it('exits 1 not found, 2 usage, 3 unreachable, 0 for --help', async () => {
    expect((await program(['trace', 'claim:no-such-claim'])).code).toBe(1);
    const usage = await program(['trace', CLAIM, '--depth', '99']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('must be a whole number from 1 to 20');
    const port = await freePort();
    const closed = await program(['trace', CLAIM], { CLAIMGRAPH_URL: `http://127.0.0.1:${port}/graphql` });
    expect(closed.code).toBe(3);
    expect(closed.stderr).toContain('connection refused');
    const help = await program(['trace', '--help']);
    expect(help.code).toBe(0);
    for (const option of ['--format', '--depth', '--pick', '--url', '--embedded', 'Exit codes']) expect(help.stdout).toContain(option);
  });
});
