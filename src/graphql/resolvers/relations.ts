import { invariant } from '../../model/invariant.js';
import type { RequestContext } from '../context.js';
import type { Direction } from '../loaders.js';
import type { StoredRecord } from '../mappers.js';

/** A field resolver for a list of linked records, batched per request by the loaders. */
export function linked<R = StoredRecord>(direction: Direction, type: string) {
  return (parent: { id: string }, _args: unknown, ctx: RequestContext) =>
    ctx.loaders.neighbours(direction, type).load(parent.id) as Promise<R[]>;
}

/** A field resolver for one linked record, or null, batched per request by the loaders. */
export function linkedOne<R = StoredRecord>(direction: Direction, type: string) {
  return async (parent: { id: string }, _args: unknown, ctx: RequestContext) =>
    ((await ctx.loaders.neighbours(direction, type).load(parent.id))[0] ?? null) as R | null;
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
