import type { ApolloServer, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { GraphQLError } from 'graphql';
import type { Authenticate } from '../auth/authenticate.js';
import type { Database } from '../db/database.js';
import { createContext, type RequestContext } from '../graphql/context.js';
import { countTokens } from '../graphql/limits/count-tokens.js';
import { authenticateRequest } from './authenticate-request.js';
import type { Caller } from '../model/caller.js';
import { ERROR_CODES, errorHeaders, isErrorCode, type ErrorCode } from '../model/errors.js';

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<RequestContext>;
  database: Database;
  /** Who the request's credentials name (src/auth): runs before Apollo. */
  authenticate: Authenticate;
  /** Tokens a query document may hold (checked before Apollo parses it). */
  maxTokens: number;
  /** A request's whole time: past it the client gets TIMEOUT and the request's database work stops. */
  requestTimeoutMs: number;
  /** Given to resolvers for the events they must log (a purge). */
  logger?: Logger;
}

/**
 * The /graphql route: Express in front of Apollo's `executeHTTPGraphQLRequest` (what the
 * Express integration does, plus two bounds). Before Apollo sees it, a query with more
 * than `maxTokens` tokens is refused with QUERY_TOO_LARGE; and each request has a deadline:
 * when it passes, the client is answered TIMEOUT (HTTP 504) at once, and the request's
 * database work ends (no transaction starts after the deadline, and each one's timeout is
 * the time left), so an abandoned request cannot keep Neo4j busy. A JSON body holding a
 * lone surrogate (not Unicode text) is refused with BAD_REQUEST before either.
 *
 * First of all the request is authenticated: bad credentials answer UNAUTHENTICATED (401)
 * without Apollo running at all, an API key that cannot be checked (database down)
 * SERVICE_UNAVAILABLE (503). The caller goes into the request's context (what it may do is
 * the authorisation plugin's call) and into `res.locals.access` for the access log, with the
 * operation's name.
 */
export function graphqlHandler({ apollo, database, authenticate, maxTokens, requestTimeoutMs, logger }: GraphQLHandlerOptions) {
  return async (req: Request, res: Response): Promise<void> => {
    const access = accessOf(res);
    access.operation = operationNameOf(req);
    const caller = await authenticateRequest(req, res, authenticate);
    if (!caller) return;
    if (holdsLoneSurrogate(req.body)) {
      sendError(res, 'BAD_REQUEST', 'the request body holds a string that is not valid Unicode (a lone surrogate escape such as \\ud800)');
      return;
    }
    const query = queryOf(req);
    if (query !== undefined && countTokens(query, maxTokens) > maxTokens) {
      sendError(res, 'QUERY_TOO_LARGE', `the query has more than ${maxTokens} tokens`, { limit: maxTokens });
      return;
    }
    const deadline = Date.now() + requestTimeoutMs;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const request: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: new URL(req.originalUrl, 'http://localhost').search,
      body: req.body,
    };
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), requestTimeoutMs);
    });
    try {
      const answer = await Promise.race([
        apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => createContext(database, caller, deadline, logger) }),
        timedOut,
      ]);
      if (answer === 'timeout') {
        sendError(res, 'TIMEOUT', `the request did not finish within ${requestTimeoutMs} ms`, { limitMs: requestTimeoutMs });
        return;
      }
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.send(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } finally {
      clearTimeout(timer);
    }
  };
}

/** What the access log says of a request beyond method, path, status and duration (app.ts logs it). */
export interface AccessFacts {
  /** The caller's name once authenticated. */
  caller?: string;
  /** The operation's name (`operationName`, else the document's first named operation), when it has one. */
  operation?: string;
}

/** The access facts of a response, made on first use. */
export function accessOf(res: Response): AccessFacts {
  return ((res.locals as { access?: AccessFacts }).access ??= {});
}

/** The operation's name as the client gave it: `operationName`, else the first named operation of the document; at most 100 characters. */
function operationNameOf(req: Request): string | undefined {
  const given: unknown = req.method === 'GET' ? req.query.operationName : (req.body as { operationName?: unknown } | undefined)?.operationName;
  if (typeof given === 'string' && given) return given.slice(0, 100);
  const named = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/.exec(queryOf(req)?.slice(0, 400) ?? '');
  return named?.[1];
}

/** The query text of a GET or a single JSON POST; undefined for anything Apollo will refuse itself. */
function queryOf(req: Request): string | undefined {
  if (req.method === 'GET') return typeof req.query.query === 'string' ? req.query.query : undefined;
  const body: unknown = req.body;
  if (body && typeof body === 'object' && !Array.isArray(body) && typeof (body as { query?: unknown }).query === 'string') {
    return (body as { query: string }).query;
  }
  return undefined;
}

/**
 * True when a string (or key) anywhere in a parsed JSON body holds a lone surrogate: valid
 * JSON (`"\\ud800"`), but not Unicode text, and the driver would store it as U+FFFD, so a
 * value would reach the graph other than as sent. Walked without recursion, so any nesting
 * depth the JSON parser accepted is fine.
 */
function holdsLoneSurrogate(body: unknown): boolean {
  const lone = /\p{Surrogate}/u;
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (lone.test(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (lone.test(key)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

/**
 * A GraphQL-shaped error answer outside Apollo's pipeline, with the code's HTTP status (an
 * error that never reached GraphQL has no `data` to go with a 200: such codes answer 400,
 * INTERNAL_SERVER_ERROR 500) and its `Retry-After` where retrying helps.
 */
export function sendError(res: Response, code: ErrorCode, message: string, details: Record<string, unknown> = {}): void {
  const { status } = ERROR_CODES[code];
  for (const [name, value] of errorHeaders(code)) res.setHeader(name, value);
  const httpStatus = status !== 200 ? status : code === 'INTERNAL_SERVER_ERROR' ? 500 : 400;
  res.status(httpStatus).json({ errors: [{ message, extensions: { code, ...details } }] });
}
