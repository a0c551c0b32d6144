import { userError } from '../../model/errors.js';
import { TRACE_LIMITS } from '../../provenance/build-trace.js';
import { dependentsOf, traceClaims } from '../../provenance/trace-claims.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { assertId } from '../record-lookup.js';

/**
 * The provenance fields. A trace is computed from one query, so its nested fields are plain
 * reads of the computed result; only fields a client follows beyond the trace (say a
 * source's publisher) go back to the loaders. `Trace.drift` and `Trace.driftLimits` are lazy
 * getters of the result (see buildTrace): quote drift is computed, once, only when a query
 * selects one of them.
 */
export const provenanceResolvers: Resolvers = {
  Query: {
    trace: async (_root, { claimId, maxDepth }, ctx) => {
      assertId(claimId, 'claimId');
      const depth = maxDepth ?? 6;
      if (!Number.isInteger(depth) || depth < 1 || depth > TRACE_LIMITS.maxDepth) {
        throw userError('BAD_USER_INPUT', `maxDepth: must be between 1 and ${TRACE_LIMITS.maxDepth}; got ${depth}`, { field: 'maxDepth' });
      }
      if (!claimId.startsWith('claim:')) return null;
      return (await traceClaims(ctx.db, [claimId], depth)).get(claimId) ?? null;
    },
    dependents: async (_root, { sourceId }, ctx) => {
      assertId(sourceId, 'sourceId');
      return sourceId.startsWith('source:') ? dependentsOf(ctx.db, sourceId) : [];
    },
  },
};
