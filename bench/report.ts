import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import type { WalkSummary } from './contenders/contender.js';
import type { LoadResult } from './load-graph.js';
import type { CellMeasurement } from './load-runner.js';

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** The 1-minute load average as the run started, before the bench itself ran: well above 0 means something else was busy. */
  loadAverageAtStart: number;
}

/** One contender at one concurrency on one scale. */
export interface CellResult extends CellMeasurement {
  contender: string;
  concurrency: number;
}

export interface ScaleResult {
  scale: string;
  targetNodes: number;
  neo4jStartSeconds: number;
  load: LoadResult;
  /** What each contender's answer for the first probe claim holds. */
  walks: Record<string, WalkSummary | { error: string }>;
  cells: CellResult[];
}

export interface BenchRun {
  /** ISO time the run started. */
  date: string;
  machine: MachineInfo;
  settings: {
    seed: number;
    warmupSeconds: number;
    seconds: number;
    concurrencies: number[];
    scales: string[];
    probeClaims: number;
    probeCitations: number;
    probeLevels: number;
    neo4j: { pageCacheMb: number; heapMb: number };
  };
  contenders: { name: string; description: string }[];
  scales: ScaleResult[];
}

/** One ratio the issue sets a target for, in one cell; `met` is null when a cell it needs is invalid or missing. */
export interface RatioResult {
  ratio: string;
  scale: string;
  concurrency: number;
  value: number | null;
  target: string;
  met: boolean | null;
  note?: string;
}

