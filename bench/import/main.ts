import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/env.js';
import { applySchema } from '../../src/db/apply-schema.js';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j.js';
import { readLines } from '../../src/interchange/ndjson/read-lines.js';
import { parseRecordLine } from '../../src/interchange/ndjson/record-line.js';
import { KIND_SPECS } from '../../src/model/record-kinds.js';
import { createApp, listen } from '../../src/server/app.js';
import { machineInfo } from '../report.js';
import { writeSyntheticNdjson } from './generate-ndjson.js';

/**
 * `npm run bench:import`: records per second of `claimgraph import` (importFiles, the one
 * write path, in batches) on a generated NDJSON file of BENCH_IMPORT_RECORDS records, against
 * (a) the floor: the same file parsed and written with raw UNWIND through neo4j-driver (no
 * validation, no locks, no revisions), and (b) one GraphQL mutation per record over HTTP
 * (a sample of BENCH_IMPORT_MUTATION_SAMPLE records, extrapolated). Each contender starts from
 * an empty database; the import and the floor run in processes of their own (peak RSS).
 */
const RECORDS = Number(process.env.BENCH_IMPORT_RECORDS || 100_000);
const SAMPLE = Number(process.env.BENCH_IMPORT_MUTATION_SAMPLE || 1000);
const BATCH = Number(process.env.BENCH_IMPORT_BATCH || 1000);
const CLIENTS = Number(process.env.BENCH_IMPORT_CLIENTS || 1);
const SEED = 20_261_130;
const ADMIN_KEY = 'bench-import-admin-key-0123456789abcdef0123';

