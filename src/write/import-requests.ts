import type { Kind } from '../model/ids.js';
import type { UpsertRequest } from './write-path.js';

/** The kinds of an import in dependency order, with the GraphInput field of each. */
const IMPORT_ORDER: [string, Kind][] = [
  ['actors', 'actor'],
  ['places', 'place'],
  ['chemicals', 'chemical'],
  ['routes', 'route'],
  ['sources', 'source'],
  ['claims', 'claim'],
  ['citations', 'citation'],
  ['reviews', 'review'],
  ['findings', 'finding'],
];

/**
 * The write requests of a whole graph (`importGraph`'s GraphInput, a seed's graph.json), in
 * dependency order, each with its path in the input for error messages.
 */
export function importRequests(input: Record<string, unknown>): UpsertRequest[] {
  return IMPORT_ORDER.flatMap(([field, kind]) =>
    ((input as Record<string, unknown[] | null | undefined>)[field] ?? []).map((record, index) => ({
      kind,
      input: record,
      path: `input.${field}[${index}]`,
    })),
  );
}
