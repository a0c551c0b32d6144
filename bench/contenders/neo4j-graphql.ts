import { readFileSync } from 'node:fs';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import cors from 'cors';
import express from 'express';
import neo4j from 'neo4j-driver';
import type { Contender, WalkSummary } from './contender.js';
import { postGraphQL } from './graphql-over-http.js';

/** How many levels of citations the nested query asks for: @neo4j/graphql cannot recurse. */
export const NEO4J_GRAPHQL_DEPTH = 4;

const SAME_CLAIM = 'where: { claim: { id: { eq: $claimId } } }';

/**
 * The provenance walk as a nested query to a fixed depth: the claim's entry citations (whose
 * source no citation of the claim cites), then at each level the cited source and its own
 * citations of the same claim, `depth` levels of citations in all. The last level names
 * the sources it cites but cannot say whether they cite further.
 */
export function nestedWalkQuery(depth: number): string {
  let level = 'cites { ...SourceFields }';
  for (let at = depth; at >= 2; at--) level = `cites { ...SourceFields citations(${SAME_CLAIM}) { ...Hop ${level} } }`;
  return /* GraphQL */ `
    query ProvenanceToDepth${depth}($claimId: ID!) {
      claims(where: { id: { eq: $claimId } }) {
        id
        text
        citations(where: { source: { citedBy: { none: { claim: { id: { eq: $claimId } } } } } }) { ...Hop ${level} }
      }
    }
    fragment Hop on Citation { id quote stance locator source { ...SourceFields } }
    fragment SourceFields on Source { id title kind isPrimary }
  `;
}

interface HopAnswer {
  id: string;
  cites: { citations?: HopAnswer[] } | null;
}

/**
 * Contender (c): @neo4j/graphql 7 serving the same database through its generated API,
 * type definitions in neo4j-graphql-type-defs.graphql, on its own Apollo Server 5 (Express,
 * like claimgraph's) on a free loopback port in this process, with its own driver.
 */
export async function startNeo4jGraphQL(bolt: { uri: string; user: string; password: string }): Promise<Contender> {
  const typeDefs = readFileSync(new URL('./neo4j-graphql-type-defs.graphql', import.meta.url), 'utf8');
  const driver = neo4j.driver(bolt.uri, neo4j.auth.basic(bolt.user, bolt.password), { maxConnectionPoolSize: 64 });
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({
    schema,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  app.use('/graphql', cors(), express.json({ limit: '5mb' }), expressMiddleware(apollo));
  const port = await new Promise<number>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', () => resolve((httpServer.address() as { port: number }).port));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const query = nestedWalkQuery(NEO4J_GRAPHQL_DEPTH);

  return {
    name: 'neo4j-graphql',
    description: `@neo4j/graphql 7 over HTTP (its own Apollo Server 5), a nested query ${NEO4J_GRAPHQL_DEPTH} levels of citations deep`,
    async request(claimId) {
      const data = await postGraphQL(url, query, { claimId });
      if (!Array.isArray(data.claims) || data.claims.length !== 1) throw new Error(`no claim ${claimId}`);
      return data;
    },
    summarize(answer): WalkSummary {
      const [claim] = (answer as { claims: { citations: HopAnswer[] }[] }).claims;
      const seen = new Set<string>();
      let returned = 0;
      let deepest = 0;
      const visit = (hops: HopAnswer[], level: number) => {
        if (hops.length > 0) deepest = Math.max(deepest, level);
        for (const hop of hops) {
          returned += 1;
          seen.add(hop.id);
          visit(hop.cites?.citations ?? [], level + 1);
        }
      };
      visit(claim!.citations, 1);
      return {
        citations: seen.size,
        depth: deepest,
        note: `${(JSON.stringify(answer).length / 1024).toFixed(1)} kB of JSON; ${returned} citation objects returned (a hop reached by several paths repeats); stops at depth ${NEO4J_GRAPHQL_DEPTH}, so trail ends beyond it are unknown`,
      };
    },
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}
