import { createHash } from 'node:crypto';
import type { Kind } from '../model/ids.js';

/**
 * What makes two inputs of one kind "the same record" when the writer gives no id: the
 * field the slug is read from, and the fields whose normalised values are hashed. An upsert
 * without an id gets `<kind>:<slug>-<hash>` from these, so sending the same create twice
 * (a retry after a timeout) writes one record, never two.
 */
export const RECORD_IDENTITY: Record<Kind, { slugFrom: string; fields: readonly string[] }> = {
  actor: { slugFrom: 'name', fields: ['name', 'kind'] },
  place: { slugFrom: 'name', fields: ['name', 'kind', 'withinId'] },
  chemical: { slugFrom: 'name', fields: ['name'] },
  route: { slugFrom: 'name', fields: ['fromId', 'toId', 'viaIds', 'mode'] },
  source: { slugFrom: 'title', fields: ['title', 'kind', 'publisherId', 'date', 'url'] },
  claim: { slugFrom: 'text', fields: ['text'] },
  citation: { slugFrom: 'quote', fields: ['claimId', 'sourceId', 'citesId', 'quote'] },
  review: { slugFrom: 'verdict', fields: ['claimId', 'reviewerId', 'verdict', 'date', 'url'] },
  // A finding has no name: its slug is its quote (none without one), its identity what was
  // found for which review, how it bears on the claim, and in what words (not `beyondId`,
  // `locator` or `note`: correcting those changes the finding, it does not make another).
  finding: { slugFrom: 'quote', fields: ['reviewId', 'sourceId', 'relation', 'quote'] },
};

const SLUG_LENGTH = 60;

/**
 * The id of a record written without one: a slug of its RECORD_IDENTITY slug field and a
 * short hash of its identity fields, normalised (NFC, case and runs of white space folded).
 * `input` is the validated input; the result always matches ID_PATTERN.
 */
export function deriveId(kind: Kind, input: Record<string, unknown>): string {
  const identity = RECORD_IDENTITY[kind];
  return idFrom(kind, input[identity.slugFrom], identity.fields.map((field) => normalise(input[field])));
}

/**
 * `<kind>:<slug>-<hash>`: a readable slug of `slugFrom` (at most 60 characters of ASCII
 * letters, digits and dashes; none when it has none) and the first 12 hex digits of the
 * SHA-256 of `identity`. The same identity always gives the same id; the result always
 * matches ID_PATTERN. For formats whose records are "the same one" by other fields than
 * RECORD_IDENTITY's (a source by its URL), `identity` is theirs.
 */
export function idFrom(kind: Kind, slugFrom: unknown, identity: readonly unknown[]): string {
  const hash = createHash('sha256').update(JSON.stringify([kind, ...identity])).digest('hex').slice(0, 12);
  const slug = slugOf(slugFrom);
  return `${kind}:${slug ? `${slug}-` : ''}${hash}`;
}

function normalise(value: unknown): unknown {
  if (value == null) return null;
  if (typeof value === 'string') return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (Array.isArray(value)) return value.map(normalise);
  return value;
}

function slugOf(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}
