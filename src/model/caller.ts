/** The roles, weakest first: each may do everything the ones before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/**
 * Who is making a request: `id` is the caller's name, which every write records
 * (`meta.createdBy`, `updatedBy`, history) — an API key's name, a token's `sub`, `admin` for
 * CLAIMGRAPH_ADMIN_KEY — and `role` what it may do (see src/auth). Tools that write on their
 * own behalf (the seed) name themselves.
 */
export interface Caller {
  id: string;
  role: Role;
}

/** A request without credentials: a reader (when anonymous reading is on). Recognised by identity. */
export const ANONYMOUS: Caller = Object.freeze({ id: 'anonymous', role: 'reader' });

/** Names no credential may take, so that a record's `createdBy` never impersonates these callers. */
export const RESERVED_CALLER_NAMES: readonly string[] = Object.freeze(['anonymous', 'seed', 'admin', 'test', 'import', 'claimreview-import']);

/** True when `caller` may act as `role` (reader < editor < admin). */
export function hasRole(caller: Caller, role: Role): boolean {
  return ROLES.indexOf(caller.role) >= ROLES.indexOf(role);
}

/** True for a known role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
