import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Database } from '../src/db/database.js';
import { ADMIN_ENV, ADMIN_HEADERS, resetDatabase, testDatabase } from './support/harness.js';

/**
 * The server process killed (SIGKILL) while an import is under way: the import is one
 * transaction, so the graph holds all of it or none of it, never part. The server runs as
 * its own process (`src/server/main.ts`) against the test database, as `npm start` would.
 */
let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

/** Starts the server on a free port; resolves with its process and base URL once it serves. */
function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...ADMIN_ENV, PORT: '0', SEED_ON_START: 'false', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 60 s')), 60_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const url = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(line)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, base: url });
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited during start (${code})`)));
  });
}

const SIZE = 4000;
const graph = (trial: string) => ({
  actors: Array.from({ length: SIZE }, (_, i) => ({ id: `actor:crash-${trial}-${i}`, name: `Crash ${trial} ${i}`, kind: 'PERSON' })),
});

/** Write transactions the database has open that run our write path's queries. */
async function openImportTransactions(): Promise<number> {
  const rows = await db.write(async (tx) =>
    (
      await tx.run(
        "SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS 'UNWIND $rows' OR currentQuery CONTAINS 'UNWIND $ids' RETURN count(*) AS n",
      )
    ).records,
  );
  return rows[0]!.get('n') as number;
}

async function countImported(trial: string): Promise<number> {
  const rows = await db.write(async (tx) =>
    (await tx.run('MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n', { prefix: `actor:crash-${trial}-` })).records,
  );
  return rows[0]!.get('n') as number;
}

function sendImport(base: string, trial: string) {
  return fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ADMIN_HEADERS },
    body: JSON.stringify({
      query: 'mutation ($input: GraphInput!) { importGraph(input: $input) { created } }',
      variables: { input: graph(trial) },
    }),
  }).then(
    async (response) => ({ status: response.status, body: (await response.json()) as any }),
    () => 'connection lost' as const,
  );
}

describe('a server killed during an import', () => {
  it('writes everything when nobody kills it (the control)', async () => {
    const { child, base } = await startServer();
    try {
      const answer = await sendImport(base, 'control');
      expect(answer).toMatchObject({ status: 200, body: { data: { importGraph: { created: SIZE } } } });
      expect(await countImported('control')).toBe(SIZE);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it.each(['first', 'second'])('writes nothing when SIGKILLed while its transaction is open (%s trial)', async (trial) => {
    const { child, base } = await startServer();
    const exited = new Promise((r) => child.once('exit', r));
    const answer = sendImport(base, trial);
    // Wait until the import's transaction is under way in the database, then kill the server.
    let seen = false;
    for (let i = 0; i < 200 && !seen; i++) {
      seen = (await openImportTransactions()) > 0;
      if (!seen) await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    expect(await answer).toBe('connection lost');
    // Neo4j rolls back a transaction whose client went away; wait until it has.
    for (let i = 0; i < 100 && (await openImportTransactions()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    const count = await countImported(trial);
    expect([0, SIZE]).toContain(count);
    // Seen open and killed before its commit was acknowledged: the usual outcome is nothing.
    if (seen) process.stdout.write(`killed with its transaction open: ${count} of ${SIZE} records written\n`);
  });
});
