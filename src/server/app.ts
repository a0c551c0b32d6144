import { isUtf8 } from 'node:buffer';
import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { createAuthenticator } from '../auth/authenticate.js';
import { loadConfig, type Config } from '../config/env.js';
import type { Database } from '../db/database.js';
import type { RequestContext } from '../graphql/context.js';
import { queryLimitsFrom } from '../graphql/limits/query-limits.js';
import { createApolloServer } from './apollo-server.js';
import { consoleRoute } from './console-route.js';
import { corsPolicy } from './cors-policy.js';
import { exportRoutes } from './export-routes.js';
import { accessOf, graphqlHandler, sendError } from './graphql-handler.js';
import { viewerRoutes } from './viewer-routes.js';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Stops taking requests and waits for those in flight (Apollo's drain plugin). */
  stop(): Promise<void>;
}

/** How the database behind the server is doing: `failed` once it cannot come back (the embedded one gave up restarting). */
export type DatabaseStatus = 'ok' | 'recovering' | 'failed';

export interface AppOptions {
  database: Database;
  logger: Logger;
  development: boolean;
  /** Limits and timeouts; the defaults of an empty environment when omitted. */
  config?: Config;
  /** For /health; always `ok` when omitted. */
  status?: () => DatabaseStatus;
}

/**
 * The HTTP side: GraphQL at /graphql, liveness at /health (the process answers and its
 * database can still come back) and readiness at /ready (the database answers now). Every
 * bound of the configuration is applied here: GraphQL limits, body size, request timeout,
 * slow-client timeouts and the connection cap. Not listening yet: see `listen`.
 */
export async function createApp({ database, logger, development, config = loadConfig({}), status = () => 'ok' }: AppOptions): Promise<App> {
  const limits = queryLimitsFrom(config);
  const app = express();
  app.disable('x-powered-by');
  // Node checks the header and request timeouts on this interval (its default, 30 s, would
  // let a slow client hold a connection that much past its bound).
  const httpServer = http.createServer({ connectionsCheckingInterval: Math.min(1000, config.HTTP_HEADERS_TIMEOUT_MS) }, app);
  // Slow clients: the headers, then the whole request, must arrive within these bounds;
  // idle keep-alive connections close; past the cap, new connections are refused.
  httpServer.headersTimeout = config.HTTP_HEADERS_TIMEOUT_MS;
  httpServer.requestTimeout = config.HTTP_BODY_TIMEOUT_MS;
  httpServer.keepAliveTimeout = 5_000;
  httpServer.maxConnections = config.HTTP_MAX_CONNECTIONS;

  // Built first: a key file that cannot be read stops the start, before anything listens.
  const authenticate = createAuthenticator(config, database);
  const apollo = createApolloServer({
    logger,
    development,
    limits,
    httpServer,
    drainMs: config.SHUTDOWN_DRAIN_MS + 1000,
    auth: { anonymousRead: config.AUTH_ANONYMOUS_READ },
  });
  await apollo.start();

  // The access log: one info line per request once it is answered, with the caller's name,
  // the operation's name, the status and the duration. Never a header or a body: only the
  // fields named here reach it (and the logger redacts registered secrets besides).
  app.use(
    pinoHttp({
      logger,
      customLogLevel: () => 'info',
      customSuccessMessage: () => 'request',
      customErrorMessage: () => 'request',
      customAttributeKeys: { responseTime: 'durationMs' },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
        err: () => undefined,
      },
      wrapSerializers: false,
      quietReqLogger: true,
      // pino-http asks at the start of a request too (for req.log's bindings, which the
      // final line repeats): nothing is known then, so only the finished request names them.
      customProps: (_req, res) => {
        if (!res.headersSent) return {};
        const { caller, operation } = accessOf(res as unknown as Response);
        return { caller: caller ?? null, operation: operation ?? null, outcome: outcomeOf(res.statusCode) };
      },
    }),
  );

  app.use(
    helmet({
      // Apollo's development landing page loads scripts and styles from its CDN.
      contentSecurityPolicy: development ? false : undefined,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.get('/health', (_req, res) => {
    const state = status();
    res.status(state === 'failed' ? 503 : 200).json({ status: state === 'failed' ? 'database cannot come back' : state === 'ok' ? 'ok' : 'database recovering' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await database.isAvailable();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  // The query console (a browser's GET /graphql) and its assets, before the GraphQL handler.
  app.use(consoleRoute());
  app.use(
    '/graphql',
    corsPolicy(config.CORS_ORIGINS),
    express.json({ limit: config.HTTP_BODY_LIMIT_KB * 1024, verify: refuseInvalidUtf8 }),
    graphqlHandler({ apollo, database, authenticate, maxTokens: limits.maxTokens, requestTimeoutMs: config.REQUEST_TIMEOUT_MS, logger }),
  );
  app.use('/export', exportRoutes({ database, authenticate, anonymousRead: config.AUTH_ANONYMOUS_READ, requestTimeoutMs: config.REQUEST_TIMEOUT_MS, corsOrigins: config.CORS_ORIGINS, logger }));
  // The provenance viewer (web/, built into dist/web): its page at / and /claim/*, its assets.
  app.use(viewerRoutes());
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ errors: [{ message: 'no such path: GraphQL is at /graphql', extensions: { code: 'NOT_FOUND' } }] });
  });
  // Errors raised before GraphQL runs (a body that is not JSON, one too large, a bad
  // encoding) get a GraphQL-shaped JSON answer with a code, never Express's HTML page.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const clientError = error.status !== undefined && error.status >= 400 && error.status < 500;
    if (!clientError) {
      logger.error({ err: error }, 'unexpected HTTP error');
      sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      return;
    }
    const message =
      error.type === 'entity.parse.failed'
        ? 'the request body is not valid JSON'
        : error.type === 'entity.too.large'
          ? `the request body is larger than ${config.HTTP_BODY_LIMIT_KB} KB`
          : error.type === 'encoding.unsupported' || error.type === 'charset.unsupported' || error.type === 'encoding.invalid'
            ? 'the request body must be UTF-8 JSON'
            : 'bad request';
    res.status(error.status!).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  return { httpServer, apollo, stop: () => apollo.stop() };
}

/** The access log's word for a status: `ok`, `refused` (4xx: the client's request or credentials) or `failed` (5xx). */
function outcomeOf(status: number): 'ok' | 'refused' | 'failed' {
  return status >= 500 ? 'failed' : status >= 400 ? 'refused' : 'ok';
}

/**
 * The JSON parser would decode invalid UTF-8 bytes as U+FFFD without a word, so a value
 * could reach the graph other than as sent: such a body is refused (400 BAD_REQUEST) before
 * anything reads it.
 */
function refuseInvalidUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw Object.assign(new Error('the request body is not valid UTF-8'), { status: 400, type: 'encoding.invalid' });
}

/** Starts listening; resolves with the bound port (useful when PORT is 0 in tests). */
export function listen(app: App, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(port, host, () => {
      const address = app.httpServer.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
