import { fieldPath } from '../../model/field-path.js';
import type { Kind } from '../../model/ids.js';
import { KIND_SPECS, type KindSpec } from '../../model/record-kinds.js';
import { deriveId } from '../../write/record-identity.js';

/** A record that passed its kind's validation: its id (given, or derived as the write path derives it) and what it refers to. */
export interface CheckedRecord {
  id: string;
  /** Each id it refers to, with the input field naming it (`publisherId`, `viaIds[1]`). */
  references: { id: string; field: string }[];
}

/** Why a record fails: the field (a path inside the record, '' for the record itself) and a short reason. */
export interface RecordProblem {
  field: string;
  reason: string;
}

/**
 * Validates one record with its kind's spec, exactly as the write path will (the same zod
 * schema, the same id derivation), without the database; a field the kind does not have is
 * refused (the schema alone would drop it silently). Pure: the import's first pass
 * runs it on every line, so that every bad line is reported before anything is written.
 */
export function checkRecord(kind: Kind, input: Record<string, unknown>): { ok: true; record: CheckedRecord } | { ok: false; problem: RecordProblem } {
  const spec: KindSpec = KIND_SPECS[kind];
  const known = new Set(['id', ...spec.props, ...spec.relations.map((r) => r.field)]);
  const unknown = Object.keys(input).find((key) => !known.has(key));
  if (unknown !== undefined) return { ok: false, problem: { field: unknown, reason: `not a field of ${kind}` } };
  const result = spec.input.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, problem: { field: fieldPath('', issue.path).replace(/^\./, ''), reason: issue.message } };
  }
  const data = result.data;
  const id = (data.id as string | null | undefined) ?? deriveId(kind, data);
  const references: CheckedRecord['references'] = [];
  for (const rel of spec.relations) {
    const value = data[rel.field] as string | string[] | null | undefined;
    if (value == null) continue;
    if (Array.isArray(value)) value.forEach((target, index) => references.push({ id: target, field: `${rel.field}[${index}]` }));
    else references.push({ id: value, field: rel.field });
  }
  return { ok: true, record: { id, references } };
}
