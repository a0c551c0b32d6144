import type { Logger } from 'pino';
import type { Config } from '../config/env.js';
import { applySchema } from './apply-schema.js';
import { Database } from './database.js';
import { EmbeddedStartError, startEmbeddedNeo4j, type DatabaseStatus, type EmbeddedNeo4j } from './embedded-neo4j.js';

/** An open database, how it is doing, and how to let it go. */
export interface OpenDatabase {
  database: Database;
  embedded: boolean;
  /** The password the driver uses (NEO4J_PASSWORD, or the embedded one's generated password): for log redaction only. */
  password: string;
  /**
   * `ok`, `recovering` while the supervisor restarts a dead embedded JVM, `failed` once it
   * cannot come back. Always `ok` for an external NEO4J_URI database (the driver and /ready
   * tell whether that one answers).
   */
  status(): DatabaseStatus;
  /**
   * `listener` is called once if the embedded JVM was stopped by a signal sent to it: the
   * service should shut down. Never called for an external database.
   */
  onStopRequested(listener: (reason: string) => void): void;
  /** The embedded JVM's process id while it runs; undefined for an external database. */
  pid(): number | undefined;
  /** Closes the driver, then stops Neo4j if we started it. */
  close(): Promise<void>;
}

/** What to change, for each embedded start failure a person can fix: ends its one-line message. */
const START_FAILURE_HINTS: Record<EmbeddedStartError['reason'], string> = {
  BOLT_PORT_TAKEN: 'set NEO4J_BOLT_PORT to a free port, or stop what holds it',
  DATA_DIR_LOCKED: 'stop that process, or set NEO4J_DATA_DIR to another folder',
  JAVA_MISSING: 'install one (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use a Neo4j server',
  MAVEN_MISSING: 'install it (Debian: apt-get install maven), or set NEO4J_URI to use a Neo4j server',
  BUILD_FAILED: 'is Maven Central reachable? Or set NEO4J_URI to use a Neo4j server',
};

/** The embedded database for `config`; a start failure a person can fix says which variable to change. */
async function startEmbedded(config: Config, logger: Logger): Promise<EmbeddedNeo4j> {
  try {
    return await startEmbeddedNeo4j({
      dataDir: config.NEO4J_DATA_DIR,
      boltPort: config.NEO4J_BOLT_PORT,
      pageCacheMb: config.NEO4J_PAGE_CACHE_MB,
      heapMb: config.NEO4J_HEAP_MB,
      txMemoryMb: config.NEO4J_TX_MEMORY_MB,
      txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
      lockTimeoutMs: config.NEO4J_LOCK_TIMEOUT_MS,
      logger,
    });
  } catch (error) {
    if (!(error instanceof EmbeddedStartError)) throw error;
    throw new EmbeddedStartError(error.reason, `${error.message}: ${START_FAILURE_HINTS[error.reason]}`);
  }
}

/**
 * Connects to NEO4J_URI when set (a server, a cluster through `neo4j://`, Aura) with
 * NEO4J_USER/NEO4J_PASSWORD, otherwise starts the embedded Neo4j (supervised, with its
 * generated password); then waits until it answers and applies the schema. An embedded start
 * that fails for a reason a person can fix (the Bolt port taken, the data folder in use by
 * another Neo4j, no JDK or Maven, a failed launcher build) rejects with an
 * `EmbeddedStartError` whose message is one line ending with what to change
 * (NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_URI).
 */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  const embedded = config.NEO4J_URI ? undefined : await startEmbedded(config, logger);
  const database = new Database({
    uri: config.NEO4J_URI ?? embedded!.uri,
    user: embedded ? embedded.user : config.NEO4J_USER,
    password: embedded ? embedded.password : config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
  try {
    if (!embedded) {
      // Only the host: a URI may carry user:password.
      logger.info({ host: new URL(config.NEO4J_URI!.replace(/^[a-z+]+:/, 'http:')).host }, 'waiting up to 60 s for the database to answer');
    }
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
    password: embedded ? embedded.password : config.NEO4J_PASSWORD,
    status: () => embedded?.status() ?? 'ok',
    onStopRequested: (listener) => embedded?.onStopRequested(listener),
    pid: () => embedded?.pid(),
    async close() {
      await database.close();
      await embedded?.stop();
    },
  };
}
