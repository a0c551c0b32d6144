import type { MutationResolvers } from '../generated/resolvers-types.js';
import type { Kind } from '../../model/ids.js';
import { importRequests } from '../../write/import-requests.js';
import { purgeRecord } from '../../write/purge-record.js';
import { revertRecord } from '../../write/revert-record.js';
import { softDeleteRecord, upsertRecords, type UpsertRequest } from '../../write/write-path.js';
import type { RequestContext } from '../context.js';
import { assertId } from '../record-lookup.js';
import { KINDS, kindOfId } from '../../model/ids.js';
import { recordOf, type RecordOf } from '../../model/record-of.js';
import { userError } from '../../model/errors.js';

/**
 * Writes one record through the write path and answers it as the write transaction left it
 * (no second read: the answer is what this write committed, never a later writer's state).
 * The request's loader is primed with it, so nested fields see the same record.
 */
async function writeOne<K extends Kind>(ctx: RequestContext, request: UpsertRequest & { kind: K }): Promise<RecordOf<K> | null> {
  const { results } = await upsertRecords(ctx.db, ctx.caller, [request]);
  const { id, record } = results[0]!;
  ctx.loaders.record.clear(id).prime(id, record);
  return record && recordOf(record, [request.kind]);
}

const upsert = <K extends Kind>(kind: K) => (_root: unknown, args: { input: unknown; expectedRevision?: number | null }, ctx: RequestContext) =>
  writeOne(ctx, { kind, input: args.input, path: 'input', expectedRevision: args.expectedRevision });

const patch = <K extends Kind>(kind: K) => (_root: unknown, args: { id: string; input: unknown; expectedRevision?: number | null }, ctx: RequestContext) => {
  assertKindOfId(args.id, kind);
  return writeOne(ctx, { kind, mode: 'patch', id: args.id, input: args.input, path: 'input', expectedRevision: args.expectedRevision });
};

/** BAD_USER_INPUT unless `id` is a well-formed id of a `kind` record. */
function assertKindOfId(id: string, kind: Kind): void {
  assertId(id);
  if (kindOfId(id) !== kind) throw userError('BAD_USER_INPUT', `id: ${id} is not the id of a ${kind}`, { field: 'id' });
}

/**
 * Every mutation is a thin call into the one write path (src/write). Each field is a
 * transaction of its own and nullable, so a failed field never hides a committed one.
 */
export const mutationResolvers: MutationResolvers = {
  upsertActor: upsert('actor'),
  upsertPlace: upsert('place'),
  upsertChemical: upsert('chemical'),
  upsertRoute: upsert('route'),
  upsertSource: upsert('source'),
  upsertClaim: upsert('claim'),
  upsertCitation: upsert('citation'),
  upsertReview: upsert('review'),
  upsertFinding: upsert('finding'),
  patchActor: patch('actor'),
  patchPlace: patch('place'),
  patchChemical: patch('chemical'),
  patchRoute: patch('route'),
  patchSource: patch('source'),
  patchClaim: patch('claim'),
  patchCitation: patch('citation'),
  patchReview: patch('review'),
  patchFinding: patch('finding'),
  retractSource: (_root, { id, retracted, expectedRevision }, ctx) => {
    assertKindOfId(id, 'source');
    return writeOne(ctx, { kind: 'source', mode: 'patch', id, input: { retracted }, path: 'input', expectedRevision });
  },
  importGraph: async (_root, { input }, ctx) => {
    const { results } = await upsertRecords(ctx.db, ctx.caller, importRequests(input));
    const count = (status: string) => results.filter((r) => r.status === status).length;
    return { created: count('created'), updated: count('updated'), unchanged: count('unchanged') };
  },
  deleteRecord: async (_root, { id, expectedRevision }, ctx) => {
    assertId(id);
    const deleted = await softDeleteRecord(ctx.db, ctx.caller, id, expectedRevision);
    ctx.loaders.record.clear(id);
    return deleted;
  },
  revert: async (_root, { id, revision, expectedRevision }, ctx) => {
    assertId(id);
    const { record } = await revertRecord(ctx.db, ctx.caller, id, revision, expectedRevision);
    ctx.loaders.record.clear(id).prime(id, record);
    return record && recordOf(record, KINDS);
  },
  purgeRecord: async (_root, { id }, ctx) => {
    assertId(id);
    const purged = await purgeRecord(ctx.db, ctx.caller, id);
    ctx.loaders.record.clear(id);
    // The write path has no logger: the purge's last revision records it in the database,
    // and the request's logger (when there is one) records it in the log.
    ctx.logger?.warn({ event: 'purge', id, by: purged.by, revision: purged.revision, wasDeleted: purged.wasDeleted }, `purged ${id}`);
    return { id: purged.id, purgedAt: purged.purgedAt, revision: purged.revision };
  },
};
