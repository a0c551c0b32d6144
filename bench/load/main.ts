/**
 * `npm run bench:load`: builds, then for each run starts a fresh server as a child process
 * (`node dist/server/main.js`, which starts the embedded Neo4j JVM itself), waits for /ready,
 * and drives it with autocannon from separate processes (worker.ts): the well-behaved mix, and
 * in the abusive run the abusive queries of issue 6 alongside. Polls the server's and the
 * JVM's RSS from /proc and /health once a second. Writes bench/results/load-<date>.{md,json}
 * and prints the markdown. See bench/README.md.
 *
 * Every loop is bounded in count and time; every child is killed on any exit (its whole
 * process group, so the JVM too), including on error and Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machineInfo } from '../report.js';
import {
  adopt,
  adoptedAlive,
  childrenOf,
  freePort,
  groupMembers,
  isRunning,
  killAllNow,
  memoryOf,
  sleep,
  spawnTracked,
  stopChild,
  tailOf,
  liveChildren,
} from './processes.js';
import { targets, toMarkdown, writeResults, type LoadRun, type LoadSettings, type ProcessMemory, type RunResult } from './report.js';
import { abusiveQueries, BENCH_ADMIN_KEY, CLAIM_IDS_QUERY, mixRound, PREFERRED_TRACE_CLAIMS, wellBehavedMix, WRITE_HEADERS } from './traffic.js';
import type { WorkerConfig, WorkerResult } from './worker.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORKER = join(import.meta.dirname, 'worker.ts');
const RUN_NAMES = ['clean', 'abusive'];
const SERVER_START_TIMEOUT_MS = 300_000;
const SERVER_STOP_GRACE_MS = 40_000;
const MEMORY_POLL_MS = 250;
const HEALTH_POLL_MS = 1000;
const HEALTH_TIMEOUT_MS = 5000;

const log = (message: string) => process.stderr.write(`[bench:load ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function numberFromEnv(name: string, fallback: number, { integer = false, min = 0 } = {}): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) throw new Error(`${name} must be a ${integer ? 'whole ' : ''}number ≥ ${min}`);
  return value;
}

function settingsFromEnv(): LoadSettings {
  const runs = (process.env.BENCH_LOAD_RUNS || RUN_NAMES.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = runs.find((r) => !RUN_NAMES.includes(r));
  if (bad) throw new Error(`BENCH_LOAD_RUNS: unknown run ${bad}; use some of ${RUN_NAMES.join(',')}`);
  return {
    seconds: numberFromEnv('BENCH_LOAD_SECONDS', 60, { min: 1 }),
    connections: numberFromEnv('BENCH_LOAD_CONNECTIONS', 64, { integer: true, min: 1 }),
    warmupSeconds: numberFromEnv('BENCH_LOAD_WARMUP_SECONDS', 10),
    runs,
    abuseRate: numberFromEnv('BENCH_LOAD_ABUSE_RATE', 2, { integer: true, min: 1 }),
    abuseConnections: numberFromEnv('BENCH_LOAD_ABUSE_CONNECTIONS', 2, { integer: true, min: 1 }),
    abuseCount: numberFromEnv('BENCH_LOAD_ABUSE_COUNT', 5000, { integer: true, min: 1 }),
    writeIds: numberFromEnv('BENCH_LOAD_WRITE_IDS', 1000, { integer: true, min: 1 }),
    timeoutSeconds: numberFromEnv('BENCH_LOAD_TIMEOUT_SECONDS', 10, { min: 1 }),
    abuseTimeoutSeconds: numberFromEnv('BENCH_LOAD_ABUSE_TIMEOUT_SECONDS', 30, { min: 1 }),
    serverEnv: { NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL || 'warn', SEED_ON_START: 'true', CLAIMGRAPH_ADMIN_KEY: BENCH_ADMIN_KEY },
  };
}

// ---- the server -------------------------------------------------------------------------------

interface Server {
  child: ReturnType<typeof spawnTracked>;
  pid: number;
  /** The JVM now serving, and every JVM pid seen (a supervised JVM may be restarted). */
  jvmPid?: number;
  jvmPids: number[];
  url: string;
  dataDir: string;
  startSeconds: number;
  stderrTail: string[];
  stdoutTail: string[];
  exitedAt?: number;
}

