import cors from 'cors';
import type { NextFunction, Request, Response } from 'express';
import { sendError } from './graphql-handler.js';

/**
 * CORS for /graphql: same-origin only unless `origins` (CORS_ORIGINS) lists others. A
 * request from a listed origin gets `Access-Control-Allow-Origin` for that origin (never
 * `*`), with `Authorization` and `Content-Type` allowed in its preflight. Any other origin
 * gets no CORS header at all, so a browser will not let its page read the answer or send
 * credentials; its preflight is refused outright (403 FORBIDDEN). Requests without an
 * `Origin` (curl, servers) and same-origin ones are untouched.
 */
export function corsPolicy(origins: readonly string[]) {
  const allowed = new Set(origins);
  const allow = cors({
    origin: [...allowed],
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    res.vary('Origin');
    if (origin !== undefined && allowed.has(origin)) {
      allow(req, res, next);
      return;
    }
    if (req.method === 'OPTIONS' && origin !== undefined) {
      sendError(res, 'FORBIDDEN', `cross-origin requests from ${origin.slice(0, 200)} are not allowed (CORS_ORIGINS)`);
      return;
    }
    next();
  };
}
