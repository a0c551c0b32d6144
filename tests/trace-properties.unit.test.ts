/**
 * Issue 14's invariants of the trace, as properties over random small citation graphs (no
 * database): 2–9 sources, 1–15 hops, stances SUPPORTS / MENTIONS / DISPUTES, `firstHand`
 * recorded at random on hops that name no source, speakers from 2 actors, publishers from 2,
 * random retractions, loops (and self-citations) allowed, maxDepth 20. A fixed seed and ~200
 * runs each: the same graphs every run, small enough for a 2-core machine.
 *
 * Hand-built cases of the same rules are in voices.unit.test.ts.
 */
import fc from 'fast-check';
import {
  citationId,
  ids,
  lineSummaries,
  sortedIds,
  subgraph,
  trace as buildVoices,
  type HopSpec,
  type LineSummary,
  type Stance,
  type VoiceTrace,
} from './support/subgraph-builder.js';

const SEED = 1414;
const RUNS = 200;
const run = { seed: SEED, numRuns: RUNS };
const MAX_DEPTH = 20;

const ACTORS = ['actor:a1', 'actor:a2'];
const PUBLISHERS = ['actor:p1', 'actor:p2'];
const names = { 'actor:a1': 'Ada One', 'actor:a2': 'Bo Two', 'actor:p1': 'Press One', 'actor:p2': 'Press Two' };
/** Quotes from a small pool, so that same and near-same words (SAME_TEXT) happen often. */
const LONG = 'The river flooded three villages and forced two thousand people to leave their homes last spring';
const QUOTES = [
  LONG,
  LONG.toUpperCase().replace('SPRING', 'SPRING!'),
  LONG.replace('three', 'several'),
  'Officials said the dam was not to blame for the flood',
  'It flooded',
];

/** A random graph: its hops and what is true of each source (the same on every hop that names it). */
interface Graph {
  hops: HopSpec[];
  retracted: string[];
  publishers: Record<string, string | null>;
  primary: Record<string, boolean>;
  about: string[];
}

function graphs({ evidence }: { evidence: boolean }): fc.Arbitrary<Graph> {
  return fc.integer({ min: 2, max: 9 }).chain((n) => {
    const sourceIds = Array.from({ length: n }, (_, i) => `s${i}`);
    const id = fc.constantFrom(...sourceIds);
    const hop = fc
      .record({
        from: id,
        to: fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: id, weight: 3 }),
        stance: fc.constantFrom<Stance>('SUPPORTS', 'MENTIONS', 'DISPUTES'),
        quote: fc.constantFrom(...QUOTES),
        firstHand: fc.constantFrom(undefined, true, false),
        speakers: fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 2 }, { arbitrary: fc.subarray(ACTORS, { minLength: 1 }), weight: 1 }),
        seenIn: evidence ? fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: id, weight: 1 }) : fc.constant(undefined),
      })
      .map(({ firstHand, seenIn, ...rest }): HopSpec => ({
        ...rest,
        // firstHand is recorded only on hops that name no source.
        ...(rest.to === null && firstHand !== undefined ? { firstHand } : {}),
        ...(seenIn === undefined ? {} : { seenIn }),
      }));
    const facts = fc.record({
      publisher: fc.constantFrom(null, ...PUBLISHERS),
      retracted: fc.constantFrom(false, false, false, true),
      primary: fc.constantFrom<boolean | undefined>(undefined, true, false),
    });
    return fc
      .record({
        hops: fc.array(hop, { minLength: 1, maxLength: 15 }),
        facts: fc.array(facts, { minLength: n, maxLength: n }),
        about: fc.subarray(PUBLISHERS),
      })
      .map(({ hops, facts, about }): Graph => ({
        hops: hops.map((h, i) => ({ ...h, id: citationId(i) })),
        retracted: sourceIds.filter((_, i) => facts[i]!.retracted),
        publishers: Object.fromEntries(sourceIds.map((s, i) => [s, facts[i]!.publisher])),
        primary: Object.fromEntries(sourceIds.flatMap((s, i) => (facts[i]!.primary === undefined ? [] : [[s, facts[i]!.primary!]]))),
        about,
      }));
  });
}

