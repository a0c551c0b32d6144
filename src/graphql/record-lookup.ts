import { userError } from '../model/errors.js';
import { invariant } from '../model/invariant.js';
import { ID_PATTERN, KINDS, kindOfId, type Kind } from '../model/ids.js';
import { KIND_TABLE } from '../model/kind-table.js';
import { recordOf, type AnyRecord, type RecordOf } from '../model/record-of.js';
import type { RequestContext } from './context.js';

/** The GraphQL type name of each kind's records, as a type. */
type TypeNames = { readonly [K in Kind]: Extract<(typeof KIND_TABLE)[number], { kind: K }>['label'] };

/** GraphQL type name of each record kind: KIND_TABLE's label (the SDL's Node implementations). */
// Object.fromEntries types its keys as string: the table's rows give each kind its label.
export const TYPE_NAME = Object.fromEntries(KIND_TABLE.map((row) => [row.kind, row.label])) as TypeNames;

/** BAD_USER_INPUT unless `id` is a well-formed record id (a malformed id is a client bug, not "absent"). */
export function assertId(id: string, field = 'id'): void {
  if (!ID_PATTERN.test(id)) {
    // The example names the kind the field asks for (`sourceId` → source:some-slug).
    const kind = /^([a-z]+)Id$/.exec(field)?.[1] ?? 'claim';
    throw userError('BAD_USER_INPUT', `${field}: ${JSON.stringify(id)} is not an id such as ${kind}:some-slug`, { field });
  }
}

/**
 * The live record with this id, or null; when `kind` is given, null also for a record of
 * another kind, and the answer is typed as that kind's record.
 */
export async function lookup<K extends Kind>(ctx: RequestContext, id: string, kind: K): Promise<RecordOf<K> | null>;
export async function lookup(ctx: RequestContext, id: string): Promise<AnyRecord | null>;
export async function lookup(ctx: RequestContext, id: string, kind?: Kind): Promise<AnyRecord | null> {
  assertId(id);
  if (kind && kindOfId(id) !== kind) return null;
  const record = await ctx.loaders.record.load(id);
  return record && recordOf(record, kind ? [kind] : KINDS);
}

/**
 * The `__resolveType` of an interface or union whose members are the records of `kinds`:
 * the GraphQL type of a record, read off its id. A record of any other kind there is a bug.
 */
export function typeNameAmong<K extends Kind>(kinds: readonly K[]) {
  const among = (kind: Kind | undefined): kind is K => (kinds as readonly (Kind | undefined)[]).includes(kind);
  return (record: { id: string }): TypeNames[K] => {
    const kind = kindOfId(record.id);
    if (!among(kind)) invariant(false, `${record.id} is not the id of a ${kinds.join(' or ')}`);
    return TYPE_NAME[kind];
  };
}
