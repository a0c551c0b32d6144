import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { Database } from '../src/db/database.js';
import { PASSWORD_FILE, startEmbeddedNeo4j, type DatabaseStatus, type EmbeddedNeo4j } from '../src/db/embedded-neo4j.js';
import { freePort } from './support/free-port.js';

/**
 * The embedded Neo4j as `npm start` runs it, in its own temporary folder on its own port
 * (not the suites' shared database): closed to other local processes, and supervised.
 */
let dataDir: string;
let port: number;
let embedded: EmbeddedNeo4j;
let db: Database;
const logLines: Array<{ level: number; msg: string }> = [];
const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) });


/** Polls `check` until it holds; rejects after `timeoutMs`; resolves with the time it took. */
async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function start(): Promise<EmbeddedNeo4j> {
  return startEmbeddedNeo4j({
    dataDir,
    boltPort: port,
    pageCacheMb: 32,
    heapMb: 512,
    txTimeoutMs: 7_000,
    lockTimeoutMs: 3_000,
    txMemoryMb: 64,
    logger,
    restart: { initialDelayMs: 100 },
  });
}

/** The error a raw driver gets for `query` with `auth`, or undefined when it succeeds. */
async function attempt(auth: ReturnType<typeof neo4j.auth.basic> | undefined, query = 'RETURN 1') {
  const driver = neo4j.driver(embedded.uri, auth, { connectionTimeout: 5000 });
  try {
    await driver.executeQuery(query);
    return undefined;
  } catch (error) {
    return error as { code: string; message: string };
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'claimgraph-embedded-'));
  port = await freePort();
  embedded = await start();
  db = new Database({ uri: embedded.uri, user: embedded.user, password: embedded.password });
}, 180_000);

afterAll(async () => {
  await db?.close();
  await embedded?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('the embedded Neo4j', () => {
  it('refuses Bolt without a password and with a wrong one, and accepts the generated one', async () => {
    expect(await attempt(undefined)).toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    // One wrong attempt only: three in a row would lock the user for 5 s (Neo4j's default).
    expect(await attempt(neo4j.auth.basic('neo4j', 'neo4j'))).toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    expect(await attempt(neo4j.auth.basic(embedded.user, embedded.password))).toBeUndefined();
  });

  it('keeps the generated password in a file of the data folder readable by its owner only', () => {
    const file = join(dataDir, PASSWORD_FILE);
    expect(embedded.passwordFile).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(embedded.password);
    // 32 random bytes, base64url.
    expect(embedded.password).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses LOAD CSV from a file URL, and from any address, to the authenticated client', async () => {
    const auth = neo4j.auth.basic(embedded.user, embedded.password);
    const fromFile = await attempt(auth, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line");
    expect(fromFile).toMatchObject({ code: 'Neo.ClientError.Statement.ExternalResourceFailed' });
    expect(fromFile!.message).toContain('allow_csv_import_from_file_urls');
    const fromNetwork = await attempt(auth, "LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS line RETURN line");
    expect(fromNetwork).toMatchObject({ code: 'Neo.ClientError.Statement.ExternalResourceFailed' });
    expect(fromNetwork!.message).toContain('blocked');
  });

  it('runs with the server-side transaction bounds it was given', async () => {
    const rows = await db.write(async (tx) => {
      const result = await tx.run(
        "CALL dbms.listConfig() YIELD name, value WHERE name IN ['db.transaction.timeout', 'db.lock.acquisition.timeout', 'db.memory.transaction.max', 'dbms.security.auth_enabled', 'server.http.enabled'] RETURN name, value",
      );
      return Object.fromEntries(result.records.map((r) => [r.get('name'), r.get('value')]));
    });
    expect(rows).toEqual({
      'db.transaction.timeout': '7s',
      'db.lock.acquisition.timeout': '3s',
      'db.memory.transaction.max': '64.00MiB',
      'dbms.security.auth_enabled': 'true',
      'server.http.enabled': 'false',
    });
  });

  it('restarts the JVM after a SIGKILL; queries succeed again, status goes ok → recovering → ok', async () => {
    const statuses: DatabaseStatus[] = [embedded.status()];
    const watcher = setInterval(() => {
      if (statuses.at(-1) !== embedded.status()) statuses.push(embedded.status());
    }, 10);
    try {
      const killed = embedded.pid()!;
      process.kill(killed, 'SIGKILL');
      const killedAt = Date.now();
      await waitFor(() => embedded.status() === 'ok' && embedded.pid() !== killed, 120_000, 'the restart');
      const restartMs = Date.now() - killedAt;
      // The same driver, without a restart of this process.
      await waitFor(
        () => db.read('ping', { probe: 1 }).then(
          (rows) => rows[0]?.probe === 1,
          () => false,
        ),
        10_000,
        'a query through the old driver',
      );
      const queryMs = Date.now() - killedAt;
      process.stdout.write(`embedded restart after SIGKILL: ready in ${restartMs} ms, first query ok after ${queryMs} ms\n`);
      expect(statuses).toEqual(['ok', 'recovering', 'ok']);
      const messages = logLines.filter((l) => l.level >= 40).map((l) => l.msg);
      expect(messages).toEqual(['embedded Neo4j exited unexpectedly', 'restarting embedded Neo4j', 'embedded Neo4j restarted and is ready']);
    } finally {
      clearInterval(watcher);
    }
  }, 150_000);

  it('reuses the password file across restarts', async () => {
    const before = readFileSync(join(dataDir, PASSWORD_FILE), 'utf8');
    expect(before.trim()).toBe(embedded.password);
    await db.close();
    await embedded.stop();
    embedded = await start();
    db = new Database({ uri: embedded.uri, user: embedded.user, password: embedded.password });
    expect(readFileSync(join(dataDir, PASSWORD_FILE), 'utf8')).toBe(before);
    expect(statSync(join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(await db.read('ping', { probe: 2 })).toEqual([{ probe: 2 }]);
  }, 150_000);

  it('never logs the password', () => {
    expect(JSON.stringify(logLines)).not.toContain(embedded.password);
  });
});
