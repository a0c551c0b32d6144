/**
 * The trace's analyses on hand-built subgraphs, with no database: lazy and bounded quote
 * drift, corroboration grouping (checked against the pairwise definition), loop search.
 */
import { buildTrace, TRACE_LIMITS } from '../src/provenance/build-trace.js';
import { findCycles } from '../src/provenance/citation-cycles.js';
import type { FetchedHop, ProvenanceSubgraph } from '../src/provenance/provenance-subgraph.js';
import { QuoteComparer } from '../src/provenance/quote-drift.js';
import { traceDrift } from '../src/provenance/trace-drift.js';

type Spec = { from: string; to?: string; quote?: string; stance?: string; firstHand?: boolean; seenIn?: string };
const source = (id: string) => ({ id, title: `Source ${id}` });
function subgraph(specs: Spec[]): ProvenanceSubgraph {
  return {
    claim: { id: 'claim:x' },
    aboutIds: [],
    contradicting: [],
    hops: specs.map(
      (spec, i): FetchedHop => ({
        citation: {
          id: `citation:${String(i).padStart(5, '0')}`,
          quote: spec.quote ?? `Quote ${i}`,
          stance: spec.stance ?? 'SUPPORTS',
          ...(spec.firstHand === undefined ? {} : { firstHand: spec.firstHand }),
        },
        source: source(spec.from),
        sourceMakers: [],
        cites: spec.to ? source(spec.to) : null,
        citesMakers: [],
        evidencedIn: spec.seenIn ? source(spec.seenIn) : null,
        speakers: [],
      }),
    ),
  };
}
/** The drift bomb: n sources cite the hub, the hub cites n others, all for one claim. */
const bombSpecs = (n: number, quote = (s: string) => s): Spec[] => [
  ...Array.from({ length: n }, (_, i) => ({ from: `s${String(i).padStart(4, '0')}`, to: 'hub', quote: quote(`S ${i} counted ${i} cases`) })),
  ...Array.from({ length: n }, (_, j) => ({ from: 'hub', to: `t${String(j).padStart(4, '0')}`, quote: quote(`Hub counted ${j * 7} cases`) })),
];

class CountingComparer extends QuoteComparer {
  calls = 0;
  override compare(from: string, to: string) {
    this.calls++;
    return super.compare(from, to);
  }
}

describe('quote drift is lazy', () => {
  it('compares no quote unless drift or driftLimits is read, and compares once per trace', () => {
    const comparer = new CountingComparer();
    const trace = buildTrace(subgraph(bombSpecs(50)), 6, { comparer });
    expect([trace.truncated, trace.paths.length, trace.independentLines, trace.nodes.length]).toEqual([true, 500, 50, 101]);
    expect(comparer.calls).toBe(0);
    expect(trace.driftLimits).toMatchObject({ pairsCompared: 2000, pairsSkipped: 50 * 50 - 2000 });
    expect(comparer.calls).toBe(2000);
    expect(trace.drift).toHaveLength(2000);
    expect(comparer.calls).toBe(2000);
  });

  it('a trace built for dependents never compares quotes', () => {
    const comparer = new CountingComparer();
    const trace = buildTrace(subgraph([{ from: 'a', to: 'b', quote: 'one 1' }, { from: 'b', quote: 'two 2' }]), 20, { comparer });
    void trace.paths.filter((p) => p.side === 'SUPPORT');
    expect(comparer.calls).toBe(0);
  });
});

