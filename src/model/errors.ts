import { GraphQLError } from 'graphql';

/**
 * Every code a client may see in `extensions.code`, with the HTTP status the answer carries
 * and when it is given. This table is the one source: error masking passes exactly these
 * codes through, the HTTP layer takes its statuses from it, and the Errors table of docs/api.md
 * lists them (a test checks that it does). Anything not here is masked as
 * INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: { status: 200, retry: false, when: 'an input fails validation; `extensions.field` names it' },
  NOT_FOUND: { status: 200, retry: false, when: 'a reference names no live record; `extensions.ids` lists them' },
  CONFLICT: { status: 200, retry: false, when: 'a write that would leave a dangling reference (a delete or purge of a record live records refer to: `extensions.referrers`; a revert to a state naming records no longer live: `extensions.ids`), or a stale `expectedRevision` (`extensions.currentRevision`)' },
  LIMIT_EXCEEDED: { status: 200, retry: false, when: 'a write or a list asks for more than a documented bound; `extensions.limit`' },
  QUERY_TOO_LARGE: { status: 400, retry: false, when: 'the query has more tokens than GRAPHQL_MAX_TOKENS' },
  QUERY_TOO_DEEP: { status: 400, retry: false, when: 'selections nest deeper than GRAPHQL_MAX_DEPTH' },
  QUERY_TOO_COMPLEX: { status: 400, retry: false, when: 'the estimated cost exceeds GRAPHQL_MAX_COST; `extensions.cost`, `extensions.limit`' },
  TOO_MANY_ALIASES: { status: 400, retry: false, when: 'more aliases than GRAPHQL_MAX_ALIASES' },
  TOO_MANY_ROOT_FIELDS: { status: 400, retry: false, when: 'more root fields than GRAPHQL_MAX_ROOT_FIELDS (GRAPHQL_MAX_MUTATION_FIELDS for mutations)' },
  TOO_MANY_DIRECTIVES: { status: 400, retry: false, when: 'more directives than GRAPHQL_MAX_DIRECTIVES' },
  GRAPHQL_PARSE_FAILED: { status: 400, retry: false, when: 'the query is not valid GraphQL' },
  GRAPHQL_VALIDATION_FAILED: { status: 400, retry: false, when: 'the query does not fit the schema (also: introspection when turned off)' },
  BAD_REQUEST: { status: 400, retry: false, when: 'the request is not a GraphQL request: not JSON, too large, wrong method or content type, a batch' },
  OPERATION_RESOLUTION_FAILURE: { status: 400, retry: false, when: 'operationName names no operation in the document' },
  PERSISTED_QUERY_NOT_FOUND: { status: 200, retry: false, when: 'an automatic persisted query hash the server does not hold' },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: 200, retry: false, when: 'persisted queries are not supported' },
  TIMEOUT: { status: 504, retry: false, when: 'the request ran longer than REQUEST_TIMEOUT_MS, or a database transaction longer than NEO4J_TX_TIMEOUT_MS or NEO4J_LOCK_TIMEOUT_MS waiting for a lock' },
  SERVICE_UNAVAILABLE: { status: 503, retry: true, when: 'the database cannot be reached; nothing was written; retry after `Retry-After` seconds' },
  COMMIT_UNKNOWN: { status: 503, retry: true, when: 'the database went away while a write committed: it may or may not have been written; writes are idempotent, so retrying is safe' },
  INTERNAL_SERVER_ERROR: { status: 200, retry: false, when: 'anything unexpected: logged in full, masked for the client' },
  UNAUTHENTICATED: { status: 401, retry: false, when: 'credentials are needed and missing, or the ones sent are not valid (unknown or revoked key, bad or expired token); `WWW-Authenticate: Bearer`' },
  FORBIDDEN: { status: 403, retry: false, when: "the caller's role may not do this: every mutation needs editor, the fields of ADMIN_FIELDS admin" },
} as const satisfies Record<string, { status: number; retry: boolean; when: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Seconds a client is told to wait (`Retry-After`) before retrying a code marked `retry`. */
export const RETRY_AFTER_SECONDS = 2;

/** The challenge every UNAUTHENTICATED answer carries (RFC 6750). */
export const WWW_AUTHENTICATE = 'Bearer realm="claimgraph"';

/** The headers an answer with `code` carries besides its status: `Retry-After`, `WWW-Authenticate`. */
export function errorHeaders(code: ErrorCode): [string, string][] {
  const headers: [string, string][] = [];
  if (ERROR_CODES[code].retry) headers.push(['retry-after', String(RETRY_AFTER_SECONDS)]);
  if (code === 'UNAUTHENTICATED') headers.push(['www-authenticate', WWW_AUTHENTICATE]);
  return headers;
}

/** True for a code in ERROR_CODES. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

/**
 * An error meant for the client: a clear message, a stable code, optional details. Codes
 * whose HTTP status is not 200 carry it (and a `Retry-After` where retrying helps) in
 * Apollo's `extensions.http`, which sets the response's status and is never shown.
 */
export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  const { status } = ERROR_CODES[code];
  const http = status === 200 ? undefined : { status, headers: new Map(errorHeaders(code)) };
  return new GraphQLError(message, { extensions: { code, ...details, ...(http ? { http } : {}) } });
}