const log = (message: string) => process.stderr.write(`[bench:import ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const cypher = (name: string) => readFileSync(new URL(`./cypher/${name}.cypher`, import.meta.url), 'utf8').trim();

interface Row {
  contender: string;
  records: number;
  seconds: number;
  rate: number;
  peakRssMb: number | null;
  note: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs one contender as a child process; answers its JSON line. */
function runChild(contender: string, file: string, bolt: { uri: string; user: string; password: string }) {
  return new Promise<{ records: number; seconds: number; peakRssMb: number; detail: unknown }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'run-contender.ts'), contender, file, String(BATCH)], {
      env: { ...process.env, NODE_OPTIONS: '', NEO4J_URI: bolt.uri, NEO4J_USER: bolt.user, NEO4J_PASSWORD: bolt.password },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(JSON.parse(stdout.trim().split('\n').pop()!)) : reject(new Error(`${contender} exited ${code}`))));
  });
}

async function wipe(db: Database): Promise<void> {
  const session = db.driver.session();
  try {
    await session.run(cypher('wipe'));
  } finally {
    await session.close();
  }
}

async function count(db: Database): Promise<{ records: number; relationships: number; revisions: number }> {
  const session = db.driver.session();
  try {
    return (await session.executeRead((tx) => tx.run(cypher('count')))).records[0]!.toObject() as never;
  } finally {
    await session.close();
  }
}

/** One upsert mutation per record of `file` over HTTP, kinds one after another, CLIENTS at a time. */
async function mutationPerRecord(db: Database, file: string): Promise<{ records: number; seconds: number }> {
  const byKind = new Map<string, Record<string, unknown>[]>();
  for await (const line of readLines(file, 4 << 20)) {
    const parsed = line.text ? parseRecordLine(line.text) : undefined;
    if (parsed?.ok) (byKind.get(parsed.kind) ?? byKind.set(parsed.kind, []).get(parsed.kind)!).push(parsed.input);
  }
  const config = { ...loadConfig({}), CLAIMGRAPH_ADMIN_KEY: ADMIN_KEY };
  const app = await createApp({ database: db, logger: pino({ level: 'silent' }), development: false, config });
  const url = `http://127.0.0.1:${await listen(app, 0, '127.0.0.1')}/graphql`;
  let records = 0;
  const started = performance.now();
  try {
    for (const [kind, inputs] of byKind) {
      const type = KIND_SPECS[kind as keyof typeof KIND_SPECS].label;
      const query = `mutation ($input: ${type}Input!) { upsert${type}(input: $input) { id } }`;
      let next = 0;
      const client = async () => {
        while (next < inputs.length) {
          const input = inputs[next++]!;
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
            body: JSON.stringify({ query, variables: { input } }),
          });
          const body = (await response.json()) as { errors?: { message: string }[] };
          if (body.errors) throw new Error(`upsert${type}: ${body.errors[0]!.message}`);
          records += 1;
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));
    }
  } finally {
    await app.stop();
  }
  return { records, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const machine = machineInfo();
  const date = new Date().toISOString();
  const work = mkdtempSync(join(tmpdir(), 'claimgraph-bench-import-'));
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, process.stderr);
  const neo4j = await startEmbeddedNeo4j({ dataDir: join(work, 'neo4j'), boltPort: await freePort(), pageCacheMb: 1024, heapMb: 2048, txTimeoutMs: 600_000, txMemoryMb: 1024, logger });
  const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, txTimeoutMs: 600_000 });
  const rows: Row[] = [];
  try {
    await db.waitUntilAvailable();
    await applySchema(db);
    const file = join(work, 'records.ndjson');
    const lines = await writeSyntheticNdjson(file, RECORDS, SEED);
    const sampleFile = join(work, 'sample.ndjson');
    const sampleLines = await writeSyntheticNdjson(sampleFile, SAMPLE, SEED + 1);
    log(`generated ${lines} records (${file}) and a sample of ${sampleLines}`);

    // A short unrecorded warm-up of both paths: the JVM is cold.
    const warm = join(work, 'warm.ndjson');
    await writeSyntheticNdjson(warm, 5000, SEED + 2);
    await runChild('floor', warm, neo4j);
    await wipe(db);
    await runChild('import', warm, neo4j);
    await wipe(db);
    await applySchema(db);

    for (const contender of ['floor', 'import']) {
      log(`${contender}: importing ${lines} records`);
      const result = await runChild(contender, file, neo4j);
      const counted = await count(db);
      const note = `${counted.records} records, ${counted.relationships} relationships, ${counted.revisions} revisions in the database after`;
      rows.push({ contender: contender === 'floor' ? 'raw UNWIND (floor)' : 'claimgraph import', records: result.records, seconds: result.seconds, rate: result.records / result.seconds, peakRssMb: result.peakRssMb, note });
      log(`${contender}: ${Math.round(result.records / result.seconds)} records/s (${result.seconds.toFixed(1)} s); ${note}`);
      if (contender === 'import') {
        const again = await runChild('import', file, neo4j);
        rows.push({ contender: 'claimgraph import, run again', records: again.records, seconds: again.seconds, rate: again.records / again.seconds, peakRssMb: again.peakRssMb, note: `all unchanged: ${JSON.stringify(again.detail)}` });
      }
      await wipe(db);
      await applySchema(db);
    }

    log(`mutation per record: ${sampleLines} records`);
    const mutations = await mutationPerRecord(db, sampleFile);
    rows.push({
      contender: 'one GraphQL mutation per record',
      records: mutations.records,
      seconds: mutations.seconds,
      rate: mutations.records / mutations.seconds,
      peakRssMb: null,
      note: `a sample of ${mutations.records} records over HTTP, ${CLIENTS} clients; ${lines} records would take ~${Math.round(lines / (mutations.records / mutations.seconds))} s (extrapolated)`,
    });
  } finally {
    await db.close();
    await neo4j.stop();
    rmSync(work, { recursive: true, force: true });
  }

  const floor = rows.find((r) => r.contender.includes('floor'))!;
  const imported = rows.find((r) => r.contender === 'claimgraph import')!;
  const mutation = rows.find((r) => r.contender.includes('mutation'))!;
  const markdown = [
    `# Import benchmark, ${date}`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; load average at start ${machine.loadAverageAtStart}. Everything (Neo4j, the importer, the server) shares these cores: anything else running skews the numbers.`,
    `Data: bench/generate-graph.ts's synthetic citation graph as NDJSON (${RECORDS} records asked: sources, claims, citations), batches of ${BATCH}, Neo4j page cache 1024 MB, heap 2048 MB.`,
    '',
    '| contender | records | seconds | records/s | peak RSS (MB) | notes |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.contender} | ${r.records} | ${r.seconds.toFixed(1)} | ${Math.round(r.rate)} | ${r.peakRssMb == null ? '–' : Math.round(r.peakRssMb)} | ${r.note} |`),
    '',
    `**Targets**: import / floor = ${(imported.rate / floor.rate).toFixed(2)} (target ≥ 0.8); import / mutation per record = ${(imported.rate / mutation.rate).toFixed(1)} (target ≥ 50).`,
    '',
  ].join('\n');
  const dir = join(import.meta.dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `import-${date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.md`);
  writeFileSync(path, markdown);
  process.stdout.write(`${markdown}\n`);
  log(`wrote ${path}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