const build = (g: Graph, retracted: Iterable<string> = g.retracted): VoiceTrace =>
  buildVoices(subgraph(g.hops, { retracted, publishers: g.publishers, primary: g.primary, about: g.about, names }), {}, MAX_DEPTH);

/** Every source the graph names (citing, cited or evidence), sorted. */
const sourcesOf = (g: Graph) => [...new Set(g.hops.flatMap((h) => [h.from, ...(h.to ? [h.to] : []), ...(h.seenIn ? [h.seenIn] : [])]))].sort();
/** Sources with a DISPUTES hop and no SUPPORTS hop for the claim (a MENTIONS hop does not change that). */
const disputersOnly = (g: Graph) =>
  sourcesOf(g).filter((s) => g.hops.some((h) => h.from === s && h.stance === 'DISPUTES') && !g.hops.some((h) => h.from === s && h.stance === 'SUPPORTS'));
const without = (list: readonly string[], s: string) => list.filter((x) => x !== s);
const withAlso = (list: readonly string[], s: string) => [...new Set([...list, s])];
const statusKey = (line: LineSummary) => JSON.stringify([line.sources, line.upstream]);
const sortedStatuses = (t: VoiceTrace) => t.corroboration.map((l) => l.status).sort();

describe('trace invariants on random citation graphs', () => {
  it('(a) a source that disputes and never supports is on no part of the support trail and never rests alone', () => {
    fc.assert(
      fc.property(graphs({ evidence: true }), (g) => {
        const trace = build(g);
        const supportEnds = new Set(trace.ends.filter((e) => e.kind !== 'OTHER_SIDE').map((e) => e.source.id));
        for (const s of disputersOnly(g)) {
          expect(ids(trace.origins)).not.toContain(s);
          expect(trace.deadEnds.map((d) => d.source.id)).not.toContain(s);
          expect(supportEnds.has(s)).toBe(false);
          for (const line of trace.corroboration) {
            expect(ids(line.sources)).not.toContain(s);
            expect(ids(line.upstream)).not.toContain(s);
          }
          const roles = trace.nodes.find((n) => n.source.id === s)?.roles ?? [];
          expect(roles.filter((role) => role !== 'OTHER_SIDE')).toEqual([]);
          // Where a support hop is read in this source's document, retracting it may void that
          // hop (rule 4): rule 4 and rule 3 then disagree, so only rule 4 is checked (in (b)).
          if (!g.hops.some((h) => h.seenIn === s && h.from !== s)) expect([s, trace.restsAlone(s)]).toEqual([s, false]);
        }
      }),
      run,
    );
  });

  // (b) runs twice: on graphs with hops read in other documents, and where every hop is read in
  // its own source's document: a failure of the first that the second does not share comes
  // from evidence (`evidencedIn`) alone.
  it.each([
    ['', true],
    [', no hop read elsewhere', false],
  ])('(b) restsAlone(s) ⇔ the support stands with s not retracted and falls with s retracted%s', (_name, evidence) => {
    fc.assert(
      fc.property(graphs({ evidence }), (g) => {
        const trace = build(g);
        for (const s of sourcesOf(g)) {
          const stands = build(g, without(g.retracted, s)).independentLines > 0;
          const falls = build(g, withAlso(g.retracted, s)).independentLines === 0;
          expect([s, trace.restsAlone(s)]).toEqual([s, stands && falls]);
        }
      }),
      run,
    );
  });

  it('(c) retracting a source changes the status of no line it is not on', () => {
    fc.assert(
      fc.property(graphs({ evidence: false }), (g) => {
        for (const s of sourcesOf(g)) {
          const before = lineSummaries(build(g, without(g.retracted, s)));
          const after = lineSummaries(build(g, withAlso(g.retracted, s)));
          // Retraction moves no source from one line to another.
          expect(after.map(statusKey).sort()).toEqual(before.map(statusKey).sort());
          const afterByKey = new Map(after.map((line) => [statusKey(line), line.status]));
          for (const line of before) {
            if (line.sources.includes(s) || line.upstream.includes(s)) continue;
            expect({ retracting: s, line, status: afterByKey.get(statusKey(line)) }).toEqual({ retracting: s, line, status: line.status });
          }
        }
      }),
      run,
    );
  });

  it('(d) there are no more independent lines than distinct origins and dead ends; the counts partition the lines', () => {
    fc.assert(
      fc.property(graphs({ evidence: true }), (g) => {
        const trace = build(g);
        const exits = new Set([...ids(trace.origins), ...trace.deadEnds.map((d) => d.source.id)]);
        expect(trace.independentLines).toBeLessThanOrEqual(exits.size);
        expect(trace.independentLines + trace.voidLines + trace.circularOnlyLines).toBe(trace.corroboration.length);
        expect(trace.independentLines).toBe(trace.corroboration.filter((l) => l.status === 'LIVE').length);
      }),
      run,
    );
  });

  it('(e) the answer does not depend on the order of the hops', () => {
    const shuffled = graphs({ evidence: true }).chain((g) =>
      fc.tuple(fc.constant(g), fc.shuffledSubarray([...g.hops.keys()], { minLength: g.hops.length, maxLength: g.hops.length })),
    );
    fc.assert(
      fc.property(shuffled, ([g, order]) => {
        const trace = build(g);
        const other = build({ ...g, hops: order.map((i) => g.hops[i]!) });
        expect(other.independentLines).toBe(trace.independentLines);
        expect(lineSummaries(other)).toEqual(lineSummaries(trace));
        for (const s of sourcesOf(g)) expect([s, other.restsAlone(s)]).toEqual([s, trace.restsAlone(s)]);
        expect([sortedIds(other.rumours), sortedIds(other.selfDisputed)]).toEqual([sortedIds(trace.rumours), sortedIds(trace.selfDisputed)]);
      }),
      run,
    );
  });

  it('(e) the answer does not depend on the order of the ids', () => {
    // s0 … s8 ↦ s8 … s0 and citation ids likewise: every comparison of ids is reversed.
    const flip = (s: string) => `s${8 - Number(s.slice(1))}`;
    fc.assert(
      fc.property(graphs({ evidence: true }), (g) => {
        const n = g.hops.length;
        const renamed: Graph = {
          hops: g.hops.map((h, i) => ({
            ...h,
            id: citationId(n - 1 - i),
            from: flip(h.from),
            ...(h.to ? { to: flip(h.to) } : {}),
            ...(h.seenIn ? { seenIn: flip(h.seenIn) } : {}),
          })),
          retracted: g.retracted.map(flip),
          publishers: Object.fromEntries(Object.entries(g.publishers).map(([s, p]) => [flip(s), p])),
          primary: Object.fromEntries(Object.entries(g.primary).map(([s, p]) => [flip(s), p])),
          about: g.about,
        };
        const trace = build(g);
        const other = build(renamed);
        expect([other.independentLines, other.voidLines, other.circularOnlyLines]).toEqual([trace.independentLines, trace.voidLines, trace.circularOnlyLines]);
        expect(sortedStatuses(other)).toEqual(sortedStatuses(trace));
        // And the same lines, renamed back.
        const back = lineSummaries(other).map((l) => ({ ...l, sources: l.sources.map(flip).sort(), upstream: l.upstream.map(flip).sort() }));
        expect(back.map((l) => JSON.stringify(l)).sort()).toEqual(lineSummaries(trace).map((l) => JSON.stringify(l)).sort());
        for (const s of sourcesOf(g)) expect([s, other.restsAlone(flip(s))]).toEqual([s, trace.restsAlone(s)]);
      }),
      run,
    );
  });

  it('(f) a new entry citing two existing sources never lowers the count of independent lines', () => {
    const extended = graphs({ evidence: true }).chain((g) => {
      const known = sourcesOf(g);
      return fc.tuple(fc.constant(g), fc.uniqueArray(fc.constantFrom(...known), { minLength: Math.min(2, known.length), maxLength: 2 }));
    });
    fc.assert(
      fc.property(extended, ([g, [a, b]]) => {
        fc.pre(a !== undefined && b !== undefined);
        const before = build(g).independentLines;
        const after = build({
          ...g,
          hops: [...g.hops, { from: 'new-entry', to: a!, id: 'citation:90000' }, { from: 'new-entry', to: b!, id: 'citation:90001' }],
        }).independentLines;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      run,
    );
  });

  it('(g) k relays naming no source with one shared speaker are exactly one live line', () => {
    const relays = fc.integer({ min: 1, max: 8 }).chain((k) =>
      fc.array(
        fc.record({
          quote: fc.constantFrom(...QUOTES),
          also: fc.subarray(['actor:a2']),
          publisher: fc.constantFrom(null, ...PUBLISHERS),
          primary: fc.boolean(),
        }),
        { minLength: k, maxLength: k },
      ),
    );
    fc.assert(
      fc.property(relays, fc.subarray(PUBLISHERS), (list, about) => {
        const hops: HopSpec[] = list.map((r, i) => ({ from: `r${i}`, stance: 'MENTIONS', quote: r.quote, speakers: ['actor:a1', ...r.also] }));
        const trace = buildVoices(
          subgraph(hops, {
            names,
            about,
            publishers: Object.fromEntries(list.map((r, i) => [`r${i}`, r.publisher])),
            primary: Object.fromEntries(list.map((r, i) => [`r${i}`, r.primary])),
          }),
          {},
          MAX_DEPTH,
        );
        expect(trace.independentLines).toBe(1);
        expect(trace.corroboration.map((l) => l.status)).toEqual(['LIVE']);
        expect(trace.rumours).toEqual([]);
      }),
      run,
    );
  });
  it('the lists say what they name: rumours, self-disputed sources, merge reasons, live lines', () => {
    fc.assert(
      fc.property(graphs({ evidence: true }), (g) => {
        const trace = build(g);
        const hopsOf = (s: string) => g.hops.filter((h) => h.from === s);
        const said = [...new Set(g.hops.map((h) => h.from))].sort();
        // Recorded both supporting and disputing the claim.
        const bothSides = said.filter((s) => hopsOf(s).some((h) => h.stance === 'SUPPORTS') && hopsOf(s).some((h) => h.stance === 'DISPUTES'));
        expect(sortedIds(trace.selfDisputed)).toEqual(bothSides);
        // Only relays (MENTIONS), with no recorded speaker, naming no source.
        // (A relay that names such a source with a speaker gives it that speaker's voice.)
        const voicedByRelay = new Set(g.hops.filter((h) => h.to && h.stance === 'MENTIONS' && (h.speakers ?? []).length > 0).map((h) => h.to!));
        const rumours = said.filter((s) => !voicedByRelay.has(s) && hopsOf(s).every((h) => h.stance === 'MENTIONS' && !h.to && (h.speakers ?? []).length === 0));
        expect(sortedIds(trace.rumours)).toEqual(rumours);
        for (const line of trace.corroboration) {
          for (const r of rumours) expect([...ids(line.sources), ...ids(line.upstream)]).not.toContain(r);
          expect(new Set(line.mergedBecause).size).toBe(line.mergedBecause.length);
          expect([...line.mergedBecause].sort()).toEqual([...new Set(line.merges.map((m) => m.reason))].sort());
          if (line.status === 'LIVE') expect(line.upstream.length).toBeGreaterThan(0);
        }
      }),
      run,
    );
  });
});
