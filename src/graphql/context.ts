import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { ANONYMOUS, type Caller } from '../model/caller.js';
import { Loaders, RequestDb } from './loaders.js';

/**
 * Everything a resolver may use, made fresh for each request: who is calling (every write
 * records its name; src/auth decided before execution what it may do), the request's one
 * door to the database (`db`: its reads and writes, within the request's deadline), and the
 * request's loaders over that door.
 */
export interface RequestContext {
  caller: Caller;
  db: RequestDb;
  loaders: Loaders;
  /** The server's log, for events a resolver must record (a purge); none in-process. */
  logger?: Logger;
}

/** A context for one request by `caller`, whose database work must end by `deadline` (epoch ms). */
export function createContext(database: Database, caller: Caller = ANONYMOUS, deadline?: number, logger?: Logger): RequestContext {
  const db = new RequestDb(database, deadline);
  return { caller, db, loaders: new Loaders(db), logger };
}
