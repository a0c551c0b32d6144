import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config/env.js';
import type { Database } from '../db/database.js';
import { ANONYMOUS, type Caller } from '../model/caller.js';
import { userError } from '../model/errors.js';
import { API_KEY_PREFIX, findApiKey } from './api-keys.js';
import { createJwtVerifier, InvalidTokenError } from './jwt-verifier.js';

/** The caller named by an `Authorization` header value (undefined: none sent). */
export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

/** Longest an API key lookup may take: it runs before the request's own work. */
const KEY_LOOKUP_TIMEOUT_MS = 5_000;

/**
 * Builds the function that turns a request's `Authorization` header into its caller, before
 * any GraphQL work. No header: ANONYMOUS (whether it may read is the authorisation plugin's
 * call). `Bearer <value>` is, in this order: CLAIMGRAPH_ADMIN_KEY (an admin named `admin`,
 * compared in constant time), a JWT (three dot-separated parts; verified per jwt-verifier),
 * or an API key (`cgk_…`, looked up by its hash on every request, so a revocation takes
 * effect at once). Anything else, and any other scheme, throws UNAUTHENTICATED (401); a key
 * that cannot be looked up because the database is down throws SERVICE_UNAVAILABLE (503).
 */
export function createAuthenticator(config: Config, database: Pick<Database, 'read'>): Authenticate {
  const adminKeyHash = config.CLAIMGRAPH_ADMIN_KEY ? digest(config.CLAIMGRAPH_ADMIN_KEY) : undefined;
  const verifyJwt = createJwtVerifier(config);
  const refuse = (message: string) => userError('UNAUTHENTICATED', message);

  return async (authorization) => {
    if (authorization === undefined) return ANONYMOUS;
    const match = /^Bearer +(\S+) *$/i.exec(authorization);
    if (!match) throw refuse('the Authorization header must be "Bearer <API key or token>"');
    const credential = match[1]!;
    // Comparing digests of equal length keeps the comparison's time independent of the key.
    if (adminKeyHash && timingSafeEqual(digest(credential), adminKeyHash)) return { id: 'admin', role: 'admin' };
    if (/^[\w-]+\.[\w-]+\.[\w-]*$/.test(credential)) {
      if (!verifyJwt) throw refuse('this server accepts no JWT (no JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWKS_FILE)');
      try {
        return await verifyJwt(credential);
      } catch (error) {
        if (error instanceof InvalidTokenError) throw refuse(error.message);
        throw error;
      }
    }
    if (!credential.startsWith(API_KEY_PREFIX)) throw refuse('the bearer credential is not a claimgraph API key or JWT');
    const key = await findApiKey(database, credential, KEY_LOOKUP_TIMEOUT_MS);
    if (!key) throw refuse('the API key is unknown or revoked');
    return { id: key.name, role: key.role };
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
