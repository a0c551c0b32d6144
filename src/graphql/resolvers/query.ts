import type { QueryResolvers } from '../generated/resolvers-types.js';
import { assertFilterId, listPage } from '../list-page.js';
import { toRecord, type SearchHitRecord } from '../mappers.js';
import { lookup } from '../record-lookup.js';
import type { Kind } from '../../model/ids.js';
import { decodeCursor, pageSize, toConnection } from '../cursor.js';
import { toLuceneQuery } from '../search-query.js';
import type { RequestContext } from '../context.js';

const ALL_SEARCH_KINDS = ['CLAIM', 'SOURCE', 'ACTOR', 'CHEMICAL', 'PLACE'];
/** What a claim may be about (ClaimInput.aboutIds), for `claims(filter: { aboutId })`. */
const ABOUT_KINDS: readonly Kind[] = ['actor', 'chemical', 'place', 'route'];

/** Root query fields: each answers in one round trip; nested fields batch through the loaders. */
export const queryResolvers: QueryResolvers = {
  node: (_root, { id }, ctx) => lookup(ctx, id) as never,
  claim: (_root, { id }, ctx) => lookup(ctx, id, 'claim') as never,
  actor: (_root, { id }, ctx) => lookup(ctx, id, 'actor') as never,
  source: (_root, { id }, ctx) => lookup(ctx, id, 'source') as never,
  chemical: (_root, { id }, ctx) => lookup(ctx, id, 'chemical') as never,
  place: (_root, { id }, ctx) => lookup(ctx, id, 'place') as never,
  route: (_root, { id }, ctx) => lookup(ctx, id, 'route') as never,
  citation: (_root, { id }, ctx) => lookup(ctx, id, 'citation') as never,
  review: (_root, { id }, ctx) => lookup(ctx, id, 'review') as never,
  finding: (_root, { id }, ctx) => lookup(ctx, id, 'finding') as never,

  claims: (_root, { first, after, filter }, ctx) => claimsPage(ctx, first, after, filter?.aboutId, filter?.sourceId),
  actors: (_root, { first, after, filter }, ctx) =>
    listPage(ctx, { first, after, label: 'Actor', kindQuery: { name: 'actors-page', params: { kind: filter?.kind ?? null } } }) as never,
  places: (_root, { first, after, filter }, ctx) =>
    listPage(ctx, { first, after, label: 'Place', kindQuery: { name: 'places-page', params: { kind: filter?.kind ?? null } } }) as never,
  chemicals: (_root, { first, after, filter }, ctx) =>
    listPage(ctx, { first, after, label: 'Chemical', kindQuery: { name: 'chemicals-page', params: { role: filter?.role ?? null } } }) as never,
  routes: (_root, { first, after, filter }, ctx) =>
    listPage(ctx, {
      first,
      after,
      label: 'Route',
      kindQuery: { name: 'routes-page', params: { mode: filter?.mode ?? null } },
      equals: { mode: filter?.mode },
      links: [
        ['FROM', filter?.fromId, 'fromId', ['place']],
        ['TO', filter?.toId, 'toId', ['place']],
        ['TRANSPORTS', filter?.transportsId, 'transportsId', ['chemical']],
      ],
    }) as never,
  sources: (_root, { first, after, filter }, ctx) => {
    const dates = { dateFrom: filter?.dateFrom ?? null, dateTo: filter?.dateTo ?? null };
    return listPage(ctx, {
      first,
      after,
      label: 'Source',
      kindQuery: { name: 'sources-page', params: { kind: filter?.kind ?? null, ...dates } },
      equals: { kind: filter?.kind },
      ...dates,
      links: [
        ['PUBLISHED_BY', filter?.publisherId, 'publisherId', ['actor']],
        ['AUTHORED_BY', filter?.authorId, 'authorId', ['actor']],
      ],
    }) as never;
  },

  search: async (_root, { text, kinds, first }, ctx) => {
    const limit = pageSize(first);
    const rows = await ctx.db.read<{ props: Record<string, unknown>; score: number }>('search', {
      // Stored text is NFC (src/model/text.ts): a query typed decomposed must match it too.
      query: toLuceneQuery(text.normalize('NFC')),
      kinds: kinds && kinds.length > 0 ? kinds : ALL_SEARCH_KINDS,
      limit,
    });
    return rows.map((row): SearchHitRecord => ({ score: row.score, node: toRecord(row.props) })) as never;
  },
};

/** Claims page: a source filter starts at the source (two hops), else the generic anchored or full page. */
async function claimsPage(
  ctx: RequestContext,
  first: number | null | undefined,
  after: string | null | undefined,
  aboutId: string | null | undefined,
  sourceId: string | null | undefined,
) {
  if (sourceId) {
    assertFilterId(sourceId, 'sourceId', ['source']);
    if (aboutId) assertFilterId(aboutId, 'aboutId', ABOUT_KINDS);
    const size = pageSize(first);
    const rows = await ctx.db.read<{ props: Record<string, unknown> }>('claims-said-by-page', {
      sourceId,
      aboutId: aboutId ?? null,
      after: after ? decodeCursor(after) : '',
      limit: size + 1,
    });
    return toConnection(rows.map((row) => toRecord(row.props)), size) as never;
  }
  return listPage(ctx, {
    first,
    after,
    label: 'Claim',
    kindQuery: { name: 'claims-page', params: {} },
    links: [['ABOUT', aboutId, 'aboutId', ABOUT_KINDS]],
  }) as never;
}
