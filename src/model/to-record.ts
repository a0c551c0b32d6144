/** A record's stored properties: its id, who wrote it when, and its kind's own fields. */
export interface StoredRecord {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  revision: number;
  [key: string]: unknown;
}

// Neo4j stores no empty lists and no false-by-default flags: put them back for the API.
// The default lists are frozen: records share them, so nobody may change them.
const DEFAULTS: [string, unknown][] = [
  ['aliases', Object.freeze([])],
  ['synonyms', Object.freeze([])],
  ['isClass', false],
  ['retracted', false],
];

/**
 * A record as the API sees it, from the properties a query returned. Fills the defaults in
 * place: callers pass objects made for the purpose (a trace reads hundreds of records).
 */
export function toRecord(props: Record<string, unknown>): StoredRecord {
  for (const [key, value] of DEFAULTS) if (props[key] === undefined) props[key] = value;
  return props as StoredRecord;
}
