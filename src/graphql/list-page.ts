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
   * Links the records must have, as [relationship type, target id]. When any is given the
   * page starts at the first one's target instead of scanning the kind (page-by-neighbour).
   */
  links?: [type: string, id: string | null | undefined, field: string][];
  label: string;
  /** Property equality filters, for the anchored query. */
  equals?: Record<string, unknown>;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/**
 * One page of a list field as a Relay connection, in one round trip. Asks for one row more
 * than the page so that `hasNextPage` needs no count.
 */
export async function listPage(ctx: RequestContext, request: PageRequest) {
  const size = pageSize(request.first);
  const after = request.after ? decodeCursor(request.after) : '';
  const links = (request.links ?? []).filter((link): link is [string, string, string] => link[1] != null);
  for (const [, id, field] of links) assertId(id, `filter.${field}`);
  let rows: { props: Record<string, unknown> }[];
  if (links.length > 0) {
    const [[relationType, anchorId], ...rest] = links as [[string, string, string], ...[string, string, string][]];
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
