import { KIND_TABLE } from '../model/kind-table.js';
import type { UpsertRequest } from './write-path.js';

/**
 * The write requests of a whole graph (`importGraph`'s GraphInput, a seed's graph.json), in
 * dependency order, each with its path in the input for error messages. The lists and their
 * order are KIND_TABLE's: each kind's `field` (`actors`, `places`, …), in the table's order,
 * in which every kind comes after the kinds it links to.
 */
export function importRequests(input: Record<string, unknown>): UpsertRequest[] {
  return KIND_TABLE.flatMap(({ field, kind }) =>
    ((input as Record<string, unknown[] | null | undefined>)[field] ?? []).map((record, index) => ({
      kind,
      input: record,
      path: `input.${field}[${index}]`,
    })),
  );
}
