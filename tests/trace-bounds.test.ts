import { ANONYMOUS } from '../src/model/caller.js';
import { importRequests } from '../src/write/import-requests.js';
import { upsertRecords } from '../src/write/write-path.js';
import type { Database } from '../src/db/database.js';
import { graphqlSuite } from './support/harness.js';

/**
 * The drift bomb (issue 6): one claim, a hub source cited for it by N sources and citing N
 * others for it, so N × N (hop, cited hop) pairs of quotes. Before the drift bounds, a trace
 * of it asking only `truncated` took seconds and ~0.9 GB of heap, one asking for drift a
 * 250 MB answer, and with 10 000-character quotes the process ran out of memory. Asserts
 * bounds on work done (pairs, clipped quotes), answer size and heap growth, not on time;
 * the times are printed.
 */
const N = 1000;
function bomb(name: string, pad: (quote: string) => string) {
  const src = (x: string) => `source:${name}-${x}`;
  return {
    sources: [
      { id: src('hub'), title: 'Hub', kind: 'REPORT' },
      ...Array.from({ length: N }, (_, i) => ({ id: src(`s${i}`), title: `S ${i}`, kind: 'REPORT' })),
      ...Array.from({ length: N }, (_, j) => ({ id: src(`t${j}`), title: `T ${j}`, kind: 'REPORT' })),
    ],
    claims: [{ id: `claim:${name}`, text: 'The hub claim.' }],
    citations: [
      ...Array.from({ length: N }, (_, i) => ({
        id: `citation:${name}-s${i}`, claimId: `claim:${name}`, sourceId: src(`s${i}`), citesId: src('hub'),
        quote: pad(`Source ${i} says Agency${i % 7} counted ${i * 13} cases in ${2000 + (i % 25)}.`), stance: 'SUPPORTS',
      })),
      ...Array.from({ length: N }, (_, j) => ({
        id: `citation:${name}-h${j}`, claimId: `claim:${name}`, sourceId: src('hub'), citesId: src(`t${j}`),
        quote: pad(`The Hub says Office${j % 5} counted ${j * 7} cases in ${1990 + (j % 20)}.`), stance: 'SUPPORTS',
      })),
    ],
  };
}
const long = (q: string) => {
  let s = q;
  for (let k = 0; s.length < 9900; k++) s += ` word${k % 400} Name${k % 50} ${k}`;
  return s.slice(0, 10_000);
};

/** Writes a graph through the write path, in dependency order, a few hundred records per transaction. */
async function write(db: Database, graph: Record<string, unknown>) {
  const requests = importRequests(graph);
  for (let i = 0; i < requests.length; i += 500) await upsertRecords(db, ANONYMOUS, requests.slice(i, i + 500));
}

const suite = graphqlSuite(async (db) => {
  await write(db, bomb('bomb', (q) => q));
  await write(db, bomb('bomb-long', long));
});

/** Runs a query once; prints its time, answer size and heap growth. */
async function measure(label: string, query: string, id: string) {
  const heap = process.memoryUsage().heapUsed;
  const t = performance.now();
  const { data, errors } = await suite.execute(query, { id });
  const ms = performance.now() - t;
  const size = JSON.stringify({ data, errors }).length;
  const grown = process.memoryUsage().heapUsed - heap;
  console.log(`${label}: ${ms.toFixed(0)} ms, answer ${(size / 1e6).toFixed(2)} MB, heap +${(grown / 1e6).toFixed(0)} MB`);
  return { data, errors, size, grown };
}

const TRUNCATED = 'query ($id: ID!) { trace(claimId: $id) { truncated } }';
const DRIFT = `query ($id: ID!) { trace(claimId: $id) { truncated
  driftLimits { pairsCompared pairsSkipped quotesClipped maxPairs maxQuoteChars }
  drift { from { id } to { id } numbersAdded numbersRemoved namesAdded namesRemoved similarity } } }`;

const MB = 1e6;
/** Heap the process may grow by for one trace of the bomb (it took +0.9 GB before the bounds). */
const MAX_HEAP_GROWTH = 200 * MB;

describe('the drift bomb: a hub cited by 1000 sources and citing 1000 others, for one claim', () => {
  it.each([
    ['short quotes', 'claim:bomb', 0],
    ["10 000-character quotes", "claim:bomb-long", 1002],
  ])('%s: answers within the bounds, asked for truncated only or for drift', async (_label, id, clipped) => {
    await measure(`${id} warm-up`, TRUNCATED, id);
    const plain = await measure(`${id} truncated only`, TRUNCATED, id);
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.trace.truncated).toBe(true); // a million paths: the path cap cut them
    expect(plain.grown).toBeLessThan(MAX_HEAP_GROWTH);

    const withDrift = await measure(`${id} drift`, DRIFT, id);
    expect(withDrift.errors).toBeUndefined();
    const { drift, driftLimits } = withDrift.data!.trace;
    // 1000 × 1000 pairs (each citing hop with each hop of the hub): 2000 compared, the rest skipped.
    expect(driftLimits).toEqual({ pairsCompared: 2000, pairsSkipped: 1000 * 1000 - 2000, quotesClipped: clipped, maxPairs: 2000, maxQuoteChars: 1000 });
    expect(drift.length).toBeGreaterThan(0);
    expect(drift.length).toBeLessThanOrEqual(driftLimits.pairsCompared);
    // Round by round: every citing hop is compared with the hub's first hop before any with its second.
    expect(new Set(drift.map((d: any) => d.from.id)).size).toBe(1000);
    expect(withDrift.size).toBeLessThan(5 * MB);
    expect(withDrift.grown).toBeLessThan(MAX_HEAP_GROWTH);
  });
});