async function startServer(settings: LoadSettings, isInterrupted: () => boolean): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-load-'));
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings.serverEnv,
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(boltPort),
  };
  delete env.NEO4J_URI; // always the embedded database, in its own folder
  const startedAt = performance.now();
  const child = spawnTracked(process.execPath, ['dist/server/main.js'], { env, cwd: ROOT });
  if (child.pid === undefined) throw new Error('could not start the server');
  const server: Server = {
    child,
    pid: child.pid,
    jvmPids: [],
    url: `http://127.0.0.1:${port}`,
    dataDir,
    startSeconds: 0,
    stderrTail: tailOf(child.stderr, 40),
    stdoutTail: tailOf(child.stdout, 40),
  };
  child.once('exit', () => (server.exitedAt = performance.now()));
  log(`server pid ${child.pid} on :${port}, Bolt :${boltPort}, data ${dataDir}; waiting for /ready`);
  const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
  const notReady = () => `${server.stderrTail.slice(-5).join(' ⏎ ')}`;
  try {
    let ready = false;
    for (let attempt = 0; !ready && attempt < SERVER_START_TIMEOUT_MS / 250; attempt++) {
      if (isInterrupted()) throw new Error('interrupted');
      if (!isRunning(child)) throw new Error(`the server exited during start (${child.exitCode ?? child.signalCode}): ${notReady()}`);
      if (Date.now() > deadline) break;
      ready = (await httpStatus(`${server.url}/ready`, 2000)) === 200;
      if (!ready) await sleep(250);
    }
    if (!ready) throw new Error(`the server was not ready within ${SERVER_START_TIMEOUT_MS / 1000} s: ${notReady()}`);
  } catch (error) {
    currentJvm(server);
    await stopChild(child, 10_000, server.jvmPids);
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  server.startSeconds = (performance.now() - startedAt) / 1000;
  currentJvm(server);
  log(`server ready in ${server.startSeconds.toFixed(1)} s; JVM pid ${server.jvmPid ?? 'not found'}`);
  return server;
}

/** The server's JVM (its child `java`), adopted so that no exit of ours leaves it behind; re-found after a restart. */
function currentJvm(server: Server): number | undefined {
  if (server.jvmPid !== undefined && adoptedAlive(server.jvmPid)) return server.jvmPid;
  const pid = childrenOf(server.pid, 'java')[0];
  if (pid !== undefined && !server.jvmPids.includes(pid)) {
    adopt(pid);
    server.jvmPids.push(pid);
  }
  server.jvmPid = pid;
  return pid;
}

async function httpStatus(url: string, timeoutMs: number): Promise<number | string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

async function graphql(url: string, body: unknown, timeoutMs = 15_000): Promise<{ status: number; ms: number; bytes: number; json?: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] } }> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    // As the admin: the preflight also checks that a write goes through.
    headers: { 'content-type': 'application/json', accept: 'application/json', ...WRITE_HEADERS },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  try {
    return { status: response.status, ms, bytes: Buffer.byteLength(text), json: JSON.parse(text) };
  } catch {
    return { status: response.status, ms, bytes: Buffer.byteLength(text) };
  }
}

/** The claim ids to trace (the two named seed claims when present), and each mix request once, checked. */
async function preflight(server: Server, settings: LoadSettings): Promise<RunResult['preflight']> {
  const list = await graphql(server.url, { query: CLAIM_IDS_QUERY });
  const edges = (list.json?.data as { claims?: { edges?: { node: { id: string } }[] } } | undefined)?.claims?.edges ?? [];
  const ids = edges.map((e) => e.node.id);
  if (ids.length === 0) throw new Error(`preflight: no claims in the seed graph (HTTP ${list.status}: ${JSON.stringify(list.json?.errors ?? null).slice(0, 300)})`);
  const preferred = PREFERRED_TRACE_CLAIMS.filter((id) => ids.includes(id));
  const traceClaimIds = preferred.length > 0 ? preferred : ids.slice(0, 2);
  const checks: RunResult['preflight']['checks'] = {};
  for (const entry of wellBehavedMix(traceClaimIds, settings.writeIds)) {
    const answer = await graphql(server.url, entry.body(0));
    const firstError = answer.json?.errors?.[0];
    checks[entry.kind] = {
      status: answer.status,
      ms: Math.round(answer.ms * 10) / 10,
      bytes: answer.bytes,
      ...(firstError || !answer.json ? { error: firstError ? `${firstError.extensions?.code ?? '?'}: ${firstError.message}` : 'not JSON' } : {}),
    };
  }
  const failed = Object.entries(checks).filter(([, c]) => c.error || c.status !== 200);
  if (failed.length > 0) log(`preflight: ${failed.map(([kind, c]) => `${kind} HTTP ${c.status} ${c.error ?? ''}`).join('; ')}`);
  return { traceClaimIds, checks };
}

