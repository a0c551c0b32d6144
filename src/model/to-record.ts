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
const DEFAULTS: Record<string, unknown> = { aliases: [], synonyms: [], isClass: false, retracted: false };

/** A record as the API sees it, from the properties a query returned. */
export function toRecord(props: Record<string, unknown>): StoredRecord {
  const record: Record<string, unknown> = { ...props };
  for (const [key, value] of Object.entries(DEFAULTS)) record[key] ??= value;
  return record as StoredRecord;
}
