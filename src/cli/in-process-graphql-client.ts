import type { ApolloServer } from '@apollo/server';
import { pino } from 'pino';
import type { Database } from '../db/database.js';
import { createContext, type RequestContext } from '../graphql/context.js';
import type { QueryLimits } from '../graphql/limits/query-limits.js';
import type { Caller } from '../model/caller.js';
import { createApolloServer } from '../server/apollo-server.js';
import { CLI_DOCUMENTS, type CliDocumentName } from './cli-documents.js';
import { dataOrFailure, type GraphqlClient } from './graphql-client.js';

/** Who the in-process operations run as: a reader (the CLI's documents only read). */
export const CLI_CALLER: Caller = Object.freeze({ id: 'claimgraph-cli', role: 'reader' });

/**
 * Runs `work` with a GraphqlClient that executes the CLI's operations in process against
 * `db`, through the product's own Apollo server (schema, limits, error masking: the same
 * rules as over HTTP), as CLI_CALLER, each within `timeoutMs`. The Apollo server is started
 * for the work and stopped after; the database is the caller's to close.
 */
export async function withInProcessClient<T>(db: Database, limits: QueryLimits, timeoutMs: number, work: (client: GraphqlClient) => Promise<T>): Promise<T> {
  const server: ApolloServer<RequestContext> = createApolloServer({ logger: pino({ level: 'silent' }), development: false, limits });
  await server.start();
  try {
    return await work({
      async request<R>(name: CliDocumentName, variables: Record<string, unknown>): Promise<R> {
        const contextValue = createContext(db, CLI_CALLER, Date.now() + timeoutMs);
        const response = await server.executeOperation({ query: CLI_DOCUMENTS[name], variables }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('expected a single GraphQL result');
        return dataOrFailure<R>(name, response.body.singleResult);
      },
    });
  } finally {
    await server.stop();
  }
}
