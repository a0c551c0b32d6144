import { ANONYMOUS } from '../src/model/caller.js';
import { importRequests } from '../src/write/import-requests.js';
import { loadSeed, readSeedSets } from '../src/seed/load-seed.js';
import { upsertRecords } from '../src/write/write-path.js';
import { graphqlSuite } from './support/harness.js';

/**
 * Small hand-built provenance graphs with known answers, one per concept. Each case gets
 * its own claim, so the cases share one database without seeing each other.
 */
type Hop = { from: string; to?: string; quote?: string; stance?: 'SUPPORTS' | 'DISPUTES' | 'MENTIONS'; firstHand?: boolean; seenIn?: string };
type SourceSpec = { isPrimary?: boolean; retracted?: boolean; publisherId?: string };

const suite = graphqlSuite((db) =>
  upsertRecords(db, ANONYMOUS, [{ kind: 'actor', input: { id: 'actor:p-agency', name: 'Agency', kind: 'AGENCY' }, path: 'actor' }]),
);
const { execute } = suite;

/** Writes claim `name` and its citations; source ids are `source:<name>-<letter>`. */
async function buildCase(name: string, hops: Hop[], sources: Record<string, SourceSpec> = {}, claim: Record<string, unknown> = {}) {
  const sourceId = (letter: string) => `source:${name}-${letter.toLowerCase()}`;
  const letters = [...new Set(hops.flatMap((h) => [h.from, ...(h.to ? [h.to] : []), ...(h.seenIn ? [h.seenIn] : [])]))];
  await upsertRecords(
    suite.db(),
    ANONYMOUS,
    importRequests({
      sources: letters.map((letter) => ({ id: sourceId(letter), title: `Source ${letter}`, kind: 'REPORT', ...sources[letter] })),
      claims: [{ id: `claim:${name}`, text: `Claim of case ${name}.`, ...claim }],
      citations: hops.map((hop, i) => ({
        id: `citation:${name}-${i}`,
        claimId: `claim:${name}`,
        sourceId: sourceId(hop.from),
        citesId: hop.to ? sourceId(hop.to) : null,
        quote: hop.quote ?? `Quote ${i}`,
        stance: hop.stance ?? 'SUPPORTS',
        ...(hop.firstHand === undefined ? {} : { firstHand: hop.firstHand }),
        ...(hop.seenIn ? { evidencedInId: sourceId(hop.seenIn) } : {}),
      })),
    }),
  );
  return sourceId;
}

const TRACE = `query ($id: ID!, $depth: Int) {
  trace(claimId: $id, maxDepth: $depth) {
    maxDepthReached truncated circular independentLines
    voidLines circularOnlyLines closedLoop
    nodes { source { id } depth roles disputeRoles }
    hops { citation { id } side from { id } to { id } stance depth secondHand }
    paths { side sourceIds citationIds restsOnRetracted secondHand end { kind side source { id } explanation secondHand } }
    ends { kind source { id } secondHand knownThrough { id } }
    origins { id }
    deadEnds { source { id } explanation }
    corroboration { sources { id } upstream { id } status }
    cycles { sources { id } }
    drift { from { id } to { id } change wordsAdded wordsRemoved numbersAdded numbersRemoved namesAdded namesRemoved hedgesAdded hedgesRemoved negationFlipped reordered similarity }
    conflicts { disputing { id } contradictingClaims { id } }
    retracted { id }
    disputes {
      sources { id } hops { citation { id } quote to { id } } retracted { id } origins { id }
      paths { sourceIds end { kind source { id } } }
      deadEnds { source { id } explanation }
    }
  }
}`;

async function trace(claimId: string, maxDepth?: number) {
  const { data, errors, queries } = await execute(TRACE, { id: claimId, depth: maxDepth });
  expect(errors).toBeUndefined();
  return { trace: data!.trace, queries };
}
const ids = (list: { id: string }[]) => list.map((x) => x.id);

const node = (t: any, id: string) => t.nodes.find((n: any) => n.source.id === id);

