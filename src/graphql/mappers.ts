/**
 * What each GraphQL object type is resolved from: the record's properties as stored in
 * Neo4j (see cypher/write-record-nodes.cypher), with list and flag defaults filled in by
 * `toRecord`. Relationship fields are resolved separately, through the request's loaders.
 */
export interface StoredRecord {
  id: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  revision: number;
  [key: string]: unknown;
}

export interface ActorRecord extends StoredRecord {
  name: string;
  kind: string;
  aliases: string[];
  description?: string;
}
export interface PlaceRecord extends StoredRecord {
  name: string;
  kind: string;
  aliases: string[];
  description?: string;
}
export interface ChemicalRecord extends StoredRecord {
  name: string;
  role: string;
  synonyms: string[];
  isClass: boolean;
  casNumber?: string;
  controlStatus?: string;
  description?: string;
}
export interface RouteRecord extends StoredRecord {
  name?: string;
  mode: string;
  description?: string;
}
export interface SourceRecord extends StoredRecord {
  title: string;
  kind: string;
  date?: string;
  url?: string;
  isPrimary?: boolean;
  retracted: boolean;
  description?: string;
}
export interface ClaimRecord extends StoredRecord {
  text: string;
  appliesFrom?: string;
  appliesUntil?: string;
}
export interface CitationRecord extends StoredRecord {
  quote: string;
  locator?: string;
  stance: string;
}
export interface ReviewRecord extends StoredRecord {
  verdict: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  date?: string;
  url?: string;
}

export interface SearchHitRecord {
  score: number;
  node: StoredRecord;
}

// Neo4j stores no empty lists and no false-by-default flags: put them back for the API.
const DEFAULTS: Record<string, unknown> = { aliases: [], synonyms: [], isClass: false, retracted: false };

/** A record as the resolvers see it, from the properties a query returned. */
export function toRecord(props: Record<string, unknown>): StoredRecord {
  const record: Record<string, unknown> = { ...props };
  for (const [key, value] of Object.entries(DEFAULTS)) record[key] ??= value;
  return record as StoredRecord;
}
