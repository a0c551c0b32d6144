/**
 * The load generator, run as its own process (`node --import tsx bench/load/worker.ts <config>`)
 * so that it never shares the server's event loop. One autocannon instance, either the
 * well-behaved mix or the abusive queries; writes its result as JSON to `config.out`.
 *
 * Stops early on SIGTERM/SIGINT (the partial result is still written), and exits when its stdin
 * closes, so it cannot outlive the orchestrator that started it.
 */
import { writeFileSync } from 'node:fs';
import autocannon, { type Client, type Request, type Result } from 'autocannon';
import { abusiveQueries, mixRound, wellBehavedMix } from './traffic.js';

export interface WorkerConfig {
  url: string;
  scenario: 'mix' | 'abuse';
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unlimited when absent. */
  overallRate?: number;
  timeoutSeconds: number;
  traceClaimIds: string[];
  writeIds: number;
  abuseCount: number;
  out: string;
}

export interface KindSummary {
  responses: number;
  statuses: Record<string, number>;
  non2xx: number;
  /** 2xx or not, responses whose body has a GraphQL `errors` array. */
  graphqlErrorResponses: number;
  /** Responses that are non-2xx or carry GraphQL errors (each counted once). */
  errorResponses: number;
  /** extensions.code of every error seen (or `?` when none), counted. */
  errorCodes: Record<string, number>;
  samples: string[];
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Largest answer, bytes. */
  maxBytes: number;
}

export interface WorkerResult {
  scenario: WorkerConfig['scenario'];
  connections: number;
  overallRate?: number;
  seconds: number;
  stoppedEarly: boolean;
  responses: number;
  throughput: number;
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  non2xx: number;
  graphqlErrorResponses: number;
  /** Responses that are non-2xx or carry GraphQL errors (each counted once). */
  errorResponses: number;
  connectionErrors: number;
  timeouts: number;
  connectionErrorSamples: string[];
  byKind: Record<string, KindSummary>;
}

const MAX_SAMPLES = 4;
const SAMPLE_CHARS = 300;
/** Bodies larger than this are only searched for `"errors"`, not parsed. */
const MAX_PARSED_BODY = 2_000_000;

/** A kind's counts while the run goes on: the summary's, with every latency instead of percentiles. */
type KindStats = Omit<KindSummary, 'p50Ms' | 'p99Ms' | 'maxMs'> & { latencies: number[] };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The GraphQL errors of a response body: codes and a short sample; cheap when there are none. */
function errorsOf(status: number, body: string): { codes: string[]; sample: string } | undefined {
  if (!body.includes('"errors"')) {
    if (status >= 200 && status < 300) return undefined;
    return { codes: [`HTTP_${status}`], sample: `HTTP ${status}: ${body.slice(0, SAMPLE_CHARS)}` };
  }
  if (body.length <= MAX_PARSED_BODY) {
    try {
      const parsed = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
        const codes = parsed.errors.map((e) => e.extensions?.code ?? '?');
        const first = parsed.errors[0]!;
        const more = parsed.errors.length > 1 ? ` (+${parsed.errors.length - 1} more errors)` : '';
        return { codes: [...new Set(codes)], sample: `HTTP ${status} ${first.extensions?.code ?? '?'}: ${String(first.message).slice(0, SAMPLE_CHARS)}${more}` };
      }
      if (status >= 200 && status < 300) return undefined;
    } catch {
      // fall through: not JSON, or cut in a multi-byte character
    }
  }
  const code = /"code"\s*:\s*"([A-Z_]+)"/.exec(body)?.[1] ?? '?';
  return { codes: [code], sample: `HTTP ${status} ${code}: ${body.slice(0, SAMPLE_CHARS)}` };
}

