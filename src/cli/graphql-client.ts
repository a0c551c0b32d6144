import type { GraphQLFormattedError } from 'graphql';
import type { CliDocumentName } from './cli-documents.js';
import { CliFailure, EXIT } from './exit-codes.js';

/**
 * Runs one of the CLI's GraphQL operations (CLI_DOCUMENTS) and returns its `data`, or throws
 * a CliFailure that says why not. The same operations whatever the transport: HTTP to a
 * running server (httpGraphqlClient) or in process over the database (inProcessGraphqlClient).
 */
export interface GraphqlClient {
  request<T>(name: CliDocumentName, variables: Record<string, unknown>): Promise<T>;
}

/** The codes that mean the database (or the server's time for it) is not there: exit 3. */
const UNAVAILABLE_CODES = new Set(['SERVICE_UNAVAILABLE', 'COMMIT_UNKNOWN', 'TIMEOUT']);

/**
 * The data of a GraphQL answer, or a CliFailure for its errors: exit 3 when the database is
 * unavailable (SERVICE_UNAVAILABLE, COMMIT_UNKNOWN, TIMEOUT), exit 4 for anything else the
 * server refused or failed (UNAUTHENTICATED and FORBIDDEN with a hint about CLAIMGRAPH_KEY).
 */
export function dataOrFailure<T>(name: CliDocumentName, answer: { data?: unknown; errors?: readonly GraphQLFormattedError[] }): T {
  const errors = answer.errors ?? [];
  if (errors.length === 0 && answer.data) return answer.data as T;
  const first = errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'NO_DATA';
  const message = first?.message ?? 'the answer held no data';
  if (UNAVAILABLE_CODES.has(code)) throw new CliFailure(`the database is unavailable (${code}): ${message}`, EXIT.unavailable);
  const hint =
    code === 'UNAUTHENTICATED'
      ? ': set CLAIMGRAPH_KEY to a valid API key'
      : code === 'FORBIDDEN'
        ? ": the key's role may not run this"
        : '';
  throw new CliFailure(`the server refused the ${name} request (${code}): ${message}${hint}`, EXIT.refused);
}
