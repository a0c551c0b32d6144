import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from '../db/database.js';
import { projectRoot } from '../db/project-root.js';
import type { Caller } from '../model/caller.js';
import { importRequests } from '../write/import-requests.js';
import { upsertRecords } from '../write/write-path.js';

/** The seed writes as this caller, so its records say where they came from. */
export const SEED_CALLER: Caller = Object.freeze({ id: 'seed', role: 'editor' });

/** A seed data set: a folder of seed/ holding graph.json (and the source text it was read from). */
export interface SeedSet {
  name: string;
  graph: Record<string, unknown>;
}

/**
 * Every seed set in seed/, in folder order. A source may give its text as `textFile`, a file
 * of its seed folder (the article the set was read from): it is read into the source's `text`.
 */
export function readSeedSets(): SeedSet[] {
  const dir = join(projectRoot(), 'seed');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'graph.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const graph = JSON.parse(readFileSync(join(dir, name, 'graph.json'), 'utf8')) as Record<string, unknown>;
      const sources = (graph.sources ?? []) as Record<string, unknown>[];
      graph.sources = sources.map(({ textFile, ...source }) =>
        typeof textFile === 'string' ? { ...source, text: readFileSync(join(dir, name, basename(textFile)), 'utf8') } : source,
      );
      return { name, graph };
    });
}

/** What a seed load did: counts per status, and each record it left alone, with why. */
export interface SeedSummary {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** The records not written because someone other than the seed changed or deleted them last (or they would refer to such a record). */
  skippedRecords: { id: string; reason: string }[];
}

/**
 * Loads every seed set through the one write path, each in one transaction. Idempotent:
 * a second load finds every record unchanged and writes nothing. Never overwrites an edit:
 * a record that a caller other than the seed changed or deleted last is left as it is and
 * reported in `skippedRecords` (so is a seed record that would refer to such a record).
 */
export async function loadSeed(database: Pick<Database, 'write'>): Promise<SeedSummary> {
  const summary: SeedSummary = { created: 0, updated: 0, unchanged: 0, skipped: 0, skippedRecords: [] };
  for (const set of readSeedSets()) {
    const { notes: _notes, ...graph } = set.graph;
    const { results } = await upsertRecords(database, SEED_CALLER, importRequests(graph), { keepOthersEdits: true });
    for (const result of results) {
      summary[result.status] += 1;
      if (result.status === 'skipped') summary.skippedRecords.push({ id: result.id, reason: result.reason ?? 'changed by another caller' });
    }
  }
  return summary;
}

/** One line per record the seed left alone, for its output. */
export function describeSkipped(summary: SeedSummary): string[] {
  return summary.skippedRecords.map(({ id, reason }) => `seed: kept ${id} as it is (${reason})`);
}

/** Loads the seed only when the database holds no records (what `npm start` does). */
export async function loadSeedIfEmpty(database: Database): Promise<SeedSummary | null> {
  const rows = await database.read('any-record');
  return rows.length > 0 ? null : loadSeed(database);
}
