import { GraphQLError } from 'graphql';

/**
 * The stable error codes a client can branch on (`extensions.code`), with the HTTP status
 * that fits each where the error decides the whole response.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 400,
  INTERNAL_SERVER_ERROR: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** An error meant for the client: a clear message, a stable code, and optional details. */
export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
