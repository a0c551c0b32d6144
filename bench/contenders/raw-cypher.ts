import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import type { Database } from '../../src/db/database.js';
import { traceQueryParameters } from '../../src/provenance/trace-claims.js';
import type { Contender, WalkSummary } from './contender.js';

/**
 * Contender (b), the floor: the exact query the trace resolver runs (cypher/trace-claims.cypher,
 * with the same parameters) through neo4j-driver in a read transaction, on the product's
 * driver, with no GraphQL, no HTTP and no trace building. Its answer is the rows the
 * resolver builds the trace from.
 */
export function startRawCypher(database: Database): Contender {
  const text = cypher('trace-claims');
  return {
    name: 'raw-cypher',
    description: 'cypher/trace-claims.cypher via neo4j-driver session.executeRead (no GraphQL, no HTTP)',
    async request(claimId) {
      const session = database.driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(text, traceQueryParameters([claimId])));
        if (result.records.length === 0) throw new Error(`trace-claims found no claim ${claimId}`);
        return result.records;
      } finally {
        await session.close();
      }
    },
    summarize(answer): WalkSummary {
      const [row] = answer as Neo4jRecord[];
      const hops = row!.get('hops') as unknown[];
      return { citations: hops.length, depth: null, note: 'rows only: the walk itself is the resolver’s work' };
    },
    close: async () => {},
  };
}
