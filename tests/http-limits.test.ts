import { connect, type Socket } from 'node:net';
import { loadConfig } from '../src/config/env.js';
import type { Database } from '../src/db/database.js';
import { createApp, listen, type App } from '../src/server/app.js';
import { resetDatabase, silentLogger, testDatabase } from './support/harness.js';

/**
 * Slow and greedy clients over raw TCP: a client that trickles its headers or its body is
 * cut after its bound, and connections past the cap are refused, so a few sockets cannot
 * hold the server. (Regression: slow-body connections were held 314 s.)
 */
let db: Database;
let app: App;
let port: number;

beforeAll(async () => {
  db = testDatabase();
  await resetDatabase(db);
  const config = loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '500', HTTP_BODY_TIMEOUT_MS: '1000', HTTP_MAX_CONNECTIONS: '3' });
  app = await createApp({ database: db, logger: silentLogger, development: false, config });
  port = await listen(app, 0, '127.0.0.1');
});
afterAll(async () => {
  app.httpServer.closeAllConnections();
  await app.stop();
  await db.close();
});

/** Opens a raw connection; resolves once connected. */
function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Everything the server sends until it closes the connection (or `limitMs` passes: then 'still open'). */
function untilClosed(socket: Socket, limitMs = 10_000): Promise<string> {
  return new Promise((resolve) => {
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('still open');
    }, limitMs);
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', () => {});
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}

describe('slow and greedy HTTP clients', () => {
  it('cuts a client that never finishes its headers', async () => {
    const socket = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-');
    const answer = await untilClosed(socket);
    // Node closes it, with a 408 when it can still write one.
    expect(answer).not.toBe('still open');
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('cuts a client that sends its headers but trickles its body, with 408', async () => {
    const socket = await open();
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    try {
      const answer = await untilClosed(socket);
      expect(answer).not.toBe('still open');
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      clearInterval(trickle);
    }
  });

  it('refuses connections past HTTP_MAX_CONNECTIONS and serves again once they close', async () => {
    const held = await Promise.all([open(), open(), open()]);
    const extra = await open();
    expect(await untilClosed(extra)).toBe('');
    for (const socket of held) socket.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    expect(response.status).toBe(200);
  });

  it('sends security headers and no X-Powered-By', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers an unknown path with a JSON 404, not an HTML page', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
