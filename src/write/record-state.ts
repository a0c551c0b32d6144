import type { ManagedTransaction } from 'neo4j-driver';
import { run } from '../db/database.js';
import { MANAGED_RELATION_TYPES, type KindSpec } from '../model/record-kinds.js';

/** What a record is, leaving out who wrote it when: the part that upserts compare and history keeps. */
export interface RecordState {
  props: Record<string, unknown>;
  /** Relationship type → target ids, in input order. */
  relations: Record<string, string[]>;
}

/** A record as read inside a write transaction, after its lock is held. */
export interface LockedRecord {
  /** All stored properties, meta included; null when no record has the id (never written, or purged). */
  props: Record<string, unknown> | null;
  relations: Record<string, string[]>;
  /** The record's revision now: its node's, else the last one in history (a purged record), else 0. */
  revision: number;
}

const META_KEYS = ['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'revision', 'deletedAt', 'deletedBy'];

/**
 * Locks records in id order (the same order in every transaction keeps deadlocks rare; the
 * driver retries the few the database detects). `create`: make a bare node for an id not
 * yet written, so concurrent creators of one id queue on it too. Answers, for the ids that
 * exist, whether each is live.
 */
export async function lockRecords(tx: ManagedTransaction, ids: Iterable<string>, create = false): Promise<Map<string, boolean>> {
  const sorted = [...new Set(ids)].sort();
  const live = new Map<string, boolean>();
  if (sorted.length === 0) return live;
  if (create) {
    await run(tx, 'lock-or-create-records', { ids: sorted });
    return live;
  }
  for (const row of await run<{ id: string; live: boolean }>(tx, 'lock-records', { ids: sorted })) live.set(row.id, row.live);
  return live;
}

/** The states of records whose locks this transaction holds (see lockRecords). */
export async function readLockedRecords(tx: ManagedTransaction, ids: string[]): Promise<Map<string, LockedRecord>> {
  const rows = await run<{
    id: string;
    props: Record<string, unknown> | null;
    relations: { type: string; target: string; position: number | null }[];
    lastRevision: number | null;
  }>(tx, 'records-state', { ids, relationTypes: MANAGED_RELATION_TYPES });
  const states = new Map<string, LockedRecord>();
  for (const row of rows) {
    // A bare node made by lockRecords(create) has no revision yet: the record does not exist.
    const exists = row.props != null && row.props.revision != null;
    const relations: Record<string, string[]> = {};
    const sorted = [...row.relations].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    if (exists) for (const rel of sorted) (relations[rel.type] ??= []).push(rel.target);
    states.set(row.id, {
      props: exists ? row.props : null,
      relations,
      revision: exists ? Number(row.props!.revision) : Number(row.lastRevision ?? 0),
    });
  }
  return states;
}

/** A stored record's content: its properties without meta, and its managed relationships. */
export function contentOf(record: { props: Record<string, unknown>; relations: Record<string, string[]> }): RecordState {
  const props = Object.fromEntries(Object.entries(record.props).filter(([key]) => !META_KEYS.includes(key)));
  return { props, relations: record.relations };
}

/**
 * A state as the input fields of its kind (`publisherId`, `authorIds`, …), the form that
 * patches, reverts and history speak. Fields the state does not hold are left out.
 */
export function inputOf(spec: KindSpec, state: RecordState): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of spec.props) if (state.props[key] != null) input[key] = state.props[key];
  for (const rel of spec.relations) {
    const targets = state.relations[rel.type];
    if (!targets || targets.length === 0) continue;
    input[rel.field] = rel.many ? [...targets] : targets[0];
  }
  return input;
}
