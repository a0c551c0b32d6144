import { randomUUID } from 'node:crypto';
import { KIND_TABLE } from './kind-table.js';

/** The kinds of record, as they appear before the colon of an id: KIND_TABLE's, in its order. */
export const KINDS: readonly Kind[] = KIND_TABLE.map((row) => row.kind);
export type Kind = (typeof KIND_TABLE)[number]['kind'];

/**
 * A record id: `<kind>:<slug>`. The kind prefix lets `node(id)` and every reference field
 * know what an id must point to without a lookup; the slug is chosen by the writer so that
 * ids stay stable across imports. Length is capped so that ids stay usable as keys in URLs.
 * The prefixes are KINDS (kind names are lower-case words: nothing to escape).
 */
export const ID_PATTERN = new RegExp(`^(${KINDS.join('|')}):[a-z0-9][a-z0-9._-]{0,99}$`);

/** The kind of a well-formed id, or undefined when the id is not one of ours. */
export function kindOfId(id: string): Kind | undefined {
  return ID_PATTERN.test(id) ? (id.slice(0, id.indexOf(':')) as Kind) : undefined;
}

/** A new id for a record written without one. */
export function newId(kind: Kind): string {
  return `${kind}:${randomUUID()}`;
}
