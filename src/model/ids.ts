import { randomUUID } from 'node:crypto';

/** The kinds of record, as they appear before the colon of an id. */
export const KINDS = ['actor', 'place', 'chemical', 'route', 'source', 'claim', 'citation', 'review', 'finding'] as const;
export type Kind = (typeof KINDS)[number];

/**
 * A record id: `<kind>:<slug>`. The kind prefix lets `node(id)` and every reference field
 * know what an id must point to without a lookup; the slug is chosen by the writer so that
 * ids stay stable across imports. Length is capped so that ids stay usable as keys in URLs.
 */
export const ID_PATTERN = /^(actor|place|chemical|route|source|claim|citation|review|finding):[a-z0-9][a-z0-9._-]{0,99}$/;

/** The kind of a well-formed id, or undefined when the id is not one of ours. */
export function kindOfId(id: string): Kind | undefined {
  return ID_PATTERN.test(id) ? (id.slice(0, id.indexOf(':')) as Kind) : undefined;
}

/** A new id for a record written without one. */
export function newId(kind: Kind): string {
  return `${kind}:${randomUUID()}`;
}
