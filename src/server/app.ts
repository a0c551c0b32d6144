import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { createContext, type RequestContext } from '../graphql/context.js';
import { buildSchema } from '../graphql/schema.js';
import { createFormatError } from './format-error.js';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Stops taking requests and waits for those in flight (Apollo's drain plugin). */
  stop(): Promise<void>;
}

export interface AppOptions {
  database: Database;
  logger: Logger;
  development: boolean;
}

/**
 * The HTTP side: GraphQL at /graphql, liveness at /health (the process answers) and
 * readiness at /ready (the database answers too). Not listening yet: see `listen`.
 */
export async function createApp({ database, logger, development }: AppOptions): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<RequestContext>({
    schema: buildSchema(),
    formatError: createFormatError(logger, development),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // main.ts owns shutdown: drain HTTP, then close the driver, then stop Neo4j, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We set no cache hints; the default cache-control plugin would still visit every
      // resolved field of every response, which costs real time on wide results (traces).
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await database.isAvailable();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, { context: async () => createContext(database) }),
  );
  // Errors raised before GraphQL runs (a body that is not JSON, one too large) get a GraphQL-
  // shaped JSON answer with a code, never Express's HTML page with a stack trace.
  app.use((error: { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error }, 'unexpected HTTP error');
    const message =
      error.type === 'entity.parse.failed'
        ? 'the request body is not valid JSON'
        : error.type === 'entity.too.large'
          ? 'the request body is too large'
          : status === 500
            ? 'Internal server error'
            : 'bad request';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return { httpServer, apollo, stop: () => apollo.stop() };
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
