import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { openDatabase } from '../db/connect.js';
import { loadSeedIfEmpty } from '../seed/load-seed.js';
import { createApp, listen } from './app.js';
import { createLogger } from './logger.js';

/**
 * `npm start`: database (embedded unless NEO4J_URI is set), schema, seed when empty,
 * GraphQL server; on SIGTERM/SIGINT, drain HTTP, close the driver, stop Neo4j, exit.
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
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, logger);
  if (config.SEED_ON_START) {
    const seeded = await loadSeedIfEmpty(db.database);
    if (seeded) logger.info(seeded, 'loaded the seed graph into the empty database');
  }
  const app = await createApp({ database: db.database, logger, development: config.NODE_ENV === 'development' });
  const port = await listen(app, config.PORT, config.HOST);
  logger.info({ url: `http://${config.HOST}:${port}/graphql` }, 'claimgraph is serving GraphQL');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await app.stop();
      logger.info('HTTP drained; closing the database');
      await db.close();
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`claimgraph: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
