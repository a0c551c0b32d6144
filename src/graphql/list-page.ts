import { userError } from '../model/errors.js';
import { kindOfId, type Kind } from '../model/ids.js';
import { isPartialDateRange, partialDateProblem } from '../model/partial-date.js';
import type { RequestContext } from './context.js';
import { decodeCursor, pageSize, toConnection } from './cursor.js';
import { toRecord, type StoredRecord } from './mappers.js';
import { assertId } from './record-lookup.js';

/** How one list field reads a page: from the whole kind, or starting at a linked record. */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  /** The per-kind page query (cypher/<kind>-page.cypher) and its filter parameters. */
  kindQuery: { name: string; params: Record<string, unknown> };
  /**
   * Links the records must have, as [relationship type, target id, filter field, kinds the
   * target may be]. When any is given the page starts at the first one's target instead of
   * scanning the kind (page-by-neighbour).
   */
  links?: [type: string, id: string | null | undefined, field: string, kinds: readonly Kind[]][];
  label: string;
  /** Property equality filters, for the anchored query. */
  equals?: Record<string, unknown>;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/**
 * BAD_USER_INPUT naming `filter.<field>` unless `id` is a well-formed id of one of `kinds`:
 * a filter that cannot match is a client bug, answered like the same id in an input.
 */
export function assertFilterId(id: string, field: string, kinds: readonly Kind[]): void {
  assertId(id, `filter.${field}`);
  if (!kinds.includes(kindOfId(id)!)) {
    throw userError('BAD_USER_INPUT', `filter.${field}: must be the id of a ${kinds.join(' or ')}; got ${id}`, { field: `filter.${field}` });
  }
}

/**
 * BAD_USER_INPUT naming `filter.dateFrom` or `filter.dateTo` unless each given is a partial
 * date (the same rule as inputs: src/model/partial-date.ts) and together they can hold a date.
 */
export function assertDateRange(dateFrom: string | null | undefined, dateTo: string | null | undefined): void {
  for (const [field, value] of [['dateFrom', dateFrom], ['dateTo', dateTo]] as const) {
    const problem = value == null ? undefined : partialDateProblem(value);
    if (problem) throw userError('BAD_USER_INPUT', `filter.${field}: ${problem}; got ${JSON.stringify(value)}`, { field: `filter.${field}` });
  }
  if (dateFrom != null && dateTo != null && !isPartialDateRange(dateFrom, dateTo)) {
    throw userError('BAD_USER_INPUT', `filter.dateTo: ${dateTo} is before dateFrom ${dateFrom}`, { field: 'filter.dateTo' });
  }
}

/**
 * One page of a list field as a Relay connection, in one round trip. Asks for one row more
 * than the page so that `hasNextPage` needs no count. Every filter is checked before the
 * read: a malformed one is refused (BAD_USER_INPUT), never answered with an empty page.
 */
export async function listPage(ctx: RequestContext, request: PageRequest) {
  const size = pageSize(request.first);
  const after = request.after ? decodeCursor(request.after) : '';
  assertDateRange(request.dateFrom, request.dateTo);
  const links = (request.links ?? []).filter((link): link is [string, string, string, readonly Kind[]] => link[1] != null);
  for (const [, id, field, kinds] of links) assertFilterId(id, field, kinds);
  let rows: { props: Record<string, unknown> }[];
  if (links.length > 0) {
    const [[relationType, anchorId], ...rest] = links as [[string, string, string, readonly Kind[]], ...[string, string, string, readonly Kind[]][]];
    rows = await ctx.db.read('page-by-neighbour', {
      anchorId,
      relationType,
      label: request.label,
      after,
      limit: size + 1,
      equals: Object.fromEntries(Object.entries(request.equals ?? {}).filter(([, v]) => v != null)),
      dateFrom: request.dateFrom ?? null,
      dateTo: request.dateTo ?? null,
      alsoLinked: rest.map(([type, id]) => ({ type, id })),
    });
  } else {
    rows = await ctx.db.read(request.kindQuery.name, { ...request.kindQuery.params, after, limit: size + 1 });
  }
  return toConnection<StoredRecord>(rows.map((row) => toRecord(row.props)), size);
}
