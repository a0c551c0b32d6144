/**
 * Who is making a request. Every write records the caller's id; roles are where
 * authorisation will hang once authentication exists. Until then every HTTP caller is
 * `anonymous` and tools that write on their own behalf (the seed) name themselves.
 */
export interface Caller {
  id: string;
  roles: readonly string[];
}

export const ANONYMOUS: Caller = Object.freeze({ id: 'anonymous', roles: Object.freeze(['reader', 'writer']) });
