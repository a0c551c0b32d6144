import type { z } from 'zod';
import { kindOfId, type Kind } from './ids.js';
import { invariant } from './invariant.js';
import type { KindSpecOf } from './record-kinds.js';
import type { StoredRecord } from './to-record.js';

/**
 * The props `toRecord` always fills in (to-record.ts: Neo4j stores no empty list and these
 * flags default to false), so a stored record of any kind that has them always has a value.
 * tests/kind-table.unit.test.ts checks this list against what toRecord fills in.
 */
export const DEFAULTED_PROPS = ['aliases', 'synonyms', 'isClass', 'retracted'] as const;
type DefaultedProp = (typeof DEFAULTED_PROPS)[number];

/** Kind K's props as its zod input outputs them (validated, normalised). */
type PropsOf<K extends Kind> = Pick<InputOf<K>, Extract<KindSpecOf<K>['props'][number], keyof InputOf<K>>>;
type InputOf<K extends Kind> = z.output<KindSpecOf<K>['input']>;

/** The keys of T whose value may be null or left out. */
type OptionalKey<T> = { [P in keyof T]-?: null extends T[P] ? P : undefined extends T[P] ? P : never }[keyof T];

/**
 * Props as stored and read back: Neo4j stores no null, so an optional prop is absent rather
 * than null, except the defaulted ones, which are always there; required props always are.
 */
type Stored<T> = { [P in Exclude<keyof T, OptionalKey<T>>]: T[P] } & {
  [P in Extract<OptionalKey<T>, DefaultedProp>]-?: NonNullable<T[P]>;
} & { [P in Exclude<OptionalKey<T>, DefaultedProp>]?: NonNullable<T[P]> };

/** Flattens an intersection so editors and errors show one object type. */
type Flat<T> = { [P in keyof T]: T[P] };

/**
 * A record of kind K as the API reads it: its id and history fields (StoredRecord) and its
 * kind's props, typed from the kind's zod input (record-kinds.ts), so a prop declared there
 * is typed here with no second declaration. Relationship fields are not in it: they are read
 * through the loaders. For a union of kinds, the union of their records.
 */
export type RecordOf<K extends Kind> = K extends Kind ? StoredRecord & Flat<Stored<PropsOf<K>>> : never;

/** A record of any kind. */
export type AnyRecord = RecordOf<Kind>;

/**
 * The one place a stored record (as a query returned it) is given its kind's type: the kind
 * is read off its id and must be one of `kinds`, else it is a bug (a query of one label
 * returned another), never a user error. The props themselves were validated by the kind's
 * zod input when written, which is what RecordOf says they are.
 */
export function recordOf<K extends Kind>(record: StoredRecord, kinds: readonly K[]): RecordOf<K> {
  const kind = kindOfId(record.id);
  if (!kind || !(kinds as readonly Kind[]).includes(kind)) invariant(false, `${record.id} is not the id of a ${kinds.join(' or ')}`);
  // Checked above by its id; its props are what its kind's input wrote.
  return record as RecordOf<K>;
}
