import { ANONYMOUS } from '../src/model/caller.js';
import { importRequests } from '../src/write/import-requests.js';
import { loadSeed, readSeedSets } from '../src/seed/load-seed.js';
import { upsertRecords } from '../src/write/write-path.js';
import { graphqlSuite } from './support/harness.js';

/**
 * Small hand-built provenance graphs with known answers, one per concept. Each case gets
 * its own claim, so the cases share one database without seeing each other.
 */
type Hop = { from: string; to?: string; quote?: string; stance?: 'SUPPORTS' | 'DISPUTES' | 'MENTIONS' };
type SourceSpec = { isPrimary?: boolean; retracted?: boolean; publisherId?: string };

const suite = graphqlSuite((db) =>
  upsertRecords(db, ANONYMOUS, [{ kind: 'actor', input: { id: 'actor:p-agency', name: 'Agency', kind: 'AGENCY' }, path: 'actor' }]),
);
const { execute } = suite;

/** Writes claim `name` and its citations; source ids are `source:<name>-<letter>`. */
async function buildCase(name: string, hops: Hop[], sources: Record<string, SourceSpec> = {}, claim: Record<string, unknown> = {}) {
  const sourceId = (letter: string) => `source:${name}-${letter.toLowerCase()}`;
  const letters = [...new Set(hops.flatMap((h) => (h.to ? [h.from, h.to] : [h.from])))];
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
      })),
    }),
  );
  return sourceId;
}

const TRACE = `query ($id: ID!, $depth: Int) {
  trace(claimId: $id, maxDepth: $depth) {
    maxDepthReached truncated circular independentLines
    nodes { source { id } depth role }
    hops { citation { id } from { id } to { id } stance depth }
    paths { sourceIds citationIds restsOnRetracted end { kind source { id } explanation } }
    origins { id }
    deadEnds { source { id } explanation }
    corroboration { sources { id } upstream { id } }
    cycles { sources { id } }
    drift { from { id } to { id } numbersAdded numbersRemoved namesAdded namesRemoved similarity }
    conflicts { disputing { id } contradictingClaims { id } }
    retracted { id }
  }
}`;

