import { ANONYMOUS } from '../src/model/caller.js';
import { loadSeed } from '../src/seed/load-seed.js';
import { importRequests } from '../src/write/import-requests.js';
import { upsertRecords } from '../src/write/write-path.js';
import { graphqlSuite } from './support/harness.js';

/**
 * Voices, stance and retraction through the API, on the real database: the classes of
 * issue "independence a fact-checker can sign", each with a hand-built case written through
 * the write path (speakers, publishers and evidence documents as real relationships), and
 * the seed. `trace` and `dependents` must give one answer: each case checks both.
 */
type Hop = { from: string; to?: string; quote?: string; stance?: 'SUPPORTS' | 'DISPUTES' | 'MENTIONS'; firstHand?: boolean; seenIn?: string; speakers?: string[] };
type SourceSpec = { retracted?: boolean; publisherId?: string };

const ACTORS = ['company', 'minister', 'wire', 'group'];
const suite = graphqlSuite(async (db) => {
  await upsertRecords(
    db,
    ANONYMOUS,
    ACTORS.map((a) => ({ kind: 'actor' as const, input: { id: `actor:v-${a}`, name: `The ${a}`, kind: 'ORGANISATION' }, path: 'actor' })),
  );
  await loadSeed(db);
});
const { execute } = suite;

async function buildCase(name: string, hops: Hop[], sources: Record<string, SourceSpec> = {}) {
  const sourceId = (letter: string) => `source:v-${name}-${letter.toLowerCase()}`;
  const letters = [...new Set(hops.flatMap((h) => [h.from, ...(h.to ? [h.to] : []), ...(h.seenIn ? [h.seenIn] : [])]))];
  await upsertRecords(
    suite.db(),
    ANONYMOUS,
    importRequests({
      sources: letters.map((letter) => ({ id: sourceId(letter), title: `Source ${letter}`, kind: 'ARTICLE', ...sources[letter] })),
      claims: [{ id: `claim:v-${name}`, text: `Claim of case ${name}.` }],
      citations: hops.map((hop, i) => ({
        id: `citation:v-${name}-${i}`,
        claimId: `claim:v-${name}`,
        sourceId: sourceId(hop.from),
        citesId: hop.to ? sourceId(hop.to) : null,
        quote: hop.quote ?? `Quote ${i} of ${name}`,
        stance: hop.stance ?? 'SUPPORTS',
        ...(hop.firstHand === undefined ? {} : { firstHand: hop.firstHand }),
        ...(hop.seenIn ? { evidencedInId: sourceId(hop.seenIn) } : {}),
        ...(hop.speakers ? { speakerIds: hop.speakers.map((a) => `actor:v-${a}`) } : {}),
      })),
    }),
  );
  return sourceId;
}

const TRACE = `query ($id: ID!) {
  trace(claimId: $id) {
    independentLines voidLines circularOnlyLines
    corroboration { status sources { id } upstream { id } speakers { name } mergedBecause merges { reason on sources { id } } }
    rumours { id } selfDisputed { id }
    origins { id } deadEnds { source { id } explanation }
    nodes { source { id } roles disputeRoles }
  }
}`;
const DEPENDENTS = `query ($id: ID!) { dependents(sourceId: $id) { claim { id } supports disputes alone } }`;

