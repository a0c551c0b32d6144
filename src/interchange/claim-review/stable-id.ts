import { createHash } from 'node:crypto';
import type { Kind } from '../../model/ids.js';

const SLUG_LENGTH = 60;

/**
 * A deterministic id `<kind>:<slug>-<hash>` for a record whose identity is not its
 * RECORD_IDENTITY (see the README): the slug is read from `slugFrom` (a URL without its scheme,
 * a quote), the 12-hex hash is of `identity`. The same identity always gives the same id, so
 * importing a document twice writes each record once. Always matches ID_PATTERN.
 */
export function stableId(kind: Kind, slugFrom: string, identity: readonly unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify([kind, ...identity])).digest('hex').slice(0, 12);
  const slug = slugFrom
    .replace(/^https?:\/\//i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `${kind}:${slug ? `${slug}-` : ''}${hash}`;
}
