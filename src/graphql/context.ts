import type { Database } from '../db/database.js';
import { ANONYMOUS, type Caller } from '../model/caller.js';
import { Loaders, RequestDb } from './loaders.js';

/**
 * Everything a resolver may use, made fresh for each request: who is calling (every write
 * records it; authorisation will read its roles), the database, and the request's loaders.
 */
export interface RequestContext {
  caller: Caller;
  database: Database;
  db: RequestDb;
  loaders: Loaders;
}

/** A context for one request by `caller`, whose database work must end by `deadline` (epoch ms). */
export function createContext(database: Database, caller: Caller = ANONYMOUS, deadline?: number): RequestContext {
  const db = new RequestDb(database, deadline);
  return { caller, database, db, loaders: new Loaders(db) };
}
