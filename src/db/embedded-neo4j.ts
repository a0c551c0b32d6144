import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Logger } from 'pino';
import { projectRoot } from './project-root.js';

/** A running embedded Neo4j and how to stop it. */
export interface EmbeddedNeo4j {
  uri: string;
  stop(): Promise<void>;
}

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  boltPort: number;
  pageCacheMb: number;
  heapMb: number;
  logger: Logger;
  /** How long to wait for the database to accept transactions. Generous: a cold JVM on 2 cores. */
  startTimeoutMs?: number;
}

const LAUNCHER_DIR = 'neo4j-launcher';

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
 * Starts Neo4j embedded in a child JVM with Bolt on 127.0.0.1, and resolves once it accepts
 * transactions. The child exits when this process's end of its stdin closes, so even a
 * crash of the server leaves no orphan database behind.
 */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const { logger } = options;
  const launcherDir = buildLauncher(logger);
  const dataDir = resolve(projectRoot(), options.dataDir);
  mkdirSync(dataDir, { recursive: true });

  const args = [
    `-Xmx${options.heapMb}m`,
    '-XX:+UseSerialGC',
    // Neo4j reaches into these JDK internals; without them it fails on Java 17.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    `${join(launcherDir, 'target', 'classes')}:${join(launcherDir, 'target', 'lib', '*')}`,
    'dev.claimgraph.launcher.EmbeddedNeo4j',
    '--data-dir', dataDir,
    '--bolt-port', String(options.boltPort),
    '--page-cache-mb', String(options.pageCacheMb),
    '--exit-on-stdin-eof',
  ];
  logger.info({ dataDir, boltPort: options.boltPort }, 'starting embedded Neo4j');
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
    logger.debug({ neo4j: line });
  });

  const uri = await waitForReady(child, options.startTimeoutMs ?? 180_000, stderrTail);
  logger.info({ uri }, 'embedded Neo4j is ready');
  return { uri, stop: () => stopChild(child) };
}

function waitForReady(child: ChildProcess, timeoutMs: number, stderrTail: string[]): Promise<string> {
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not start within ${timeoutMs} ms:\n${stderrTail.join('\n')}`));
    }, timeoutMs);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^READY (\S+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolveReady(match[1]!);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited during start (${code ?? signal}):\n${stderrTail.join('\n')}`));
    });
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