/** The machine the bench runs on, as Node sees it. */
export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${platform()} ${arch()}`,
    loadAverageAtStart: Math.round(loadavg()[0]! * 100) / 100,
  };
}

const cellOf = (scale: ScaleResult | undefined, contender: string, concurrency: number) =>
  scale?.cells.find((cell) => cell.contender === contender && cell.concurrency === concurrency);
const valid = (cell: CellResult | undefined): cell is CellResult => cell !== undefined && cell.errors === 0 && cell.requests > 0;

function ratioOf(
  ratio: string,
  scale: string,
  concurrency: number,
  target: string,
  cells: [CellResult | undefined, CellResult | undefined],
  value: (a: CellResult, b: CellResult) => number,
  meets: (value: number) => boolean,
): RatioResult {
  const [a, b] = cells;
  if (!valid(a) || !valid(b)) {
    const missing = !a || !b;
    return { ratio, scale, concurrency, value: null, target, met: null, note: missing ? 'cell not run' : 'a cell had errors' };
  }
  const v = value(a, b);
  return { ratio, scale, concurrency, value: v, target, met: meets(v) };
}

/**
 * The three ratios the issue sets targets for, in every cell they apply to: trace p50 over
 * raw Cypher p50, trace throughput over @neo4j/graphql throughput (depth 4), and trace p50
 * at 1M over trace p50 at 10k (same probe walk). Measures only: a missed target fails nothing.
 */
export function ratios(run: BenchRun): RatioResult[] {
  const results: RatioResult[] = [];
  const { concurrencies } = run.settings;
  for (const scale of run.scales) {
    for (const c of concurrencies) {
      results.push(
        ratioOf('trace p50 / raw p50', scale.scale, c, '≤ 1.3', [cellOf(scale, 'trace', c), cellOf(scale, 'raw-cypher', c)], (a, b) => a.p50Ms / b.p50Ms, (v) => v <= 1.3),
      );
    }
  }
  for (const scale of run.scales) {
    for (const c of concurrencies) {
      results.push(
        ratioOf('trace req/s / neo4j-graphql req/s', scale.scale, c, '≥ 3', [cellOf(scale, 'trace', c), cellOf(scale, 'neo4j-graphql', c)], (a, b) => a.throughput / b.throughput, (v) => v >= 3),
      );
    }
  }
  const small = run.scales.find((s) => s.scale === '10k');
  const large = run.scales.find((s) => s.scale === '1m');
  for (const c of concurrencies) {
    results.push(
      ratioOf('trace p50 at 1m / at 10k', '1m vs 10k', c, '≤ 1.5', [cellOf(large, 'trace', c), cellOf(small, 'trace', c)], (a, b) => a.p50Ms / b.p50Ms, (v) => v <= 1.5),
    );
  }
  return results;
}

/** One line per ratio: in how many valid cells the target was met, and the range of values. */
function summarizeTargets(ratioResults: RatioResult[]): string[] {
  const names = [...new Set(ratioResults.map((r) => r.ratio))];
  return names.map((name) => {
    const results = ratioResults.filter((r) => r.ratio === name);
    const values = results.flatMap((r) => (r.value === null ? [] : [r.value]));
    if (values.length === 0) return `- ${name} (${results[0]!.target}): no valid cells`;
    const met = results.filter((r) => r.met).length;
    return `- ${name} (${results[0]!.target}): met in ${met} of ${values.length} cells; ${fixed(Math.min(...values))}–${fixed(Math.max(...values))}`;
  });
}

const fixed = (value: number | null, digits = 2) => (value === null || Number.isNaN(value) ? '–' : value.toFixed(digits));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The run as a markdown report: data, what each contender walks, the measurements, the targets. */
export function toMarkdown(run: BenchRun, ratioResults: RatioResult[]): string {
  const { machine, settings } = run;
  const lines = [
    `# claimgraph bench, ${run.date}`,
    '',
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}. ` +
      `Load average ${machine.loadAverageAtStart} as the run started. ` +
      `Embedded Neo4j 5.26, page cache ${settings.neo4j.pageCacheMb} MB, heap ${settings.neo4j.heapMb} MB; everything on this one machine.`,
    '',
    `Each cell: ${settings.warmupSeconds} s warm-up, then ${settings.seconds} s of closed-loop requests; ` +
      `${settings.probeClaims} probe claims rotated (${settings.probeCitations} citations over ${settings.probeLevels} levels of sources each, same at every scale). Seed ${settings.seed}.`,
    '',
    '## Contenders',
    '',
    ...run.contenders.map((c) => `- **${c.name}**: ${c.description}`),
    '',
    '## Data',
    '',
    row(['scale', 'nodes', 'sources', 'claims', 'citations', 'CITES', 'multi-root claims', 'diamonds', 'cycles', 'max citations/claim', 'load s']),
    row(Array(11).fill('---')),
    ...run.scales.map((s) => {
      const { shape, counted } = s.load;
      return row([
        s.scale,
        counted.sources + counted.claims + counted.citations,
        counted.sources,
        counted.claims,
        counted.citations,
        counted.cites,
        shape.multiRootClaims,
        shape.diamondClaims,
        shape.cyclicClaims,
        shape.maxCitationsPerClaim,
        fixed(s.load.seconds, 1),
      ]);
    }),
    '',
    '## What each contender returns for one probe claim',
    '',
    row(['scale', 'contender', 'citations', 'depth', 'note']),
    row(Array(5).fill('---')),
    ...run.scales.flatMap((s) =>
      Object.entries(s.walks).map(([name, walk]) =>
        'error' in walk ? row([s.scale, name, '–', '–', `error: ${walk.error}`]) : row([s.scale, name, walk.citations, walk.depth ?? '–', walk.note ?? '']),
      ),
    ),
    '',
    '## Latency and throughput',
    '',
    row(['scale', 'contender', 'clients', 'requests', 'p50 ms', 'p95 ms', 'req/s', 'errors']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...run.scales.flatMap((s) =>
      s.cells.map((c) =>
        row([s.scale, c.contender, c.concurrency, c.requests, fixed(c.p50Ms), fixed(c.p95Ms), fixed(c.throughput, 0), c.errors ? `${c.errors}: ${c.firstError}` : 0]),
      ),
    ),
    '',
    '## Targets',
    '',
    ...summarizeTargets(ratioResults),
    '',
    row(['ratio', 'scale', 'clients', 'value', 'target', 'met']),
    row(['---', '---', '---:', '---:', '---', '---']),
    ...ratioResults.map((r) => row([r.ratio, r.scale, r.concurrency, fixed(r.value), r.target, r.met === null ? `– (${r.note})` : r.met ? 'yes' : 'NO'])),
    '',
  ];
  return lines.join('\n');
}

/** Writes the run as JSON and markdown to `dir`, named by its date; returns the two paths. */
export function writeResults(dir: string, run: BenchRun, ratioResults: RatioResult[], markdown: string): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = run.date.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  const paths = { json: `${dir}/bench-${stamp}.json`, markdown: `${dir}/bench-${stamp}.md` };
  writeFileSync(paths.json, `${JSON.stringify({ ...run, ratios: ratioResults }, null, 2)}\n`);
  writeFileSync(paths.markdown, markdown);
  return paths;
}
