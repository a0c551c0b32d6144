import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Authenticate } from '../auth/authenticate.js';
import type { Caller } from '../model/caller.js';
import { isErrorCode } from '../model/errors.js';
import { accessOf, sendError } from './graphql-handler.js';

/**
 * Who a request's credentials name, recorded for the access log; or null once the request
 * has been answered: bad credentials UNAUTHENTICATED (401), an API key that cannot be
 * checked SERVICE_UNAVAILABLE (503), each with its code. Any other failure is a bug and is
 * thrown. Shared by every route that reads or writes records (/graphql, /export).
 */
export async function authenticateRequest(req: Request, res: Response, authenticate: Authenticate): Promise<Caller | null> {
  let caller: Caller;
  try {
    caller = await authenticate(req.headers.authorization);
  } catch (error) {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (!isErrorCode(code)) throw error;
    sendError(res, code, (error as GraphQLError).message);
    return null;
  }
  accessOf(res).caller = caller.id;
  return caller;
}
