import { isDeepStrictEqual } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import { run, type Database } from '../db/database.js';
import type { Caller } from '../model/caller.js';
import { userError } from '../model/errors.js';
import { fieldPath } from '../model/field-path.js';
import type { Kind } from '../model/ids.js';
import { invariant } from '../model/invariant.js';
import { KIND_SPECS, type KindSpec } from '../model/record-kinds.js';
import { toRecord, type StoredRecord } from '../model/to-record.js';
import { deriveId } from './record-identity.js';
import { contentOf, inputOf, lockRecords, readLockedRecords, type LockedRecord, type RecordState } from './record-state.js';

/**
 * One record to write: its kind and its input as a client sent it. In `replace` mode (the
 * default) the input is the whole record (omitted optional fields are cleared; without an
 * id, the id is derived from the record's identity, see RECORD_IDENTITY). In `patch` mode
 * `id` names an existing live record and the input holds only the fields to change: a
 * field absent (undefined) is kept, a field given as null is cleared.
 */
export interface UpsertRequest {
  kind: Kind;
  input: unknown;
  /** Where the input sits in the request, for error messages (`input`, `citations[3]`). */
  path: string;
  mode?: 'replace' | 'patch';
  /** The record a patch changes. */
  id?: string;
  /** When given, the write is refused (CONFLICT) unless the record is at this revision now; 0 means "does not exist yet". */
  expectedRevision?: number | null;
}

/** `skipped`: left as it was because another caller changed it last (only with `keepOthersEdits`). */
export type WriteStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface WriteResult {
  id: string;
  kind: Kind;
  status: WriteStatus;
  /** The record as this transaction left it (written, or found unchanged); null when skipped and not live. */
  record: StoredRecord | null;
  /** Why a record was skipped. */
  reason?: string;
}

export interface UpsertOutcome {
  /** Per request, in request order. */
  results: WriteResult[];
}

export interface WriteOptions {
  /**
   * Leave alone every record that a caller other than this one changed last (or deleted),
   * and every record that would refer to a record that is not live: they come back
   * `skipped` with a reason instead of failing the write. The seed writes this way.
   */
  keepOthersEdits?: boolean;
}

/**
 * The most records one write may carry. A write is one transaction, held in the database's
 * memory until it commits; this bound keeps it well inside the embedded default.
 */
export const MAX_RECORDS_PER_WRITE = 5000;

/**
 * The one write path. Every mutation, the import and the seed come through here, so every
 * write is validated the same way, checks its references, keeps history, and records who
 * made it. All requests commit in one transaction or, on any error, not at all.
 *
 * Inside the transaction each written record is locked before its state is read, so
 * concurrent writers of one record queue (revisions stay dense and ordered, the newest equal
 * to the stored state); the records it refers to are locked and checked live again just
 * before the commit, so a reference can never be made to a record a concurrent delete
 * removes, while a popular record's lock is held only for the commit. An input equal to what is stored writes nothing.
 */
export async function upsertRecords(db: Pick<Database, 'write'>, caller: Caller, requests: UpsertRequest[], options: WriteOptions = {}): Promise<UpsertOutcome> {
  const prepared = prepareRequests(requests);
  return db.write((tx) => writeRecords(tx, caller, prepared, options));
}

/** A request checked as far as it can be without the database. */
export interface PreparedRequest {
  request: UpsertRequest;
  spec: KindSpec;
  id: string;
  /** Replace mode: the parsed input. Patch mode: parsed in the transaction, from the locked state. */
  parsed?: ParsedRecord;
}

/** Validates requests before any transaction: sizes, inputs of whole records, ids written twice. */
export function prepareRequests(requests: UpsertRequest[]): PreparedRequest[] {
  if (requests.length > MAX_RECORDS_PER_WRITE) {
    throw userError('LIMIT_EXCEEDED', `one write may carry at most ${MAX_RECORDS_PER_WRITE} records; got ${requests.length}`, {
      limit: MAX_RECORDS_PER_WRITE,
    });
  }
  const prepared = requests.map((request): PreparedRequest => {
    const spec = KIND_SPECS[request.kind];
    if (request.mode === 'patch') {
      invariant(request.id, 'a patch names its record');
      return { request, spec, id: request.id };
    }
    const parsed = parseInput(spec, request.input, request.path);
    return { request, spec, id: parsed.id, parsed };
  });
  const seen = new Map<string, string>();
  for (const { id, request } of prepared) {
    const earlier = seen.get(id);
    const field = request.mode === 'patch' ? 'id' : `${request.path}.id`;
    if (earlier) throw userError('BAD_USER_INPUT', `${field}: ${id} is also written by ${earlier}`, { field });
    seen.set(id, request.path);
  }
  return prepared;
}

