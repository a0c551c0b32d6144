import { isDeepStrictEqual } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import type { z } from 'zod';
import { run, type Database } from '../db/database.js';
import type { Caller } from '../model/caller.js';
import { userError } from '../model/errors.js';
import { newId, type Kind } from '../model/ids.js';
import { invariant } from '../model/invariant.js';
import { KIND_SPECS, MANAGED_RELATION_TYPES, type KindSpec } from '../model/record-kinds.js';

/** One record to create or replace: its kind and its input as a client sent it. */
export interface UpsertRequest {
  kind: Kind;
  input: unknown;
  /** Where the input sits in the request, for error messages (`input`, `citations[3]`). */
  path: string;
}

export type WriteStatus = 'created' | 'updated' | 'unchanged';

export interface UpsertOutcome {
  /** Per request, in request order. */
  results: { id: string; kind: Kind; status: WriteStatus }[];
}

/**
 * The most records one write may carry. A write is one transaction, held in the database's
 * memory until it commits; this bound keeps it well inside the embedded default.
 */
export const MAX_RECORDS_PER_WRITE = 5000;

/** What a record is, leaving out who wrote it when: the part that upserts compare. */
interface RecordState {
  props: Record<string, unknown>;
  /** Relationship type → target ids, in input order. */
  relations: Record<string, string[]>;
}

