import type { QueryResolvers } from '../generated/resolvers-types.js';
import { recordHistory } from '../../write/record-history.js';
import { assertId } from '../record-lookup.js';
import { listLimit } from './relations.js';

/** `history(id, first, beforeRevision)`: a record's revisions, newest first, each state as JSON text. */
export const historyResolvers: Pick<QueryResolvers, 'history'> = {
  history: async (_root, args, ctx) => {
    assertId(args.id);
    const entries = await recordHistory(ctx.db, args.id, listLimit(args), args.beforeRevision);
    return entries.map((entry) => ({ ...entry, state: JSON.stringify(entry.state) }));
  },
};