/** The write itself, inside a transaction the caller owns (revert runs it inside its own). */
export async function writeRecords(tx: ManagedTransaction, caller: Caller, prepared: PreparedRequest[], options: WriteOptions = {}): Promise<UpsertOutcome> {
  await lockRecords(tx, prepared.filter((p) => p.request.mode !== 'patch').map((p) => p.id), true);
  await lockRecords(tx, prepared.filter((p) => p.request.mode === 'patch').map((p) => p.id));
  const stored = await readLockedRecords(tx, prepared.map((p) => p.id));

  const plans = prepared.map((p) => {
    const before = stored.get(p.id);
    invariant(before, `${p.id} was just read`);
    assertRevision(p.id, p.request.path, p.request.expectedRevision, before);
    const parsed = p.parsed ?? parsePatch(p, before);
    const live = before.props != null && before.props.deletedAt == null;
    let status: WriteStatus = before.props ? 'updated' : 'created';
    let reason: string | undefined;
    if (live && isDeepStrictEqual(contentOf({ props: before.props!, relations: before.relations }), parsed.state)) status = 'unchanged';
    else if (options.keepOthersEdits && before.props && before.props.updatedBy !== caller.id) {
      status = 'skipped';
      reason = `${before.props.deletedAt == null ? 'changed' : 'deleted'} by ${String(before.props.updatedBy)}`;
    }
    return { ...p, parsed, before, status, reason };
  });

  // References: every record a written record points at (records written here excepted)
  // must be live. Checked here without locks, for a clear answer and for keepOthersEdits
  // (skipping a record can leave another one pointing at a record that is no longer
  // written, so this repeats until nothing changes), and again at the end of the write with
  // the targets locked. Locking them only then keeps the lock of a popular record (a
  // publisher, a claim) for the commit alone, not for the whole write.
  const liveness = new Map<string, boolean>();
  for (;;) {
    const writing = new Set(plans.filter((p) => p.status === 'created' || p.status === 'updated').map((p) => p.id));
    const needed = [...new Set(plans.filter((p) => writing.has(p.id)).flatMap((p) => p.parsed.references))].filter((id) => !writing.has(id));
    const unchecked = needed.filter((id) => !liveness.has(id));
    for (const [id, live] of await liveRecords(tx, unchecked)) liveness.set(id, live);
    let skippedMore = false;
    for (const plan of plans) {
      if (!writing.has(plan.id)) continue;
      const missing = plan.parsed.references.filter((id) => !writing.has(id) && liveness.get(id) !== true);
      if (missing.length === 0) continue;
      const which = missing.length === 1 ? 'does' : 'do';
      if (!options.keepOthersEdits) {
        throw userError('NOT_FOUND', `${plan.request.path} refers to ${missing.join(', ')}, which ${which} not exist`, { ids: missing });
      }
      plan.status = 'skipped';
      plan.reason = `refers to ${missing.join(', ')}, which ${which} not exist`;
      skippedMore = true;
    }
    if (!skippedMore) break;
  }

  const at = new Date().toISOString();
  const written = plans.filter((p) => p.status === 'created' || p.status === 'updated');
  const rows = written.map((plan) => {
    const props = plan.before.props;
    return {
      id: plan.id,
      label: plan.spec.label,
      props: {
        ...plan.parsed.state.props,
        id: plan.id,
        createdAt: props?.createdAt ?? at,
        createdBy: props?.createdBy ?? caller.id,
        updatedAt: at,
        updatedBy: caller.id,
        revision: plan.before.revision + 1,
      },
      // Only the link types whose targets changed are replaced: deleting a relationship locks
      // its target, so rewriting unchanged links would make every update of a source queue
      // behind every other write naming its publisher.
      ...changedLinks(plan.spec, plan.before, plan.parsed.state.relations),
    };
  });
  const after = new Map<string, Record<string, unknown>>();
  if (rows.length > 0) {
    // Nodes first, relationships second: records in one write may refer to each other.
    for (const row of await run<{ props: Record<string, unknown> }>(tx, 'write-record-nodes', { rows })) after.set(row.props.id as string, row.props);
    await run(tx, 'write-record-relations', { rows });
    await run(tx, 'write-revisions', {
      revisions: written.map((plan) => ({
        recordId: plan.id,
        revision: plan.before.revision + 1,
        at,
        by: caller.id,
        deleted: false,
        state: JSON.stringify(plan.parsed.state),
      })),
    });
    await assertNoPlaceCycles(tx, written.filter((p) => p.parsed.state.relations.WITHIN));
    // Last, so that the locks it takes are held only until the commit right after it.
    await assertReferencesLive(tx, written);
  }

  const bare = plans.filter((p) => p.status === 'skipped' && !p.before.props).map((p) => p.id);
  if (bare.length > 0) await run(tx, 'delete-bare-records', { ids: bare });

  const results = plans.map((plan): WriteResult => {
    const props = after.get(plan.id) ?? (plan.before.props && plan.before.props.deletedAt == null ? { ...plan.before.props } : null);
    invariant(props || plan.status === 'skipped', `${plan.id} was written or found live`);
    return { id: plan.id, kind: plan.spec.kind, status: plan.status, record: props ? toRecord(props) : null, ...(plan.reason ? { reason: plan.reason } : {}) };
  });
  return { results };
}

