import type { QueryResolvers } from '../generated/resolvers-types.js';
import { assertFilterId, listPage, type PageRequest } from '../list-page.js';
import { toRecord, type SearchHitRecord, type StoredRecord } from '../mappers.js';
import { lookup } from '../record-lookup.js';
import type { Kind } from '../../model/ids.js';
import { SEARCHABLE_KINDS, SEARCHABLE_ROWS } from '../../model/kind-table.js';
import { ABOUT_KINDS, KIND_SPECS } from '../../model/record-kinds.js';
import { recordOf } from '../../model/record-of.js';
import { decodeCursor, pageSize, toConnection } from '../cursor.js';
import { toLuceneQuery } from '../search-query.js';
import type { RequestContext } from '../context.js';

/** Every SearchKind value (KIND_TABLE's searchable kinds): what `search` covers when no `kinds` are given. */
const ALL_SEARCH_KINDS = SEARCHABLE_ROWS.map((row) => row.search.value);

/** Root query fields: each answers in one round trip; nested fields batch through the loaders. */
export const queryResolvers: QueryResolvers = {
  node: (_root, { id }, ctx) => lookup(ctx, id),
  claim: (_root, { id }, ctx) => lookup(ctx, id, 'claim'),
  actor: (_root, { id }, ctx) => lookup(ctx, id, 'actor'),
  source: (_root, { id }, ctx) => lookup(ctx, id, 'source'),
  chemical: (_root, { id }, ctx) => lookup(ctx, id, 'chemical'),
  place: (_root, { id }, ctx) => lookup(ctx, id, 'place'),
  route: (_root, { id }, ctx) => lookup(ctx, id, 'route'),
  citation: (_root, { id }, ctx) => lookup(ctx, id, 'citation'),
  review: (_root, { id }, ctx) => lookup(ctx, id, 'review'),
  finding: (_root, { id }, ctx) => lookup(ctx, id, 'finding'),

  claims: (_root, { first, after, filter }, ctx) => claimsPage(ctx, first, after, filter?.aboutId, filter?.sourceId),
  actors: (_root, { first, after, filter }, ctx) =>
    kindPage(ctx, 'actor', { first, after, kindQuery: { name: 'actors-page', params: { kind: filter?.kind ?? null } } }),
  places: (_root, { first, after, filter }, ctx) =>
    kindPage(ctx, 'place', { first, after, kindQuery: { name: 'places-page', params: { kind: filter?.kind ?? null } } }),
  chemicals: (_root, { first, after, filter }, ctx) =>
    kindPage(ctx, 'chemical', { first, after, kindQuery: { name: 'chemicals-page', params: { role: filter?.role ?? null } } }),
  routes: (_root, { first, after, filter }, ctx) =>
    kindPage(ctx, 'route', {
      first,
      after,
      kindQuery: { name: 'routes-page', params: { mode: filter?.mode ?? null } },
      equals: { mode: filter?.mode },
      links: [
        ['FROM', filter?.fromId, 'fromId', ['place']],
        ['TO', filter?.toId, 'toId', ['place']],
        ['TRANSPORTS', filter?.transportsId, 'transportsId', ['chemical']],
      ],
    }),
  sources: (_root, { first, after, filter }, ctx) => {
    const dates = { dateFrom: filter?.dateFrom ?? null, dateTo: filter?.dateTo ?? null };
    return kindPage(ctx, 'source', {
      first,
      after,
      kindQuery: { name: 'sources-page', params: { kind: filter?.kind ?? null, ...dates } },
      equals: { kind: filter?.kind },
      ...dates,
      links: [
        ['PUBLISHED_BY', filter?.publisherId, 'publisherId', ['actor']],
        ['AUTHORED_BY', filter?.authorId, 'authorId', ['actor']],
      ],
    });
  },

  search: async (_root, { text, kinds, first }, ctx) => {
    const limit = pageSize(first);
    const rows = await ctx.db.read<{ props: Record<string, unknown>; score: number }>('search', {
      // Stored text is NFC (src/model/text.ts): a query typed decomposed must match it too.
      query: toLuceneQuery(text.normalize('NFC')),
      kinds: kinds && kinds.length > 0 ? kinds : ALL_SEARCH_KINDS,
      limit,
    });
    return rows.map((row): SearchHitRecord => ({ score: row.score, node: recordOf(toRecord(row.props), SEARCHABLE_KINDS) }));
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
    return toConnection(rows.map((row) => recordOf(toRecord(row.props), ['claim'])), size);
  }
  return kindPage(ctx, 'claim', {
    first,
    after,
    kindQuery: { name: 'claims-page', params: {} },
    links: [['ABOUT', aboutId, 'aboutId', ABOUT_KINDS]],
  });
}

/**
 * One page of kind K's records (listPage, over the kind's label), typed as kind K's records:
 * each is checked to be one by its id (recordOf).
 */
async function kindPage<K extends Kind>(ctx: RequestContext, kind: K, request: Omit<PageRequest, 'label'>) {
  const { edges, pageInfo } = await listPage(ctx, { ...request, label: KIND_SPECS[kind].label });
  return { edges: edges.map(({ cursor, node }: { cursor: string; node: StoredRecord }) => ({ cursor, node: recordOf(node, [kind]) })), pageInfo };
}