function run(config: WorkerConfig): Promise<void> {
  const stats = new Map<string, KindStats>();
  const statsOf = (kind: string): KindStats => {
    let s = stats.get(kind);
    if (!s) {
      s = { responses: 0, statuses: {}, non2xx: 0, graphqlErrorResponses: 0, errorResponses: 0, errorCodes: {}, samples: [], latencies: [], maxBytes: 0 };
      stats.set(kind, s);
    }
    return s;
  };

  // The body of each request is chosen when autocannon builds it, from one rotation shared by
  // all connections, so that every connection does not start on the same kind.
  let next: () => { kind: string; body: string; headers?: Readonly<Record<string, string>> };
  if (config.scenario === 'mix') {
    const round = mixRound(wellBehavedMix(config.traceClaimIds, config.writeIds));
    const perKind = new Map<string, number>();
    let i = 0;
    next = () => {
      const entry = round[i++ % round.length]!;
      const n = perKind.get(entry.kind) ?? 0;
      perKind.set(entry.kind, n + 1);
      return { kind: entry.kind, body: JSON.stringify(entry.body(n)), headers: entry.headers };
    };
  } else {
    // Built once: the bodies are up to ~1 MB each.
    const queries = abusiveQueries(config.traceClaimIds[0]!, config.abuseCount).map((q) => ({ kind: q.kind, body: JSON.stringify(q.body) }));
    let i = 0;
    next = () => queries[i++ % queries.length]!;
  }

  const request: Request = {
    method: 'POST',
    path: '/graphql',
    setupRequest: (req, context) => {
      const { kind, body, headers } = next();
      context.kind = kind;
      return headers ? { ...req, body, headers: { ...req.headers, ...headers } } : { ...req, body };
    },
    onResponse: (status, body, context) => {
      const s = statsOf(String(context.kind));
      s.responses++;
      s.statuses[status] = (s.statuses[status] ?? 0) + 1;
      if (status < 200 || status >= 300) s.non2xx++;
      s.maxBytes = Math.max(s.maxBytes, Buffer.byteLength(body));
      const errors = errorsOf(status, body);
      if (errors) {
        s.errorResponses++;
        if (body.includes('"errors"')) s.graphqlErrorResponses++;
        for (const code of errors.codes) s.errorCodes[code] = (s.errorCodes[code] ?? 0) + 1;
        if (s.samples.length < MAX_SAMPLES && !s.samples.includes(errors.sample)) s.samples.push(errors.sample);
      }
    },
  };

  let stoppedEarly = false;
  const connectionErrorSamples: string[] = [];
  return new Promise((resolveRun, rejectRun) => {
    const instance = autocannon(
      {
        url: config.url,
        connections: config.connections,
        duration: config.seconds,
        timeout: config.timeoutSeconds,
        pipelining: 1,
        overallRate: config.overallRate,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        requests: [request],
      },
      (error, result: Result) => {
        if (error) return rejectRun(error);
        writeResult(config, result, stats, stoppedEarly, connectionErrorSamples);
        resolveRun();
      },
    );
    // autocannon reports each response's time here, just after onResponse for the same request.
    instance.on('response', (client: Client, _status: number, _bytes: number, responseTime: number) => {
      statsOf(String(client.requestIterator.context.kind)).latencies.push(responseTime);
    });
    instance.on('reqError', (error: Error) => {
      const message = `${error.name}: ${error.message}`;
      if (connectionErrorSamples.length < MAX_SAMPLES && !connectionErrorSamples.includes(message)) connectionErrorSamples.push(message);
    });
    const stop = () => {
      stoppedEarly = true;
      instance.stop();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

function writeResult(config: WorkerConfig, result: Result, stats: Map<string, KindStats>, stoppedEarly: boolean, connectionErrorSamples: string[]): void {
  const byKind: Record<string, KindSummary> = {};
  let responses = 0;
  let graphqlErrorResponses = 0;
  let errorResponses = 0;
  for (const [kind, s] of [...stats.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = s.latencies.sort((a, b) => a - b);
    responses += s.responses;
    graphqlErrorResponses += s.graphqlErrorResponses;
    errorResponses += s.errorResponses;
    byKind[kind] = {
      responses: s.responses,
      statuses: s.statuses,
      non2xx: s.non2xx,
      graphqlErrorResponses: s.graphqlErrorResponses,
      errorResponses: s.errorResponses,
      errorCodes: s.errorCodes,
      samples: s.samples,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted.at(-1) ?? 0,
      maxBytes: s.maxBytes,
    };
  }
  const seconds = result.duration || config.seconds;
  const out: WorkerResult = {
    scenario: config.scenario,
    connections: config.connections,
    overallRate: config.overallRate,
    seconds,
    stoppedEarly,
    responses,
    throughput: responses / seconds,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
    non2xx: result.non2xx,
    graphqlErrorResponses,
    errorResponses,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    connectionErrorSamples,
    byKind,
  };
  writeFileSync(config.out, JSON.stringify(out, null, 2));
}

const config = JSON.parse(process.argv[2] ?? '') as WorkerConfig;
// The orchestrator holds our stdin open; when it goes, so do we.
process.stdin.on('end', () => process.exit(3));
process.stdin.on('error', () => process.exit(3));
process.stdin.resume();
// A bound on our own life, whatever autocannon does.
setTimeout(() => {
  process.stderr.write('worker: hard deadline passed, exiting\n');
  process.exit(4);
}, (config.seconds + config.timeoutSeconds + 30) * 1000).unref();

run(config).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