/**
 * Soft-deletes a record: it stays in the database with its history, and reads skip it.
 * Refused with CONFLICT while live records still point at it (checked with the record
 * locked, so no concurrent write can add a reference that would dangle).
 */
export async function softDeleteRecord(
  db: Pick<Database, 'write'>,
  caller: Caller,
  id: string,
  expectedRevision?: number | null,
): Promise<{ id: string; deletedAt: string; revision: number }> {
  return db.write(async (tx) => {
    await lockRecords(tx, [id]);
    const [before] = (await readLockedRecords(tx, [id])).values();
    invariant(before, 'a locked record was just read');
    if (!before.props || before.props.deletedAt != null) throw userError('NOT_FOUND', `no record has the id ${id}`, { id });
    assertRevision(id, 'id', expectedRevision, before);
    await assertNoLiveReferrers(tx, id);
    const at = new Date().toISOString();
    const [row] = await run<{ props: Record<string, unknown> }>(tx, 'soft-delete-record', { id, at, by: caller.id });
    invariant(row, 'a locked live record can be deleted');
    const revision = Number(row.props.revision);
    await run(tx, 'write-revisions', {
      revisions: [{ recordId: id, revision, at, by: caller.id, deleted: true, state: JSON.stringify(contentOf({ props: before.props, relations: before.relations })) }],
    });
    return { id, deletedAt: at, revision };
  });
}

/** The link types of a record whose target lists change (all of them for a record not live before), and their new links. */
function changedLinks(spec: KindSpec, before: LockedRecord, after: Record<string, string[]>) {
  const live = before.props != null && before.props.deletedAt == null;
  const managedTypes = spec.relations
    .map((r) => r.type)
    .filter((type) => !live || !isDeepStrictEqual(before.relations[type] ?? [], after[type] ?? []));
  const relations = managedTypes.flatMap((type) => (after[type] ?? []).map((target, position) => ({ type, target, position })));
  return { managedTypes, relations };
}

/** Whether each record exists and is live, read without locks (cypher/live-records.cypher). */
async function liveRecords(tx: ManagedTransaction, ids: string[]): Promise<Map<string, boolean>> {
  if (ids.length === 0) return new Map();
  return new Map((await run<{ id: string; live: boolean }>(tx, 'live-records', { ids })).map((row) => [row.id, row.live]));
}

/**
 * Locks every record the write newly points at (records it writes excepted) and NOT_FOUND
 * when one is no longer live. A delete holds its record's lock from before its referrer
 * check to its commit, so either the delete waits for this write to commit and then sees the
 * new referrer, or this write waits for the delete and then sees it. (Neo4j 5 takes the lock
 * of a new relationship's target only at commit, after any check the write could make:
 * without this lock both could commit.) A target
 * the record, live, already pointed at before this write needs no lock: a delete of it sees
 * that committed link and is refused.
 */
