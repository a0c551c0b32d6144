/** The results of `npm run bench:load`: types, markdown, files. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineInfo } from '../report.js';
import type { KindSummary, WorkerResult } from './worker.js';

export interface LoadSettings {
  seconds: number;
  connections: number;
  warmupSeconds: number;
  runs: string[];
  abuseRate: number;
  abuseConnections: number;
  abuseCount: number;
  writeIds: number;
  timeoutSeconds: number;
  abuseTimeoutSeconds: number;
  serverEnv: Record<string, string>;
}

export interface ProcessMemory {
  /** VmHWM: the process's peak RSS since it started (startup and seeding included), MB. */
  peakRssMb?: number;
  /** The largest VmRSS seen while the recorded load ran, MB. */
  maxRssDuringRunMb?: number;
  /** VmRSS as the recorded load ended, MB. */
  rssAtEndMb?: number;
}

export interface RunResult {
  name: string;
  server: {
    pid?: number;
    /** Every JVM pid seen under the server (more than one when it restarted its JVM). */
    jvmPids?: number[];
    startSeconds?: number;
    /** Set when the server exited by itself (code or signal, seconds after the recorded load started). */
    died?: { code: number | null; signal: string | null; atSeconds: number };
    /** Set when the JVM was gone while the server still ran. */
    jvmDiedAtSeconds?: number;
    aliveAfterRun?: boolean;
    readyAfterRun?: boolean;
    shutdown?: string;
    leftoverProcesses?: string[];
    stderrTail: string[];
    /** The server's last error/fatal log lines (pino, stdout), cut to 600 characters. */
    errorLog?: string[];
  };
  preflight: { traceClaimIds: string[]; checks: Record<string, { status: number; ms: number; bytes: number; error?: string }> };
  warmup?: { responses: number; errors: number; firstError?: string };
  wellBehaved?: WorkerResult;
  abusive?: WorkerResult;
  workerErrors: string[];
  memory: { server: ProcessMemory; jvm: ProcessMemory };
  health: { probes: number; failures: number; maxMs: number; firstFailure?: string };
  error?: string;
}

export interface LoadRun {
  date: string;
  machine: MachineInfo;
  settings: LoadSettings;
  mix: { kind: string; weight: number; query: string }[];
  abusiveQueries: { kind: string; description: string; bytes: number }[];
  runs: RunResult[];
  targets: Target[];
  /** Set when a signal cut the bench short: the results are partial. */
  interrupted?: string;
}

