import { spawn } from 'node:child_process';
import { findApiKey } from '../src/auth/api-keys.js';
import type { Database } from '../src/db/database.js';
import { resetDatabase, testDatabase } from './support/harness.js';

/**
 * `claimgraph keys` as an operator runs it: a child process against the test database
 * (NEO4J_URI and NEO4J_PASSWORD come from the test environment). The secret is printed once,
 * by create; list never shows it; revoke takes the key out of service.
 */
let db: Database;
beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
});
afterAll(() => db.close());

function claimgraph(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return run({}, ...args);
}

function run(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'warn', ...env },
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

describe('claimgraph keys', () => {
  let secret: string;
  let id: string;

  it('create prints the new key and its secret, once, and stores only its hash', async () => {
    const created = await claimgraph('keys', 'create', '--name', 'ci-bot', '--role', 'editor');
    expect(created).toMatchObject({ code: 0 });
    secret = /^secret: (cgk_[\w-]{43})$/m.exec(created.stdout)![1]!;
    id = /^created (key:[\w-]+)\s+"ci-bot"\s+editor/m.exec(created.stdout)![1]!;
    expect(created.stdout.split(secret)).toHaveLength(2);
    expect(await findApiKey(db, secret)).toEqual({ id, name: 'ci-bot', role: 'editor' });
    const stored = await db.write(async (tx) => (await tx.run('MATCH (k:ApiKey) RETURN properties(k) AS p')).records.map((r) => JSON.stringify(r.get('p'))));
    expect(stored.join('')).not.toContain(secret);
  });

  it('create refuses a name a live key has, a reserved name, and an unknown role', async () => {
    expect((await claimgraph('keys', 'create', '--name', 'ci-bot', '--role', 'reader')).code).toBe(1);
    const reserved = await claimgraph('keys', 'create', '--name', 'seed', '--role', 'editor');
    expect(reserved.code).toBe(1);
    expect(reserved.stderr).toMatch(/reserved/);
    const role = await claimgraph('keys', 'create', '--name', 'x', '--role', 'owner');
    expect(role.code).not.toBe(0);
    expect(role.stderr).toMatch(/reader, editor, admin/);
  });

  it('list shows every key and never a secret or hash', async () => {
    const listed = await claimgraph('keys', 'list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\s+"ci-bot"\\s+editor\\s+created \\S+\\s+live$`, 'm'));
    expect(listed.stdout).not.toContain(secret);
    expect(listed.stdout).not.toMatch(/[0-9a-f]{64}/);
  });

  it('revoke by name takes the key out of service; revoking again finds nothing', async () => {
    const revoked = await claimgraph('keys', 'revoke', 'ci-bot');
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`revoked ${id}`);
    expect(await findApiKey(db, secret)).toBeUndefined();
    expect((await claimgraph('keys', 'list')).stdout).toMatch(/"ci-bot"\s+editor\s+created \S+\s+revoked \S+$/m);
    expect((await claimgraph('keys', 'revoke', id)).code).toBe(1);
  });

  it('refuses to start a second embedded database where one already listens (the server is running)', async () => {
    const port = new URL(process.env.NEO4J_URI!.replace(/^[a-z+]+:/, 'http:')).port;
    const answer = await run({ NEO4J_URI: '', NEO4J_BOLT_PORT: port }, 'keys', 'list');
    expect(answer.code).toBe(1);
    expect(answer.stderr).toMatch(/already listens .* is the server running\?/);
  });
});