const META_KEYS = ['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'revision', 'deletedAt', 'deletedBy'];

/**
 * The one write path. Every mutation, the import and the seed come through here, so every
 * write is validated the same way, checks its references, keeps history, and records who
 * made it. All requests commit in one transaction or, on any error, not at all.
 *
 * Inputs are whole records: an upsert replaces the stored record by its input (omitted
 * optional fields are cleared). An input equal to what is stored writes nothing, so
 * repeating an upsert or an import leaves the graph, its timestamps and its history as they were.
 */
export async function upsertRecords(db: Pick<Database, 'write'>, caller: Caller, requests: UpsertRequest[]): Promise<UpsertOutcome> {
  if (requests.length > MAX_RECORDS_PER_WRITE) {
    throw userError('LIMIT_EXCEEDED', `one write may carry at most ${MAX_RECORDS_PER_WRITE} records; got ${requests.length}`, {
      limit: MAX_RECORDS_PER_WRITE,
    });
  }
  const parsed = requests.map((request) => parseRequest(request));
  const seen = new Map<string, string>();
  for (const record of parsed) {
    const earlier = seen.get(record.id);
    if (earlier) throw userError('BAD_USER_INPUT', `${record.path}.id: ${record.id} is also written by ${earlier}`, { field: `${record.path}.id` });
    seen.set(record.id, record.path);
  }

  return db.write(async (tx) => {
    await assertReferencesExist(tx, parsed, seen);
    const stored = await readStates(tx, parsed.map((r) => r.id));
    const at = new Date().toISOString();
    const rows: { id: string; label: string; props: Record<string, unknown>; managedTypes: string[]; relations: unknown[] }[] = [];
    const revisions: Record<string, unknown>[] = [];
    const results = parsed.map((record) => {
      const before = stored.get(record.id);
      const live = before && before.props.deletedAt == null;
      if (live && isDeepStrictEqual(contentOf(before), record.state)) {
        return { id: record.id, kind: record.spec.kind, status: 'unchanged' as const };
      }
      const revision = before ? Number(before.props.revision ?? 0) + 1 : 1;
      rows.push({
        id: record.id,
        label: record.spec.label,
        props: {
          ...record.state.props,
          id: record.id,
          createdAt: before?.props.createdAt ?? at,
          createdBy: before?.props.createdBy ?? caller.id,
          updatedAt: at,
          updatedBy: caller.id,
          revision,
        },
        managedTypes: record.spec.relations.map((r) => r.type),
        relations: Object.entries(record.state.relations).flatMap(([type, targets]) =>
          targets.map((target, position) => ({ type, target, position })),
        ),
      });
      revisions.push({ recordId: record.id, revision, at, by: caller.id, deleted: false, state: JSON.stringify(record.state) });
      return { id: record.id, kind: record.spec.kind, status: before ? ('updated' as const) : ('created' as const) };
    });
    if (rows.length > 0) {
      // Nodes first, relationships second: records in one write may refer to each other.
      await run(tx, 'write-record-nodes', { rows });
      await run(tx, 'write-record-relations', { rows });
      await run(tx, 'write-revisions', { revisions });
    }
    return { results };
  });
}

/**
 * Soft-deletes a record: it stays in the database with its history, and reads skip it.
 * Refused with CONFLICT while live records still point at it, so no reference dangles.
 */
export async function softDeleteRecord(db: Pick<Database, 'write'>, caller: Caller, id: string): Promise<{ id: string; deletedAt: string }> {
  return db.write(async (tx) => {
    const referrers = await run<{ id: string }>(tx, 'live-referrers', { id });
    if (referrers.length > 0) {
      throw userError('CONFLICT', `${id} is still referred to by ${referrers.map((r) => r.id).join(', ')}`, {
        referrers: referrers.map((r) => r.id),
      });
    }
    const at = new Date().toISOString();
    const [row] = await run<{ props: Record<string, unknown> }>(tx, 'soft-delete-record', { id, at, by: caller.id });
    if (!row) throw userError('NOT_FOUND', `no record has the id ${id}`, { id });
    const [state] = (await readStates(tx, [id])).values();
    invariant(state, 'a record just updated must be readable');
    await run(tx, 'write-revisions', {
      revisions: [{ recordId: id, revision: row.props.revision, at, by: caller.id, deleted: true, state: JSON.stringify(contentOf(state)) }],
    });
    return { id, deletedAt: at };
  });
}

interface ParsedRecord {
  id: string;
  path: string;
  spec: KindSpec;
  state: RecordState;
  references: string[];
}

function parseRequest(request: UpsertRequest): ParsedRecord {
  const spec = KIND_SPECS[request.kind];
  const result = spec.input.safeParse(request.input);
  if (!result.success) throw badInput(request.path, result.error);
  const input = result.data;
  const id = (input.id as string | null | undefined) ?? newId(spec.kind);
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
  return { id, path: request.path, spec, state: { props, relations }, references };
}

function badInput(path: string, error: z.ZodError): Error {
  const issue = error.issues[0]!;
  const field = [path, ...issue.path.map(String)].join('.');
  return userError('BAD_USER_INPUT', `${field}: ${issue.message}`, { field });
}

async function assertReferencesExist(tx: ManagedTransaction, records: ParsedRecord[], written: Map<string, string>): Promise<void> {
  const referenced = [...new Set(records.flatMap((r) => r.references))].filter((id) => !written.has(id));
  if (referenced.length === 0) return;
  const [row] = await run<{ missing: string[] }>(tx, 'missing-records', { ids: referenced });
  const missing = row?.missing ?? [];
  if (missing.length > 0) {
    const first = records.find((r) => r.references.includes(missing[0]!))!;
    throw userError('NOT_FOUND', `${first.path} refers to ${missing.join(', ')}, which ${missing.length === 1 ? 'does' : 'do'} not exist`, {
      ids: missing,
    });
  }
}

async function readStates(tx: ManagedTransaction, ids: string[]): Promise<Map<string, { props: Record<string, unknown>; relations: Record<string, string[]> }>> {
  const rows = await run<{
    id: string;
    props: Record<string, unknown> | null;
    relations: { type: string; target: string; position: number | null }[];
  }>(tx, 'records-state', { ids, relationTypes: MANAGED_RELATION_TYPES });
  const states = new Map<string, { props: Record<string, unknown>; relations: Record<string, string[]> }>();
  for (const row of rows) {
    if (!row.props) continue;
    const relations: Record<string, string[]> = {};
    const sorted = [...row.relations].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    for (const rel of sorted) (relations[rel.type] ??= []).push(rel.target);
    states.set(row.id, { props: row.props, relations });
  }
  return states;
}

function contentOf(stored: { props: Record<string, unknown>; relations: Record<string, string[]> }): RecordState {
  const props = Object.fromEntries(Object.entries(stored.props).filter(([key]) => !META_KEYS.includes(key)));
  return { props, relations: stored.relations };
}