async function trace(claimId: string) {
  const { data, errors } = await execute(TRACE, { id: claimId });
  expect(errors).toBeUndefined();
  return data!.trace;
}
async function dependents(sourceId: string) {
  const { data, errors } = await execute(DEPENDENTS, { id: sourceId });
  expect(errors).toBeUndefined();
  return data!.dependents as { claim: { id: string }; supports: boolean; disputes: boolean; alone: boolean }[];
}
async function retract(sourceId: string, retracted = true) {
  const { errors } = await execute(`mutation ($id: ID!, $r: Boolean!) { retractSource(id: $id, retracted: $r) { id } }`, { id: sourceId, r: retracted });
  expect(errors).toBeUndefined();
}
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('outlets counted as voices', () => {
  it('three outlets reporting what the company says, naming no document, are one voice: the company', async () => {
    const s = await buildCase('company', ['A', 'B', 'C'].map((from) => ({ from, stance: 'MENTIONS' as const, speakers: ['company'] })));
    const t = await trace('claim:v-company');
    expect(t.independentLines).toBe(1);
    expect(t.corroboration).toHaveLength(1);
    expect(t.corroboration[0]).toMatchObject({ status: 'LIVE', speakers: [{ name: 'The company' }], mergedBecause: ['SAME_SPEAKER'] });
    expect(t.corroboration[0].merges).toEqual([{ reason: 'SAME_SPEAKER', on: 'actor:v-company', sources: [{ id: s('A') }, { id: s('B') }, { id: s('C') }] }]);
    // The trail ends name the speaker instead of saying the relay names no source.
    for (const end of t.deadEnds) expect(end.explanation).toContain('as The company');
    for (const end of t.deadEnds) expect(end.explanation).not.toContain('names no source');
  });

  it('five outlets printing a press release word for word, without naming it, and the release itself are one voice', async () => {
    const release = 'The utility will replace every lead service line in the city by the end of 2027, the company said on Monday.';
    await buildCase('release', [...['A', 'B', 'C', 'D', 'E'].map((from) => ({ from, quote: release })), { from: 'R', quote: release, firstHand: true }]);
    const t = await trace('claim:v-release');
    expect([t.independentLines, t.corroboration.length]).toEqual([1, 1]);
    expect(t.corroboration[0].mergedBecause).toEqual(['SAME_TEXT']);
  });

  it('two outlets of one publisher carrying the same unsourced sentence are one voice', async () => {
    await buildCase('sisters', [{ from: 'A', quote: 'Rents rose sharply.' }, { from: 'B', quote: 'Rents fell.' }], { A: { publisherId: 'actor:v-group' }, B: { publisherId: 'actor:v-group' } });
    const t = await trace('claim:v-sisters');
    expect(t.independentLines).toBe(1);
    expect(t.corroboration[0].merges).toEqual([expect.objectContaining({ reason: 'SAME_PUBLISHER', on: 'actor:v-group' })]);
  });

  it('relays with neither a speaker nor a source are a rumour, no line at all', async () => {
    const s = await buildCase('rumour', ['A', 'B', 'C'].map((from) => ({ from, stance: 'MENTIONS' as const })));
    const t = await trace('claim:v-rumour');
    expect([t.independentLines, t.corroboration.length]).toEqual([0, 0]);
    expect(ids(t.rumours)).toEqual([s('A'), s('B'), s('C')]);
  });
});

describe('too few lines the other way', () => {
  it('an explainer citing two first-hand measurements joins neither: two lines, as without it', async () => {
    const s = await buildCase('explainer', [{ from: 'E', to: 'U' }, { from: 'E', to: 'T' }, { from: 'U', firstHand: true }, { from: 'T', firstHand: true }]);
    const t = await trace('claim:v-explainer');
    expect(t.independentLines).toBe(2);
    expect(t.corroboration.map((line: any) => [ids(line.sources), ids(line.upstream)])).toEqual([
      [[s('E'), s('T')], [s('T')]],
      [[s('E'), s('U')], [s('U')]],
    ]);
    // The explainer rests on neither alone.
    expect((await dependents(s('E'))).map((d) => d.alone)).toEqual([false]);
  });
});

describe('a refutation counted as support', () => {
  it('a fact-check that relays a minister only to dispute her, citing customs data, is no support, no dead end, no origin', async () => {
    const s = await buildCase('factcheck', [
      { from: 'F', stance: 'MENTIONS', speakers: ['minister'] },
      { from: 'F', to: 'K', stance: 'DISPUTES' },
      { from: 'K', stance: 'DISPUTES', firstHand: true },
    ]);
    const t = await trace('claim:v-factcheck');
    expect([t.independentLines, t.corroboration.length, t.origins.length, t.deadEnds.length]).toEqual([0, 0, 0, 0]);
    expect(t.nodes.find((n: any) => n.source.id === s('F'))).toMatchObject({ roles: [], disputeRoles: ['ENTRY'] });
    expect(await dependents(s('F'))).toEqual([{ claim: { id: 'claim:v-factcheck' }, supports: false, disputes: true, alone: false }]);
  });
});

