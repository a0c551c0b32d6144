import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { run } from '../db/database.js';
import type { Role } from '../model/caller.js';

/** An API key as stored and listed: never its secret, never its hash. */
export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** Every secret starts with this, so a bearer value is recognisably a claimgraph key (and secret scanners can match it). */
export const API_KEY_PREFIX = 'cgk_';

/**
 * How a secret is stored: its SHA-256, hex. A secret is 32 random bytes (256 bits), so a
 * fast hash is enough: nobody can guess one, or invert the hash, whatever the hashing
 * speed (slow hashes such as bcrypt or argon2 protect low-entropy passwords, which these are
 * not). A fast, unsalted hash also lets a request find its key by one index seek.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Creates a key and returns it with its secret, which exists nowhere else from now on:
 * only its hash is stored. Returns undefined when a live key already has the name.
 */
export async function createApiKey(db: Database, name: string, role: Role): Promise<{ key: ApiKey; secret: string } | undefined> {
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  const params = { id: `key:${randomUUID()}`, name, role, hash: hashApiKeySecret(secret), at: new Date().toISOString() };
  const rows = await db.write((tx) => run<{ key: ApiKey }>(tx, 'api-key-create', params));
  return rows[0] ? { key: withNulls(rows[0].key), secret } : undefined;
}

/** Every key, revoked ones included, by name. */
export async function listApiKeys(db: Database): Promise<ApiKey[]> {
  return (await db.read<{ key: ApiKey }>('api-key-list')).map((row) => withNulls(row.key));
}

/** Revokes the live keys named by `ref` (an id, or a name) at once; returns them (none: nothing matched). */
export async function revokeApiKey(db: Database, ref: string): Promise<ApiKey[]> {
  const rows = await db.write((tx) => run<{ key: ApiKey }>(tx, 'api-key-revoke', { ref, at: new Date().toISOString() }));
  return rows.map((row) => withNulls(row.key));
}

/** The live key whose secret this is; undefined for an unknown or revoked one. Throws SERVICE_UNAVAILABLE when the database cannot tell. */
export async function findApiKey(db: Pick<Database, 'read'>, secret: string, timeoutMs?: number): Promise<Pick<ApiKey, 'id' | 'name' | 'role'> | undefined> {
  const [row] = await db.read<{ key: ApiKey }>('api-key-by-hash', { hash: hashApiKeySecret(secret) }, { timeoutMs });
  return row?.key;
}

function withNulls(key: ApiKey): ApiKey {
  return { ...key, revokedAt: key.revokedAt ?? null };
}
