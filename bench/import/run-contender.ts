import { readFileSync } from 'node:fs';
import { Database } from '../../src/db/database.js';
import { importFiles } from '../../src/interchange/ndjson/import-records.js';
import { readLines } from '../../src/interchange/ndjson/read-lines.js';
import { parseRecordLine } from '../../src/interchange/ndjson/record-line.js';
import { KIND_SPECS } from '../../src/model/record-kinds.js';

/**
 * One timed contender in a process of its own, so that its peak RSS is its own:
 * `tsx bench/import/run-contender.ts import|floor FILE BATCH` with NEO4J_URI, NEO4J_USER,
 * NEO4J_PASSWORD set. Prints one JSON line: seconds, records, peak RSS (MB).
 */
const [contender, file, batchArg] = process.argv.slice(2);
const batchSize = Number(batchArg);
const cypher = (name: string) => readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8').trim();

async function floor(db: Database): Promise<number> {
  const nodes = cypher('raw-nodes');
  const relations = cypher('raw-relations');
  const at = new Date().toISOString();
  let rows: Record<string, unknown>[] = [];
  let rels: Record<string, unknown>[] = [];
  let records = 0;
  const flush = async () => {
    const session = db.driver.session();
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(nodes, { rows });
        await tx.run(relations, { rels });
      });
    } finally {
      await session.close();
    }
    rows = [];
    rels = [];
  };
  for await (const line of readLines(file!, 4 << 20)) {
    if (!line.text) continue;
    const parsed = parseRecordLine(line.text);
    if (!parsed.ok) throw new Error(`line ${line.number}: ${parsed.reason}`);
    const spec = KIND_SPECS[parsed.kind];
    const input = parsed.input;
    const props: Record<string, unknown> = { id: input.id, createdAt: at, createdBy: 'floor', updatedAt: at, updatedBy: 'floor', revision: 1 };
    for (const key of spec.props) if (input[key] != null) props[key] = input[key];
    rows.push({ id: input.id, label: spec.label, props });
    for (const rel of spec.relations) {
      const value = input[rel.field] as string | string[] | undefined;
      const targets = value == null ? [] : Array.isArray(value) ? value : [value];
      targets.forEach((to, position) => rels.push({ from: input.id, to, type: rel.type, position }));
    }
    records += 1;
    if (rows.length >= batchSize) await flush();
  }
  if (rows.length > 0) await flush();
  return records;
}

async function main(): Promise<void> {
  const db = new Database({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', txTimeoutMs: 600_000 });
  const started = performance.now();
  let records: number;
  let detail: unknown = {};
  try {
    if (contender === 'floor') records = await floor(db);
    else {
      const summary = await importFiles(db, { id: 'bench-import', role: 'editor' }, [file!], {
        batchSize,
        onProblem: (p) => process.stderr.write(`bad: ${p.at} ${p.reason}\n`),
      });
      records = summary.created + summary.updated + summary.unchanged;
      detail = summary;
    }
  } finally {
    await db.close();
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ contender, records, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, detail })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
