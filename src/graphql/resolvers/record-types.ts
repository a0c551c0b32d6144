import type { Resolvers } from '../generated/resolvers-types.js';
import type { SourceRecord, StoredRecord } from '../mappers.js';
import type { RequestContext } from '../context.js';
import { KINDS } from '../../model/ids.js';
import { SEARCHABLE_KINDS } from '../../model/kind-table.js';
import { ABOUT_KINDS } from '../../model/record-kinds.js';
import { lookup, typeNameAmong } from '../record-lookup.js';
import { linkCount, linked, linkedOne, listLimit, requiredOne } from './relations.js';

/**
 * A record's history fields. Records read for a trace carry only their content (the trace
 * reads many, and history is rarely wanted there), so those load the full record on demand.
 */
const meta = async (parent: StoredRecord, _args: unknown, ctx: RequestContext): Promise<StoredRecord> =>
  parent.createdAt ? parent : ((await ctx.loaders.record.load(parent.id)) ?? parent);

/**
 * Field resolvers of the record types: scalar fields come straight from the stored record
 * (graphql's default resolver); every relationship field asks the request's loaders.
 */
export const recordTypeResolvers: Resolvers = {
  // Each abstract type's members are derived from the kind table: every kind implements
  // Node, a claim is about ABOUT_KINDS, search answers SEARCHABLE_KINDS (the SDL is checked
  // against these by tests/kind-table.unit.test.ts).
  Node: { __resolveType: typeNameAmong(KINDS) },
  Entity: { __resolveType: typeNameAmong(ABOUT_KINDS) },
  SearchResult: { __resolveType: typeNameAmong(SEARCHABLE_KINDS) },
  Actor: {
    authored: linked('in', 'AUTHORED_BY'),
    authoredCount: linkCount('in', 'AUTHORED_BY'),
    published: linked('in', 'PUBLISHED_BY'),
    publishedCount: linkCount('in', 'PUBLISHED_BY'),
    meta,
  },
  Place: {
    within: linkedOne('out', 'WITHIN'),
    meta,
  },
  Chemical: { meta },
  Route: {
    from: requiredOne('out', 'FROM'),
    to: requiredOne('out', 'TO'),
    via: linked('out', 'VIA'),
    transports: linked('out', 'TRANSPORTS'),
    operators: linked('out', 'OPERATED_BY'),
    meta,
  },
  Source: {
    publisher: linkedOne('out', 'PUBLISHED_BY'),
    authors: linked('out', 'AUTHORED_BY'),
    citations: linked('in', 'SAID_BY'),
    citationsCount: linkCount('in', 'SAID_BY'),
    citedBy: linked('in', 'CITES'),
    citedByCount: linkCount('in', 'CITES'),
    // A trace reads sources without their text (see trace-claims.ts): load it when asked.
    text: async (parent, _args, ctx) => ((parent.createdAt ? parent : await lookup(ctx, parent.id, 'source')) ?? parent).text ?? null,
    meta,
  },
  Claim: {
    about: linked('out', 'ABOUT'),
    citations: linked('in', 'CARRIES'),
    citationsCount: linkCount('in', 'CARRIES'),
    attributedTo: (parent, args, ctx) => ctx.loaders.claimSources(listLimit(args)).load(parent.id) as Promise<SourceRecord[]>,
    attributedToCount: (parent, _args, ctx) => ctx.loaders.claimSourceCount().load(parent.id),
    contradicts: linked('either', 'CONTRADICTS'),
    contradictsCount: linkCount('either', 'CONTRADICTS'),
    reviews: linked('in', 'REVIEWS'),
    reviewsCount: linkCount('in', 'REVIEWS'),
    meta,
  },
  Citation: {
    claim: requiredOne('out', 'CARRIES'),
    source: requiredOne('out', 'SAID_BY'),
    cites: linkedOne('out', 'CITES'),
    // Stored only when it differs from the citing source (see record-kinds.ts).
    evidencedIn: async (parent, args, ctx) =>
      (await linkedOne('out', 'EVIDENCED_IN')(parent, args, ctx)) ??
      (await requiredOne('out', 'SAID_BY')(parent, args, ctx)),
    speakers: linked('out', 'SPOKEN_BY'),
    meta,
  },
  Review: {
    claim: requiredOne('out', 'REVIEWS'),
    reviewer: linkedOne('out', 'REVIEWED_BY'),
    findings: linked('in', 'FINDING_OF'),
    findingsCount: linkCount('in', 'FINDING_OF'),
    meta,
  },
  Finding: {
    review: requiredOne('out', 'FINDING_OF'),
    source: requiredOne('out', 'FOUND'),
    beyond: linkedOne('out', 'BEYOND'),
    meta,
  },
};
