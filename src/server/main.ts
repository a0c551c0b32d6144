import { createServer, type Socket } from 'node:net';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { openDatabase } from '../db/connect.js';
import { loadSeedIfEmpty } from '../seed/load-seed.js';
import { createApp, listen, type App } from './app.js';
import { createLogger, redactSecret } from './logger.js';

/**
 * `npm start`: the HTTP port checked first (a taken one stops the start, before any database
 * work, with one line naming PORT), then the database (embedded unless NEO4J_URI is set;
 * supervised), schema, seed when empty, GraphQL server. On SIGTERM/SIGINT/SIGHUP, or when the embedded JVM was stopped by a
 * signal sent to it: drain HTTP for at most SHUTDOWN_DRAIN_MS (then cut what is left, and
 * log how much), close the driver, stop Neo4j, exit 0.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`claimgraph: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  redactSecret(config.NEO4J_PASSWORD);
  // Bearer secrets the server knows: never in a log line, wherever they would appear.
  redactSecret(config.CLAIMGRAPH_ADMIN_KEY ?? '');
  redactSecret(config.JWT_SECRET ?? '');
  // Before the database: a taken port is otherwise found only once Neo4j runs and the seed is in.
  await checkPortFree(config.PORT, config.HOST);
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, logger);
  redactSecret(db.password);
  let app: App;
  let port: number;
  try {
    if (config.SEED_ON_START) {
      const seeded = await loadSeedIfEmpty(db.database);
      if (seeded) logger.info(seeded, 'loaded the seed graph into the empty database');
    }
    app = await createApp({
      database: db.database,
      logger,
      development: config.NODE_ENV === 'development',
      config,
      status: () => db.status(),
    });
    port = await listen(app, config.PORT, config.HOST).catch((error: unknown) => {
      throw portError(error, config.PORT, config.HOST);
    });
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  const traffic = trackTraffic(app);
  logger.info({ url: `http://${config.HOST}:${port}/graphql` }, 'claimgraph is serving GraphQL');

  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    traffic.stopping = true;
    logger.info({ reason, requests: traffic.requests, connections: traffic.connections.size }, 'shutting down: draining HTTP');
    try {
      await drain(app, traffic, config.SHUTDOWN_DRAIN_MS, logger);
      logger.info('HTTP drained; closing the database');
      await db.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown(signal));
  }
  db.onStopRequested((reason) => void shutdown(reason));
}

/**
 * Resolves when `host:port` can be listened on (port 0 always can), by binding it and letting
 * it go; rejects with `portError`'s one line otherwise.
 */
function checkPortFree(port: number, host: string): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(portError(error, port, host)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** A listen error as one line naming the cause and the variable to change (PORT or HOST). */
function portError(error: unknown, port: number, host: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new Error(`the HTTP port ${host}:${port} is taken by another process (another claimgraph?): set PORT to a free port`);
  if (code === 'EACCES') return new Error(`not allowed to listen on ${host}:${port} (ports below 1024 need privileges): set PORT to 1024 or above`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new Error(`HOST=${host} is not an address of this machine: set HOST to one (127.0.0.1, or 0.0.0.0 for every interface)`);
  return error instanceof Error ? error : new Error(String(error));
}

/** Requests and connections open right now, and requests cut (closed unanswered) once stopping. */
interface Traffic {
  requests: number;
  connections: Set<Socket>;
  cut: number;
  stopping: boolean;
}

function trackTraffic(app: App): Traffic {
  const traffic: Traffic = { requests: 0, connections: new Set(), cut: 0, stopping: false };
  app.httpServer.on('connection', (socket: Socket) => {
    traffic.connections.add(socket);
    socket.once('close', () => traffic.connections.delete(socket));
  });
  app.httpServer.on('request', (_req, res) => {
    traffic.requests++;
    res.once('close', () => {
      traffic.requests--;
      if (traffic.stopping && !res.writableFinished) traffic.cut++;
    });
  });
  return traffic;
}

/**
 * Stops taking requests and waits for those in flight, for at most `deadlineMs`; then closes
 * every connection left and logs at warn how many requests and connections that cut.
 */
async function drain(app: App, traffic: Traffic, deadlineMs: number, logger: Logger): Promise<void> {
  const drained = app.stop().then(
    () => true,
    (error: unknown) => {
      logger.warn({ err: error }, 'the HTTP drain failed');
      return true;
    },
  );
  const expired = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
  if (!(await Promise.race([drained, expired(deadlineMs)]))) {
    const requests = traffic.requests;
    const connections = traffic.connections.size;
    app.httpServer.closeAllConnections();
    logger.warn({ requests, connections, drainMs: deadlineMs }, 'drain deadline passed: cut the requests still running');
    await Promise.race([drained, expired(2000)]);
    return;
  }
  if (traffic.cut > 0) logger.warn({ requests: traffic.cut }, 'requests were cut during the drain');
}

main().catch((error: unknown) => {
  process.stderr.write(`claimgraph: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
