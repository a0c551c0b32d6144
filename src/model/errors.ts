import { GraphQLError } from 'graphql';

/**
 * The stable codes a client can branch on (`extensions.code`) for errors claimgraph raises
 * itself; GraphQL's own (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST,
 * INTERNAL_SERVER_ERROR) come from Apollo and the HTTP layer. README lists them all.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'LIMIT_EXCEEDED';

/** An error meant for the client: a clear message, a stable code, and optional details. */
export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
