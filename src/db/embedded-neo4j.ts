import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Why the embedded database could not start, when it is something a person can fix:
 * `BOLT_PORT_TAKEN` (something listens on the Bolt port), `DATA_DIR_LOCKED` (another Neo4j
 * uses the data folder), `JAVA_MISSING`, `MAVEN_MISSING`, `BUILD_FAILED` (Maven could not
 * build the launcher). The message is one line naming the port, folder or tool.
 */
export class EmbeddedStartError extends Error {
  override name = 'EmbeddedStartError';
  constructor(
    readonly reason: 'BOLT_PORT_TAKEN' | 'DATA_DIR_LOCKED' | 'JAVA_MISSING' | 'MAVEN_MISSING' | 'BUILD_FAILED',
    message: string,
  ) {
    super(message);
  }
}

/** The launcher's exit code for a failure it named on stdout ("FAILED <reason>"). */
const EXIT_NAMED_FAILURE = 3;

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
 * What a first build downloads into an empty ~/.m2/repository (the pom's Neo4j 5.26.30, its
 * Bolt connector and Maven's plugins), measured with `-Dmaven.repo.local` set to an empty
 * folder: 856 files, 165 MB (170 MB on disk). Only for the progress lines' "of about".
 */
const EXPECTED_DOWNLOAD = { files: 856, bytes: 165_000_000 };
const PROGRESS_EVERY_MS = 5_000;

/** Terminal colour and cursor codes (CSI and OSC sequences), which never belong in a log. */
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** `text` without ANSI escape codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/**
 * The size in bytes of the file a Maven `Downloaded from <repo>: <url> (<size> <unit> at
 * <rate>)` line reports (Maven counts kB and MB in powers of 1000), or undefined for any other
 * line. ANSI codes are ignored.
 */
export function mavenDownloadBytes(line: string): number | undefined {
  const match = /Downloaded from [^:]+: \S+ \((\d+(?:\.\d+)?) (B|kB|MB|GB)\b/.exec(stripAnsi(line));
  if (!match) return undefined;
  const unit = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[match[2] as 'B' | 'kB' | 'MB' | 'GB'];
  return Math.round(Number(match[1]) * unit);
}

/** "12 MB" for a byte count. */
function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1e6)} MB`;
}

/**
 * Builds the Java launcher with Maven unless its build is newer than its sources. The build
 * (the launcher class plus Neo4j's jars in target/lib) is cached in neo4j-launcher/target.
 *
 * A build says what it does: plain lines on stderr (stdout carries only the server's JSON
 * logs) when it starts, every 5 s while Maven runs (files and megabytes downloaded so far,
 * seconds, an estimate of the time left) and when it ends, without ANSI codes; the start and
 * the end are logged at info too. A failed build prints Maven's [ERROR] lines on stderr and
 * rejects with an `EmbeddedStartError` (`MAVEN_MISSING` or `BUILD_FAILED`).
 */
export async function buildLauncher(logger: Logger): Promise<string> {
  const dir = join(projectRoot(), LAUNCHER_DIR);
  const stamp = join(dir, 'target', 'lib', '.built');
  const sourcesTime = Math.max(newestSourceTime(join(dir, 'src')), statSync(join(dir, 'pom.xml')).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sourcesTime) return dir;

  const say = (line: string) => void process.stderr.write(`claimgraph: ${line}\n`);
  logger.info({ expectedDownloadMb: Math.round(EXPECTED_DOWNLOAD.bytes / 1e6) }, 'building the embedded Neo4j launcher with Maven');
  say(
    `building the embedded Neo4j launcher with Maven: a first build downloads Neo4j 5.26 from Maven Central ` +
      `(about ${megabytes(EXPECTED_DOWNLOAD.bytes)}, ${EXPECTED_DOWNLOAD.files} files, into ~/.m2/repository); later starts skip this`,
  );
  const started = Date.now();
  let files = 0;
  let bytes = 0;
  const output: string[] = [];
  const progress = setInterval(() => {
    const seconds = Math.round((Date.now() - started) / 1000);
    if (files === 0) {
      say(`Maven is working (nothing downloaded yet), ${seconds} s`);
      return;
    }
    // Maven fetches many small poms first, then the jars: the further along of the two counts.
    const done = Math.max(files / EXPECTED_DOWNLOAD.files, bytes / EXPECTED_DOWNLOAD.bytes);
    const eta = done >= 0.05 && done < 1 ? `, about ${Math.max(1, Math.round((seconds * (1 - done)) / done))} s left` : '';
    say(`Maven: ${files} files, ${megabytes(bytes)} of about ${megabytes(EXPECTED_DOWNLOAD.bytes)} downloaded, ${seconds} s${eta}`);
  }, PROGRESS_EVERY_MS);
  let status: number | null;
  try {
    status = await new Promise<number | null>((resolveExit, reject) => {
      // Batch mode, no colours: Maven then prints one "Downloaded from" line per file, which the
      // progress lines sum up; the rest is kept for an error report only.
      const maven = spawn('mvn', ['-B', '-Dstyle.color=never', 'package', '-DskipTests'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, MAVEN_OPTS: `${process.env.MAVEN_OPTS ?? ''} -Djansi.strip=true`.trim() },
      });
      maven.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'ENOENT'
            ? new EmbeddedStartError('MAVEN_MISSING', 'Maven (mvn) is not installed: the embedded database needs Maven and a JDK 17+ to build its launcher')
            : error,
        );
      });
      for (const stream of [maven.stdout!, maven.stderr!]) {
        createInterface({ input: stream }).on('line', (raw) => {
          const line = stripAnsi(raw);
          const size = mavenDownloadBytes(line);
          if (size !== undefined) {
            files++;
            bytes += size;
          } else if (!/Downloading from /.test(line)) {
            output.push(line);
            if (output.length > 400) output.shift();
          }
        });
      }
      maven.once('close', (code) => resolveExit(code));
    });
  } finally {
    clearInterval(progress);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  if (status !== 0) {
    const errors = output.filter((line) => line.startsWith('[ERROR]'));
    for (const line of errors.length > 0 ? errors : output.slice(-20)) process.stderr.write(`${line}\n`);
    // Maven's summary line names the cause (an artifact it could not fetch, a compilation failure).
    const first = (errors.find((line) => line.includes('Failed to execute goal')) ?? errors.find((line) => line.trim() !== '[ERROR]'))
      ?.replace(/^\[ERROR\]\s*/, '')
      .replace(/\s*-> \[Help \d+\]$/, '');
    throw new EmbeddedStartError(
      'BUILD_FAILED',
      `building the embedded Neo4j launcher with Maven failed (exit ${status})${first ? `: ${first}` : ''}`,
    );
  }
  writeFileSync(stamp, '');
  say(`the embedded Neo4j launcher is built: ${files} files, ${megabytes(bytes)} downloaded, ${seconds} s`);
  logger.info({ files, downloadedMb: Math.round(bytes / 1e6), seconds }, 'built the embedded Neo4j launcher');
  return dir;
}

/**
 * Starts Neo4j embedded in a child JVM, closed to other local processes (Bolt on 127.0.0.1
 * only, authentication on, LOAD CSV without file URLs or network access, no HTTP), with the
 * transaction bounds given, and resolves once it accepts transactions. The JVM is then
 * supervised (see `RestartPolicy`). It runs in its own process group, so a Ctrl-C in the
 * terminal reaches only the server, which stops it after draining; and it exits when this
 * process's end of its stdin closes, so even a SIGKILL of the server leaves no orphan
 * database behind. A taken Bolt port, a data folder another Neo4j holds, or a missing JDK or
 * Maven reject with an `EmbeddedStartError` (one line), not a Java stack trace.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const supervisor = new Supervisor(options, await buildLauncher(options.logger));
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

  constructor(
    private readonly options: EmbeddedNeo4jOptions,
    launcherDir: string,
  ) {
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
    createInterface({ input: child.stderr! }).on('line', (raw) => {
      const line = stripAnsi(raw);
      this.stderrTail.push(line);
      if (this.stderrTail.length > 20) this.stderrTail.shift();
      this.logger.debug({ neo4j: line });
    });
    await waitForReady(child, this.options.startTimeoutMs ?? 180_000, this.stderrTail, {
      boltPort: this.options.boltPort,
      dataDir: this.dataDir,
    });
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

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[], where: { boltPort: number; dataDir: string }): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let named: string | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not start within ${timeoutMs} ms:\n${stderrTail.join('\n')}`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      if (code === EXIT_NAMED_FAILURE && named === 'bolt-port-taken') {
        reject(new EmbeddedStartError('BOLT_PORT_TAKEN', `the Bolt port 127.0.0.1:${where.boltPort} is taken by another process (another claimgraph or Neo4j?)`));
      } else if (code === EXIT_NAMED_FAILURE && named === 'data-dir-locked') {
        reject(new EmbeddedStartError('DATA_DIR_LOCKED', `the data folder ${where.dataDir} is in use by another Neo4j (another claimgraph running on it?)`));
      } else {
        reject(new Error(`embedded Neo4j exited during start (${code ?? signal}):\n${stderrTail.join('\n')}`));
      }
    };
    const onError = (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      child.off('close', onExit);
      reject(
        error.code === 'ENOENT'
          ? new EmbeddedStartError('JAVA_MISSING', 'java is not installed: the embedded database needs a JDK 17+')
          : error,
      );
    };
    lines.on('line', (line) => {
      named = /^FAILED (\S+)$/.exec(line)?.[1] ?? named;
      if (/^READY \S+$/.test(line)) {
        clearTimeout(timer);
        child.off('close', onExit);
        child.off('error', onError);
        resolveReady();
      }
    });
    // 'close', not 'exit': it comes after stdout has ended, so a FAILED line is read by then.
    child.once('close', onExit);
    child.once('error', onError);
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
