import { userError } from '../model/errors.js';

/**
 * Relay cursors are opaque keys, not offsets: a cursor holds the id of the last record of
 * a page, and the next page starts after that id in the index. Pages stay correct while
 * records are added or removed before them, and cost the same however deep they are.
 * The version tag lets a later ordering (by date, say) carry its own key.
 */
export function encodeCursor(id: string): string {
  return Buffer.from(`v1:${id}`, 'utf8').toString('base64url');
}

/** The id inside a cursor; BAD_USER_INPUT when the cursor is not one of ours. */
export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('v1:') || text.length < 4) {
    throw userError('BAD_USER_INPUT', 'after: not a cursor this API returned', { field: 'after' });
  }
  return text.slice(3);
}

/** Largest page a client may ask for: bounds the work and the response of one list field. */
export const MAX_PAGE_SIZE = 100;

/** Checks `first`; BAD_USER_INPUT outside 1..MAX_PAGE_SIZE, because a silent clamp hides a client bug. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw userError('BAD_USER_INPUT', `first: must be between 1 and ${MAX_PAGE_SIZE}; got ${size}`, { field: 'first' });
  }
  return size;
}

/** A Relay connection from one more row than the page holds (the extra one only says "there is more"). */
export function toConnection<T extends { id: string }>(rows: T[], size: number) {
  const page = rows.slice(0, size);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: page.length > 0 ? encodeCursor(page[page.length - 1]!.id) : null },
  };
}
