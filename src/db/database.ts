import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { userError } from '../model/errors.js';
import { cypher } from './cypher.js';

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string;
  /** Omitted: the server's default database (also what a cluster routes to by default). */
  database?: string;
  /** Longest a transaction may run before the server cuts it (default 30 s). */
  txTimeoutMs?: number;
  /** Longest to wait for a connection, new or from the pool, and for retries of one (default 2 s). */
  connectTimeoutMs?: number;
}

/** Per call: the transaction timeout, when not the database's default (a request's remaining time, a schema job). */
export interface TxOptions {
  timeoutMs?: number;
}

/** How long after a failure to reach the database further calls fail at once instead of trying again. */
const FAIL_FAST_MS = 1000;

/**
 * The one door to Neo4j. Queries are named by their file in cypher/ and always take their
 * values as parameters. Reads and writes run as managed transactions, which the driver
 * retries on transient errors and routes correctly in a cluster (`neo4j://` URIs).
 *
 * Every transaction has a timeout. When the database cannot be reached, calls fail within
 * about `connectTimeoutMs` with SERVICE_UNAVAILABLE, and for a short while after such a
 * failure they fail at once (one call at a time still tries, so recovery is noticed); a
 * write whose commit was under way when the connection broke fails with COMMIT_UNKNOWN.
 * Timeouts become TIMEOUT, the server's memory bound LIMIT_EXCEEDED.
 */
export class Database {
  readonly driver: Driver;
  private readonly database: string | undefined;
  /** One for all sessions, so every read starts after the writes committed before it (causal consistency on a cluster). */
  private readonly bookmarkManager = neo4j.bookmarkManager();
  /** The transaction timeout used when a call names none. */
  readonly txTimeoutMs: number;
  private unreachableSince = 0;
  private probing = false;

  constructor(options: DatabaseOptions) {
    // An empty password means a server with auth disabled.
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    const connectTimeout = options.connectTimeoutMs ?? 2000;
    this.driver = neo4j.driver(options.uri, auth, {
      // Our integers (revisions, counts) are small: plain JS numbers keep the API simple.
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 64,
      connectionTimeout: connectTimeout,
      connectionAcquisitionTimeout: connectTimeout,
      // Retries of transient errors (deadlocks, a leader change, a refused connection) stop
      // after this long; with the first attempt and the driver's backoff, an unreachable
      // database is reported within about connectTimeout.
      maxTransactionRetryTime: Math.max(100, Math.round(connectTimeout / 2)),
    });
    this.database = options.database;
    this.txTimeoutMs = options.txTimeoutMs ?? 30_000;
  }

  /** Resolves once the database answers, retrying while it starts; rejects after `timeoutMs`. */
  async waitUntilAvailable(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await this.driver.verifyConnectivity({ database: this.database });
        this.unreachableSince = 0;
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
   * retrying an unreachable server while the probe's caller waits.
   */
  async isAvailable(timeoutMs = 2000): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    try {
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('probe timed out')), timeoutMs);
      });
      await Promise.race([session.run(cypher('ping'), { probe: 1 }, { timeout: timeoutMs }), expired]);
      this.unreachableSince = 0;
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
      void session.close().catch(() => {});
    }
  }

  /** Runs the named query in a read transaction and returns its rows as plain objects. */
  async read<Row extends RecordShape>(name: string, params: Record<string, unknown> = {}, options: TxOptions = {}): Promise<Row[]> {
    return this.transaction('READ', options, (tx) => run<Row>(tx, name, params));
  }

  /** Runs `work` in one write transaction: everything it writes commits together or not at all. */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TxOptions = {}): Promise<T> {
    return this.transaction('WRITE', options, work);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', options: TxOptions, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const probe = this.failFast();
    const timeout = Math.max(1, Math.round(options.timeoutMs ?? this.txTimeoutMs));
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
    });
    // A write whose work finished reached its commit: if the connection breaks now, nobody
    // knows whether the commit landed.
    let reachedCommit = false;
    const tracked = async (tx: ManagedTransaction) => {
      const result = await work(tx);
      reachedCommit = true;
      return result;
    };
    try {
      const result = await (mode === 'READ' ? session.executeRead(tracked, { timeout }) : session.executeWrite(tracked, { timeout }));
      this.unreachableSince = 0;
      return result;
    } catch (error) {
      throw this.translate(error, mode === 'WRITE' && reachedCommit, timeout);
    } finally {
      if (probe) this.probing = false;
      await session.close().catch(() => {});
    }
  }

  /**
   * Throws SERVICE_UNAVAILABLE at once while the database was unreachable within the last
   * FAIL_FAST_MS, except for one call at a time, the probe, which tries (returns true then).
   */
  private failFast(): boolean {
    if (this.unreachableSince === 0) return false;
    if (Date.now() - this.unreachableSince >= FAIL_FAST_MS && !this.probing) {
      this.probing = true;
      return true;
    }
    throw unavailable();
  }

  /** A driver error as the client should see it; errors that are not the database's pass unchanged. */
  private translate(error: unknown, commitWasUnderWay: boolean, timeoutMs: number): unknown {
    if (!(error instanceof Neo4jError)) return error;
    const code = error.code ?? '';
    if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /Neo\.TransientError\.General\.DatabaseUnavailable/.test(code)) {
      this.unreachableSince ||= Date.now();
      if (commitWasUnderWay) {
        return userError(
          'COMMIT_UNKNOWN',
          'the database went away while this write was committing: it may or may not have been written. Writes are idempotent: send it again once the service answers',
        );
      }
      return unavailable();
    }
    if (/TransactionTimedOut|Transaction\.LockClientStopped|LockAcquisitionTimeout|Terminated/.test(code)) {
      return userError('TIMEOUT', `the database did not finish within ${timeoutMs} ms (or waited too long for a lock); nothing was written`, {
        limitMs: timeoutMs,
      });
    }
    if (/MemoryLimit|MemoryPoolOutOfMemory/.test(code)) {
      return userError('LIMIT_EXCEEDED', 'the database refused: the work needs more memory than one transaction may use; ask for less');
    }
    if (code.startsWith('Neo.TransientError.')) {
      // Still transient after the driver's retries (a deadlock under heavy contention, say).
      return userError('SERVICE_UNAVAILABLE', `the database is busy (${code.split('.').pop()}); nothing was written. Try again shortly`);
    }
    return error;
  }
}

function unavailable() {
  return userError('SERVICE_UNAVAILABLE', 'the database is not reachable right now; nothing was written. Try again shortly');
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
