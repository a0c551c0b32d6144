import type { Resolvers } from '../generated/resolvers-types.js';
import type {
  ActorRecord,
  ChemicalRecord,
  CitationRecord,
  ClaimRecord,
  FindingRecord,
  PlaceRecord,
  ReviewRecord,
  RouteRecord,
  SourceRecord,
} from '../mappers.js';
import type { RequestContext } from '../context.js';
import { typeNameOf } from '../record-lookup.js';
import { linkCount, linked, linkedOne, listLimit, requiredOne } from './relations.js';

/**
 * A record's history fields. Records read for a trace carry only their content (the trace
 * reads many, and history is rarely wanted there), so those load the full record on demand.
 */
const meta = async (parent: { id: string; createdAt?: unknown }, _args: unknown, ctx: RequestContext) =>
  (parent.createdAt ? parent : ((await ctx.loaders.record.load(parent.id)) ?? parent)) as never;

/**
 * Field resolvers of the record types: scalar fields come straight from the stored record
 * (graphql's default resolver); every relationship field asks the request's loaders.
 */
export const recordTypeResolvers: Resolvers = {
  Node: { __resolveType: typeNameOf as never },
  Entity: { __resolveType: typeNameOf as never },
  SearchResult: { __resolveType: typeNameOf as never },
  Actor: {
    authored: linked<SourceRecord>('in', 'AUTHORED_BY'),
    authoredCount: linkCount('in', 'AUTHORED_BY'),
    published: linked<SourceRecord>('in', 'PUBLISHED_BY'),
    publishedCount: linkCount('in', 'PUBLISHED_BY'),
    meta,
  },
  Place: {
    within: linkedOne<PlaceRecord>('out', 'WITHIN'),
    meta,
  },
  Chemical: { meta },
  Route: {
    from: requiredOne<PlaceRecord>('out', 'FROM'),
    to: requiredOne<PlaceRecord>('out', 'TO'),
    via: linked<PlaceRecord>('out', 'VIA'),
    transports: linked<ChemicalRecord>('out', 'TRANSPORTS'),
    operators: linked<ActorRecord>('out', 'OPERATED_BY'),
    meta,
  },
  Source: {
    publisher: linkedOne<ActorRecord>('out', 'PUBLISHED_BY'),
    authors: linked<ActorRecord>('out', 'AUTHORED_BY'),
    citations: linked<CitationRecord>('in', 'SAID_BY'),
    citationsCount: linkCount('in', 'SAID_BY'),
    citedBy: linked<CitationRecord>('in', 'CITES'),
    citedByCount: linkCount('in', 'CITES'),
    // A trace reads sources without their text (see trace-claims.ts): load it when asked.
    text: async (parent, _args, ctx) =>
      ((parent.createdAt ? parent : ((await ctx.loaders.record.load(parent.id)) as SourceRecord | null)) ?? parent).text ?? null,
    meta,
  },
  Claim: {
    about: linked<ActorRecord | ChemicalRecord | PlaceRecord | RouteRecord>('out', 'ABOUT'),
    citations: linked<CitationRecord>('in', 'CARRIES'),
    citationsCount: linkCount('in', 'CARRIES'),
    attributedTo: (parent, args, ctx) => ctx.loaders.claimSources(listLimit(args)).load(parent.id) as Promise<SourceRecord[]>,
    attributedToCount: (parent, _args, ctx) => ctx.loaders.claimSourceCount().load(parent.id),
    contradicts: linked<ClaimRecord>('either', 'CONTRADICTS'),
    contradictsCount: linkCount('either', 'CONTRADICTS'),
    reviews: linked<ReviewRecord>('in', 'REVIEWS'),
    reviewsCount: linkCount('in', 'REVIEWS'),
    meta,
  },
  Citation: {
    claim: requiredOne<ClaimRecord>('out', 'CARRIES'),
    source: requiredOne<SourceRecord>('out', 'SAID_BY'),
    cites: linkedOne<SourceRecord>('out', 'CITES'),
    // Stored only when it differs from the citing source (see record-kinds.ts).
    evidencedIn: async (parent, args, ctx) =>
      (await linkedOne<SourceRecord>('out', 'EVIDENCED_IN')(parent, args, ctx)) ??
      (await requiredOne<SourceRecord>('out', 'SAID_BY')(parent, args, ctx)),
    speakers: linked<ActorRecord>('out', 'SPOKEN_BY'),
    meta,
  },
  Review: {
    claim: requiredOne<ClaimRecord>('out', 'REVIEWS'),
    reviewer: linkedOne<ActorRecord>('out', 'REVIEWED_BY'),
    findings: linked<FindingRecord>('in', 'FINDING_OF'),
    findingsCount: linkCount('in', 'FINDING_OF'),
    meta,
  },
  Finding: {
    review: requiredOne<ReviewRecord>('out', 'FINDING_OF'),
    source: requiredOne<SourceRecord>('out', 'FOUND'),
    beyond: linkedOne<SourceRecord>('out', 'BEYOND'),
    meta,
  },
};
