import { createServer, Socket, type Server } from 'node:net';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import type { Database } from '../src/db/database.js';
import { RequestDb } from '../src/graphql/loaders.js';
import { createApp, listen } from '../src/server/app.js';
import { graphqlHandler } from '../src/server/graphql-handler.js';
import { loadConfig } from '../src/config/env.js';
import { ANONYMOUS } from '../src/model/caller.js';
import { ADMIN_ENV, ADMIN_HEADERS, resetDatabase, silentLogger, testDatabase } from './support/harness.js';

/**
 * What clients see when the database misbehaves: unreachable (SERVICE_UNAVAILABLE, fast,
 * HTTP 503 with Retry-After), gone in the middle of a commit (COMMIT_UNKNOWN), too slow
 * (TIMEOUT), and that the server notices by itself when the database is back. A real TCP
 * proxy in front of the test database plays the network.
 */
class BoltProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Starts forwarding (again, on the same port after a cut). */
  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : this.port;
  }

  /** The network goes: every connection is cut and new ones are refused. */
  cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

let db: Database;
let proxy: BoltProxy;
let proxied: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const target = new URL(process.env.NEO4J_URI!.replace(/^[a-z+]+:/, 'http:'));
  proxy = new BoltProxy({ host: target.hostname, port: Number(target.port) });
  await proxy.open();
  proxied = testDatabase({ uri: `bolt://127.0.0.1:${proxy.port}`, connectTimeoutMs: 1000 });
});
afterAll(async () => {
  await proxy.cut();
  await proxied.close();
  await db.close();
});

describe('database faults', () => {
  it('answers reads with SERVICE_UNAVAILABLE while the database is unreachable, fails fast, and recovers by itself', async () => {
    await expect(proxied.read('ping', { probe: 1 })).resolves.toEqual([{ probe: 1 }]);
    await proxy.cut();
    await expect(proxied.read('ping', { probe: 2 })).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    // Right after a failure, calls fail at once without waiting on the network.
    await expect(proxied.read('ping', { probe: 3 })).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await proxy.open();
    // Once the fail-fast window has passed, the next call probes the database and succeeds.
    await new Promise((r) => setTimeout(r, 1100));
    await expect(proxied.read('ping', { probe: 4 })).resolves.toEqual([{ probe: 4 }]);
    await expect(proxied.read('ping', { probe: 5 })).resolves.toEqual([{ probe: 5 }]);
  });

  it('answers COMMIT_UNKNOWN when the connection breaks after the work, while the commit is under way', async () => {
    await expect(proxied.read('ping', { probe: 1 })).resolves.toHaveLength(1);
    const outcome = proxied.write(async (tx) => {
      await tx.run('CREATE (:FaultProbe {id: $id})', { id: 'commit-unknown' });
      await proxy.cut();
    });
    await expect(outcome).rejects.toMatchObject({ extensions: { code: 'COMMIT_UNKNOWN' } });
    await proxy.open();
  });

  it('answers SERVICE_UNAVAILABLE, not COMMIT_UNKNOWN, when the connection breaks before the work is done', async () => {
    await new Promise((r) => setTimeout(r, 1100));
    await expect(proxied.read('ping', { probe: 1 })).resolves.toHaveLength(1);
    const outcome = proxied.write(async (tx) => {
      await proxy.cut();
      await tx.run('CREATE (:FaultProbe {id: $id})', { id: 'never-written' });
    });
    await expect(outcome).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await proxy.open();
    const [row] = await db.write(async (tx) => (await tx.run('MATCH (n:FaultProbe {id: "never-written"}) RETURN count(n) AS n')).records);
    expect(row!.get('n')).toBe(0);
  });

  it('answers HTTP 503 with Retry-After and SERVICE_UNAVAILABLE for queries and mutations when the database is down', async () => {
    const unreachable = testDatabase({ uri: 'bolt://127.0.0.1:9', connectTimeoutMs: 500 });
    const app = await createApp({ database: unreachable, logger: silentLogger, development: false, config: loadConfig(ADMIN_ENV) });
    const port = await listen(app, 0, '127.0.0.1');
    try {
      for (const query of ['{ claims { edges { node { id } } } }', 'mutation { upsertActor(input: { id: "actor:down", name: "x", kind: PERSON }) { id } }']) {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...ADMIN_HEADERS },
          body: JSON.stringify({ query }),
        });
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('2');
        const body = (await response.json()) as any;
        expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      await app.stop();
      await unreachable.close();
    }
  });

  it('cuts a transaction that runs past its timeout with TIMEOUT', async () => {
    const slow = db.write((tx) => tx.run('UNWIND range(1, 500000000) AS x WITH x WHERE x < 0 RETURN count(x)'), { timeoutMs: 300 });
    await expect(slow).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
  });

  it('ends a write that waits on another transaction\'s lock with TIMEOUT, and the holder still commits', async () => {
    await db.write((tx) => tx.run('CREATE (:FaultProbe {id: "locked"})'));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const hasLock = new Promise<void>((r) => (locked = r));
    const holder = db.write(async (tx) => {
      await tx.run('MATCH (n:FaultProbe {id: "locked"}) SET n.by = "holder"');
      locked();
      await held;
    });
    await hasLock;
    const waiter = db.write((tx) => tx.run('MATCH (n:FaultProbe {id: "locked"}) SET n.by = "waiter"'), { timeoutMs: 500 });
    await expect(waiter).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
    release();
    await holder;
    const [row] = await db.write(async (tx) => (await tx.run('MATCH (n:FaultProbe {id: "locked"}) RETURN n.by AS by')).records);
    expect(row!.get('by')).toBe('holder');
  });

  it('refuses to start database work after the request deadline', async () => {
    const late = new RequestDb(db, Date.now() - 1);
    expect(() => late.read('ping', { probe: 1 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'TIMEOUT' }) }));
  });

  it('answers TIMEOUT (HTTP 504) when a request outlives REQUEST_TIMEOUT_MS, and serves the next request', async () => {
    const apollo = new ApolloServer<any>({
      typeDefs: 'type Query { slow: String fast: String }',
      resolvers: { Query: { slow: () => new Promise((r) => setTimeout(() => r('late'), 3000)), fast: () => 'now' } },
    });
    await apollo.start();
    const app = express();
    app.use('/graphql', express.json(), graphqlHandler({ apollo, database: db, authenticate: async () => ANONYMOUS, maxTokens: 1000, requestTimeoutMs: 200 }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as { port: number }).port;
    const ask = (query: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    try {
      const slow = await ask('{ slow }');
      expect(slow.status).toBe(504);
      expect(((await slow.json()) as any).errors[0].extensions).toEqual({ code: 'TIMEOUT', limitMs: 200 });
      const fast = await ask('{ fast }');
      expect(fast.status).toBe(200);
      expect(await fast.json()).toEqual({ data: { fast: 'now' } });
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await apollo.stop();
    }
  });
});
