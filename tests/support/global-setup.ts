import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * A free loopback port, so the tests never collide with a database a developer runs. (Jest
 * loads this file outside its module mapping, so it cannot import tests/support/free-port.ts.)
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts one embedded Neo4j for the whole run in a fresh temporary folder, unless NEO4J_URI
 * names a database to test against. The URI and the embedded database's generated password
 * reach the suites through the environment (NEO4J_URI, NEO4J_PASSWORD).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'claimgraph-test-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/run-embedded-neo4j.ts', dataDir, String(await freePort())], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let password = '';
  const uri = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      password = /^NEO4J_PASSWORD=(\S+)$/.exec(line)?.[1] ?? password;
      const match = /^NEO4J_URI=(\S+)$/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the test database failed to start (exit ${code})`)));
  });
  process.env.NEO4J_URI = uri;
  process.env.NEO4J_PASSWORD = password;
  process.env.CLAIMGRAPH_TEST_EMBEDDED = '1';
  (globalThis as { __claimgraphNeo4j?: ChildProcess }).__claimgraphNeo4j = child;
  (globalThis as { __claimgraphDataDir?: string }).__claimgraphDataDir = dataDir;
}
