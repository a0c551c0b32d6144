/**
 * The kinds of record, one row each, in dependency order: a kind comes after every kind its
 * records link to (a record may also link to records of its own kind). This is the table
 * everything that lists kinds is derived from:
 *
 * - `kind`: the id prefix (`ids.ts`: `KINDS`, `ID_PATTERN`) and the key of `KIND_SPECS`
 *   (`record-kinds.ts`: the input schema, stored props and relations of each kind);
 * - `label`: the node label beside `Record`, which is also the GraphQL type name
 *   (`TYPE_NAME`, the codegen mapper `<label>Record`, the SDL's `<label>Input`);
 * - `field`: the kind's list in a whole-graph document (GraphInput, a seed's graph.json),
 *   imported in the order of this table (`importRequests`);
 * - `search`: where the kind is searchable, its `SearchKind` value and its full-text
 *   index (name and the props it covers), as cypher/search.cypher and
 *   cypher/schema/constraints-and-indexes.cypher spell them; null where it is not.
 *
 * The SDL and the Cypher files are written by hand; tests/kind-table.unit.test.ts proves they
 * agree with this table (and with each kind's zod input) for every kind.
 */
export const KIND_TABLE = [
  { kind: 'actor', label: 'Actor', field: 'actors', search: { value: 'ACTOR', index: 'actor_name', props: ['name', 'aliases'] } },
  { kind: 'place', label: 'Place', field: 'places', search: { value: 'PLACE', index: 'place_name', props: ['name', 'aliases'] } },
  { kind: 'chemical', label: 'Chemical', field: 'chemicals', search: { value: 'CHEMICAL', index: 'chemical_name', props: ['name', 'synonyms'] } },
  { kind: 'route', label: 'Route', field: 'routes', search: null },
  { kind: 'source', label: 'Source', field: 'sources', search: { value: 'SOURCE', index: 'source_title', props: ['title', 'description'] } },
  { kind: 'claim', label: 'Claim', field: 'claims', search: { value: 'CLAIM', index: 'claim_text', props: ['text'] } },
  { kind: 'citation', label: 'Citation', field: 'citations', search: null },
  { kind: 'review', label: 'Review', field: 'reviews', search: null },
  { kind: 'finding', label: 'Finding', field: 'findings', search: null },
] as const satisfies readonly KindRow[];

/** One row of KIND_TABLE. */
export interface KindRow {
  kind: string;
  label: string;
  field: string;
  search: { value: string; index: string; props: readonly string[] } | null;
}

/** A row of a searchable kind. */
export type SearchableRow = Extract<(typeof KIND_TABLE)[number], { search: object }>;

/** The kinds that `search` covers (their `search` is not null), in KIND_TABLE's order. */
export const SEARCHABLE_ROWS: readonly SearchableRow[] = KIND_TABLE.filter((row): row is SearchableRow => row.search !== null);

/** The kinds that `search` covers (the SDL's SearchResult members), in KIND_TABLE's order. */
export const SEARCHABLE_KINDS: readonly SearchableRow['kind'][] = SEARCHABLE_ROWS.map((row) => row.kind);
