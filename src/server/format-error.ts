import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { isErrorCode } from '../model/errors.js';

/**
 * Builds Apollo's formatError. Errors with a code of ERROR_CODES reach the client as they
 * are (never with a stack trace); a validation error raised by one of our limit rules shows
 * the limit's own code rather than Apollo's GRAPHQL_VALIDATION_FAILED. Anything else is
 * an unexpected error: logged in full and masked outside development, so no stack trace,
 * driver message or Cypher ever leaks.
 */
export function createFormatError(logger: Logger, development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    let code = formatted.extensions?.code;
    const cause = error instanceof GraphQLError ? error.originalError : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && cause instanceof GraphQLError && isErrorCode(cause.extensions.code)) {
      code = cause.extensions.code;
    }
    if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: code === 'BAD_USER_INPUT' ? reasonFirst(formatted.message) : formatted.message, extensions: { ...extensions, code } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: development && original instanceof Error ? original.message : 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

// graphql-js: `Variable "$input" got invalid value <the whole value> at "input.a.b"; <reason>`.
const INVALID_VARIABLE = /^Variable "\$(\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/;

/**
 * A variable refused by graphql-js names the reason last, after printing the whole value
 * (kilobytes for an import): the reason comes first here, with where it is, and the value
 * is dropped (the client sent it).
 */
export function reasonFirst(message: string): string {
  const match = INVALID_VARIABLE.exec(message);
  if (!match) return message;
  const [, name, at, reason] = match;
  return `${reason!.trim()} (at ${at ? `$${at}` : `$${name}`})`;
}
