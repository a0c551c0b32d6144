import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { projectRoot } from './project-root.js';

/**
 * How the database is doing: `ok` (it runs), `recovering` (it died and is being restarted),
 * `failed` (it cannot come back: restarts gave up, or a signal stopped it).
 */
export type DatabaseStatus = 'ok' | 'recovering' | 'failed';

/**
 * A running, supervised embedded Neo4j. Bolt listens on 127.0.0.1 only and needs
 * `user`/`password`; when the JVM dies unexpectedly it is restarted on the same port (the
 * driver reconnects by itself), see `RestartPolicy`.
 */
export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly user: string;
  /** Generated on the first start, kept in `passwordFile` (mode 0600), the same on every later start. */
  readonly password: string;
  readonly passwordFile: string;
  status(): DatabaseStatus;
  /** The JVM's process id while one runs (logs, tests). */
  pid(): number | undefined;
  /**
   * `listener` is called once if the JVM exits because a signal asked it to stop (SIGTERM,
   * SIGINT, SIGHUP sent to it, not by `stop`): a request to stop the whole service, so the
   * supervisor does not restart it.
   */
  onStopRequested(listener: (reason: string) => void): void;
  /** Stops supervising, then stops Neo4j cleanly (SIGTERM; SIGKILL after 30 s). Idempotent. */
  stop(): Promise<void>;
}

/**
 * When the JVM exits unexpectedly (crash, SIGKILL, out of memory), it is restarted after
 * `initialDelayMs`, doubling per failure within `windowMs` up to `maxDelayMs`; after
 * `maxFailures` failures (exits, or restarts that did not come up) within `windowMs` the
 * supervisor gives up and the status becomes `failed`.
 */
export interface RestartPolicy {
  /** Default 500 ms. */
  initialDelayMs?: number;
  /** Default 10 s. */
  maxDelayMs?: number;
  /** Default 8. */
  maxFailures?: number;
  /** Default 5 minutes. */
  windowMs?: number;
}

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  logger: Logger;
  /** Server-side bound on one transaction's memory (db.memory.transaction.max). Default 256. */
  txMemoryMb?: number;
  /** Server-side transaction timeout (db.transaction.timeout). Default 10 s. */
  txTimeoutMs?: number;
  /** Server-side lock wait bound (db.lock.acquisition.timeout). Default 5 s. */
  lockTimeoutMs?: number;
  /** How long to wait for the database to accept transactions. Generous: a cold JVM on 2 cores. */
  startTimeoutMs?: number;
  restart?: RestartPolicy;
}

const LAUNCHER_DIR = 'neo4j-launcher';
/** The file in the data folder that holds the Bolt password of user neo4j. */
export const PASSWORD_FILE = 'bolt-password';
const USER = 'neo4j';