// ---- load generators --------------------------------------------------------------------------

interface WorkerOutcome {
  result?: WorkerResult;
  error?: string;
}

/**
 * Runs one worker process to its end, or stops it (SIGTERM: it writes its partial result) as
 * soon as `abortReason` says so; SIGKILL when it overstays. Never waits past its hard deadline.
 */
async function runWorker(config: Omit<WorkerConfig, 'out'>, label: string, abortReason: () => string | undefined): Promise<WorkerOutcome> {
  const outDir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-load-worker-'));
  const out = join(outDir, 'result.json');
  try {
    const child = spawnTracked(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify({ ...config, out })], { cwd: ROOT, env: process.env });
    const stderrTail = tailOf(child.stderr, 20);
    tailOf(child.stdout, 20);
    const hardDeadline = Date.now() + (config.seconds + config.timeoutSeconds + 45) * 1000;
    let stopped: string | undefined;
    while (isRunning(child)) {
      const reason = abortReason();
      if (reason && !stopped) {
        stopped = reason;
        log(`${label}: stopping the load generator: ${reason}`);
        child.kill('SIGTERM');
        setTimeout(() => isRunning(child) && child.kill('SIGKILL'), 10_000).unref();
      }
      if (Date.now() > hardDeadline) {
        stopped = stopped ?? 'hard deadline passed';
        child.kill('SIGKILL');
        break;
      }
      await sleep(100);
    }
    await sleep(50);
    const result = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as WorkerResult) : undefined;
    const failed = child.exitCode !== 0 && child.exitCode !== null;
    const error =
      !result || failed || child.signalCode
        ? `${label} load generator: exit ${child.exitCode ?? child.signalCode}${stopped ? ` (stopped: ${stopped})` : ''}${result ? '' : ', no result'}${stderrTail.length ? `: ${stderrTail.slice(-3).join(' ⏎ ')}` : ''}`
        : undefined;
    return { result, error };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

// ---- one run ----------------------------------------------------------------------------------

/**
 * Polls VmRSS/VmHWM of the process `pidOf()` names (which may change: a restarted JVM); the
 * peak is the largest VmHWM of any of them. `gone` counts the times the process was missing.
 */
function memorySampler(pidOf: () => number | undefined) {
  const memory: ProcessMemory = {};
  let missing = 0;
  const sample = () => {
    const pid = pidOf();
    const m = pid === undefined ? undefined : memoryOf(pid);
    if (!m) {
      missing++;
      return;
    }
    memory.peakRssMb = Math.max(memory.peakRssMb ?? 0, m.hwmMb);
    memory.rssAtEndMb = m.rssMb;
    memory.maxRssDuringRunMb = Math.max(memory.maxRssDuringRunMb ?? 0, m.rssMb);
  };
  const timer = setInterval(sample, MEMORY_POLL_MS);
  return {
    memory,
    missing: () => missing,
    stop: () => {
      clearInterval(timer);
      sample();
    },
  };
}

