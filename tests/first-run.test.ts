import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { Database } from '../src/db/database.js';
import { mavenDownloadBytes, startEmbeddedNeo4j, stripAnsi, type EmbeddedNeo4j } from '../src/db/embedded-neo4j.js';
import { freePort } from './support/free-port.js';

/**
 * What a new user meets when the start cannot go on: a taken HTTP port, a taken Bolt port, a
 * data folder another Neo4j holds. Each stops `npm start`'s server with exit code 1 and one
 * line on stderr naming the cause and the variable to change, never a Java stack trace.
 */

const folders: string[] = [];
const occupied: Server[] = [];

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-first-run-'));
  folders.push(folder);
  return folder;
}

/** A loopback port something else listens on for the rest of the suite. */
async function occupiedPort(): Promise<number> {
  const server = createServer();
  occupied.push(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return (server.address() as { port: number }).port;
}

/** Runs the server (src/server/main.ts) with `env` over the test's own environment until it exits. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      // NEO4J_URI empty: the embedded database, as `npm start` on a new machine.
      env: { ...process.env, NEO4J_URI: '', LOG_LEVEL: 'info', NEO4J_HEAP_MB: '512', NEO4J_PAGE_CACHE_MB: '32', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A start that does not stop is a failure of its own: it must not hang the suite.
    const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Bytes the files under `path` take on disk (what `du` counts). */
function diskUsage(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.blocks * 512;
  return readdirSync(path).reduce((sum, name) => sum + diskUsage(join(path, name)), stat.blocks * 512);
}

afterAll(async () => {
  await Promise.all(occupied.map((server) => new Promise((resolve) => server.close(resolve))));
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('a first run that explains itself', () => {
  it('a taken HTTP port stops the start with one line naming PORT, before any database work', async () => {
    const port = await occupiedPort();
    const dataDir = join(tempFolder(), 'never-created');
    const result = await runServer({ PORT: String(port), HOST: '127.0.0.1', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `claimgraph: failed to start: the HTTP port 127.0.0.1:${port} is taken by another process (another claimgraph?): set PORT to a free port`,
    ]);
    // Nothing was logged and no data folder made: the database was never started.
    expect(result.stdout).toBe('');
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('a taken Bolt port stops the start with one line naming NEO4J_BOLT_PORT, without a stack trace', async () => {
    const boltPort = await occupiedPort();
    const result = await runServer({ PORT: '0', NEO4J_DATA_DIR: join(tempFolder(), 'neo4j'), NEO4J_BOLT_PORT: String(boltPort) });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `claimgraph: failed to start: the Bolt port 127.0.0.1:${boltPort} is taken by another process (another claimgraph or Neo4j?): set NEO4J_BOLT_PORT to a free port, or stop what holds it`,
    ]);
    expect(result.stdout).not.toMatch(/Exception|\tat /);
  }, 160_000);

  describe('with an embedded Neo4j already running on a data folder', () => {
    let dataDir: string;
    let first: EmbeddedNeo4j;

    beforeAll(async () => {
      dataDir = join(tempFolder(), 'neo4j');
      first = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), pageCacheMb: 32, heapMb: 512, logger: pino({ level: 'silent' }) });
    }, 180_000);

    afterAll(async () => {
      await first?.stop();
    }, 60_000);

    it('an empty database is small: no preallocated transaction logs', () => {
      // Neo4j's default preallocates 256 MiB of transaction log per database: about 516 MB.
      expect(diskUsage(dataDir)).toBeLessThan(32 * 1024 * 1024);
    });

    it('a second start on the same folder stops with one line naming NEO4J_DATA_DIR; the first keeps answering', async () => {
      const result = await runServer({ PORT: '0', NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()) });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        `claimgraph: failed to start: the data folder ${dataDir} is in use by another Neo4j (another claimgraph running on it?): stop that process, or set NEO4J_DATA_DIR to another folder`,
      ]);
      expect(result.stdout).not.toMatch(/Exception|\tat /);
      const db = new Database({ uri: first.uri, user: first.user, password: first.password });
      try {
        expect(await db.read('ping', { probe: 3 })).toEqual([{ probe: 3 }]);
      } finally {
        await db.close();
      }
    }, 180_000);
  });
});

describe('Maven progress lines', () => {
  it('reads the size of each file Maven downloaded, in its powers of 1000', () => {
    expect(mavenDownloadBytes('[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/neo4j/neo4j-kernel/5.26.30/neo4j-kernel-5.26.30.jar (9.8 MB at 2.1 MB/s)')).toBe(9_800_000);
    expect(mavenDownloadBytes('[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/apache/29/apache-29.pom (21 kB at 450 kB/s)')).toBe(21_000);
    expect(mavenDownloadBytes('Downloaded from mirror: https://example.org/x.sha1 (40 B at 1.2 kB/s)')).toBe(40);
  });

  it('ignores every other line, and colour codes', () => {
    expect(mavenDownloadBytes('[INFO] Downloading from central: https://repo.maven.apache.org/maven2/a/b/1/b-1.jar')).toBeUndefined();
    expect(mavenDownloadBytes('[INFO] BUILD SUCCESS')).toBeUndefined();
    expect(mavenDownloadBytes('\u001b[1;34m[INFO]\u001b[m Downloaded from central: https://r/x.jar (2.5 MB at 1 MB/s)')).toBe(2_500_000);
  });

  it('strips ANSI codes from relayed output', () => {
    expect(stripAnsi('\u001b[0m\u001b[0m[INFO] Scanning for projects...\u001b[m')).toBe('[INFO] Scanning for projects...');
    expect(stripAnsi('\u001b[1mApache Maven 3.8.7\u001b[m')).toBe('Apache Maven 3.8.7');
    expect(stripAnsi('no codes here')).toBe('no codes here');
  });
});
