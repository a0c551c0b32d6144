import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../src/config/env.js';
import { openDatabase, type OpenDatabase } from '../src/db/connect.js';
import { createApp, listen, type App } from '../src/server/app.js';
import { freePort } from './support/free-port.js';
import { ADMIN_ENV, ADMIN_HEADERS } from './support/harness.js';

/**
 * The embedded Neo4j SIGKILLed while clients write concurrently over HTTP, as `npm start`
 * serves them (supervised database, the real app): every write the server acknowledged is
 * there after the restart, every other answer was a coded 503 (never a 500), and the server
 * serves again without being restarted itself.
 */
let dataDir: string;
let db: OpenDatabase;
let app: App;
let base: string;


beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'claimgraph-crash-'));
  const config = loadConfig({
    NEO4J_URI: '',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_PAGE_CACHE_MB: '32',
    NEO4J_HEAP_MB: '512',
    NODE_ENV: 'production',
    ...ADMIN_ENV,
  });
  const logger = pino({ level: 'silent' });
  db = await openDatabase(config, logger);
  app = await createApp({ database: db.database, logger, development: false, config, status: () => db.status() });
  base = `http://127.0.0.1:${await listen(app, 0, '127.0.0.1')}`;
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await db?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Answer = { status: number; code?: string; id: string };

async function upsert(id: string): Promise<Answer> {
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...ADMIN_HEADERS },
      body: JSON.stringify({ query: 'mutation ($id: ID!) { upsertActor(input: { id: $id, name: "Crash writer", kind: PERSON }) { id } }', variables: { id } }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json()) as any;
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, id: body.data?.upsertActor?.id ?? id };
  } catch {
    return { status: 0, id };
  }
}

describe('the embedded Neo4j killed during concurrent writes', () => {
  it('keeps every acknowledged write, answers the rest with coded 503s, and serves again by itself', async () => {
    const answers: Answer[] = [];
    let killed = false;
    let stop = false;
    const writer = async (w: number) => {
      // Each writer writes until told to stop, at most 2000 times.
      for (let i = 0; i < 2000 && !stop; i++) answers.push(await upsert(`actor:crash-w${w}-${i}`));
    };
    const writers = Array.from({ length: 6 }, (_, w) => writer(w));
    // Let acknowledged writes accumulate, then kill the JVM in the middle of them.
    while (answers.filter((a) => a.status === 200).length < 60) await new Promise((r) => setTimeout(r, 20));
    process.kill(db.pid()!, 'SIGKILL');
    killed = true;
    // Keep writing through the outage until the database has come back and a few more writes are acknowledged.
    const deadline = Date.now() + 150_000;
    let recoveredAt = -1;
    while (Date.now() < deadline) {
      if (recoveredAt < 0 && db.status() === 'ok' && (await fetch(`${base}/ready`)).status === 200) recoveredAt = answers.length;
      if (recoveredAt >= 0 && answers.slice(recoveredAt).filter((a) => a.status === 200).length >= 30) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    stop = true;
    await Promise.all(writers);
    expect(killed).toBe(true);
    expect(recoveredAt).toBeGreaterThanOrEqual(0);

    // Nothing but success or a coded, retryable 503: no 500, no masked error, no dropped connection.
    const failed = answers.filter((a) => a.status !== 200);
    expect(failed.length).toBeGreaterThan(0);
    for (const answer of failed) {
      expect(answer.status).toBe(503);
      expect(['SERVICE_UNAVAILABLE', 'COMMIT_UNKNOWN']).toContain(answer.code);
    }

    // Every acknowledged write survived the crash.
    const acknowledged = answers.filter((a) => a.status === 200).map((a) => a.id);
    const rows = await db.database.read<{ props: { id: string } }>('records-by-id', { ids: acknowledged });
    expect(new Set(rows.map((r) => r.props.id))).toEqual(new Set(acknowledged));
    process.stdout.write(
      `crash during writes: ${acknowledged.length} acknowledged (all present), ${failed.length} answered 503 ` +
        `(${failed.filter((a) => a.code === 'COMMIT_UNKNOWN').length} COMMIT_UNKNOWN)\n`,
    );
  }, 240_000);
});
