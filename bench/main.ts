/**
 * `npm run bench`: for each scale, a fresh embedded Neo4j loaded with a seeded synthetic
 * citation graph; then claimgraph's `trace` over HTTP, the same query as raw Cypher, and
 * @neo4j/graphql's nested query, each at 1, 8 and 32 clients on the probe claims. Writes
 * JSON and markdown to bench/results/ and prints the markdown. See bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { Database } from '../src/db/database.js';
import { startEmbeddedNeo4j } from '../src/db/embedded-neo4j.js';
import { startClaimgraphTrace } from './contenders/claimgraph-trace.js';
import type { Contender } from './contenders/contender.js';
import { startNeo4jGraphQL } from './contenders/neo4j-graphql.js';
import { startRawCypher } from './contenders/raw-cypher.js';
import { SyntheticGraph } from './generate-graph.js';
import { loadGraph } from './load-graph.js';
import { runClosedLoop, warmUp } from './load-runner.js';
import { PROBE_CITATIONS, PROBE_LEVELS, probeClaimIds } from './probe-claims.js';
import { machineInfo, ratios, toMarkdown, writeResults, type BenchRun, type CellResult, type ScaleResult } from './report.js';

const SCALE_NODES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const CONTENDERS = ['trace', 'raw-cypher', 'neo4j-graphql'];
const SEED = 20_251_130;
const NEO4J_MEMORY = { pageCacheMb: 2048, heapMb: 4096 };
/** Loading a million nodes runs long batched transactions: the product's timeouts would cut them. */
const LOAD_TIMEOUT_MS = 600_000;
const MAX_REQUESTS_PER_PHASE = 500_000;
/** Unrecorded load on each fresh database before any cell: this long per contender, this many rounds. */
const JVM_WARMUP_MS = 5000;
const JVM_WARMUP_ROUNDS = 2;

/** A comma-separated list from the environment, each item checked against `allowed`. */
function listFromEnv(name: string, fallback: string[], allowed?: string[]): string[] {
  const items = (process.env[name] || fallback.join(',')).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = allowed && items.find((item) => !allowed.includes(item));
  if (bad) throw new Error(`${name}: unknown ${bad}; use some of ${allowed!.join(',')}`);
  return items;
}

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] || fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}

/** A free loopback port for Bolt. */
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

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Starts the contenders asked for; one that fails to start is reported, not fatal. */
async function startContenders(names: string[], database: Database, bolt: { uri: string; user: string; password: string }, logger: Logger) {
  const started: Contender[] = [];
  const failed: Record<string, { error: string }> = {};
  for (const name of names) {
    try {
      if (name === 'trace') started.push(await startClaimgraphTrace(database, logger));
      if (name === 'raw-cypher') started.push(startRawCypher(database));
      if (name === 'neo4j-graphql') started.push(await startNeo4jGraphQL(bolt));
    } catch (error) {
      failed[name] = { error: `failed to start: ${error instanceof Error ? error.message : String(error)}` };
      log(`${name} ${failed[name]!.error}`);
    }
  }
  return { started, failed };
}

