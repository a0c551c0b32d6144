import type { Kind } from '../../model/ids.js';
import { idFrom } from '../../write/record-identity.js';

/**
 * A deterministic id `<kind>:<slug>-<hash>` for a record whose identity is not its
 * RECORD_IDENTITY (see the README): the slug is read from `slugFrom` (a URL without its scheme,
 * a quote), the 12-hex hash is of `identity` (see `idFrom`). The same identity always gives
 * the same id, so importing a document twice writes each record once.
 */
export function stableId(kind: Kind, slugFrom: string, identity: readonly unknown[]): string {
  return idFrom(kind, slugFrom.replace(/^https?:\/\//i, ''), identity);
}
