/**
 * Root fields only an admin may use, by operation type; every other mutation field needs an
 * editor, every query field a reader. The one source: the authorisation plugin reads it, and
 * The Security section of docs/operations.md names these fields.
 */
export const ADMIN_FIELDS: Readonly<Record<'query' | 'mutation', readonly string[]>> = Object.freeze({
  query: Object.freeze([]),
  // purgeRecord erases a record and its history: the only destructive write.
  mutation: Object.freeze(['purgeRecord']),
});
