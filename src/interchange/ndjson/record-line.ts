import { KINDS, type Kind } from '../../model/ids.js';

/**
 * One record as an NDJSON line: a JSON object with exactly one key, the record's kind, whose
 * value is the record's input fields (the same fields as the kind's GraphQL input and a
 * seed's graph.json), e.g. `{"claim":{"id":"claim:x","text":"…","aboutIds":["actor:y"]}}`.
 * The kind is the key, not a field beside the others, because actors, places and sources
 * have a `kind` field of their own. `export` writes this shape and `import` reads it.
 */
export function recordLine(kind: Kind, input: Record<string, unknown>): string {
  return JSON.stringify({ [kind]: input });
}

/** A line read back: its kind and input, or why it is not a record line (`field` '' for the line itself). */
export type ParsedLine = { ok: true; kind: Kind; input: Record<string, unknown> } | { ok: false; field: string; reason: string };

/** Parses one NDJSON line into a kind and an input object; validation of the input is the kind spec's job. */
export function parseRecordLine(text: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^Unexpected /, 'unexpected ') : String(error);
    return { ok: false, field: '', reason: `not JSON (${detail.slice(0, 120)})` };
  }
  return recordOfLine(value);
}

/** A parsed line's value as a record (shared with tests that build lines by hand). */
export function recordOfLine(value: unknown): ParsedLine {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, field: '', reason: 'not a record: expected an object such as {"actor":{…}}' };
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) {
    return { ok: false, field: '', reason: `expected exactly one key, the record's kind (${KINDS.join(', ')}); got ${keys.length === 0 ? 'none' : keys.slice(0, 5).join(', ')}` };
  }
  const kind = keys[0]!;
  if (!(KINDS as readonly string[]).includes(kind)) return { ok: false, field: kind, reason: `unknown kind; expected one of ${KINDS.join(', ')}` };
  const input = (value as Record<string, unknown>)[kind];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, field: kind, reason: 'must be an object of the record\'s fields' };
  return { ok: true, kind: kind as Kind, input: input as Record<string, unknown> };
}
