import { pino } from 'pino';
import { applySchema } from '../../src/db/apply-schema.js';
import { Database, type DatabaseOptions } from '../../src/db/database.js';
import { loadConfig, type Config } from '../../src/config/env.js';
import { createContext } from '../../src/graphql/context.js';
import { queryLimitsFrom } from '../../src/graphql/limits/query-limits.js';
import { createApolloServer } from '../../src/server/apollo-server.js';
import { createApp, listen, type App } from '../../src/server/app.js';
import { loadSeedIfEmpty } from '../../src/seed/load-seed.js';
import type { Caller } from '../../src/model/caller.js';

/**
 * The admin key the HTTP suites' servers accept (CLAIMGRAPH_ADMIN_KEY): send `ADMIN_HEADERS`
 * (or `suite.admin`) with a request that writes. Reads stay anonymous.
 */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef0123456789';
export const ADMIN_HEADERS: Readonly<Record<string, string>> = Object.freeze({ authorization: `Bearer ${TEST_ADMIN_KEY}` });

/** The environment a spawned server needs to accept ADMIN_HEADERS. */
export const ADMIN_ENV: Readonly<Record<string, string>> = Object.freeze({ CLAIMGRAPH_ADMIN_KEY: TEST_ADMIN_KEY });

/** Who the in-process test server's operations run as: every role (authorisation is tested over HTTP, in tests/auth-*). */
export const TEST_CALLER: Caller = Object.freeze({ id: 'test', role: 'admin' });

/**
 * The database the global setup started (or NEO4J_URI), as the product would open it. The
 * embedded one has auth on: its generated password comes in NEO4J_PASSWORD, like an external one's.
 */
export function testDatabase(overrides: Partial<DatabaseOptions> = {}): Database {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: the global setup should have started Neo4j');
  return new Database({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE,
    ...overrides,
  });
}

/**
 * Empties the database and applies the schema. Suites run one at a time and each starts
 * from this clean state, so no suite sees another's data.
 */
export async function resetDatabase(db: Database): Promise<void> {
  await db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await applySchema(db);
}

export const silentLogger = pino({ level: 'silent' });

/** An in-process GraphQL server over the real database: the fast way to test the API. */
export async function testServer(db: Database) {
  // The product's Apollo server, limits included, under the default configuration.
  const server = createApolloServer({ logger: silentLogger, development: false, limits: queryLimitsFrom(loadConfig({})) });
  await server.start();

  /** Runs one operation (as TEST_CALLER unless `caller` says otherwise); returns its data, errors and the names of the Cypher queries it ran. */
  async function execute(query: string, variables: Record<string, unknown> = {}, caller: Caller = TEST_CALLER) {
    const contextValue = createContext(db, caller);
    const response = await server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    return { data: data as Record<string, any> | null | undefined, errors, queries: contextValue.db.queries };
  }
  return { server, execute };
}

/** Nodes and relationships in the whole database: "nothing was written" means these stay put. */
export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  return db.write(async (tx) => {
    const result = await tx.run('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS relationships');
    return result.records[0]!.toObject() as { nodes: number; relationships: number };
  });
}

/**
 * The usual suite: a clean database and an in-process GraphQL server over it, set up
 * before the suite's tests (then `prepare`, if given) and closed after them.
 */
export function graphqlSuite(prepare?: (db: Database) => Promise<unknown>) {
  let db: Database;
  let server: Awaited<ReturnType<typeof testServer>>;
  beforeAll(async () => {
    db = testDatabase();
    await resetDatabase(db);
    await prepare?.(db);
    server = await testServer(db);
  });
  afterAll(() => db.close());
  return {
    db: () => db,
    execute: (query: string, variables?: Record<string, unknown>, caller?: Caller) => server.execute(query, variables, caller),
  };
}

/** The real HTTP server of a suite (see httpSuite); its fields are set once the suite's setup ran. */
export interface HttpSuite {
  db: Database;
  app: App;
  /** `http://127.0.0.1:<port>`. */
  base: string;
  /** Headers that make a request an admin's (the server takes TEST_ADMIN_KEY as CLAIMGRAPH_ADMIN_KEY). */
  admin: Readonly<Record<string, string>>;
}

/**
 * The usual HTTP suite: a clean database (with the seed graph when `seed`), and the real
 * HTTP server over it on a free loopback port (`config` for its limits), set up before the
 * suite's tests and closed after them. The server accepts TEST_ADMIN_KEY as its
 * CLAIMGRAPH_ADMIN_KEY whatever `config` says: send `suite.admin` to write.
 */
export function httpSuite(options: { seed?: boolean; config?: Config } = {}): HttpSuite {
  const suite = { admin: ADMIN_HEADERS } as HttpSuite;
  const config: Config = { ...(options.config ?? loadConfig({})), CLAIMGRAPH_ADMIN_KEY: TEST_ADMIN_KEY };
  beforeAll(async () => {
    suite.db = testDatabase();
    await resetDatabase(suite.db);
    if (options.seed) await loadSeedIfEmpty(suite.db);
    suite.app = await createApp({ database: suite.db, logger: silentLogger, development: false, config });
    suite.base = `http://127.0.0.1:${await listen(suite.app, 0, '127.0.0.1')}`;
  });
  afterAll(async () => {
    await suite.app?.stop();
    await suite.db?.close();
  });
  return suite;
}