/** The first probe's answer from each contender, then unrecorded load on each, twice round. */
async function walkAndWarmUp(contenders: Contender[], claimIds: string[], walks: ScaleResult['walks']): Promise<void> {
  for (const contender of contenders) {
    try {
      walks[contender.name] = contender.summarize(await contender.request(claimIds[0]!));
    } catch (error) {
      walks[contender.name] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  // Each scale has a fresh JVM: its JIT needs thousands of queries before timings settle.
  for (let round = 0; round < JVM_WARMUP_ROUNDS; round++) {
    for (const contender of contenders) {
      await warmUp({ concurrency: 8, durationMs: JVM_WARMUP_MS, maxRequests: MAX_REQUESTS_PER_PHASE, claimIds, send: (id) => contender.request(id) });
    }
  }
}

/** Every cell of one scale. Contenders alternate within each concurrency, so the cells a ratio compares run close together. */
async function measureCells(scale: string, contenders: Contender[], run: BenchRun, claimIds: string[]): Promise<CellResult[]> {
  const cells: CellResult[] = [];
  for (const concurrency of run.settings.concurrencies) {
    for (const contender of contenders) {
      const measured = await runClosedLoop({
        concurrency,
        warmupMs: run.settings.warmupSeconds * 1000,
        durationMs: run.settings.seconds * 1000,
        maxRequests: MAX_REQUESTS_PER_PHASE,
        claimIds,
        send: (claimId) => contender.request(claimId),
      });
      cells.push({ contender: contender.name, concurrency, ...measured });
      const errors = measured.errors ? `, ${measured.errors} errors: ${measured.firstError}` : '';
      log(`${scale} ${contender.name} ×${concurrency}: p50 ${measured.p50Ms.toFixed(2)} ms, p95 ${measured.p95Ms.toFixed(2)} ms, ${measured.throughput.toFixed(0)} req/s${errors}`);
    }
  }
  return cells;
}

/** Loads one scale into a fresh database, measures every contender on it, then stops it and deletes its files. */
async function benchScale(scale: string, run: BenchRun, contenderNames: string[], logger: Logger): Promise<ScaleResult> {
  const dataDir = mkdtempSync(join(tmpdir(), `claimgraph-bench-${scale}-`));
  const startedAt = performance.now();
  const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: await freePort(), ...NEO4J_MEMORY, txTimeoutMs: LOAD_TIMEOUT_MS, txMemoryMb: 1024, logger });
  const database = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, txTimeoutMs: LOAD_TIMEOUT_MS });
  try {
    await database.waitUntilAvailable();
    const neo4jStartSeconds = (performance.now() - startedAt) / 1000;
    log(`${scale}: Neo4j up in ${neo4jStartSeconds.toFixed(1)} s (${dataDir}); loading`);
    const graph = new SyntheticGraph({ nodes: SCALE_NODES[scale]!, seed: SEED, at: run.date, batchRows: 10_000 });
    const load = await loadGraph(database, graph, (message) => log(`${scale}: loaded ${message}`));
    log(`${scale}: loaded in ${load.seconds.toFixed(1)} s: ${JSON.stringify(load.counted)}`);

    const { started, failed } = await startContenders(contenderNames, database, neo4j, logger);
    for (const contender of started) {
      if (!run.contenders.some((c) => c.name === contender.name)) run.contenders.push({ name: contender.name, description: contender.description });
    }
    try {
      const claimIds = probeClaimIds();
      const walks: ScaleResult['walks'] = { ...failed };
      await walkAndWarmUp(started, claimIds, walks);
      const cells = await measureCells(scale, started, run, claimIds);
      return { scale, targetNodes: SCALE_NODES[scale]!, neo4jStartSeconds, load, walks, cells };
    } finally {
      for (const contender of started) await contender.close();
    }
  } finally {
    await database.close();
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const scales = listFromEnv('BENCH_SCALES', Object.keys(SCALE_NODES), Object.keys(SCALE_NODES));
  const contenderNames = listFromEnv('BENCH_CONTENDERS', CONTENDERS, CONTENDERS);
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, process.stderr);
  const run: BenchRun = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    settings: {
      seed: SEED,
      warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 1.5),
      seconds: numberFromEnv('BENCH_SECONDS', 5),
      concurrencies: listFromEnv('BENCH_CLIENTS', ['1', '8', '32']).map((item) => {
        const clients = Number(item);
        if (!Number.isInteger(clients) || clients < 1) throw new Error(`BENCH_CLIENTS: ${item} is not a whole number of clients`);
        return clients;
      }),
      scales,
      probeClaims: probeClaimIds().length,
      probeCitations: PROBE_CITATIONS.length,
      probeLevels: PROBE_LEVELS,
      neo4j: NEO4J_MEMORY,
    },
    contenders: [],
    scales: [],
  };
  log(`scales ${scales.join(', ')}; contenders ${contenderNames.join(', ')}; ${run.settings.seconds} s per cell`);
  for (const scale of scales) run.scales.push(await benchScale(scale, run, contenderNames, logger));

  const ratioResults = ratios(run);
  const markdown = toMarkdown(run, ratioResults);
  const paths = writeResults(join(import.meta.dirname, 'results'), run, ratioResults, markdown);
  process.stdout.write(`${markdown}\n`);
  log(`wrote ${paths.json} and ${paths.markdown}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