describe('quote drift is bounded', () => {
  const hops = (specs: Spec[]) => buildTrace(subgraph(specs), 6).hops;

  it('compares at most maxPairs pairs, round by round, and counts the rest as skipped', () => {
    const result = traceDrift(hops(bombSpecs(10)), { maxPairs: 25 });
    expect(result.limits).toEqual({ pairsCompared: 25, pairsSkipped: 75, quotesClipped: 0, maxPairs: 25, maxQuoteChars: 1000 });
    // Rounds 1 and 2 (each citing hop with the hub's first, then second hop), then half of round 3.
    const hubHop = (d: { to: { id: string } }) => Number(d.to.id.slice('citation:'.length)) - 10;
    expect(result.drift.map(hubHop).sort()).toEqual([...Array(10).fill(0), ...Array(10).fill(1), ...Array(5).fill(2)].sort());
    // In hop order, then cited-hop order.
    const keys = result.drift.map((d) => `${d.from.id} ${d.to.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('without a cut, finds the drift of every (hop, cited hop) pair, in hop order', () => {
    const result = traceDrift(hops(bombSpecs(4)));
    expect(result.limits).toMatchObject({ pairsCompared: 16, pairsSkipped: 0 });
    expect(result.drift.map((d) => [d.from.id, d.to.id])).toEqual(
      [0, 1, 2, 3].flatMap((i) => [4, 5, 6, 7].map((j) => [`citation:0000${i}`, `citation:0000${j}`])),
    );
  });

  it('compares each quote on its first maxQuoteChars characters and counts the quotes clipped', () => {
    const pad = 'x '.repeat(50);
    const result = traceDrift(
      hops([
        { from: 'a', to: 'b', quote: `${pad} the same start, then 1999` },
        { from: 'b', to: 'c', quote: `${pad} the same start, then 2024` },
        { from: 'c', quote: 'short' },
      ]),
      { maxQuoteChars: 100 },
    );
    // a → b differ only after character 100: no drift seen; b → c differ, b clipped.
    expect(result.drift.map((d) => [d.from.id, d.to.id])).toEqual([['citation:00001', 'citation:00002']]);
    expect(result.limits).toMatchObject({ pairsCompared: 2, pairsSkipped: 0, quotesClipped: 2 });
  });

  it('compares only hops on the trace: not those of sources beyond maxDepth', () => {
    const trace = buildTrace(subgraph([{ from: 'a', to: 'b', quote: '1' }, { from: 'b', to: 'c', quote: '2' }, { from: 'c', quote: '3' }]), 1);
    expect(trace.driftLimits).toMatchObject({ pairsCompared: 1, pairsSkipped: 0 });
    expect(trace.drift.map((d) => d.from.id)).toEqual(['citation:00000']);
  });
});

describe('corroboration: lines are voices', () => {
  const lines = (specs: Spec[]) => buildTrace(subgraph(specs), 20).corroboration.map((line) => [line.sources.map((s) => s.id), line.upstream.map((s) => s.id), line.status]);

  it.each([
    ['diamond: two sources sharing one trail end are one line', [{ from: 'a', to: 'c' }, { from: 'b', to: 'c' }, { from: 'c' }], [[['a', 'b', 'c'], ['c'], 'LIVE']]],
    ['chain: a supporter upstream of another is in its line', [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }], [[['a', 'b'], ['c'], 'LIVE']]],
    ['shared upstream further down: a → x → y, b → y', [{ from: 'a', to: 'x' }, { from: 'x', to: 'y' }, { from: 'b', to: 'y' }], [[['a', 'b', 'x'], ['y'], 'LIVE']]],
    ['independent lines', [{ from: 'a', to: 'c' }, { from: 'b', to: 'd' }], [[['a'], ['c'], 'LIVE'], [['b'], ['d'], 'LIVE']]],
    ['a common downstream reader belongs to both voices and joins neither', [{ from: 'e', to: 'c' }, { from: 'e', to: 'd' }], [[['e'], ['c'], 'LIVE'], [['e'], ['d'], 'LIVE']]],
    ['loop only', [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }], [[['a', 'b'], [], 'CIRCULAR']]],
  ] as [string, Spec[], unknown][])('%s', (_name, specs, expected) => {
    expect(lines(specs)).toEqual(expected);
  });

  it('is bounded on the drift bomb: 1000 sources cite a hub that names 1000 documents: 1000 voices, their source lists cut at maxVoiceSteps', () => {
    const n = 1000;
    const specs: Spec[] = [...Array.from({ length: n }, (_, i) => ({ from: `s${i}`, to: 'hub' })), ...Array.from({ length: n }, (_, j) => ({ from: 'hub', to: `t${j}` }))];
    const trace = buildTrace(subgraph(specs), 20);
    expect([trace.corroboration.length, trace.independentLines, trace.truncated]).toEqual([n, n, true]);
    // Every voice still lists the source that names its trail end; all the lists together stay within the bound.
    expect(trace.corroboration.every((line) => line.sources.some((s) => s.id === 'hub'))).toBe(true);
    expect(trace.corroboration.reduce((sum, line) => sum + line.sources.length, 0)).toBeLessThanOrEqual(TRACE_LIMITS.maxVoiceSteps + 2 * n);
  });
});

describe('loop search', () => {
  it('spends no search steps on the acyclic part of a graph, however wide', () => {
    // 3000 sources citing a hub that cites 3000 more, and one small loop: the old search ran
    // out of steps on the fan and said the trace was truncated.
    const order: string[] = [];
    const edges = new Map<string, string[]>();
    const fan = Array.from({ length: 3000 }, (_, j) => `b${String(j).padStart(4, '0')}`);
    edges.set('a-hub', fan);
    for (let i = 0; i < 3000; i++) {
      const id = `c${String(i).padStart(4, '0')}`;
      edges.set(id, ['a-hub']);
      order.push(id);
    }
    edges.set('x', ['y']);
    edges.set('y', ['x']);
    order.push('a-hub', ...fan, 'x', 'y');
    order.sort();
    const result = findCycles(order, edges, 100, 1000);
    expect(result).toEqual({ cycles: [['x', 'y']], complete: true });
  });

  it('finds a self-citation', () => {
    expect(findCycles(['a', 'b'], new Map([['a', ['a', 'b']]]))).toEqual({ cycles: [['a']], complete: true });
  });
});

describe('the builder on hand-built subgraphs', () => {
  it('caps the paths at maxPaths and says the trace is truncated', () => {
    // 30 entries each citing 30 sources: 900 paths, more than the cap.
    const specs: Spec[] = [];
    for (let i = 0; i < 30; i++) for (let j = 0; j < 30; j++) specs.push({ from: `e${String(i).padStart(2, '0')}`, to: `t${String(j).padStart(2, '0')}` });
    const trace = buildTrace(subgraph(specs), 6);
    expect(trace.paths).toHaveLength(TRACE_LIMITS.maxPaths);
    expect(trace.truncated).toBe(true);
    // The trail ends are found from the sources, not from the paths: all 30 despite the cut.
    expect(trace.deadEnds).toHaveLength(30);
  });

  it('reads at most maxCitations citations and says the trace is truncated', () => {
    const specs: Spec[] = Array.from({ length: TRACE_LIMITS.maxCitations + 1 }, (_, i) => ({ from: `s${String(i).padStart(5, '0')}` }));
    const trace = buildTrace(subgraph(specs), 6);
    expect(trace.hops).toHaveLength(TRACE_LIMITS.maxCitations);
    expect(trace.truncated).toBe(true);
  });

  it('walks support and dispute apart: a disputer and its grounds never join a line of support', () => {
    const trace = buildTrace(
      subgraph([
        { from: 'a', to: 'g' },
        { from: 'g' },
        { from: 'd', to: 'g', stance: 'DISPUTES' },
      ]),
      6,
    );
    expect(trace.corroboration.map((line) => line.sources.map((s) => s.id))).toEqual([['a', 'g']]);
    expect(trace.disputes.sources.map((s) => s.id)).toEqual(['d']);
    // g says the claim on the support side: cited against it, it takes the other side.
    expect(trace.disputes.paths.map((p) => p.end.kind)).toEqual(['OTHER_SIDE']);
    expect(trace.disputes.paths[0]!.end.explanation).toBe('Source g, cited against the claim, supports it');
  });

  it('counts a MENTIONS hop on the trail of support', () => {
    const trace = buildTrace(subgraph([{ from: 'a', to: 'b', stance: 'MENTIONS' }, { from: 'b' }]), 6);
    expect(trace.paths.map((p) => [p.side, p.sourceIds])).toEqual([['SUPPORT', ['a', 'b']]]);
    expect(trace.independentLines).toBe(1);
  });

  it('merges the trail ends of several paths: second-hand only when every path knows it second-hand', () => {
    const specs: FetchedHop[] = subgraph([{ from: 'a', to: 'c' }, { from: 'b', to: 'c' }]).hops;
    specs[1] = { ...specs[1]!, evidencedIn: source('x') };
    const trace = buildTrace({ claim: { id: 'claim:x' }, aboutIds: [], contradicting: [], hops: specs }, 6);
    // c says nothing of its own: known through a (a's own hop) and through x (b's hop, seen in x).
    expect(trace.ends.map((e) => [e.source.id, e.secondHand, e.knownThrough.map((s) => s.id)])).toEqual([['c', true, ['a', 'x']]]);
  });
});

describe('line status', () => {
  const statuses = (specs: Spec[], retracted: string[]) => {
    const hops = subgraph(specs).hops.map((hop) => ({
      ...hop,
      source: { ...hop.source, retracted: retracted.includes(hop.source.id) },
      cites: hop.cites && { ...hop.cites, retracted: retracted.includes(hop.cites.id) },
    }));
    return buildTrace({ claim: { id: 'claim:x' }, aboutIds: [], contradicting: [], hops }, 20).corroboration.map((line) => line.status);
  };

  it('is LIVE when a way to its trail end avoids every retracted source', () => {
    expect(statuses([{ from: 'a', to: 'r' }, { from: 'r', to: 'o' }, { from: 'b', to: 'o' }], ['r'])).toEqual(['LIVE']);
  });

  it('is RETRACTED when every way passes a retracted source, or the trail end itself is retracted', () => {
    expect(statuses([{ from: 'a', to: 'r' }, { from: 'r', to: 'o' }], ['r'])).toEqual(['RETRACTED']);
    expect(statuses([{ from: 'r' }], ['r'])).toEqual(['RETRACTED']);
  });

  it('is CIRCULAR when there is no way out at all', () => {
    expect(statuses([{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }], [])).toEqual(['CIRCULAR']);
  });
});

// Regressions found by trying the engine as an adversary would.
describe('the builder, attacked', () => {
  const ids = (list: { id: string }[]) => list.map((x) => x.id);

  it('alone is exact beyond the path cap: an independent entry cut from the paths still counts', () => {
    const specs: Spec[] = [{ from: 'a', to: 'x' }, { from: 'z' }];
    for (let i = 0; i < 600; i++) specs.push({ from: 'x', to: `t${String(i).padStart(3, '0')}` });
    const trace = buildTrace(subgraph(specs), 6);
    expect(trace.paths).toHaveLength(TRACE_LIMITS.maxPaths);
    expect(trace.restsAlone('x')).toBe(false);
    expect(buildTrace(subgraph(specs.filter((s) => s.from !== 'z')), 6).restsAlone('x')).toBe(true);
  });

  it('a line whose only way out is a source that disputes the claim is void, not an independent line', () => {
    const trace = buildTrace(subgraph([{ from: 's', to: 'd' }, { from: 'd', stance: 'DISPUTES' }]), 6);
    expect(trace.corroboration.map((line) => [ids(line.sources), ids(line.upstream), line.status])).toEqual([[['s'], [], 'DISPUTED_AT_SOURCE']]);
    expect([trace.independentLines, trace.voidLines]).toEqual([0, 1]);
    expect(trace.restsAlone('d')).toBe(false);
  });

  it('a retracted disputer cited by a supporter is not among the retracted sources of support', () => {
    const hops = subgraph([{ from: 's', to: 'd' }, { from: 'd', stance: 'DISPUTES' }]).hops.map((hop) =>
      hop.source.id === 'd' ? { ...hop, source: { ...hop.source, retracted: true } } : hop.cites?.id === 'd' ? { ...hop, cites: { ...hop.cites, retracted: true } } : hop,
    );
    const trace = buildTrace({ claim: { id: 'claim:x' }, aboutIds: [], contradicting: [], hops }, 6);
    expect(trace.retracted).toEqual([]);
    expect(ids(trace.disputes.retracted)).toEqual(['d']);
    expect(trace.corroboration.map((line) => line.status)).toEqual(['DISPUTED_AT_SOURCE']);
  });

  it('a source with a first-hand quote and another not recorded as first-hand is an origin, not also a dead end', () => {
    const trace = buildTrace(subgraph([{ from: 'e', to: 'o' }, { from: 'o', firstHand: true }, { from: 'o', firstHand: false }]), 6);
    expect(ids(trace.origins)).toEqual(['o']);
    expect(trace.deadEnds).toEqual([]);
    expect(trace.nodes.find((n) => n.source.id === 'o')!.roles).toEqual(['ORIGIN']);
    // Each path still ends where its own quote does.
    expect(trace.paths.map((p) => p.end.kind)).toEqual(['ORIGIN', 'DEAD_END']);
  });

  it('a source cited from inside a closed loop is not where the walk starts: the loop is', () => {
    const trace = buildTrace(subgraph([{ from: 'm', to: 'n' }, { from: 'n', to: 'm' }, { from: 'm', to: 'a' }, { from: 'a' }]), 6);
    expect(trace.nodes.map((n) => [n.source.id, n.depth])).toEqual([
      ['m', 0],
      ['a', 1],
      ['n', 1],
    ]);
    expect(trace.paths.every((p) => p.sourceIds[0] === 'm')).toBe(true);
    expect(trace.closedLoop).toBe(true);
  });

  it('a path maxDepth cut makes the trace truncated, even when the walk reached its source a shorter way', () => {
    const trace = buildTrace(subgraph([{ from: 'e', to: 'a' }, { from: 'e', to: 'b' }, { from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'c' }]), 2);
    expect(trace.paths.some((p) => p.end.kind === 'DEPTH_LIMIT')).toBe(true);
    expect(trace.truncated).toBe(true);
  });

  it('exactly maxCycles loops is a complete answer; one more is cut', () => {
    const loops = (n: number): Spec[] =>
      Array.from({ length: n }, (_, i) => [
        { from: `p${String(i).padStart(3, '0')}`, to: `q${String(i).padStart(3, '0')}` },
        { from: `q${String(i).padStart(3, '0')}`, to: `p${String(i).padStart(3, '0')}` },
      ]).flat();
    const exact = buildTrace(subgraph(loops(TRACE_LIMITS.maxCycles)), 6);
    expect([exact.cycles.length, exact.truncated]).toEqual([TRACE_LIMITS.maxCycles, false]);
    const more = buildTrace(subgraph(loops(TRACE_LIMITS.maxCycles + 1)), 6);
    expect([more.cycles.length, more.truncated]).toEqual([TRACE_LIMITS.maxCycles, true]);
  });

  it('a cited source known to take the other side only through another document is a second-hand OTHER_SIDE end', () => {
    const trace = buildTrace(subgraph([{ from: 's', to: 'd' }, { from: 'd', stance: 'DISPUTES', seenIn: 'art' }]), 6);
    const end = trace.ends.find((e) => e.kind === 'OTHER_SIDE')!;
    expect([end.secondHand, ids(end.knownThrough)]).toEqual([true, ['art']]);
    expect(end.explanation).toBe('Source d, cited for the claim, disputes it (known only through Source art)');
    expect(trace.paths.find((p) => p.side === 'SUPPORT')!.secondHand).toBe(true);
  });

  it('a source cited against a claim that only relays it is said to relay it, not to support it', () => {
    const trace = buildTrace(subgraph([{ from: 'd', to: 'g', stance: 'DISPUTES' }, { from: 'g', stance: 'MENTIONS' }]), 6);
    expect(trace.disputes.ends.map((e) => e.explanation)).toEqual(['Source g, cited against the claim, relays it without endorsing it']);
  });

  it('an explanation names at most three documents it is known through, and counts the rest', () => {
    const specs: Spec[] = ['a', 'b', 'c', 'd', 'e'].map((from) => ({ from, to: 'hub' }));
    const trace = buildTrace(subgraph(specs), 6);
    expect(trace.deadEnds[0]!.explanation).toBe('unverified beyond Source hub: known only through Source a, Source b, Source c and 2 others');
    expect(trace.deadEnds[0]!.knownThrough).toHaveLength(5);
  });
});
