/**
 * Child processes of `npm run bench:load`: the server (`node dist/server/main.js`, which starts
 * the embedded Neo4j JVM itself) and the load generators. Every child is started in its own
 * process group and registered here, so that any exit of the orchestrator (normal end, error,
 * Ctrl-C, SIGTERM) kills them all, JVM included.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const live = new Set<ChildProcess>();
/** Processes we did not spawn but must not leave behind (the server's JVM, which runs in its own process group): pid → command. */
const adopted = new Map<number, string>();

/** Tracks a grandchild (the JVM) so that any exit of ours kills it too. */
export function adopt(pid: number): void {
  const stat = procStat(pid);
  if (stat) adopted.set(pid, stat.comm);
}

/** True while `pid` is alive and still runs `comm` (not a reused pid). */
function stillOurs(pid: number, comm: string): boolean {
  const stat = procStat(pid);
  return stat !== undefined && stat.comm === comm && !isZombie(pid);
}

function killAdopted(pid: number): void {
  const comm = adopted.get(pid);
  if (comm !== undefined && stillOurs(pid, comm)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}

/** Spawns `command` detached (its own process group) and tracks it until it exits. */
export function spawnTracked(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string }): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  child.once('error', () => live.delete(child));
  return child;
}

export const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** SIGKILL to the process group of every tracked child (so the JVM under the server too). Synchronous: safe in an exit handler. */
export function killAllNow(): void {
  for (const child of live) {
    // A JVM not adopted yet (the server still starting) runs in its own group: find it first.
    if (child.pid !== undefined) for (const pid of childrenOf(child.pid, 'java')) adopt(pid);
    killGroup(child, 'SIGKILL');
  }
  for (const pid of adopted.keys()) killAdopted(pid);
}

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Waits for `child` to exit, at most `ms`; true when it did. */
export function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (!isRunning(child)) return Promise.resolve(true);
  return new Promise((resolveWait) => {
    const timer = setTimeout(() => resolveWait(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveWait(true);
    });
  });
}

/**
 * Stops a child: SIGTERM to the process itself (the server then drains and stops its JVM),
 * SIGKILL to its whole group after `graceMs`; then waits up to 15 s for anything left in the
 * group and for `alsoPids` (adopted: the JVM), and SIGKILLs what remains.
 * Returns how it ended.
 */
export async function stopChild(child: ChildProcess, graceMs: number, alsoPids: number[] = []): Promise<'already exited' | 'exited' | 'killed'> {
  const group = child.pid;
  let how: 'already exited' | 'exited' | 'killed' = 'already exited';
  if (isRunning(child)) {
    child.kill('SIGTERM');
    how = 'exited';
    if (!(await waitForExit(child, graceMs))) {
      how = 'killed';
      killGroup(child, 'SIGKILL');
      await waitForExit(child, 5000);
    }
  }
  // The JVM exits when the server's end of its stdin closes; give it a moment, then make sure.
  const lingering = () => [
    ...(group === undefined ? [] : groupMembers(group).map((p) => p.pid)),
    ...alsoPids.filter((pid) => adopted.has(pid) && stillOurs(pid, adopted.get(pid)!)),
  ];
  const deadline = Date.now() + 15_000;
  while (lingering().length > 0 && Date.now() < deadline) await sleep(200);
  if (group !== undefined && groupMembers(group).length > 0) killGroup(child, 'SIGKILL');
  for (const pid of alsoPids) killAdopted(pid);
  return how;
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  pgrp: number;
}

function procStat(pid: number): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    return { pid, comm, ppid: Number(fields[1]), pgrp: Number(fields[2]) };
  } catch {
    return undefined;
  }
}

function allProcesses(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (stat) out.push(stat);
  }
  return out;
}

/** Whether an adopted pid is still alive (and still the same command). */
export function adoptedAlive(pid: number): boolean {
  const comm = adopted.get(pid);
  return comm !== undefined && stillOurs(pid, comm);
}

/** Live processes in process group `pgrp`. */
export function groupMembers(pgrp: number): ProcStat[] {
  return allProcesses().filter((p) => p.pgrp === pgrp && !isZombie(p.pid));
}

function isZombie(pid: number): boolean {
  try {
    return /^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

/** The direct children of `pid` whose command is `comm` (the server's JVM: `java`). */
export function childrenOf(pid: number, comm: string): number[] {
  return allProcesses()
    .filter((p) => p.ppid === pid && p.comm === comm)
    .map((p) => p.pid);
}

/** VmRSS and VmHWM (peak RSS) of a process, in MB; undefined once it is gone. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const rss = kb('VmRSS');
    const hwm = kb('VmHWM');
    if (!Number.isFinite(rss)) return undefined;
    return { rssMb: rss / 1024, hwmMb: hwm / 1024 };
  } catch {
    return undefined;
  }
}

/** A free loopback TCP port. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Keeps the last `max` lines of a stream. */
export function tailOf(stream: NodeJS.ReadableStream | null, max: number): string[] {
  const lines: string[] = [];
  let partial = '';
  stream?.setEncoding?.('utf8');
  stream?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line.length > 1000 ? `${line.slice(0, 1000)}…` : line);
      if (lines.length > max) lines.shift();
    }
  });
  return lines;
}

/** The tracked children still running. */
export function liveChildren(): ReturnType<typeof spawnTracked>[] {
  return [...live].filter(isRunning);
}