function healthPoller(url: string) {
  const health: RunResult['health'] = { probes: 0, failures: 0, maxMs: 0 };
  let running = true;
  const done = (async () => {
    for (let i = 0; running && i < 100_000; i++) {
      const started = performance.now();
      const status = await httpStatus(`${url}/health`, HEALTH_TIMEOUT_MS);
      const ms = performance.now() - started;
      health.probes++;
      health.maxMs = Math.max(health.maxMs, ms);
      if (status !== 200) {
        health.failures++;
        health.firstFailure ??= `${String(status)} after ${ms.toFixed(0)} ms`;
      }
      await sleep(Math.max(0, HEALTH_POLL_MS - ms));
    }
  })();
  return {
    health,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function runOne(name: string, settings: LoadSettings, isInterrupted: () => string | undefined): Promise<RunResult> {
  const result: RunResult = {
    name,
    server: { stderrTail: [] },
    preflight: { traceClaimIds: [], checks: {} },
    workerErrors: [],
    memory: { server: {}, jvm: {} },
    health: { probes: 0, failures: 0, maxMs: 0 },
  };
  log(`run ${name}: starting a fresh server`);
  let server: Server | undefined;
  try {
    server = await startServer(settings, () => isInterrupted() !== undefined);
    result.server.pid = server.pid;
    result.server.jvmPids = server.jvmPids;
    result.server.startSeconds = Math.round(server.startSeconds * 10) / 10;
    result.server.stderrTail = server.stderrTail;
    result.preflight = await preflight(server, settings);
    const s = server;
    const base = { url: s.url, traceClaimIds: result.preflight.traceClaimIds, writeIds: settings.writeIds, abuseCount: settings.abuseCount };

    if (settings.warmupSeconds > 0) {
      log(`run ${name}: ${settings.warmupSeconds} s of warm-up`);
      const warm = await runWorker(
        { ...base, scenario: 'mix', connections: settings.connections, seconds: settings.warmupSeconds, timeoutSeconds: settings.timeoutSeconds },
        `${name} warm-up`,
        () => isInterrupted() ?? (isRunning(s.child) ? undefined : 'the server exited'),
      );
      const w = warm.result;
      result.warmup = { responses: w?.responses ?? 0, errors: w ? w.errorResponses + w.connectionErrors + w.timeouts : 0 };
      const firstSample = w && Object.values(w.byKind).flatMap((k) => k.samples)[0];
      if (firstSample) result.warmup.firstError = firstSample;
      if (warm.error) result.workerErrors.push(warm.error);
      if (!isRunning(s.child)) throw new Error('the server exited during warm-up');
    }
    if (isInterrupted()) throw new Error('interrupted');

    log(`run ${name}: ${settings.seconds} s recorded, ${settings.connections} connections${name === 'abusive' ? `, abusive queries at ${settings.abuseRate} req/s over ${settings.abuseConnections} connections` : ''}`);
    const serverMemory = memorySampler(() => (isRunning(s.child) ? s.pid : undefined));
    const jvmMemory = memorySampler(() => currentJvm(s));
    const health = healthPoller(s.url);
    const startedAt = performance.now();
    const abortReason = () => {
      const interrupted = isInterrupted();
      if (interrupted) return interrupted;
      if (!isRunning(s.child)) return 'the server exited';
      return undefined;
    };
    const watchJvm = setInterval(() => {
      if (jvmMemory.missing() > 0 && result.server.jvmDiedAtSeconds === undefined && isRunning(s.child)) {
        result.server.jvmDiedAtSeconds = Math.round(((performance.now() - startedAt) / 1000) * 10) / 10;
      }
    }, 500);
    try {
      const outcomes = await Promise.all([
        runWorker({ ...base, scenario: 'mix', connections: settings.connections, seconds: settings.seconds, timeoutSeconds: settings.timeoutSeconds }, `${name} well-behaved`, abortReason),
        name === 'abusive'
          ? runWorker(
              {
                ...base,
                scenario: 'abuse',
                connections: settings.abuseConnections,
                seconds: settings.seconds,
                overallRate: settings.abuseRate,
                timeoutSeconds: settings.abuseTimeoutSeconds,
              },
              `${name} abusive`,
              abortReason,
            )
          : Promise.resolve(undefined),
      ]);
      const [wellBehaved, abusive] = outcomes;
      result.wellBehaved = wellBehaved.result;
      if (wellBehaved.error) result.workerErrors.push(wellBehaved.error);
      if (abusive) {
        result.abusive = abusive.result;
        if (abusive.error) result.workerErrors.push(abusive.error);
      }
    } finally {
      clearInterval(watchJvm);
      serverMemory.stop();
      jvmMemory.stop();
      await health.stop();
      result.memory = { server: serverMemory.memory, jvm: jvmMemory.memory };
      result.health = health.health;
    }
    if (s.exitedAt !== undefined) {
      result.server.died = { code: s.child.exitCode, signal: s.child.signalCode, atSeconds: Math.round(((s.exitedAt - startedAt) / 1000) * 10) / 10 };
    }
    result.server.aliveAfterRun = isRunning(s.child);
    result.server.readyAfterRun = result.server.aliveAfterRun && (await httpStatus(`${s.url}/ready`, 5000)) === 200;
    const w = result.wellBehaved;
    if (w) log(`run ${name}: ${w.responses} responses, ${w.throughput.toFixed(0)} req/s, p50 ${w.latency.p50} ms, p99 ${w.latency.p99} ms, ${w.errorResponses + w.connectionErrors + w.timeouts} errors; server peak RSS ${result.memory.server.peakRssMb?.toFixed(0)} MB${result.server.died ? `; THE SERVER DIED ${result.server.died.atSeconds} s in` : ''}`);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    log(`run ${name} failed: ${result.error}`);
  } finally {
    if (server) {
      if (server.exitedAt !== undefined && !result.server.died) {
        result.server.died = { code: server.child.exitCode, signal: server.child.signalCode, atSeconds: NaN };
      }
      currentJvm(server);
      result.server.jvmPids = server.jvmPids;
      result.server.shutdown = await stopChild(server.child, SERVER_STOP_GRACE_MS, server.jvmPids);
      // stopChild SIGKILLed whatever lingered; anything still here is reported.
      const left = [...groupMembers(server.pid).map((p) => `${p.comm} ${p.pid}`), ...server.jvmPids.filter(adoptedAlive).map((pid) => `java ${pid}`)];
      if (left.length > 0) result.server.leftoverProcesses = left;
      result.server.stderrTail = server.stderrTail.slice(-15);
      // pino writes to stdout: the last error-level lines say what went wrong inside.
      result.server.errorLog = server.stdoutTail
        .filter((line) => /"level":(50|60)/.test(line))
        .slice(-5)
        .map((line) => line.slice(0, 600));
      rmSync(server.dataDir, { recursive: true, force: true });
      log(`run ${name}: server stopped (${result.server.shutdown})`);
    }
  }
  return result;
}

// ---- main -------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const settings = settingsFromEnv();
  let interrupted: string | undefined;
  let interruptedAt = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    // Ctrl-C reaches us twice at once (from the terminal and relayed by tsx): only a signal
    // a second or more after the first means "kill now".
    if (interrupted && Date.now() - interruptedAt < 1000) return;
    if (interrupted) {
      log(`${signal} again: killing every child now`);
      killAllNow();
      process.exit(130);
    }
    interrupted = `interrupted by ${signal}`;
    interruptedAt = Date.now();
    log(`${signal}: stopping the load generators and the server (again to kill at once)`);
    // The runs notice `interrupted` within a second and stop their children; this is the backstop.
    setTimeout(() => {
      killAllNow();
      process.exit(130);
    }, SERVER_STOP_GRACE_MS + 30_000).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  process.on('exit', killAllNow);

  if (process.env.BENCH_LOAD_SKIP_BUILD !== 'true') {
    log('building (npm run build)');
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 2, 2], timeout: 300_000 });
    if (build.status !== 0) throw new Error(`npm run build failed (${build.status ?? build.signal ?? build.error?.message})`);
  }
  const machine = machineInfo();
  const date = new Date().toISOString();
  const traceIdForReport = PREFERRED_TRACE_CLAIMS[0]!;
  const run: LoadRun = {
    date,
    machine,
    settings,
    mix: mixRound(wellBehavedMix(PREFERRED_TRACE_CLAIMS, settings.writeIds))
      .filter((e, i, all) => all.findIndex((x) => x.kind === e.kind) === i)
      .map((e) => ({ kind: e.kind, weight: e.weight, query: e.body(0).query })),
    abusiveQueries: abusiveQueries(traceIdForReport, settings.abuseCount).map((q) => ({ kind: q.kind, description: q.description, bytes: Buffer.byteLength(JSON.stringify(q.body)) })),
    runs: [],
    targets: [],
  };
  log(`runs ${settings.runs.join(', ')}; ${settings.seconds} s each at ${settings.connections} connections`);
  for (const name of settings.runs) {
    if (interrupted) break;
    run.runs.push(await runOne(name, settings, () => interrupted));
  }
  run.targets = targets(run.runs);
  if (interrupted) run.interrupted = interrupted;
  const markdown = toMarkdown(run);
  const paths = writeResults(join(ROOT, 'bench', 'results'), run, markdown);
  process.stdout.write(`${markdown}\n`);
  log(`wrote ${paths.json} and ${paths.markdown}`);
  const left = liveChildren();
  if (left.length > 0) log(`children still running at the end (killed): ${left.map((c) => c.pid).join(', ')}`);
  killAllNow();
  if (interrupted) return 130;
  return run.runs.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    killAllNow();
    process.exit(1);
  },
);
