import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { cypher } from './cypher.js';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  /** Omitted: the server's default database (also what a cluster routes to by default). */
  database?: string;
}

/**
 * The one door to Neo4j. Queries are named by their file in cypher/ and always take their
 * values as parameters. Reads and writes run as managed transactions, which the driver
 * retries on transient errors and routes correctly in a cluster (`neo4j://` URIs).
 */
export class Database {
  readonly driver: Driver;
  private readonly database: string | undefined;

  constructor(options: DatabaseOptions) {
    // An empty password means a server with auth disabled (the embedded default).
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      // Our integers (revisions, counts) are small: plain JS numbers keep the API simple.
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 64,
    });
    this.database = options.database;
  }

  /** Resolves once the database answers, retrying while it starts; rejects after `timeoutMs`. */
  async waitUntilAvailable(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.database });
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  }

  /**
   * True when the database answers a trivial query within `timeoutMs` (for /ready). A probe,
   * not a product read: one auto-commit attempt, because a managed transaction would keep
   * retrying an unreachable server for half a minute while the probe's caller waits.
   */
  async isAvailable(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('probe timed out')), timeoutMs);
      });
      await Promise.race([session.run(cypher('ping'), { probe: 1 }), expired]);
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  /** Runs the named query in a read transaction and returns its rows as plain objects. */
  async read<Row extends RecordShape>(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => run<Row>(tx, name, params));
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Runs the named query inside a transaction and returns its rows as plain objects. */
export async function run<Row extends RecordShape>(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  const result = await tx.run(cypher(name), params);
  return result.records.map((record) => record.toObject() as Row);
}
