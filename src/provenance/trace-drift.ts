import { QuoteComparer, type PairContext, type QuoteDifference } from './quote-drift.js';
import { TRACE_LIMITS } from './trace-limits.js';

/** The part of a hop on the trace that drift reads. */
export interface DriftHop {
  citation: { id: string };
  from: { id: string };
  to: { id: string } | null;
  /** The document the hop is known from; the hop's own source when missing. */
  evidencedIn?: { id: string } | null;
  quote: string;
  /** The trail the hop is on: a hop is compared only with the hops of its cited source on the same trail (a citer of a source that later corrected itself is compared with what it cited, not with the correction). */
  side?: string;
}

export type QuoteDriftResult<C> = { from: C; to: C } & QuoteDifference;

/** What drift compared and what its bounds cut (`Trace.driftLimits`). */
export interface DriftLimitsResult {
  /** (hop, cited hop) pairs compared: at most maxPairs. */
  pairsCompared: number;
  /** Pairs on the trace not compared because maxPairs was reached. */
  pairsSkipped: number;
  /** Hops among the pairs compared whose quote was longer than maxQuoteChars (compared on its start only). */
  quotesClipped: number;
  maxPairs: number;
  maxQuoteChars: number;
}

export interface DriftOptions {
  maxPairs?: number;
  maxQuoteChars?: number;
  /** The comparer to use (tests pass one that counts its calls). */
  comparer?: { compare(from: string, to: string, context?: PairContext): QuoteDifference | null };
}

/**
 * Quote drift along the hops of a trace: each hop's quote against the quote of every hop
 * that the source it cites says the claim in (both on the trace), when they differ.
 *
 * Bounded: at most `maxPairs` pairs are compared, round by round — every hop with the first
 * hop it cites, then every hop with its second, and so on — so a hub cited a thousand times
 * gets each citing hop compared once before any is compared twice; each quote is compared on
 * its first `maxQuoteChars` characters. The work is linear in the hops plus the pairs
 * compared, each pair costing at most `maxQuoteChars`, whatever the number of pairs on the
 * trace (the pairs skipped are counted, not enumerated). Drift comes in hop order, then in
 * the order of the cited hops: the order of the hops themselves when nothing is skipped.
 *
 * "One passage of one document": a trace does not read the sources' texts, so two hops are
 * taken to quote one passage when both are evidenced in the same document (`evidencedIn`,
 * else the hop's own source) and their quotes hold, lie inside or overlap one another (see
 * QuoteComparer.compare). Typically an article and the report it relays, both known from
 * the article, whose quotes are fragments of one of its sentences.
 */
export function traceDrift<H extends DriftHop>(
  hops: readonly H[],
  { maxPairs = TRACE_LIMITS.maxDriftPairs, maxQuoteChars = TRACE_LIMITS.maxDriftQuoteChars, comparer = new QuoteComparer() }: DriftOptions = {},
): { drift: QuoteDriftResult<H['citation']>[]; limits: DriftLimitsResult } {
  const bySource = new Map<string, number[]>();
  const keyOf = (side: string | undefined, id: string) => `${side ?? ''}\u0000${id}`;
  hops.forEach((hop, i) => {
    const key = keyOf(hop.side, hop.from.id);
    const list = bySource.get(key);
    if (list) list.push(i);
    else bySource.set(key, [i]);
  });
  const citedHops = (i: number) => {
    const to = hops[i]!.to;
    return (to && bySource.get(keyOf(hops[i]!.side, to.id))) || [];
  };

  let total = 0;
  let active: number[] = [];
  hops.forEach((_, i) => {
    const n = citedHops(i).length;
    total += n;
    if (n > 0) active.push(i);
  });

  const documentOf = (i: number) => (hops[i]!.evidencedIn ?? hops[i]!.from).id;
  const clipped = new Set<number>();
  const text = (i: number) => {
    const quote = hops[i]!.quote;
    if (quote.length <= maxQuoteChars) return quote;
    clipped.add(i);
    return quote.slice(0, maxQuoteChars);
  };
  const found: { i: number; j: number; difference: QuoteDifference }[] = [];
  let compared = 0;
  for (let round = 0; active.length > 0 && compared < maxPairs; round++) {
    const next: number[] = [];
    for (const i of active) {
      if (compared >= maxPairs) break;
      const cited = citedHops(i);
      const j = cited[round]!;
      compared++;
      const difference = comparer.compare(text(i), text(j), { sameDocument: documentOf(i) === documentOf(j) });
      if (difference) found.push({ i, j, difference });
      if (round + 1 < cited.length) next.push(i);
    }
    active = next;
  }
  found.sort((a, b) => a.i - b.i || a.j - b.j);
  return {
    drift: found.map(({ i, j, difference }) => ({ from: hops[i]!.citation, to: hops[j]!.citation, ...difference })),
    limits: { pairsCompared: compared, pairsSkipped: total - compared, quotesClipped: clipped.size, maxPairs, maxQuoteChars },
  };
}
