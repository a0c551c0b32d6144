import { MAX_LINKS_PER_FIELD } from '../../model/record-kinds.js';
import { invariant } from '../../model/invariant.js';
import { userError } from '../../model/errors.js';
import type { RequestContext } from '../context.js';
import type { Direction } from '../loaders.js';
import type { StoredRecord } from '../mappers.js';

/** Most records one list field of one record returns (`first` of Source.citations, Claim.citations, …). */
export const MAX_LIST_FIRST = 1000;

/**
 * The length a list field is read to: its `first` (1..MAX_LIST_FIRST, else BAD_USER_INPUT)
 * where it takes one; otherwise MAX_LINKS_PER_FIELD, which the write path never exceeds.
 */
export function listLimit(args: unknown): number {
  const first = (args as { first?: number | null } | undefined)?.first;
  if (first == null) return MAX_LINKS_PER_FIELD;
  if (!Number.isInteger(first) || first < 1 || first > MAX_LIST_FIRST) {
    throw userError('BAD_USER_INPUT', `first: must be between 1 and ${MAX_LIST_FIRST}; got ${first}`, { field: 'first' });
  }
  return first;
}

/** A field resolver for a list of linked records (at most `first`), batched per request by the loaders. */
export function linked<R = StoredRecord>(direction: Direction, type: string) {
  return (parent: { id: string }, args: unknown, ctx: RequestContext) =>
    ctx.loaders.neighbours(direction, type, listLimit(args)).load(parent.id) as Promise<R[]>;
}

/** A field resolver for how many records a list field holds in all (the `…Count` beside a list). */
export function linkCount(direction: Exclude<Direction, 'out'>, type: string) {
  return (parent: { id: string }, _args: unknown, ctx: RequestContext) => ctx.loaders.neighbourCount(direction, type).load(parent.id);
}

/** A field resolver for one linked record, or null, batched per request by the loaders. */
export function linkedOne<R = StoredRecord>(direction: Direction, type: string) {
  return async (parent: { id: string }, _args: unknown, ctx: RequestContext) =>
    ((await ctx.loaders.neighbours(direction, type, 1).load(parent.id))[0] ?? null) as R | null;
}

/**
 * Like linkedOne, for a link the write path requires (a route's ends, a citation's claim):
 * its absence means a corrupt graph, a bug, never a user error.
 */
export function requiredOne<R = StoredRecord>(direction: Direction, type: string) {
  const one = linkedOne<R>(direction, type);
  return async (parent: { id: string }, args: unknown, ctx: RequestContext): Promise<R> => {
    const record = await one(parent, args, ctx);
    invariant(record, `${parent.id} lacks its required ${type} link`);
    return record;
  };
}
