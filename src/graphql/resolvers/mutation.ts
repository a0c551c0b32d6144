import type { MutationResolvers } from '../generated/resolvers-types.js';
import type { Kind } from '../../model/ids.js';
import { invariant } from '../../model/invariant.js';
import { importRequests } from '../../write/import-requests.js';
import { softDeleteRecord, upsertRecords } from '../../write/write-path.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../record-lookup.js';

/** Upserts one record through the write path and returns it as stored. */
async function upsertOne(ctx: RequestContext, kind: Kind, input: unknown) {
  const { results } = await upsertRecords(ctx.db, ctx.caller, [{ kind, input, path: 'input' }]);
  const id = results[0]!.id;
  ctx.loaders.record.clear(id);
  const record = await ctx.loaders.record.load(id);
  invariant(record, `${id} must be readable right after its write`);
  return record as never;
}

/** Every mutation is a thin call into the one write path (src/write/write-path.ts). */
export const mutationResolvers: MutationResolvers = {
  upsertActor: (_root, { input }, ctx) => upsertOne(ctx, 'actor', input),
  upsertPlace: (_root, { input }, ctx) => upsertOne(ctx, 'place', input),
  upsertChemical: (_root, { input }, ctx) => upsertOne(ctx, 'chemical', input),
  upsertRoute: (_root, { input }, ctx) => upsertOne(ctx, 'route', input),
  upsertSource: (_root, { input }, ctx) => upsertOne(ctx, 'source', input),
  upsertClaim: (_root, { input }, ctx) => upsertOne(ctx, 'claim', input),
  upsertCitation: (_root, { input }, ctx) => upsertOne(ctx, 'citation', input),
  upsertReview: (_root, { input }, ctx) => upsertOne(ctx, 'review', input),
  importGraph: async (_root, { input }, ctx) => {
    const { results } = await upsertRecords(ctx.db, ctx.caller, importRequests(input));
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return { created: count('created'), updated: count('updated'), unchanged: count('unchanged') };
  },
  deleteRecord: async (_root, { id }, ctx) => {
    assertId(id);
    const deleted = await softDeleteRecord(ctx.db, ctx.caller, id);
    ctx.loaders.record.clear(id);
    return deleted;
  },
};
