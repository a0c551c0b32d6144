import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { recordLine } from '../../src/interchange/ndjson/record-line.js';
import { SyntheticGraph, type CitationRow, type NodeProps } from '../generate-graph.js';

const META = new Set(['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'revision']);

function fields(props: NodeProps): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key]) => !META.has(key)));
}

function citationInput(row: CitationRow): Record<string, unknown> {
  return { ...fields(row.props), claimId: row.claimId, sourceId: row.sourceId, ...(row.citesId ? { citesId: row.citesId } : {}) };
}

/**
 * Writes bench/generate-graph.ts's synthetic citation graph (sources, claims, citations;
 * about `records` of them) as the NDJSON `claimgraph export` writes and `import` reads, in
 * dependency order (sources, then each claim with its citations). Answers how many lines.
 */
export async function writeSyntheticNdjson(path: string, records: number, seed: number): Promise<number> {
  const graph = new SyntheticGraph({ nodes: records, seed, at: '2026-01-01T00:00:00.000Z', batchRows: 5000 });
  const out = createWriteStream(path);
  let lines = 0;
  const write = async (line: string) => {
    lines += 1;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  for (const source of graph.sources) await write(recordLine('source', fields(source)));
  for (const batch of graph.batches()) {
    for (const claim of batch.claims) await write(recordLine('claim', fields(claim)));
    for (const citation of batch.citations) await write(recordLine('citation', citationInput(citation)));
  }
  out.end();
  await once(out, 'close');
  return lines;
}
