import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database.js';
import { projectRoot } from '../db/project-root.js';
import type { Caller } from '../model/caller.js';
import { importRequests } from '../write/import-requests.js';
import { upsertRecords, type WriteStatus } from '../write/write-path.js';

/** The seed writes as this caller, so its records say where they came from. */
export const SEED_CALLER: Caller = Object.freeze({ id: 'seed', roles: Object.freeze(['writer']) });

/** A seed data set: a folder of seed/ holding graph.json (and the source text it was read from). */
export interface SeedSet {
  name: string;
  graph: Record<string, unknown>;
}

/** Every seed set in seed/, in folder order. */
export function readSeedSets(): SeedSet[] {
  const dir = join(projectRoot(), 'seed');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'graph.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, graph: JSON.parse(readFileSync(join(dir, name, 'graph.json'), 'utf8')) }));
}

/**
 * Loads every seed set through the one write path, each in one transaction. Idempotent:
 * a second load finds every record unchanged and writes nothing.
 */
export async function loadSeed(database: Database): Promise<Record<WriteStatus, number>> {
  const totals: Record<WriteStatus, number> = { created: 0, updated: 0, unchanged: 0 };
  for (const set of readSeedSets()) {
    const { notes: _notes, ...graph } = set.graph;
    const { results } = await upsertRecords(database, SEED_CALLER, importRequests(graph));
    for (const result of results) totals[result.status] += 1;
  }
  return totals;
}

/** Loads the seed only when the database holds no records (what `npm start` does). */
export async function loadSeedIfEmpty(database: Database): Promise<Record<WriteStatus, number> | null> {
  const rows = await database.read('any-record');
  return rows.length > 0 ? null : loadSeed(database);
}
