import { MAX_LINKS_PER_FIELD } from '../../model/record-kinds.js';
import { invariant } from '../../model/invariant.js';
import { userError } from '../../model/errors.js';
import type { Kind } from '../../model/ids.js';
import type { KindSpecOf } from '../../model/record-kinds.js';
import type { RecordOf } from '../../model/record-of.js';
import type { RequestContext } from '../context.js';
import type { Direction } from '../loaders.js';

/** Every relation of the kind table (KIND_SPECS' `relations`), with its field, type and target kinds. */
type Relation = KindSpecOf<Kind>['relations'][number];
/** A relationship type the write path manages. */
export type RelationType = Relation['type'];
/** The kinds whose records have relationships of type T (they point from these). */
type OwnerOf<T extends RelationType> = { [K in Kind]: T extends KindSpecOf<K>['relations'][number]['type'] ? K : never }[Kind];
/** The kinds relationships of type T may point to. */
type TargetOf<T extends RelationType> = Extract<Relation, { type: T }>['targets'][number];
/**
 * The records found by following relationships of type T in direction D, read off the kind
 * table: `out` reaches T's targets, `in` the kinds that own T, `either` both. The write path
 * only ever writes a relationship between those kinds (each reference is checked against
 * its relation's targets), which is what lets the loaders' records be typed so.
 */
export type Linked<D extends Direction, T extends RelationType> = RecordOf<
  D extends 'out' ? TargetOf<T> : D extends 'in' ? OwnerOf<T> : OwnerOf<T> | TargetOf<T>
>;

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
export function linked<D extends Direction, T extends RelationType>(direction: D, type: T) {
  return (parent: { id: string }, args: unknown, ctx: RequestContext) =>
    // The loaders answer StoredRecords; the kind table says which kinds they are (see Linked).
    ctx.loaders.neighbours(direction, type, listLimit(args)).load(parent.id) as Promise<Linked<D, T>[]>;
}

/** A field resolver for how many records a list field holds in all (the `…Count` beside a list). */
export function linkCount(direction: Exclude<Direction, 'out'>, type: RelationType) {
  return (parent: { id: string }, _args: unknown, ctx: RequestContext) => ctx.loaders.neighbourCount(direction, type).load(parent.id);
}

/** A field resolver for one linked record, or null, batched per request by the loaders. */
export function linkedOne<D extends Direction, T extends RelationType>(direction: D, type: T) {
  return async (parent: { id: string }, _args: unknown, ctx: RequestContext) =>
    // As in `linked`: the kind table says which kinds the loaders' records are.
    ((await ctx.loaders.neighbours(direction, type, 1).load(parent.id))[0] ?? null) as Linked<D, T> | null;
}

/**
 * Like linkedOne, for a link the write path requires (a route's ends, a citation's claim):
 * its absence means a corrupt graph, a bug, never a user error.
 */
export function requiredOne<D extends Direction, T extends RelationType>(direction: D, type: T) {
  const one = linkedOne(direction, type);
  return async (parent: { id: string }, args: unknown, ctx: RequestContext): Promise<Linked<D, T>> => {
    const record = await one(parent, args, ctx);
    invariant(record, `${parent.id} lacks its required ${type} link`);
    return record;
  };
}
