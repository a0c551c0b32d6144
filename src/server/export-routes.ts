import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Authenticate } from '../auth/authenticate.js';
import type { Database } from '../db/database.js';
import { RequestDb } from '../graphql/loaders.js';
import { exportTrace, TRACE_EXPORT_FORMATS, type TraceExportFormat } from '../interchange/graph/trace-exports.js';
import { ANONYMOUS } from '../model/caller.js';
import { isErrorCode } from '../model/errors.js';
import { ID_PATTERN } from '../model/ids.js';
import { TRACE_LIMITS } from '../provenance/build-trace.js';
import { authenticateRequest } from './authenticate-request.js';
import { corsPolicy } from './cors-policy.js';
import { accessOf, sendError } from './graphql-handler.js';

export interface ExportRoutesOptions {
  database: Database;
  /** The same authentication as /graphql (src/auth). */
  authenticate: Authenticate;
  /** AUTH_ANONYMOUS_READ: whether a caller without credentials may read. */
  anonymousRead: boolean;
  /** REQUEST_TIMEOUT_MS: the request's whole time, its database work included. */
  requestTimeoutMs: number;
  /** CORS_ORIGINS, as for /graphql. */
  corsOrigins: readonly string[];
  logger: Logger;
}

/** Extensions, longest first, so that `.anno.jsonld` is not read as `.jsonld`. */
const EXTENSIONS = (Object.entries(TRACE_EXPORT_FORMATS) as [TraceExportFormat, (typeof TRACE_EXPORT_FORMATS)[TraceExportFormat]][]).sort(
  ([, a], [, b]) => b.extension.length - a.extension.length,
);

/** 404 in the shape of every other JSON error of the server. */
function notFound(res: Response, message: string, details: Record<string, unknown> = {}): void {
  res.status(404).json({ errors: [{ message, extensions: { code: 'NOT_FOUND', ...details } }] });
}

/**
 * `GET /export/trace/<claimId>.<cyjs|graphml|csv|ttl|jsonld|anno.jsonld>?maxDepth=N`: a
 * claim's trace as a file (src/interchange; formats and Content-Types in
 * TRACE_EXPORT_FORMATS). Mounted at `/export`. Read access as over GraphQL: the request is
 * authenticated first (bad credentials: 401 UNAUTHENTICATED; a key that cannot be checked:
 * 503), and a caller without credentials reads only when AUTH_ANONYMOUS_READ is on (else
 * 401). Then, before any database work: an unknown extension is 404 NOT_FOUND; a malformed
 * claim id, or a maxDepth that is not a whole number from 1 to TRACE_LIMITS.maxDepth
 * (default 6), is 400 BAD_USER_INPUT with `extensions.field`. A claim that does not exist
 * is 404 NOT_FOUND with `extensions.ids`. The work has the request's deadline
 * (REQUEST_TIMEOUT_MS: 504 TIMEOUT at once, and no database work past it); database errors
 * answer with their code (SERVICE_UNAVAILABLE 503 with Retry-After, TIMEOUT 504,
 * LIMIT_EXCEEDED 400); anything else is logged and answered 500 INTERNAL_SERVER_ERROR,
 * masked. CORS as for /graphql (CORS_ORIGINS).
 */
export function exportRoutes({ database, authenticate, anonymousRead, requestTimeoutMs, corsOrigins, logger }: ExportRoutesOptions): Router {
  const router = Router();
  router.use(corsPolicy(corsOrigins));
  router.get('/trace/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file);
    const caller = await authenticateRequest(req, res, authenticate);
    if (!caller) return;
    if (caller === ANONYMOUS && !anonymousRead) {
      sendError(res, 'UNAUTHENTICATED', 'reading needs credentials on this server: send Authorization: Bearer <API key or token>');
      return;
    }
    const match = EXTENSIONS.find(([, f]) => file.endsWith(f.extension) && file.length > f.extension.length);
    if (!match) {
      notFound(res, `no such export: name a claim and a format, e.g. /export/trace/claim:some-slug.ttl (${EXTENSIONS.map(([, f]) => f.extension).join(', ')})`);
      return;
    }
    const [format, { extension, contentType }] = match;
    accessOf(res).operation = `export-trace${extension}`;
    const claimId = file.slice(0, -extension.length);
    if (!ID_PATTERN.test(claimId) || !claimId.startsWith('claim:')) {
      sendError(res, 'BAD_USER_INPUT', `claimId: ${JSON.stringify(claimId.slice(0, 200))} is not a claim id such as claim:some-slug`, { field: 'claimId' });
      return;
    }
    const rawDepth = req.query.maxDepth;
    const maxDepth = rawDepth === undefined ? 6 : typeof rawDepth === 'string' && /^\d{1,3}$/.test(rawDepth) ? Number(rawDepth) : Number.NaN;
    if (!(maxDepth >= 1 && maxDepth <= TRACE_LIMITS.maxDepth)) {
      sendError(res, 'BAD_USER_INPUT', `maxDepth: must be a whole number from 1 to ${TRACE_LIMITS.maxDepth}`, { field: 'maxDepth' });
      return;
    }

    const db = new RequestDb(database, Date.now() + requestTimeoutMs);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), requestTimeoutMs);
    });
    try {
      const body = await Promise.race([exportTrace(db, claimId, maxDepth, format), timedOut]);
      if (body === 'timeout') {
        sendError(res, 'TIMEOUT', `the request did not finish within ${requestTimeoutMs} ms`, { limitMs: requestTimeoutMs });
        return;
      }
      if (body === null) {
        notFound(res, `no claim has the id ${claimId}`, { ids: [claimId] });
        return;
      }
      res.setHeader('content-type', contentType);
      res.send(body);
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions.code : undefined;
      if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
        sendError(res, code, (error as GraphQLError).message);
        return;
      }
      logger.error({ err: error }, 'unexpected error while exporting a trace');
      sendError(res, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