describe('a source on both sides', () => {
  it('a trial paper whose abstract states the reduction and whose results say it was not significant shows on both sides; its line is not counted', async () => {
    const s = await buildCase('trial', [
      { from: 'P', quote: 'reduced infections by 25%', firstHand: true },
      { from: 'P', quote: 'the reduction was not statistically significant', stance: 'DISPUTES', firstHand: true },
      { from: 'N', to: 'P' },
    ]);
    const t = await trace('claim:v-trial');
    expect(ids(t.selfDisputed)).toEqual([s('P')]);
    expect(t.nodes.find((n: any) => n.source.id === s('P'))).toMatchObject({ roles: ['ORIGIN'], disputeRoles: ['ENTRY', 'ORIGIN'] });
    expect([t.independentLines, t.voidLines]).toEqual([0, 1]);
    expect(t.corroboration.map((line: any) => line.status)).toEqual(['SELF_DISPUTED']);
  });
});

describe('retraction that does not reach every path', () => {
  it('a report read only through the article: retracting it voids the only line, and dependents agrees', async () => {
    const s = await buildCase('through', [{ from: 'A', to: 'R', stance: 'MENTIONS' }, { from: 'R', to: 'C', seenIn: 'A' }]);
    expect((await dependents(s('R'))).map((d) => d.alone)).toEqual([true]);
    await retract(s('R'));
    const t = await trace('claim:v-through');
    expect([t.independentLines, t.voidLines]).toEqual([0, 1]);
    expect((await dependents(s('R'))).map((d) => d.alone)).toEqual([true]);
  });

  it('a first-hand hop that avoids the retracted report keeps the claim standing, and dependents says it does not rest on the report', async () => {
    const s = await buildCase('avoids', [{ from: 'A', to: 'R' }, { from: 'R' }, { from: 'A', to: 'O' }, { from: 'O', firstHand: true }], { R: { retracted: true } });
    const t = await trace('claim:v-avoids');
    expect([t.independentLines, t.voidLines]).toEqual([1, 1]);
    expect((await dependents(s('R'))).map((d) => d.alone)).toEqual([false]);
  });

  it('a hop read in a retracted document is void with it, though that document is on no path', async () => {
    await buildCase('document', [{ from: 'A', to: 'T' }, { from: 'T', to: 'C', seenIn: 'M' }], { M: { retracted: true } });
    const t = await trace('claim:v-document');
    expect([t.independentLines, t.voidLines]).toEqual([0, 1]);
  });
});

describe('the seed: retraction reaches every path, and trace and dependents agree', () => {
  const REPORT = 'source:heritage-report-hold-china-and-mexico-accountable';

  it.each([REPORT, 'source:congressional-reports'])('retracting %s voids exactly the claims dependents says rest on it alone', async (sourceId) => {
    const before = await dependents(sourceId);
    expect(before.length).toBeGreaterThan(0);
    const alone = before.filter((d) => d.alone).map((d) => d.claim.id);
    expect(alone.length).toBeGreaterThan(0);
    const lines = async () => Object.fromEntries(await Promise.all(before.map(async (d) => [d.claim.id, (await trace(d.claim.id)).independentLines] as const)));
    const live = await lines();
    await retract(sourceId);
    try {
      const after = await lines();
      for (const d of before) {
        // alone ⇔ some line stood before and none stands after.
        expect([d.claim.id, live[d.claim.id]! > 0 && after[d.claim.id] === 0]).toEqual([d.claim.id, d.alone]);
      }
      // dependents answers the same once the source is retracted.
      expect((await dependents(sourceId)).map((d) => [d.claim.id, d.alone])).toEqual(before.map((d) => [d.claim.id, d.alone]));
    } finally {
      await retract(sourceId, false);
    }
  });

  it('retracting the congressional reports leaves the rebate claim with no live line', async () => {
    await retract('source:congressional-reports');
    try {
      const t = await trace('claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent');
      expect([t.independentLines, t.voidLines]).toEqual([0, 1]);
    } finally {
      await retract('source:congressional-reports', false);
    }
  });
});
