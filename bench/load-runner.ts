/** How one cell (one contender at one concurrency) is driven. */
export interface LoadOptions {
  /** Concurrent clients: each sends its next request as soon as its previous answer is in. */
  concurrency: number;
  /** Requests during this many milliseconds first are sent but not recorded. */
  warmupMs: number;
  /** Then requests are recorded for this many milliseconds (those in flight at the end finish). */
  durationMs: number;
  /** A hard bound on the requests of each phase, whatever the duration. */
  maxRequests: number;
  /** Rotated across requests, all clients sharing one rotation. */
  claimIds: readonly string[];
  /** One complete request for a claim; rejects when the answer is an error. */
  send(claimId: string): Promise<unknown>;
}

/** What one cell measured. Latencies in milliseconds; throughput in completed requests per second. */
export interface CellMeasurement {
  requests: number;
  errors: number;
  /** The first error's message, when any request failed: the cell is then invalid. */
  firstError: string | null;
  p50Ms: number;
  p95Ms: number;
  throughput: number;
  /** Wall time of the recorded phase, from its start until the last request finished. */
  seconds: number;
}

/** The q-quantile (0–1) of sorted values, by nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface PhaseResult {
  latencies: number[];
  errors: number;
  firstError: string | null;
  seconds: number;
}

/** Rotates the claim ids across every request of every phase, all clients sharing one rotation. */
function rotation(claimIds: readonly string[]): () => string {
  let next = 0;
  return () => claimIds[next++ % claimIds.length]!;
}

/** `concurrency` clients sending back to back until `durationMs` has passed or `maxRequests` were sent. */
async function drive(options: Omit<LoadOptions, 'warmupMs' | 'claimIds'>, claimFor: () => string, record: boolean): Promise<PhaseResult> {
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const client = async () => {
    while (performance.now() < deadline && sent < options.maxRequests) {
      sent += 1;
      const at = performance.now();
      try {
        await options.send(claimFor());
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
      if (record) latencies.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  return { latencies, errors, firstError, seconds: (performance.now() - started) / 1000 };
}

/**
 * Sends requests without recording them, so that the JVM's JIT, the query caches and the
 * connection pools are warm before anything is measured. Returns how many failed.
 */
export async function warmUp(options: Omit<LoadOptions, 'warmupMs'>): Promise<number> {
  return (await drive(options, rotation(options.claimIds), false)).errors;
}

/**
 * A bounded closed-loop load: `concurrency` async clients in this process each send
 * requests back to back, first for the warm-up, then for the measured duration. Every
 * recorded request's latency counts, failed ones too (they are also counted as errors).
 */
export async function runClosedLoop(options: LoadOptions): Promise<CellMeasurement> {
  const claimFor = rotation(options.claimIds);
  await drive({ ...options, durationMs: options.warmupMs }, claimFor, false);
  const { latencies, errors, firstError, seconds } = await drive(options, claimFor, true);
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    firstError,
    p50Ms: quantile(sorted, 0.5),
    p95Ms: quantile(sorted, 0.95),
    throughput: sorted.length / seconds,
    seconds,
  };
}