async function assertReferencesLive(
  tx: ManagedTransaction,
  written: { id: string; request: UpsertRequest; parsed: ParsedRecord; before: LockedRecord }[],
): Promise<void> {
  const writing = new Set(written.map((p) => p.id));
  // Only a live record's links count: a delete's referrer check skips deleted referrers.
  const wasLinked = (plan: (typeof written)[number], id: string) =>
    plan.before.props?.deletedAt == null && plan.before.props != null && Object.values(plan.before.relations).some((ids) => ids.includes(id));
  const isNew = (plan: (typeof written)[number], id: string) => !writing.has(id) && !wasLinked(plan, id);
  const targets = [...new Set(written.flatMap((p) => p.parsed.references.filter((id) => isNew(p, id))))].sort();
  const live = await lockRecords(tx, targets);
  for (const plan of written) {
    const gone = plan.parsed.references.filter((id) => isNew(plan, id) && live.get(id) !== true);
    if (gone.length > 0) {
      throw userError('NOT_FOUND', `${plan.request.path} refers to ${gone.join(', ')}, which ${gone.length === 1 ? 'does' : 'do'} not exist`, { ids: gone });
    }
  }
}

/** CONFLICT, naming up to ten of them, while live records point at `id`. */
export async function assertNoLiveReferrers(tx: ManagedTransaction, id: string): Promise<void> {
  const referrers = await run<{ id: string }>(tx, 'live-referrers', { id });
  if (referrers.length > 0) {
    throw userError('CONFLICT', `${id} is still referred to by ${referrers.map((r) => r.id).join(', ')}`, {
      referrers: referrers.map((r) => r.id),
    });
  }
}

/** CONFLICT with `currentRevision` unless the record is at `expected` (0: does not exist); nothing to check when none is expected. */
export function assertRevision(id: string, path: string, expected: number | null | undefined, record: LockedRecord): void {
  if (expected == null) return;
  const current = record.props ? record.revision : 0;
  if (expected === current) return;
  throw userError('CONFLICT', `${path}: ${id} is at revision ${current}, not the expected ${expected}; read it again before writing`, {
    id,
    currentRevision: current,
    expectedRevision: expected,
  });
}

interface ParsedRecord {
  id: string;
  state: RecordState;
  references: string[];
}

function parseInput(spec: KindSpec, raw: unknown, path: string, id?: string): ParsedRecord {
  const result = spec.input.safeParse(raw);
  if (!result.success) throw badInput(path, result.error);
  const input = result.data;
  const props: Record<string, unknown> = {};
  for (const key of spec.props) {
    const value = input[key];
    // Neo4j stores no nulls and no empty lists; both read back as "not given".
    if (value == null || (Array.isArray(value) && value.length === 0)) continue;
    props[key] = value;
  }
  const relations: Record<string, string[]> = {};
  const references: string[] = [];
  for (const rel of spec.relations) {
    const value = input[rel.field] as string | string[] | null | undefined;
    const targets = value == null ? [] : Array.isArray(value) ? value : [value];
    if (targets.length > 0) relations[rel.type] = targets;
    references.push(...targets);
  }
  return { id: id ?? (input.id as string | null | undefined) ?? deriveId(spec.kind, input), state: { props, relations }, references };
}

/** A patch laid over the locked record's input form, then validated as a whole record. */
function parsePatch(p: PreparedRequest, before: LockedRecord): ParsedRecord {
  if (!before.props || before.props.deletedAt != null) throw userError('NOT_FOUND', `no record has the id ${p.id}`, { id: p.id });
  const patch = (p.request.input ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...inputOf(p.spec, contentOf({ props: before.props, relations: before.relations })) };
  for (const [key, value] of Object.entries(patch)) if (value !== undefined && key !== 'id') merged[key] = value;
  merged.id = p.id;
  return parseInput(p.spec, merged, p.request.path, p.id);
}

function badInput(path: string, error: z.ZodError): Error {
  const issue = error.issues[0]!;
  const field = fieldPath(path, issue.path);
  return userError('BAD_USER_INPUT', `${field}: ${issue.message}`, { field });
}

/** BAD_USER_INPUT naming `withinId` when a written place now lies, through WITHIN links, within itself. */
async function assertNoPlaceCycles(tx: ManagedTransaction, places: { id: string; request: UpsertRequest }[]): Promise<void> {
  if (places.length === 0) return;
  const [cycle] = await run<{ id: string; chain: string[] }>(tx, 'place-cycles', { ids: places.map((p) => p.id) });
  if (!cycle) return;
  const field = `${places.find((p) => p.id === cycle.id)!.request.path}.withinId`;
  throw userError('BAD_USER_INPUT', `${field}: a place cannot lie within itself (${cycle.chain.join(' within ')})`, { field });
}
