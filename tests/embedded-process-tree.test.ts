import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from './support/free-port.js';

/**
 * The server process as `npm start` runs it, with its own embedded Neo4j in a temporary
 * folder: node and Java live and die together, whoever gets the signal.
 */
let dataDir: string;
let boltPort: number;


/** True while the process runs (a zombie waiting for its parent counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Polls `check` until it holds; rejects after `timeoutMs`; resolves with the time it took. */
async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

interface Server {
  child: ChildProcess;
  javaPid: number;
  url: string;
  logs: Array<Record<string, any>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node src/server/main.ts` on the test's data folder; resolves once it serves. */
async function startServer(): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_PASSWORD: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HEAP_MB: '512',
      NEO4J_PAGE_CACHE_MB: '32',
      PORT: '0',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'info',
      SHUTDOWN_DRAIN_MS: '2000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const logs: Array<Record<string, any>> = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const serving = new Promise<Server>((resolve, reject) => {
    let javaPid = 0;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line);
      logs.push(entry);
      if (entry.msg === 'embedded Neo4j is ready') javaPid = entry.pid;
      if (entry.msg === 'claimgraph is serving GraphQL') resolve({ child, javaPid, url: entry.url.replace(/\/graphql$/, ''), logs, exited });
    });
    void exited.then(({ code, signal }) => reject(new Error(`the server exited during start (${code ?? signal}): ${stderr}`)));
  });
  return serving;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'claimgraph-process-tree-'));
  boltPort = await freePort();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the server process tree', () => {
  it('SIGTERM to node: both node and Java exit cleanly, and no log line holds the password', async () => {
    const server = await startServer();
    expect(server.javaPid).toBeGreaterThan(0);
    expect(alive(server.javaPid)).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const nodeMs = Date.now() - signalledAt;
    // main.ts stops Neo4j before it exits: Java is gone by then.
    expect(alive(server.javaPid)).toBe(false);
    process.stdout.write(`SIGTERM to node: node and Java gone after ${nodeMs} ms\n`);
    expect(server.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down: draining HTTP', 'HTTP drained; closing the database', 'stopped']));

    const password = readFileSync(join(dataDir, 'bolt-password'), 'utf8').trim();
    expect(JSON.stringify(server.logs)).not.toContain(password);
  }, 180_000);

  it('SIGTERM to Java: the server takes it as a request to stop, and exits cleanly', async () => {
    const server = await startServer();
    const signalledAt = Date.now();
    process.kill(server.javaPid, 'SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    process.stdout.write(`SIGTERM to Java: node exited after ${Date.now() - signalledAt} ms\n`);
    expect(alive(server.javaPid)).toBe(false);
    const messages = server.logs.map((l) => l.msg);
    expect(messages.some((m) => /stopped by a signal/.test(m))).toBe(true);
    expect(messages).not.toContain('restarting embedded Neo4j');
  }, 180_000);

  it('SIGKILL to node: Java exits by itself within a few seconds', async () => {
    const server = await startServer();
    server.child.kill('SIGKILL');
    await server.exited;
    const javaMs = await waitFor(() => !alive(server.javaPid), 15_000, 'Java to exit');
    process.stdout.write(`SIGKILL to node: Java gone ${javaMs} ms after node\n`);
  }, 180_000);
});
