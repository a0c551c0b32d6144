import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import { applySchema } from './apply-schema.js';
import { Database } from './database.js';
import { startEmbeddedNeo4j } from './embedded-neo4j.js';

/** An open database and how to let it go: closes the driver, then stops Neo4j if we started it. */
export interface OpenDatabase {
  database: Database;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI when set (a server, a cluster through `neo4j://`, Aura), otherwise
 * starts the embedded Neo4j; then waits until it answers and applies the schema.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const embedded = config.NEO4J_URI
    ? undefined
    : await startEmbeddedNeo4j({
        dataDir: config.NEO4J_DATA_DIR,
        boltPort: config.NEO4J_BOLT_PORT,
        pageCacheMb: config.NEO4J_PAGE_CACHE_MB,
        heapMb: config.NEO4J_HEAP_MB,
        logger,
      });
  const database = new Database({
    uri: config.NEO4J_URI ?? embedded!.uri,
    user: config.NEO4J_USER,
    password: embedded ? '' : config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  });
  try {
    await database.waitUntilAvailable();
    await applySchema(database);
  } catch (error) {
    await database.close();
    await embedded?.stop();
    throw error;
  }
  return {
    database,
    embedded: Boolean(embedded),
    async close() {
      await database.close();
      await embedded?.stop();
    },
  };
}