async function trace(claimId: string, maxDepth?: number) {
  const { data, errors, queries } = await execute(TRACE, { id: claimId, depth: maxDepth });
  expect(errors).toBeUndefined();
  return { trace: data!.trace, queries };
}
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('trace', () => {
  it('follows a chain to a primary origin, in one round trip', async () => {
    const s = await buildCase('chain', [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }, { from: 'C' }], { C: { isPrimary: true } });
    const { trace: t, queries } = await trace('claim:chain');
    expect(queries).toEqual(['trace-claims']);
    expect(t.nodes).toEqual([
      { source: { id: s('A') }, depth: 1, role: 'ENTRY' },
      { source: { id: s('B') }, depth: 2, role: 'RELAY' },
      { source: { id: s('C') }, depth: 3, role: 'ORIGIN' },
    ]);
    expect(t.paths).toEqual([
      {
        sourceIds: [s('A'), s('B'), s('C')],
        citationIds: ['citation:chain-0', 'citation:chain-1', 'citation:chain-2'],
        restsOnRetracted: false,
        end: { kind: 'ORIGIN', source: { id: s('C') }, explanation: 'origin: Source C is a primary source' },
      },
    ]);
    expect(ids(t.origins)).toEqual([s('C')]);
    expect(t.deadEnds).toEqual([]);
    expect(t.maxDepthReached).toBe(3);
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

  it('ends at a secondary source that names no source: a visible dead end', async () => {
    const s = await buildCase('dead', [{ from: 'A', to: 'B' }, { from: 'B' }]);
    const { trace: t } = await trace('claim:dead');
    expect(t.deadEnds).toEqual([{ source: { id: s('B') }, explanation: 'unsourced beyond Source B' }]);
    expect(t.origins).toEqual([]);
    expect(t.nodes.map((n: any) => n.role)).toEqual(['ENTRY', 'DEAD_END']);
  });

  it('counts a source that is only cited, and says nothing of its own, as a trail end', async () => {
    const s = await buildCase('cited-only', [{ from: 'A', to: 'B' }]);
    const { trace: t } = await trace('claim:cited-only');
    expect(t.paths.map((p: any) => p.end.kind)).toEqual(['DEAD_END']);
    expect(t.deadEnds[0].source.id).toBe(s('B'));
  });

  it('takes a source by an actor the claim is about as a first-hand origin', async () => {
    const s = await buildCase('first-hand', [{ from: 'A', to: 'B' }], { B: { publisherId: 'actor:p-agency' } }, { aboutIds: ['actor:p-agency'] });
    const { trace: t } = await trace('claim:first-hand');
    expect(ids(t.origins)).toEqual([s('B')]);
    expect(t.paths[0].end.explanation).toContain('first-hand');
  });

  it('forks: one path per branch, each with its own end', async () => {
    const s = await buildCase('fork', [{ from: 'A', to: 'B' }, { from: 'A', to: 'C' }, { from: 'C' }], { B: { isPrimary: true } });
    const { trace: t } = await trace('claim:fork');
    expect(t.paths.map((p: any) => [p.sourceIds, p.end.kind])).toEqual([
      [[s('A'), s('B')], 'ORIGIN'],
      [[s('A'), s('C')], 'DEAD_END'],
    ]);
  });

  it('diamond: two sources that share one origin are one line of support, not two', async () => {
    const s = await buildCase('diamond', [{ from: 'A', to: 'C' }, { from: 'B', to: 'C' }, { from: 'C' }], { C: { isPrimary: true } });
    const { trace: t } = await trace('claim:diamond');
    expect(t.nodes.filter((n: any) => n.role === 'ENTRY').map((n: any) => n.source.id)).toEqual([s('A'), s('B')]);
    expect(t.independentLines).toBe(1);
    expect(t.corroboration).toEqual([{ sources: [{ id: s('A') }, { id: s('B') }, { id: s('C') }], upstream: [{ id: s('C') }] }]);
  });

  it('two sources with separate origins are two independent lines', async () => {
    const s = await buildCase('independent', [{ from: 'A', to: 'C' }, { from: 'B', to: 'D' }], { C: { isPrimary: true }, D: { isPrimary: true } });
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

  it('a claim said only inside a loop still gets a trace', async () => {
    const s = await buildCase('loop-only', [{ from: 'A', to: 'B' }, { from: 'B', to: 'A' }]);
    const { trace: t } = await trace('claim:loop-only');
    expect(t.circular).toBe(true);
    expect(t.nodes.map((n: any) => [n.source.id, n.depth])).toEqual([[s('A'), 1], [s('B'), 2]]);
  });

  // Regression: entries were walked one at a time in id order, so a source reached first
  // through a long detour from one entry kept that depth though another entry cites it directly.
  it('gives each source its shortest depth from any entry', async () => {
    const s = await buildCase('shortest', [
      { from: 'A', to: 'B' },
      { from: 'B', to: 'C' },
      { from: 'C', to: 'D' },
      { from: 'Z', to: 'D' },
    ]);
    const { trace: t } = await trace('claim:shortest');
    expect(t.nodes.find((n: any) => n.source.id === s('D')).depth).toBe(2);
    expect(t.maxDepthReached).toBe(3);
  });

  it('stops at maxDepth, says so, and shows where it stopped', async () => {
    const s = await buildCase('deep', [{ from: 'A', to: 'B' }, { from: 'B', to: 'C' }, { from: 'C', to: 'D' }, { from: 'D' }]);
    const { trace: t } = await trace('claim:deep', 2);
    expect(t.truncated).toBe(true);
    expect(t.maxDepthReached).toBe(2);
    expect(t.paths[0].end).toEqual({ kind: 'DEPTH_LIMIT', source: { id: s('C') }, explanation: 'maxDepth 2 stopped the walk at Source C' });
    expect(t.nodes.map((n: any) => n.role)).toEqual(['ENTRY', 'RELAY', 'BEYOND_DEPTH']);
    const full = await trace('claim:deep', 6);
    expect(full.trace.truncated).toBe(false);
    expect(full.trace.maxDepthReached).toBe(4);
  });

  it('retraction: marking a source retracted shows on the trace of every claim resting on it', async () => {
    const s = await buildCase('retracted', [{ from: 'A', to: 'B' }, { from: 'B' }]);
    await execute(`mutation { upsertSource(input: { id: "${s('B')}", title: "Source B", kind: REPORT, retracted: true }) { id } }`);
    const { trace: t } = await trace('claim:retracted');
    expect(ids(t.retracted)).toEqual([s('B')]);
    expect(t.paths[0].restsOnRetracted).toBe(true);
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
        numbersAdded: ['15%', '2021'],
        numbersRemoved: ['13%', '2020'],
        namesAdded: ['Smith'],
        namesRemoved: ['Jones'],
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
    expect(t.corroboration).toEqual([{ sources: [{ id: s('A') }], upstream: [{ id: s('A') }] }]);
  });

  it('returns null for an unknown claim and rejects a bad maxDepth', async () => {
    const { data } = await execute('{ trace(claimId: "claim:nothing-here") { circular } }');
    expect(data!.trace).toBeNull();
    const { errors } = await execute('{ trace(claimId: "claim:chain", maxDepth: 21) { circular } }');
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
  });
});

describe('dependents', () => {
  it('lists the claims resting on a source, and which rest on it alone', async () => {
    const s = await buildCase('dep-alone', [{ from: 'A', to: 'X' }]);
    await buildCase('dep-shared', [{ from: 'A', to: 'X' }, { from: 'B' }]);
    const x = s('X');
    // The two cases use different source ids; link the second case to the first's X too.
    await execute(`mutation { upsertCitation(input: { id: "citation:dep-shared-x", claimId: "claim:dep-shared", sourceId: "source:dep-shared-a", citesId: "${x}", quote: "q", stance: SUPPORTS }) { id } }`);
    const { data, errors, queries } = await execute(`{ dependents(sourceId: "${x}") { claim { id } alone retracted } }`);
    expect(errors).toBeUndefined();
    expect(data!.dependents).toEqual([
      { claim: { id: 'claim:dep-alone' }, alone: true, retracted: false },
      { claim: { id: 'claim:dep-shared' }, alone: false, retracted: false },
    ]);
    expect(queries).toEqual(['claims-resting-on-source', 'trace-claims']);
  });

  it('shows when the source is retracted', async () => {
    const s = await buildCase('dep-retracted', [{ from: 'A', to: 'R' }], { R: { retracted: true } });
    const { data } = await execute(`{ dependents(sourceId: "${s('R')}") { claim { id } alone retracted } }`);
    expect(data!.dependents).toEqual([{ claim: { id: 'claim:dep-retracted' }, alone: true, retracted: true }]);
  });
});

describe('provenance of the seed article', () => {
  beforeAll(() => loadSeed(suite.db()));

  it('traces the 13% rebate claim through the report to the congressional reports, where it goes cold', async () => {
    const { trace: t } = await trace('claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent');
    expect(t.paths.map((p: any) => p.sourceIds)).toEqual([
      ['source:article', 'source:heritage-report-hold-china-and-mexico-accountable', 'source:congressional-reports'],
    ]);
    expect(t.deadEnds).toEqual([{ source: { id: 'source:congressional-reports' }, explanation: 'unsourced beyond [Congressional reports]' }]);
  });

  it('ends the 2023 overdose figures at the article, unsourced', async () => {
    const { trace: t } = await trace('claim:us-drug-overdose-deaths-108000-in-2023');
    expect(t.nodes).toEqual([{ source: { id: 'source:article' }, depth: 1, role: 'DEAD_END' }]);
    expect(t.deadEnds[0].explanation).toBe('unsourced beyond Think Tank: The CCP Promotes Fentanyl Export to Poison the United States from Within.');
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