describe('trace', () => {
  it('follows a chain to an origin first-hand for the claim, in one round trip', async () => {
    const s = await buildCase('chain', [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }, { from: 'C', firstHand: true }]);
    const { trace: t, queries } = await trace('claim:chain');
    expect(queries).toEqual(['trace-claims']);
    expect(t.nodes).toEqual([
      { source: { id: s('A') }, depth: 0, roles: ['ENTRY'], disputeRoles: [] },
      { source: { id: s('B') }, depth: 1, roles: ['RELAY'], disputeRoles: [] },
      { source: { id: s('C') }, depth: 2, roles: ['ORIGIN'], disputeRoles: [] },
    ]);
    expect(t.paths).toEqual([
      {
        side: 'SUPPORT',
        sourceIds: [s('A'), s('B'), s('C')],
        citationIds: ['citation:chain-0', 'citation:chain-1', 'citation:chain-2'],
        restsOnRetracted: false,
        secondHand: false,
        end: { kind: 'ORIGIN', side: 'SUPPORT', source: { id: s('C') }, explanation: 'origin: Source C is first-hand for this claim (its own data, act or statement)', secondHand: false },
      },
    ]);
    expect(t.hops.map((h: any) => [h.depth, h.side, h.secondHand])).toEqual([
      [1, 'SUPPORT', false],
      [2, 'SUPPORT', false],
      [3, 'SUPPORT', false],
    ]);
    expect(ids(t.origins)).toEqual([s('C')]);
    expect(t.deadEnds).toEqual([]);
    expect(t.maxDepthReached).toBe(2);
    expect(t.truncated).toBe(false);
    expect(t.independentLines).toBe(1);
  });

  it('loads the history fields of records on a trace on demand, in one batch', async () => {
    const { data, errors, queries } = await execute(`{
      trace(claimId: "claim:chain") { nodes { source { meta { revision createdBy } } } hops { citation { meta { revision } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.trace.nodes.map((n: any) => n.source.meta)).toEqual([
      { revision: 1, createdBy: 'anonymous' },
      { revision: 1, createdBy: 'anonymous' },
      { revision: 1, createdBy: 'anonymous' },
    ]);
    expect(data!.trace.hops.every((h: any) => h.citation.meta.revision === 1)).toBe(true);
    expect(queries).toEqual(['trace-claims', 'records-by-id']);
  });

  it('ends at a source that names no source and is not first-hand: a visible dead end', async () => {
    const s = await buildCase('dead', [{ from: 'A', to: 'B' }, { from: 'B' }]);
    const { trace: t } = await trace('claim:dead');
    expect(t.deadEnds).toEqual([{ source: { id: s('B') }, explanation: 'unsourced beyond Source B' }]);
    expect(t.origins).toEqual([]);
    expect(t.nodes.map((n: any) => n.roles)).toEqual([['ENTRY'], ['DEAD_END']]);
  });

  it('a source only cited, with nothing of its own recorded, is unverified beyond it: known only through the citing source', async () => {
    const s = await buildCase('cited-only', [{ from: 'A', to: 'B' }]);
    const { trace: t } = await trace('claim:cited-only');
    expect(t.paths.map((p: any) => [p.end.kind, p.secondHand])).toEqual([['DEAD_END', true]]);
    expect(t.deadEnds).toEqual([{ source: { id: s('B') }, explanation: 'unverified beyond Source B: known only through Source A' }]);
    expect(t.ends).toEqual([{ kind: 'DEAD_END', source: { id: s('B') }, secondHand: true, knownThrough: [{ id: s('A') }] }]);
  });

  it('takes a source by an actor the claim is about as first-hand when its citation records nothing', async () => {
    const s = await buildCase('first-hand', [{ from: 'A', to: 'B' }, { from: 'B' }], { B: { publisherId: 'actor:p-agency' } }, { aboutIds: ['actor:p-agency'] });
    const { trace: t } = await trace('claim:first-hand');
    expect(ids(t.origins)).toEqual([s('B')]);
    expect(t.paths[0].end.explanation).toBe('origin: Source B is by an actor the claim is about (taken as first-hand: its own act or statement; firstHand is not recorded)');
  });

  it('firstHand false overrides the default rule: an actor the claim is about repeating a figure is a dead end', async () => {
    const s = await buildCase('not-first-hand', [{ from: 'A', firstHand: false }], { A: { publisherId: 'actor:p-agency' } }, { aboutIds: ['actor:p-agency'] });
    const { trace: t } = await trace('claim:not-first-hand');
    expect(t.origins).toEqual([]);
    expect(ids(t.deadEnds.map((d: any) => d.source))).toEqual([s('A')]);
  });

  // Regression: `isPrimary` on a source made it the origin of every claim it repeated (the
  // seed's think-tank report was the "origin" of national death figures).
  it('a source marked primary in general is not the origin of a claim it repeats', async () => {
    const s = await buildCase('primary-general', [{ from: 'A', to: 'R' }, { from: 'R' }], { R: { isPrimary: true } });
    const { trace: t } = await trace('claim:primary-general');
    expect(t.origins).toEqual([]);
    expect(t.deadEnds).toEqual([{ source: { id: s('R') }, explanation: 'unsourced beyond Source R (a primary source in general, but not recorded as first-hand for this claim)' }]);
  });

  it('primary is decided per claim: the same source is the origin of its own finding and a dead end for a figure it repeats', async () => {
    const own = await buildCase('per-claim-own', [{ from: 'A', to: 'R' }, { from: 'R', firstHand: true }], { R: { isPrimary: true } });
    await execute(`mutation { upsertClaim(input: { id: "claim:per-claim-repeated", text: "A figure it repeats." }) { id } }`);
    await execute(
      `mutation { upsertCitation(input: { id: "citation:per-claim-repeated", claimId: "claim:per-claim-repeated", sourceId: "${own('R')}", quote: "A figure", stance: SUPPORTS }) { id } }`,
    );
    expect(ids((await trace('claim:per-claim-own')).trace.origins)).toEqual([own('R')]);
    const repeated = (await trace('claim:per-claim-repeated')).trace;
    expect(repeated.origins).toEqual([]);
    expect(ids(repeated.deadEnds.map((d: any) => d.source))).toEqual([own('R')]);
  });

  it('forks: one path per branch, each with its own end', async () => {
    const s = await buildCase('fork', [{ from: 'A', to: 'B' }, { from: 'A', to: 'C' }, { from: 'B', firstHand: true }, { from: 'C' }]);
    const { trace: t } = await trace('claim:fork');
    expect(t.paths.map((p: any) => [p.sourceIds, p.end.kind])).toEqual([
      [[s('A'), s('B')], 'ORIGIN'],
      [[s('A'), s('C')], 'DEAD_END'],
    ]);
  });

  it('diamond: two sources that share one origin are one line of support, not two', async () => {
    const s = await buildCase('diamond', [{ from: 'A', to: 'C' }, { from: 'B', to: 'C' }, { from: 'C', firstHand: true }]);
    const { trace: t } = await trace('claim:diamond');
    expect(t.nodes.filter((n: any) => n.roles.includes('ENTRY')).map((n: any) => n.source.id)).toEqual([s('A'), s('B')]);
    expect(t.independentLines).toBe(1);
    expect(t.corroboration).toEqual([{ sources: [{ id: s('A') }, { id: s('B') }, { id: s('C') }], upstream: [{ id: s('C') }], status: 'LIVE' }]);
  });

  it('two sources with separate origins are two independent lines', async () => {
    const s = await buildCase('independent', [{ from: 'A', to: 'C' }, { from: 'B', to: 'D' }, { from: 'C', firstHand: true }, { from: 'D', firstHand: true }]);
    const { trace: t } = await trace('claim:independent');
    expect(t.independentLines).toBe(2);
    expect(t.corroboration.map((line: any) => ids(line.upstream))).toEqual([[s('C')], [s('D')]]);
  });

  it('cycle: finds the loop, flags circular reporting, and terminates', async () => {
    const s = await buildCase('cycle', [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }, { from: 'C', to: 'B' }]);
    const { trace: t } = await trace('claim:cycle');
    expect(t.circular).toBe(true);
    expect(t.cycles).toEqual([{ sources: [{ id: s('B') }, { id: s('C') }] }]);
    expect(t.paths).toEqual([
      expect.objectContaining({ sourceIds: [s('A'), s('B'), s('C'), s('B')], end: expect.objectContaining({ kind: 'CYCLE' }) }),
    ]);
  });

  // Regression: a claim said only inside a loop counted one line of support with no
  // upstream, and its ENTRY went to the smallest id although another source cites it.
  it('a claim supported only by a citation loop has no independent line, and no source of the loop is an ENTRY', async () => {
    const s = await buildCase('loop-only', [{ from: 'A', to: 'B' }, { from: 'B', to: 'A' }]);
    const { trace: t } = await trace('claim:loop-only');
    expect(t.circular).toBe(true);
    expect(t.closedLoop).toBe(true);
    expect(t.nodes).toEqual([
      { source: { id: s('A') }, depth: 0, roles: ['RELAY'], disputeRoles: [] },
      { source: { id: s('B') }, depth: 1, roles: ['RELAY'], disputeRoles: [] },
    ]);
    expect([t.independentLines, t.circularOnlyLines, t.voidLines]).toEqual([0, 1, 0]);
    expect(t.corroboration).toEqual([{ sources: [{ id: s('A') }, { id: s('B') }], upstream: [], status: 'CIRCULAR' }]);
  });

  it('a loop that an entry reaches is not a closed loop: only the uncited source is an ENTRY', async () => {
    const s = await buildCase('loop-entered', [{ from: 'E', to: 'A' }, { from: 'A', to: 'B' }, { from: 'B', to: 'A' }, { from: 'B' }]);
    const { trace: t } = await trace('claim:loop-entered');
    expect(t.closedLoop).toBe(false);
    expect(t.nodes.filter((n: any) => n.roles.includes('ENTRY')).map((n: any) => n.source.id)).toEqual([s('E')]);
    expect(node(t, s('B')).roles).toEqual(['RELAY', 'DEAD_END']);
    expect(t.independentLines).toBe(1);
  });

  // Regression: the article was both the entry and the dead end of one trace and showed only DEAD_END.
  it('a source holds every role it has on a trace: entry and dead end at once', async () => {
    const s = await buildCase('many-roles', [{ from: 'A' }, { from: 'A', to: 'B' }, { from: 'B', firstHand: true }]);
    const { trace: t } = await trace('claim:many-roles');
    expect(node(t, s('A')).roles).toEqual(['ENTRY', 'DEAD_END']);
    expect(node(t, s('B')).roles).toEqual(['ORIGIN']);
  });

  // Regression: gives each source its shortest depth from any entry (entries were walked
  // one at a time, so a detour from one entry set the depth).
  it('gives each source its shortest depth from any entry', async () => {
    const s = await buildCase('shortest', [
      { from: 'A', to: 'B' },
      { from: 'B', to: 'C' },
      { from: 'C', to: 'D' },
      { from: 'Z', to: 'D' },
    ]);
    const { trace: t } = await trace('claim:shortest');
    expect(node(t, s('D')).depth).toBe(1);
    expect(t.maxDepthReached).toBe(2);
  });

  // Regression: depth was counted in sources though documented in hops: a 3-hop chain needed maxDepth 4.
  it('a 3-hop chain is walked whole with maxDepth 3: depth counts hops', async () => {
    const s = await buildCase('deep', [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }, { from: 'C', to: 'D' }, { from: 'D' }]);
    const three = (await trace('claim:deep', 3)).trace;
    expect([three.truncated, three.maxDepthReached]).toEqual([false, 3]);
    expect(three.paths.map((p: any) => p.end.kind)).toEqual(['DEAD_END']);
    const two = (await trace('claim:deep', 2)).trace;
    expect([two.truncated, two.maxDepthReached]).toEqual([true, 2]);
    expect(two.paths[0].end).toEqual({ kind: 'DEPTH_LIMIT', side: 'SUPPORT', source: { id: s('D') }, explanation: 'maxDepth 2 stopped the walk at Source D', secondHand: false });
    expect(two.nodes.map((n: any) => n.roles)).toEqual([['ENTRY'], ['RELAY'], ['RELAY'], ['BEYOND_DEPTH']]);
  });

  it('retraction: marking a source retracted shows on the trace of every claim resting on it', async () => {
    const s = await buildCase('retracted', [{ from: 'A', to: 'B' }, { from: 'B' }]);
    await execute(`mutation { upsertSource(input: { id: "${s('B')}", title: "Source B", kind: REPORT, retracted: true }) { id } }`);
    const { trace: t } = await trace('claim:retracted');
    expect(ids(t.retracted)).toEqual([s('B')]);
    expect(t.paths[0].restsOnRetracted).toBe(true);
  });

  // Regression: a claim whose only line rested on a retracted source still reported independentLines: 1.
  it('a claim whose only line rests on a retracted source has no independent line: the line is void', async () => {
    const { trace: t } = await trace('claim:retracted');
    expect([t.independentLines, t.voidLines, t.circularOnlyLines]).toEqual([0, 1, 0]);
    expect(t.corroboration.map((line: any) => line.status)).toEqual(['RETRACTED']);
  });

  // A cites two voices, B and C: the one through the retracted B is void, the one around it stands.
  it('a line with one way out through a retracted source and one around it still stands', async () => {
    const s = await buildCase('retracted-detour', [{ from: 'A', to: 'B' }, { from: 'A', to: 'C' }, { from: 'B' }, { from: 'C' }], { B: { retracted: true } });
    const { trace: t } = await trace('claim:retracted-detour');
    expect([t.independentLines, t.voidLines]).toEqual([1, 1]);
    expect(t.corroboration.map((line: any) => [ids(line.upstream), line.status])).toEqual([[[s('B')], 'RETRACTED'], [[s('C')], 'LIVE']]);
    expect(ids(t.retracted)).toEqual([s('B')]);
  });

  it('drift: reports the numbers and names that changed between a quote and the quote it cites', async () => {
    await buildCase('drift', [
      { from: 'A', to: 'B', quote: 'In 2021 Landia raised the rebate to 15%, Smith said.' },
      { from: 'B', quote: 'In 2020 Landia raised the rebate to 13%, Jones said.' },
    ]);
    const { trace: t } = await trace('claim:drift');
    expect(t.drift).toEqual([
      {
        from: { id: 'citation:drift-0' },
        to: { id: 'citation:drift-1' },
        change: 'CHANGED',
        wordsAdded: ['2021', '15%, Smith'],
        wordsRemoved: ['2020', '13%, Jones'],
        numbersAdded: ['15%', '2021'],
        numbersRemoved: ['13%', '2020'],
        namesAdded: ['Smith'],
        namesRemoved: ['Jones'],
        hedgesAdded: [],
        hedgesRemoved: [],
        negationFlipped: false,
        reordered: false,
        similarity: expect.any(Number),
      },
    ]);
    expect(t.drift[0].similarity).toBeGreaterThan(0.4);
    expect(t.drift[0].similarity).toBeLessThan(1);
  });

  it('no drift when a hop quotes the same words', async () => {
    await buildCase('same-words', [{ from: 'A', to: 'B', quote: 'The rebate is 13%.' }, { from: 'B', quote: 'the rebate is 13%' }]);
    const { trace: t } = await trace('claim:same-words');
    expect(t.drift).toEqual([]);
  });

  it('dispute: shows disputing citations and contradicting claims, and keeps them out of support', async () => {
    await execute('mutation { upsertClaim(input: { id: "claim:dispute-other", text: "The opposite." }) { id } }');
    const s = await buildCase('dispute', [{ from: 'A' }, { from: 'B', stance: 'DISPUTES' }], {}, { contradictsIds: ['claim:dispute-other'] });
    const { trace: t } = await trace('claim:dispute');
    expect(ids(t.conflicts.disputing)).toEqual(['citation:dispute-1']);
    expect(ids(t.conflicts.contradictingClaims)).toEqual(['claim:dispute-other']);
    expect(t.corroboration).toEqual([{ sources: [{ id: s('A') }], upstream: [{ id: s('A') }], status: 'LIVE' }]);
    expect(ids(t.disputes.sources)).toEqual([s('B')]);
  });

  // Regression: a claim recorded as contradicting in both directions was listed twice.
  it('a claim recorded as contradicting in both directions is listed once', async () => {
    await execute('mutation { upsertClaim(input: { id: "claim:both-ways-b", text: "B side." }) { id } }');
    await buildCase('both-ways', [{ from: 'A' }], {}, { contradictsIds: ['claim:both-ways-b'] });
    await execute('mutation { patchClaim(id: "claim:both-ways-b", input: { contradictsIds: ["claim:both-ways"] }) { id } }');
    const { trace: t } = await trace('claim:both-ways');
    expect(ids(t.conflicts.contradictingClaims)).toEqual(['claim:both-ways-b']);
  });

  it('returns null for an unknown claim and rejects a bad maxDepth', async () => {
    const { data } = await execute('{ trace(claimId: "claim:nothing-here") { circular } }');
    expect(data!.trace).toBeNull();
    const { errors } = await execute('{ trace(claimId: "claim:chain", maxDepth: 21) { circular } }');
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
  });
});

describe('support and dispute apart', () => {
  // A says the claim and names no source; D disputes it and rests its dispute on E, which
  // disputes it too and names nothing further.
  const disputedCase = (name: string, sources: Record<string, SourceSpec> = {}) =>
    buildCase(name, [{ from: 'A' }, { from: 'D', to: 'E', stance: 'DISPUTES', quote: 'That is wrong, E found.' }, { from: 'E', stance: 'DISPUTES' }], sources);

  // Regression: a source cited for a dispute showed among the claim's dead ends.
  it('a source cited for a dispute is not a dead end of the claim: it ends the dispute trail', async () => {
    const s = await disputedCase('dispute-dead-end');
    const { trace: t } = await trace('claim:dispute-dead-end');
    expect(ids(t.deadEnds.map((d: any) => d.source))).toEqual([s('A')]);
    expect(t.disputes.deadEnds).toEqual([{ source: { id: s('E') }, explanation: 'unsourced beyond Source E' }]);
    expect(t.disputes.hops.map((h: any) => [h.citation.id, h.quote, h.to?.id ?? null])).toEqual([
      ['citation:dispute-dead-end-1', 'That is wrong, E found.', s('E')],
      ['citation:dispute-dead-end-2', 'Quote 2', null],
    ]);
    expect(node(t, s('E'))).toEqual({ source: { id: s('E') }, depth: 1, roles: [], disputeRoles: ['DEAD_END'] });
    expect(node(t, s('D')).disputeRoles).toEqual(['ENTRY']);
  });

  it('every hop, path and trail end says its side', async () => {
    const { trace: t } = await trace('claim:dispute-dead-end');
    expect(t.hops.map((h: any) => [h.stance, h.side])).toEqual([
      ['SUPPORTS', 'SUPPORT'],
      ['DISPUTES', 'DISPUTE'],
      ['DISPUTES', 'DISPUTE'],
    ]);
    expect(t.paths.map((p: any) => [p.side, p.end.side, p.end.kind])).toEqual([
      ['SUPPORT', 'SUPPORT', 'DEAD_END'],
      ['DISPUTE', 'DISPUTE', 'DEAD_END'],
    ]);
  });

  // Regression: a retracted source cited only for a dispute was listed as "retracted, the
  // claim's support through them is void".
  it('a claim disputed through a retracted source keeps its own support intact', async () => {
    const s = await disputedCase('dispute-retracted', { E: { retracted: true } });
    const { trace: t } = await trace('claim:dispute-retracted');
    expect(t.retracted).toEqual([]);
    expect(ids(t.disputes.retracted)).toEqual([s('E')]);
    expect([t.independentLines, t.voidLines]).toEqual([1, 0]);
    expect(t.paths.filter((p: any) => p.side === 'SUPPORT').map((p: any) => p.restsOnRetracted)).toEqual([false]);
  });

  // Regression: dependents of a source cited for a dispute listed the claim as resting on it.
  it('dependents of a source cited for a dispute: the claim is disputed through it, not resting on it', async () => {
    const s = await disputedCase('dispute-dependents');
    const { data } = await execute(`{ dependents(sourceId: "${s('E')}") { claim { id } supports disputes alone } }`);
    expect(data!.dependents).toEqual([{ claim: { id: 'claim:dispute-dependents' }, supports: false, disputes: true, alone: false }]);
  });

  it('a supporting hop that cites a source which disputes the claim ends there: the cited source takes the other side', async () => {
    const s = await buildCase('other-side', [{ from: 'A', to: 'B' }, { from: 'B', stance: 'DISPUTES' }]);
    const { trace: t } = await trace('claim:other-side');
    expect(t.paths.map((p: any) => [p.side, p.end.kind, p.end.explanation])).toEqual([
      ['SUPPORT', 'OTHER_SIDE', 'Source B, cited for the claim, disputes it'],
      ['DISPUTE', 'DEAD_END', 'unsourced beyond Source B'],
    ]);
    expect(node(t, s('B'))).toMatchObject({ roles: ['OTHER_SIDE'], disputeRoles: ['ENTRY', 'DEAD_END'] });
    expect(t.deadEnds).toEqual([]);
  });
});

describe('support that ends at a disputer', () => {
  // Regression: dependents of a pure disputer cited by a supporter said the claim rested on it alone.
  it('a claim whose supporter cites a source that only disputes it does not rest on that source', async () => {
    const s = await buildCase('cites-disputer', [{ from: 'S', to: 'D' }, { from: 'D', stance: 'DISPUTES' }]);
    const { data } = await execute(`{ dependents(sourceId: "${s('D')}") { claim { id } supports disputes alone truncated } }`);
    expect(data!.dependents).toEqual([{ claim: { id: 'claim:cites-disputer' }, supports: false, disputes: true, alone: false, truncated: false }]);
  });

  // Regression: a second way of support ending at a disputer made the real support look shared.
  it('alone ignores a way of support that ends at a disputer', async () => {
    const s = await buildCase('alone-beside-disputer', [{ from: 'S', to: 'X' }, { from: 'S', to: 'D' }, { from: 'D', stance: 'DISPUTES' }]);
    const { data } = await execute(`{ dependents(sourceId: "${s('X')}") { supports alone } }`);
    expect(data!.dependents).toEqual([{ supports: true, alone: true }]);
  });
});

describe('relays', () => {
  // Regression: a MENTIONS hop by an actor the claim is about became an origin by the default rule.
  it('a MENTIONS hop is never an origin, even by an actor the claim is about', async () => {
    const s = await buildCase('relay-by-actor', [{ from: 'A', stance: 'MENTIONS' }], { A: { publisherId: 'actor:p-agency' } }, { aboutIds: ['actor:p-agency'] });
    const { trace: t } = await trace('claim:relay-by-actor');
    expect(t.origins).toEqual([]);
    expect(t.deadEnds).toEqual([{ source: { id: s('A') }, explanation: "unsourced beyond Source A (it relays the claim as someone else's and names no source and no speaker: a rumour, no line of support)" }]);
  });
});

describe('second-hand hops', () => {
  // Regression: a hop known only through another document read as if its source had been checked.
  it('a hop known only through another document is second-hand on its hop, path and trail end: unverified beyond it', async () => {
    const s = await buildCase('second-hand', [{ from: 'A', to: 'B' }, { from: 'B', to: 'C', seenIn: 'A' }, { from: 'C', seenIn: 'A' }]);
    const { trace: t } = await trace('claim:second-hand');
    expect(t.hops.map((h: any) => [h.from.id, h.secondHand])).toEqual([
      [s('A'), false],
      [s('B'), true],
      [s('C'), true],
    ]);
    expect(t.paths.map((p: any) => p.secondHand)).toEqual([true]);
    expect(t.deadEnds).toEqual([{ source: { id: s('C') }, explanation: 'unverified beyond Source C: known only through Source A' }]);
    expect(t.ends).toEqual([{ kind: 'DEAD_END', source: { id: s('C') }, secondHand: true, knownThrough: [{ id: s('A') }] }]);
  });

  it('a first-hand origin known only through another document is an unverified origin', async () => {
    const s = await buildCase('second-hand-origin', [{ from: 'A', to: 'B' }, { from: 'B', seenIn: 'A', firstHand: true }]);
    const { trace: t } = await trace('claim:second-hand-origin');
    expect(ids(t.origins)).toEqual([s('B')]);
    expect(t.paths[0].end.explanation).toBe('origin, unverified: Source B is first-hand for this claim (its own data, act or statement), but known only through Source A');
  });
});

describe('dependents', () => {
  it('lists the claims resting on a source, and which rest on it alone', async () => {
    const s = await buildCase('dep-alone', [{ from: 'A', to: 'X' }]);
    await buildCase('dep-shared', [{ from: 'A', to: 'X' }, { from: 'B' }]);
    const x = s('X');
    // The two cases use different source ids; link the second case to the first's X too.
    await execute(`mutation { upsertCitation(input: { id: "citation:dep-shared-x", claimId: "claim:dep-shared", sourceId: "source:dep-shared-a", citesId: "${x}", quote: "q", stance: SUPPORTS }) { id } }`);
    const { data, errors, queries } = await execute(`{ dependents(sourceId: "${x}") { claim { id } supports disputes alone retracted } }`);
    expect(errors).toBeUndefined();
    expect(data!.dependents).toEqual([
      { claim: { id: 'claim:dep-alone' }, supports: true, disputes: false, alone: true, retracted: false },
      { claim: { id: 'claim:dep-shared' }, supports: true, disputes: false, alone: false, retracted: false },
    ]);
    expect(queries).toEqual(['claims-resting-on-source', 'trace-claims']);
  });

  it('shows when the source is retracted', async () => {
    const s = await buildCase('dep-retracted', [{ from: 'A', to: 'R' }], { R: { retracted: true } });
    const { data } = await execute(`{ dependents(sourceId: "${s('R')}") { claim { id } alone retracted } }`);
    expect(data!.dependents).toEqual([{ claim: { id: 'claim:dep-retracted' }, alone: true, retracted: true }]);
  });

  it('says when a claim\'s trace was cut by a bound: a source beyond depth 20 is then on neither side', async () => {
    const letters = Array.from({ length: 23 }, (_, i) => `N${String(i).padStart(2, '0')}`);
    const s = await buildCase('dep-deep', letters.slice(0, -1).map((from, i) => ({ from, to: letters[i + 1] })));
    const { data } = await execute(`{ dependents(sourceId: "${s(letters[22]!)}") { supports disputes alone truncated } }`);
    expect(data!.dependents).toEqual([{ supports: false, disputes: false, alone: false, truncated: true }]);
  });

  it('a source is alone when the other support is already void', async () => {
    const s = await buildCase('dep-last-standing', [{ from: 'A', to: 'X' }, { from: 'A', to: 'R' }], { R: { retracted: true } });
    const { data } = await execute(`{ dependents(sourceId: "${s('X')}") { claim { id } alone } }`);
    expect(data!.dependents).toEqual([{ claim: { id: 'claim:dep-last-standing' }, alone: true }]);
  });
});

describe('provenance of the seed article', () => {
  beforeAll(() => loadSeed(suite.db()));

  it('traces the 13% rebate claim from the article to the congressional reports it names, second-hand, where it goes cold', async () => {
    const { trace: t } = await trace('claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent');
    // The article names the congressional reports itself (¶12, its own voice): the Heritage report is not on this trail.
    expect(t.paths.map((p: any) => p.sourceIds)).toEqual([['source:article', 'source:congressional-reports']]);
    const byDepth = [...t.hops].sort((a: any, b: any) => a.depth - b.depth);
    expect(byDepth.map((h: any) => [h.depth, h.from.id, h.secondHand])).toEqual([
      [1, 'source:article', false],
      [2, 'source:congressional-reports', true],
    ]);
    expect(t.paths[0].secondHand).toBe(true);
    expect(t.paths[0].end.secondHand).toBe(true);
    expect(t.paths[0].end.explanation).toMatch(/^(unverified beyond |origin, unverified: )\[Congressional reports\]/);
    expect(t.paths[0].end.explanation).toContain('known only through Think Tank: The CCP Promotes Fentanyl Export');
  });

  // Regression: the DEA hop cut "estimated" from its quote, so the trace read as if the article had added the hedge.
  it('the DEA estimate keeps "estimated": no hedge drifts between the article and the DEA, which is the origin', async () => {
    const { trace: t } = await trace('claim:government-seized-enough-fentanyl-in-2021-to-kill-every-american');
    expect(ids(t.origins)).toEqual(['source:dea-estimate-fentanyl-seized-2021']);
    expect(t.drift).toEqual([]);
  });

  // Regression: a think tank's allegation about the CCP's conduct ended at the report as its "origin".
  it('a think tank\'s allegation about another actor\'s conduct ends at the report unverified, not at an origin', async () => {
    for (const claimId of ['claim:ccp-uses-fentanyl-as-asymmetric-warfare', 'claim:ccp-funds-supports-drives-fentanyl-threat']) {
      const { trace: t } = await trace(claimId);
      expect(t.origins).toEqual([]);
      expect(t.deadEnds.map((d: any) => d.explanation)).toEqual([
        'unverified beyond Hold China and Mexico Accountable for America’s Fentanyl Crisis: known only through Think Tank: The CCP Promotes Fentanyl Export to Poison the United States from Within.',
      ]);
    }
    // Its own recommendation still ends at it as an origin (known only through the article).
    const { trace: own } = await trace('claim:recommendation-increase-penalties-for-financial-institutions');
    expect(ids(own.origins)).toEqual(['source:heritage-report-hold-china-and-mexico-accountable']);
  });

  it('ends the 2023 overdose figures at the article, unsourced: entry and dead end at once', async () => {
    const { trace: t } = await trace('claim:us-drug-overdose-deaths-108000-in-2023');
    expect(t.nodes).toEqual([{ source: { id: 'source:article' }, depth: 0, roles: ['ENTRY', 'DEAD_END'], disputeRoles: [] }]);
    expect(t.deadEnds[0].explanation).toBe('unsourced beyond Think Tank: The CCP Promotes Fentanyl Export to Poison the United States from Within.');
  });

  // Regression: the think-tank report, marked primary, was the "origin" of national death figures it repeats.
  it('"Nearly 200 Americans die each day" does not end as an origin at the think-tank report', async () => {
    const { trace: t } = await trace('claim:nearly-200-americans-die-daily-from-fentanyl');
    expect(ids(t.origins)).not.toContain('source:heritage-report-hold-china-and-mexico-accountable');
    expect(t.paths.length).toBeGreaterThan(0);
    for (const path of t.paths) expect(path.end.kind).not.toBe('ORIGIN');
  });

  it('finds no circular reporting in the article', async () => {
    const seedClaims = (readSeedSets()[0]!.graph.claims as { id: string }[]).map((c) => c.id);
    expect(seedClaims.length).toBeGreaterThan(20);
    for (const id of seedClaims) {
      const { trace: t } = await trace(id);
      expect(t.circular).toBe(false);
    }
  });
});