export interface Target {
  name: string;
  value: string;
  met: boolean | undefined;
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
/** Errors of a well-behaved run: responses that are non-2xx or carry GraphQL errors, connection errors, timeouts. */
export function wellBehavedErrors(w: WorkerResult | undefined): number | undefined {
  return w ? w.errorResponses + w.connectionErrors + w.timeouts : undefined;
}

export function targets(runs: RunResult[]): Target[] {
  const out: Target[] = [];
  const clean = runs.find((r) => r.name === 'clean');
  const abusive = runs.find((r) => r.name === 'abusive');
  for (const run of runs) {
    const errors = wellBehavedErrors(run.wellBehaved);
    out.push({ name: `${run.name}: well-behaved errors = 0`, value: errors === undefined ? 'not measured' : String(errors), met: errors === undefined ? undefined : errors === 0 });
    const peak = run.memory.server.peakRssMb;
    out.push({ name: `${run.name}: server peak RSS ≤ 300 MB`, value: `${fmt(peak, 0)} MB`, met: peak === undefined ? undefined : peak <= 300 });
  }
  if (abusive) {
    const died = abusive.server.died;
    out.push({
      name: 'abusive: the server survives',
      value: died ? `died ${fmt(died.atSeconds)} s into the run (${died.signal ?? `exit ${died.code}`})` : abusive.server.aliveAfterRun ? 'alive and ready' : 'alive, not ready',
      met: !died && abusive.server.aliveAfterRun === true && abusive.server.readyAfterRun === true,
    });
  }
  if (clean?.wellBehaved && abusive?.wellBehaved) {
    const ratio = abusive.wellBehaved.latency.p99 / clean.wellBehaved.latency.p99;
    out.push({ name: 'well-behaved p99, abusive / clean ≤ 2', value: `${fmt(abusive.wellBehaved.latency.p99, 0)} / ${fmt(clean.wellBehaved.latency.p99, 0)} ms = ${fmt(ratio, 2)}`, met: ratio <= 2 && !abusive.server.died });
  }
  return out;
}

export function toMarkdown(run: LoadRun): string {
  const s = run.settings;
  const m = run.machine;
  const lines: string[] = [];
  lines.push(`# claimgraph load bench, ${run.date}`, '');
  if (run.interrupted) lines.push(`**Partial results: ${run.interrupted}.**`, '');
  lines.push(
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}. Load average ${m.loadAverageAtStart} as the run started. ` +
      'Server (`node dist/server/main.js`), its embedded Neo4j 5.26 JVM and the load generators (autocannon 8) are separate processes on this one machine.',
    '',
  );
  lines.push(
    `Each run: a fresh server (${Object.entries(s.serverEnv)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}, its own empty data folder, seed graph of article 000), ${s.warmupSeconds} s of unrecorded warm-up with the mix, then ${s.seconds} s recorded: ` +
      `the well-behaved mix on ${s.connections} connections (closed loop, request timeout ${s.timeoutSeconds} s)` +
      (s.runs.includes('abusive')
        ? `; in the abusive run, at the same time from another process, the abusive queries in turn at ${s.abuseRate} req/s over ${s.abuseConnections} connections (timeout ${s.abuseTimeoutSeconds} s).`
        : '.'),
    '',
  );
  lines.push('## Well-behaved traffic', '');
  lines.push('| run | responses | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | GraphQL errors | conn. errors | timeouts | server peak RSS MB | server max RSS in run MB | JVM peak RSS MB | /health max ms (failed) |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of run.runs) {
    const w = r.wellBehaved;
    lines.push(
      `| ${r.name}${r.server.died ? ' (server died)' : ''} | ${w?.responses ?? '–'} | ${fmt(w?.throughput, 0)} | ${fmt(w?.latency.p50, 0)} | ${fmt(w?.latency.p90, 0)} | ${fmt(w?.latency.p99, 0)} | ${fmt(w?.latency.max, 0)} | ${w?.non2xx ?? '–'} | ${w?.graphqlErrorResponses ?? '–'} | ${w?.connectionErrors ?? '–'} | ${w?.timeouts ?? '–'} | ${fmt(r.memory.server.peakRssMb, 0)} | ${fmt(r.memory.server.maxRssDuringRunMb, 0)} | ${fmt(r.memory.jvm.peakRssMb, 0)} | ${fmt(r.health.maxMs, 0)} (${r.health.failures}/${r.health.probes}) |`,
    );
  }
  lines.push('');
  const kinds = [...new Set(run.runs.flatMap((r) => Object.keys(r.wellBehaved?.byKind ?? {})))];
  if (kinds.length > 0) {
    lines.push('Per kind (latency measured by autocannon per response; errors = non-2xx or GraphQL errors):', '');
    lines.push(`| kind | ${run.runs.map((r) => `${r.name} responses | ${r.name} p50 ms | ${r.name} p99 ms | ${r.name} errors`).join(' | ')} |`);
    lines.push(`| --- | ${run.runs.map(() => '--- | --- | --- | ---').join(' | ')} |`);
    for (const kind of kinds) {
      const cells = run.runs.map((r) => {
        const k: KindSummary | undefined = r.wellBehaved?.byKind[kind];
        return k ? `${k.responses} | ${fmt(k.p50Ms, 0)} | ${fmt(k.p99Ms, 0)} | ${k.errorResponses}` : '– | – | – | –';
      });
      lines.push(`| ${kind} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  const abusive = run.runs.find((r) => r.abusive);
  if (abusive?.abusive) {
    lines.push('## Abusive traffic (abusive run)', '');
    lines.push('| query | bytes | responses | HTTP statuses | error codes | p50 ms | max ms | largest answer |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const q of run.abusiveQueries) {
      const k = abusive.abusive.byKind[q.kind];
      const statuses = k ? Object.entries(k.statuses).map(([code, n]) => `${code}×${n}`).join(', ') : '–';
      const codes = k ? Object.entries(k.errorCodes).map(([code, n]) => `${code}×${n}`).join(', ') || 'none' : '–';
      lines.push(`| ${q.kind}: ${q.description} | ${q.bytes} | ${k?.responses ?? 0} | ${statuses} | ${codes} | ${fmt(k?.p50Ms, 0)} | ${fmt(k?.maxMs, 0)} | ${k ? `${fmt(k.maxBytes / 1024, 1)} kB` : '–'} |`);
    }
    const a = abusive.abusive;
    lines.push('', `Abusive generator: ${a.responses} responses in ${fmt(a.seconds)} s, ${a.connectionErrors} connection errors, ${a.timeouts} timeouts${a.stoppedEarly ? ', stopped early' : ''}.`, '');
  }
  lines.push('## Targets', '');
  lines.push('| target | value | met |', '| --- | --- | --- |');
  for (const t of run.targets) lines.push(`| ${t.name} | ${t.value} | ${t.met === undefined ? '–' : t.met ? 'yes' : '**no**'} |`);
  lines.push('');
  const notes: string[] = [];
  for (const r of run.runs) {
    if (r.error) notes.push(`- **${r.name}**: the run failed: ${r.error}`);
    if (r.server.died) notes.push(`- **${r.name}**: the server exited ${fmt(r.server.died.atSeconds)} s into the recorded load (${r.server.died.signal ?? `exit code ${r.server.died.code}`}); the load generators were stopped then. Last server stderr: \`${(r.server.stderrTail.slice(-3).join(' ⏎ ') || '(none)').replace(/`/g, "'").slice(0, 600)}\``);
    if (r.server.jvmDiedAtSeconds !== undefined) notes.push(`- **${r.name}**: the Neo4j JVM was gone ${fmt(r.server.jvmDiedAtSeconds)} s into the recorded load.`);
    if ((r.server.jvmPids?.length ?? 0) > 1) notes.push(`- **${r.name}**: the server ran ${r.server.jvmPids!.length} JVMs in turn (pids ${r.server.jvmPids!.join(', ')}): it restarted its database.`);
    if (r.health.failures > 0) notes.push(`- **${r.name}**: ${r.health.failures} of ${r.health.probes} /health probes (1 per s, 5 s timeout) failed: ${r.health.firstFailure ?? ''}`);
    for (const e of r.workerErrors) notes.push(`- **${r.name}**: ${e}`);
    if (r.server.leftoverProcesses?.length) notes.push(`- **${r.name}**: processes left after stopping the server (then killed): ${r.server.leftoverProcesses.join(', ')}`);
    if (r.server.shutdown && r.server.shutdown !== 'exited') notes.push(`- **${r.name}**: server shutdown: ${r.server.shutdown}`);
    const lastError = r.server.errorLog?.at(-1);
    if (lastError) {
      const message = /"message":"((?:[^"\\]|\\.)*)"/.exec(lastError)?.[1] ?? lastError;
      notes.push(`- **${r.name}**: the server logged ${r.server.errorLog!.length > 1 ? 'errors; the last' : 'an error'}: \`${message.replace(/`/g, "'").slice(0, 400)}\``);
    }
    const samples = [
      ...Object.entries(r.wellBehaved?.byKind ?? {}).flatMap(([kind, k]) => k.samples.map((sample) => `well-behaved ${kind}: ${sample}`)),
      ...(r.wellBehaved?.connectionErrorSamples ?? []).map((sample) => `well-behaved connection: ${sample}`),
      ...(r.abusive?.connectionErrorSamples ?? []).map((sample) => `abusive connection: ${sample}`),
    ];
    if (samples.length > 0) {
      notes.push(`- **${r.name}**, error samples:`);
      for (const sample of samples.slice(0, 20)) notes.push(`  - \`${sample.replace(/`/g, "'").replace(/\s+/g, ' ').slice(0, 400)}\``);
    }
  }
  if (notes.length > 0) lines.push('## Notes', '', ...notes, '');
  lines.push('## The well-behaved mix (one round)', '');
  for (const q of run.mix) lines.push(`- ${q.kind} ×${q.weight}: \`${q.query.replace(/\s+/g, ' ')}\``);
  lines.push('');
  return lines.join('\n');
}

export function writeResults(dir: string, run: LoadRun, markdown: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = run.date.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const paths = { json: join(dir, `load-${stamp}.json`), markdown: join(dir, `load-${stamp}.md`) };
  writeFileSync(paths.json, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(paths.markdown, markdown);
  return paths;
}