/** Newest modification time of the launcher's sources, to know when a rebuild is due. */
function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds the Java launcher with Maven unless its build is newer than its sources. The build
 * (the launcher class plus Neo4j's jars in target/lib) is cached in neo4j-launcher/target.
 */
export function buildLauncher(logger: Logger): string {
  const dir = join(projectRoot(), LAUNCHER_DIR);
  const stamp = join(dir, 'target', 'lib', '.built');
  const sourcesTime = Math.max(newestSourceTime(join(dir, 'src')), statSync(join(dir, 'pom.xml')).mtimeMs);
  if (!existsSync(stamp) || statSync(stamp).mtimeMs < sourcesTime) {
    logger.info('building the embedded Neo4j launcher with Maven (first run only)');
    // Maven's output goes to stderr: stdout carries only the server's JSON logs (and, in the
    // test helper, the line that names the database URI).
    const result = spawnSync('mvn', ['-B', '-q', '--no-transfer-progress', '-Dstyle.color=never', 'package', '-DskipTests'], {
      cwd: dir,
      stdio: ['ignore', 2, 2],
    });
    if (result.status !== 0) {
      throw new Error(`building ${LAUNCHER_DIR} with Maven failed (exit ${result.status ?? result.signal}); is Maven installed?`);
    }
    spawnSync('touch', [stamp]);
  }
  return dir;
}

/**
 * Starts Neo4j embedded in a child JVM, closed to other local processes (Bolt on 127.0.0.1
 * only, authentication on, LOAD CSV without file URLs or network access, no HTTP), with the
 * transaction bounds given, and resolves once it accepts transactions. The JVM is then
 * supervised (see `RestartPolicy`). It runs in its own process group, so a Ctrl-C in the
 * terminal reaches only the server, which stops it after draining; and it exits when this
 * process's end of its stdin closes, so even a SIGKILL of the server leaves no orphan
 * database behind.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const supervisor = new Supervisor(options);
  await supervisor.start();
  return supervisor;
}

/** Exit codes and signals by which the JVM says that a signal asked it to stop (128 + signal number). */
const STOP_CODES = new Set([129, 130, 143]);
const STOP_SIGNALS = new Set<NodeJS.Signals>(['SIGHUP', 'SIGINT', 'SIGTERM']);

class Supervisor implements EmbeddedNeo4j {
  readonly uri: string;
  readonly user = USER;
  password = '';
  readonly passwordFile: string;
  private readonly logger: Logger;
  private readonly dataDir: string;
  private readonly args: string[];
  private readonly policy: Required<RestartPolicy>;
  private child: ChildProcess | undefined;
  private state: DatabaseStatus = 'ok';
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private failures: number[] = [];
  private downSince = 0;
  private restartTimer: NodeJS.Timeout | undefined;
  private readonly stopListeners: Array<(reason: string) => void> = [];
  private readonly stderrTail: string[] = [];

  constructor(private readonly options: EmbeddedNeo4jOptions) {
    this.logger = options.logger;
    this.dataDir = resolve(projectRoot(), options.dataDir);
    this.passwordFile = join(this.dataDir, PASSWORD_FILE);
    this.uri = `bolt://127.0.0.1:${options.boltPort}`;
    this.policy = {
      initialDelayMs: options.restart?.initialDelayMs ?? 500,
      maxDelayMs: options.restart?.maxDelayMs ?? 10_000,
      maxFailures: options.restart?.maxFailures ?? 8,
      windowMs: options.restart?.windowMs ?? 5 * 60_000,
    };
    const launcherDir = buildLauncher(this.logger);
    this.args = [
      `-Xmx${options.heapMb}m`,
      '-XX:+UseSerialGC',
      // Out of memory, the JVM exits (and is restarted) instead of limping on.
      '-XX:+ExitOnOutOfMemoryError',
      // Neo4j reaches into these JDK internals; without them it fails on Java 17.
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--add-opens=java.base/java.lang=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-cp',
      `${join(launcherDir, 'target', 'classes')}:${join(launcherDir, 'target', 'lib', '*')}`,
      'dev.claimgraph.launcher.EmbeddedNeo4j',
      '--data-dir', this.dataDir,
      '--bolt-port', String(options.boltPort),
      '--password-file', this.passwordFile,
      '--page-cache-mb', String(options.pageCacheMb),
      '--tx-memory-mb', String(options.txMemoryMb ?? 256),
      '--tx-timeout-ms', String(options.txTimeoutMs ?? 10_000),
      '--lock-timeout-ms', String(options.lockTimeoutMs ?? 5_000),
      '--exit-on-stdin-eof',
    ];
  }

  status(): DatabaseStatus {
    return this.state;
  }

  pid(): number | undefined {
    return this.child?.pid;
  }

  onStopRequested(listener: (reason: string) => void): void {
    this.stopListeners.push(listener);
  }

  /** The first start: its failure is the caller's (nothing to supervise yet). */
  async start(): Promise<void> {
    // The folder holds the password file and the database: its owner's only, when we create it.
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    this.logger.info({ dataDir: this.dataDir, boltPort: this.options.boltPort }, 'starting embedded Neo4j');
    await this.launch();
    this.password = readFileSync(this.passwordFile, 'utf8').trim();
    this.logger.info({ uri: this.uri, pid: this.pid() }, 'embedded Neo4j is ready');
  }

  stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    this.stopped ??= this.child ? stopChild(this.child) : Promise.resolve();
    return this.stopped;
  }

  /** Spawns the JVM and resolves once it accepts transactions; then watches it. */
  private async launch(): Promise<void> {
    const child = spawn('java', this.args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.child = child;
    // Writing to a JVM that died is not an error worth crashing for; its exit is handled below.
    child.stdin!.on('error', () => {});
    createInterface({ input: child.stderr! }).on('line', (line) => {
      this.stderrTail.push(line);
      if (this.stderrTail.length > 20) this.stderrTail.shift();
      this.logger.debug({ neo4j: line });
    });
    await waitForReady(child, this.options.startTimeoutMs ?? 180_000, this.stderrTail);
    // Attached in the same tick as READY was seen: no exit can slip in between.
    child.once('exit', (code, signal) => this.exited(child, code, signal));
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || child !== this.child) return;
    this.child = undefined;
    this.downSince = Date.now();
    if ((code !== null && STOP_CODES.has(code)) || (signal !== null && STOP_SIGNALS.has(signal))) {
      const reason = `embedded Neo4j was stopped by a signal (${signal ?? `exit ${code}`})`;
      this.state = 'failed';
      this.logger.warn({ code, signal }, `${reason}: stopping the service`);
      for (const listener of this.stopListeners) listener(reason);
      return;
    }
    this.logger.error({ code, signal, pid: child.pid, stderr: this.stderrTail.slice(-5) }, 'embedded Neo4j exited unexpectedly');
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const now = Date.now();
    this.failures = this.failures.filter((at) => now - at < this.policy.windowMs);
    this.failures.push(now);
    const { maxFailures, windowMs, initialDelayMs, maxDelayMs } = this.policy;
    if (this.failures.length > maxFailures) {
      this.state = 'failed';
      this.logger.error({ failures: this.failures.length, windowMs }, 'embedded Neo4j keeps failing: gave up restarting it');
      return;
    }
    this.state = 'recovering';
    const delayMs = Math.min(initialDelayMs * 2 ** (this.failures.length - 1), maxDelayMs);
    this.logger.warn({ delayMs, attempt: this.failures.length, maxFailures }, 'restarting embedded Neo4j');
    this.restartTimer = setTimeout(() => void this.restart(), delayMs);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    try {
      await this.launch();
    } catch (error) {
      if (this.stopping) return;
      this.child = undefined;
      this.logger.error({ err: error }, 'embedded Neo4j did not come back');
      this.scheduleRestart();
      return;
    }
    if (this.stopping) return;
    this.state = 'ok';
    this.logger.warn({ pid: this.pid(), downMs: Date.now() - this.downSince }, 'embedded Neo4j restarted and is ready');
  }
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not start within ${timeoutMs} ms:\n${stderrTail.join('\n')}`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited during start (${code ?? signal}):\n${stderrTail.join('\n')}`));
    };
    lines.on('line', (line) => {
      if (/^READY \S+$/.test(line)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolveReady();
      }
    });
    child.once('exit', onExit);
  });
}

/** SIGTERM runs Neo4j's clean shutdown; SIGKILL only if that hangs. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(killer);
      done();
    });
    child.kill('SIGTERM');
  });
}
