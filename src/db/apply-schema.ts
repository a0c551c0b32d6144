import type { Database } from './database.js';
import neo4j from 'neo4j-driver';
import { cypher, statements } from './cypher.js';

/** Building an index over a large existing graph takes a while: schema work may take this long. */
const SCHEMA_TIMEOUT_MS = 310_000;

/**
 * Creates the constraints and indexes in cypher/schema/ if they do not exist, then waits
 * for the indexes to come online so that the first query after start can use them.
 * Idempotent: safe at every start and against a database another process set up.
 */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of statements('schema/constraints-and-indexes')) {
    await db.write((tx) => tx.run(statement), { timeoutMs: SCHEMA_TIMEOUT_MS });
  }
  await db.write((tx) => tx.run(cypher('schema/await-indexes'), { timeoutSeconds: neo4j.int(300) }), { timeoutMs: SCHEMA_TIMEOUT_MS });
}
