import { Database } from '../src/db/database.js';
import { createApp, listen } from '../src/server/app.js';
import { httpSuite, silentLogger } from './support/harness.js';

/** The real HTTP server on a loopback port: what a client or a browser talks to. */
const server = httpSuite();

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('the HTTP server', () => {
  it('answers /health while the process lives', async () => {
    const response = await fetch(`${server.base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['recovering', 200, 'database recovering'],
    ['failed', 503, 'database cannot come back'],
  ] as const)('answers /health by the database status: %s gives %i', async (state, status, words) => {
    const app = await createApp({ database: server.db, logger: silentLogger, development: false, status: () => state });
    const port = await listen(app, 0, '127.0.0.1');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ status: words });
    } finally {
      await app.stop();
    }
  });

  it('answers /ready when Neo4j answers', async () => {
    const response = await fetch(`${server.base}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  // Regression: /ready used a managed transaction, whose retries kept an unreachable database's
  // probe waiting for about 30 s (past a CI test's timeout) instead of answering 503.
  it('answers /ready with 503 at once while the database does not answer', async () => {
    // A real driver pointed at a loopback port where nothing listens.
    const unreachable = new Database({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: '' });
    const other = await createApp({ database: unreachable, logger: silentLogger, development: false });
    const port = await listen(other, 0, '127.0.0.1');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'database unavailable' });
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      await other.stop();
      await unreachable.close();
    }
  });

  it('serves GraphQL over POST and writes through it', async () => {
    const created = await post({ query: 'mutation { upsertActor(input: { id: "actor:h-a", name: "Over HTTP", kind: MEDIA_OUTLET }) { id } }' }, server.admin);
    expect(created).toEqual({ status: 200, body: { data: { upsertActor: { id: 'actor:h-a' } } } });
    const read = await post({ query: '{ actor(id: "actor:h-a") { name kind meta { createdBy } } }' });
    expect(read.body.data.actor).toEqual({ name: 'Over HTTP', kind: 'MEDIA_OUTLET', meta: { createdBy: 'admin' } });
  });

  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED, and no stack trace', async () => {
    const { status, body } = await post({ query: '{ claims(' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('answers an unknown field with 400 and GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await post({ query: '{ claims { truth } }' });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a body that is not JSON with 400, not a crash', async () => {
    const { status, body } = await post('{"query": ');
    expect(status).toBe(400);
    expect(body).toEqual({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    const after = await fetch(`${server.base}/health`);
    expect(after.status).toBe(200);
  });

  it('answers a user error with its code and no stack trace', async () => {
    const { status, body } = await post({ query: '{ claim(id: "nope") { id } }' });
    expect(status).toBe(200);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
