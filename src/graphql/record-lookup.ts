import { userError } from '../model/errors.js';
import { ID_PATTERN, kindOfId, type Kind } from '../model/ids.js';
import type { RequestContext } from './context.js';
import type { StoredRecord } from './mappers.js';

/** GraphQL type name of each record kind. */
export const TYPE_NAME: Record<Kind, string> = {
  actor: 'Actor',
  place: 'Place',
  chemical: 'Chemical',
  route: 'Route',
  source: 'Source',
  claim: 'Claim',
  citation: 'Citation',
  review: 'Review',
  finding: 'Finding',
};

/** BAD_USER_INPUT unless `id` is a well-formed record id (a malformed id is a client bug, not "absent"). */
export function assertId(id: string, field = 'id'): void {
  if (!ID_PATTERN.test(id)) {
    throw userError('BAD_USER_INPUT', `${field}: ${JSON.stringify(id)} is not an id such as claim:some-slug`, { field });
  }
}

/** The live record with this id, or null; when `kind` is given, null also for a record of another kind. */
export async function lookup(ctx: RequestContext, id: string, kind?: Kind): Promise<StoredRecord | null> {
  assertId(id);
  if (kind && kindOfId(id) !== kind) return null;
  return ctx.loaders.record.load(id);
}

/** The GraphQL type of a record, read off its id (for interfaces and unions). */
export function typeNameOf(record: { id: string }): string {
  const kind = kindOfId(record.id);
  if (!kind) throw new Error(`Invariant violation: stored record has a malformed id ${record.id}`);
  return TYPE_NAME[kind];
}
