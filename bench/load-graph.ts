import { readFileSync } from 'node:fs';
import { applySchema } from '../src/db/apply-schema.js';
import type { Database } from '../src/db/database.js';
import type { GraphShape, SyntheticGraph } from './generate-graph.js';

/** What the database holds after a load, counted by the database itself. */
export interface RecordCounts {
  sources: number;
  claims: number;
  citations: number;
  cites: number;
}

export interface LoadResult {
  /** What the generator made. */
  shape: GraphShape;
  /** What the database then held; equal to the shape unless the load lost rows. */
  counted: RecordCounts;
  /** Wall time of schema, generation and load together. */
  seconds: number;
}

/** The text of bench/cypher/<name>.cypher (the bench's own queries, beside the product's). */
function benchCypher(name: string): string {
  return readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8').trim();
}

/**
 * Applies the product's schema (constraints and indexes) to an empty database, then loads
 * the graph with batched, parameterised UNWIND writes: the sources, then each batch of
 * claims with their citations in one transaction. Reports progress through `progress`.
 */
export async function loadGraph(db: Database, graph: SyntheticGraph, progress: (message: string) => void): Promise<LoadResult> {
  const started = performance.now();
  await applySchema(db);
  const createSources = benchCypher('create-sources');
  const createClaims = benchCypher('create-claims');
  const createCitations = benchCypher('create-citations');
  const batchRows = 10_000;

  for (let at = 0; at < graph.sources.length; at += batchRows) {
    const rows = graph.sources.slice(at, at + batchRows);
    await db.write((tx) => tx.run(createSources, { rows }));
  }
  progress(`${graph.sources.length} sources`);

  let nextReport = 100_000;
  for (const batch of graph.batches()) {
    await db.write(async (tx) => {
      await tx.run(createClaims, { rows: batch.claims });
      await tx.run(createCitations, { rows: batch.citations });
    });
    const { claims, citations } = graph.shape;
    if (claims + citations >= nextReport) {
      progress(`${claims} claims, ${citations} citations`);
      nextReport += 100_000;
    }
  }

  return { shape: graph.shape, counted: await countRecords(db), seconds: (performance.now() - started) / 1000 };
}

async function countRecords(db: Database): Promise<RecordCounts> {
  const session = db.driver.session();
  try {
    const result = await session.executeRead((tx) => tx.run(benchCypher('count-records')));
    return result.records[0]!.toObject() as RecordCounts;
  } finally {
    await session.close();
  }
}
