/**
 * Issue 14, "Independence a fact-checker can sign": lines of support are voices. Hand-built
 * subgraphs (no database), one `describe` per way the count of independent lines can lie:
 * outlets counted as voices, too few lines the other way (a downstream reader merging what it
 * reads), a refutation counted as support, a source on both sides, a retraction that does not
 * reach every path, and words that claim what nobody recorded.
 *
 * Written to the spec, as an independent check of the engine's rewrite (the property tests
 * are in trace-properties.unit.test.ts).
 */
import {
  countStatus,
  ids,
  lineEndingAt,
  lineSummaries,
  linesOf,
  rolesOf,
  sortedIds,
  trace,
  type GraphOptions,
  type HopSpec,
  type VoiceTrace,
} from './support/subgraph-builder.js';

const ACME = 'actor:acme';
const names = { [ACME]: 'Acme Corp', 'actor:minister': 'Minister Ruiz', 'actor:ceo': 'Dana Whitfield' };
const t = (hops: HopSpec[], options: GraphOptions = {}) => trace(hops, { names, ...options });
/** A line's merge reasons as a set (sorted by name): the order is pinned once, below. */
const reasons = (line: { mergedBecause: readonly string[] }) => [...line.mergedBecause].sort();

/** A source that disputes the claim (and supports it nowhere) is on no part of the trail of support. */
function expectOffTheSupportTrail(trace: VoiceTrace, id: string) {
  expect(ids(trace.origins)).not.toContain(id);
  expect(trace.deadEnds.map((d) => d.source.id)).not.toContain(id);
  expect(trace.ends.filter((e) => e.kind !== 'OTHER_SIDE').map((e) => e.source.id)).not.toContain(id);
  for (const line of trace.corroboration) {
    expect(ids(line.sources)).not.toContain(id);
    expect(ids(line.upstream)).not.toContain(id);
  }
  expect(rolesOf(trace, id).roles.filter((role) => role !== 'OTHER_SIDE')).toEqual([]);
  expect(trace.restsAlone(id)).toBe(false);
}

const PRESS_RELEASE = 'Acme will cut its workforce by 12 percent across its European plants by the end of next year, the company said on Monday.';

describe('outlets counted as voices', () => {
  it('three outlets each reporting "the company says X", the company recorded as speaker and no document named: one voice', () => {
    const trace = t(
      ['outlet-a', 'outlet-b', 'outlet-c'].map((from, i) => ({ from, stance: 'MENTIONS', speakers: [ACME], quote: `Acme says it will cut jobs (${i})` })),
    );
    expect(lineSummaries(trace)).toEqual([
      { sources: ['outlet-a', 'outlet-b', 'outlet-c'], upstream: ['outlet-a', 'outlet-b', 'outlet-c'], status: 'LIVE' },
    ]);
    expect(trace.independentLines).toBe(1);
    const [line] = trace.corroboration;
    expect(line!.mergedBecause).toEqual(['SAME_SPEAKER']);
    expect(line!.speakers).toEqual([{ id: ACME, name: 'Acme Corp' }]);
    expect(line!.merges.map((m) => [m.reason, m.on])).toContainEqual(['SAME_SPEAKER', ACME]);
    expect(trace.rumours).toEqual([]);
  });

  it('anonymous officials relayed by several outlets (no speaker, no source) are a rumour: no line at all', () => {
    const trace = t(
      ['outlet-a', 'outlet-b', 'outlet-c'].map((from) => ({ from, stance: 'MENTIONS', quote: 'Officials who asked not to be named said the plant will close' })),
    );
    expect(trace.independentLines).toBe(0);
    expect(sortedIds(trace.rumours)).toEqual(['outlet-a', 'outlet-b', 'outlet-c']);
    for (const id of ['outlet-a', 'outlet-b', 'outlet-c']) expect(linesOf(trace, id)).toEqual([]);
  });

  it('a rumour beside a voice: the rumour adds no line, the voice keeps its own', () => {
    const trace = t([
      { from: 'outlet-a', stance: 'MENTIONS', quote: 'Sources say the plant will close' },
      { from: 'outlet-b', stance: 'MENTIONS', speakers: [ACME], quote: 'Acme says the plant will close' },
    ]);
    expect(trace.independentLines).toBe(1);
    expect(ids(trace.rumours)).toEqual(['outlet-a']);
    expect(linesOf(trace, 'outlet-a')).toEqual([]);
    expect(lineEndingAt(trace, 'outlet-b').speakers).toEqual([{ id: ACME, name: 'Acme Corp' }]);
  });

  it('a relay that names its source, or also says the claim in its own words, is no rumour', () => {
    const named = t([{ from: 'article', to: 'report', stance: 'MENTIONS' }, { from: 'report', seenIn: 'article', firstHand: false }]);
    expect(named.rumours).toEqual([]);
    expect(lineSummaries(named)).toEqual([{ sources: ['article', 'report'], upstream: ['report'], status: 'LIVE' }]);
    const ownWords = t([{ from: 'outlet-a', stance: 'MENTIONS' }, { from: 'outlet-a', quote: 'The plant will close in June' }]);
    expect(ownWords.rumours).toEqual([]);
    expect(ownWords.independentLines).toBe(1);
  });

  it('a relay that passes on a rumour but also cites a source for the claim is no rumour, even when that source disputes it', () => {
    const trace = t([
      { from: 'blog', stance: 'MENTIONS', quote: 'People are saying exports doubled' },
      { from: 'blog', to: 'fact-check', speakers: ['actor:minister'] },
      { from: 'fact-check', stance: 'DISPUTES', quote: 'Exports rose 4 percent' },
    ]);
    expect(trace.rumours).toEqual([]);
  });

  it('five outlets printing one press release word for word, no source named, plus the release itself: one line, not six', () => {
    const outlets = ['paper-1', 'paper-2', 'paper-3', 'paper-4', 'paper-5'];
    // The same words, cased, punctuated and written with figures as each desk likes.
    const printed = [PRESS_RELEASE, PRESS_RELEASE.toUpperCase(), PRESS_RELEASE.replace('12 percent', '12%'), PRESS_RELEASE.replace(/,/g, ''), PRESS_RELEASE.replace('Monday.', 'Monday')];
    const trace = t([
      { from: 'release', quote: PRESS_RELEASE, firstHand: true },
      ...outlets.map((from, i) => ({ from, quote: printed[i]! })),
    ]);
    expect(trace.independentLines).toBe(1);
    expect(lineSummaries(trace)).toEqual([{ sources: ['paper-1', 'paper-2', 'paper-3', 'paper-4', 'paper-5', 'release'], upstream: ['paper-1', 'paper-2', 'paper-3', 'paper-4', 'paper-5', 'release'], status: 'LIVE' }]);
    expect(trace.corroboration[0]!.mergedBecause).toEqual(['SAME_TEXT']);
  });

  it('syndication through a wire story: papers naming the wire are one line (SHARED_UPSTREAM on the wire)', () => {
    const papers = ['paper-1', 'paper-2', 'paper-3', 'paper-4'];
    const trace = t([...papers.map((from) => ({ from, to: 'wire' })), { from: 'wire', quote: 'The ministry counted 4,100 arrivals in May' }]);
    expect(trace.independentLines).toBe(1);
    const line = lineEndingAt(trace, 'wire');
    expect(sortedIds(line.sources)).toEqual([...papers, 'wire']);
    expect(line.mergedBecause).toEqual(['SHARED_UPSTREAM']);
    const merge = line.merges.find((m) => m.reason === 'SHARED_UPSTREAM');
    expect(merge?.on).toBe('wire');
    expect(ids(merge?.sources)).toEqual(expect.arrayContaining(papers));
  });

  it('syndication without credit: papers reprinting the wire copy nearly word for word are its voice; a paper that rewrote it is not', () => {
    const wire = 'Police in the northern district said on Tuesday that 37 people had been detained after the protest outside the regional parliament turned violent';
    const words = wire.split(' ');
    const oneWordChanged = [...words.slice(0, 10), 'late', ...words.slice(11)].join(' '); // 22 of 23 words kept, in order
    const oneWordAdded = [...words.slice(0, 5), 'late', ...words.slice(5)].join(' ');
    const rewritten = 'Thirty-seven protesters were arrested outside the regional parliament on Tuesday after clashes with police in the north';
    const trace = t([
      { from: 'wire', quote: wire, firstHand: true },
      { from: 'paper-1', quote: oneWordChanged },
      { from: 'paper-2', quote: oneWordAdded },
      { from: 'paper-3', quote: rewritten },
    ]);
    expect(lineSummaries(trace)).toEqual([
      { sources: ['paper-1', 'paper-2', 'wire'], upstream: ['paper-1', 'paper-2', 'wire'], status: 'LIVE' },
      { sources: ['paper-3'], upstream: ['paper-3'], status: 'LIVE' },
    ]);
    expect(lineEndingAt(trace, 'wire').mergedBecause).toEqual(['SAME_TEXT']);
  });

  it('near-identical means 90% of the words in order: a paper that changed three words of the wire copy is a voice of its own', () => {
    const wire = 'Police in the northern district said on Tuesday that 37 people had been detained after the protest outside the regional parliament turned violent';
    const words = wire.split(' ');
    const threeChanged = [...words.slice(0, 3), 'southern', ...words.slice(4, 7), 'Wednesday', ...words.slice(8, 9), '41', ...words.slice(10)].join(' '); // 20 of 23 words kept
    const trace = t([
      { from: 'wire', quote: wire, firstHand: true },
      { from: 'paper-1', quote: threeChanged },
    ]);
    expect(trace.independentLines).toBe(2);
  });

  it('two origins with the same words stay apart (SAME_TEXT needs a dead end)', () => {
    const same = 'The vaccine was 95 percent effective against severe disease in our trial';
    const trace = t([
      { from: 'lab-1', quote: same, firstHand: true },
      { from: 'lab-2', quote: same, firstHand: true },
    ]);
    expect(trace.independentLines).toBe(2);
    for (const line of trace.corroboration) expect(line.mergedBecause).toEqual([]);
  });

  it('two origins with the same words and a dead end repeating them: the dead end joins each, so one line', () => {
    const same = 'The vaccine was 95 percent effective against severe disease in our trial';
    const trace = t([
      { from: 'lab-1', quote: same, firstHand: true },
      { from: 'lab-2', quote: same, firstHand: true },
      { from: 'blog', quote: same },
    ]);
    expect(lineSummaries(trace)).toEqual([{ sources: ['blog', 'lab-1', 'lab-2'], upstream: ['blog', 'lab-1', 'lab-2'], status: 'LIVE' }]);
  });

  it('two papers each quoting the same CEO as fact (SUPPORTS, no document named): one voice', () => {
    const trace = t([
      { from: 'paper-1', quote: 'Sales doubled in Asia this quarter', speakers: ['actor:ceo'] },
      { from: 'paper-2', quote: 'Asian revenue is up twofold', speakers: ['actor:ceo'] },
    ]);
    expect(trace.independentLines).toBe(1);
    expect(trace.corroboration[0]!.mergedBecause).toEqual(['SAME_SPEAKER']);
    expect(trace.corroboration[0]!.speakers).toEqual([{ id: 'actor:ceo', name: 'Dana Whitfield' }]);
  });

  it('two first-hand datasets of one statistics office are one publisher: one line', () => {
    const office = 'actor:stats-office';
    const trace = t(
      [
        { from: 'labour-survey', quote: 'Unemployment was 4.1 percent in March', firstHand: true },
        { from: 'claims-register', quote: 'Benefit claims fell for a sixth month', firstHand: true },
      ],
      { publishers: { 'labour-survey': office, 'claims-register': office } },
    );
    expect(trace.independentLines).toBe(1);
    expect(trace.corroboration[0]!.mergedBecause).toEqual(['SAME_PUBLISHER']);
  });

  it('a translation of one statement: outlets relaying the minister in two languages and the ministry transcript are one voice', () => {
    const minister = 'actor:minister';
    const trace = t([
      { from: 'transcript', quote: 'Las exportaciones crecieron un 8 por ciento este año', firstHand: true, speakers: [minister] },
      { from: 'el-diario', stance: 'MENTIONS', quote: 'El ministro dijo que las exportaciones crecieron un 8%', speakers: [minister] },
      { from: 'daily-news', stance: 'MENTIONS', quote: 'The minister said exports grew 8 percent this year', speakers: [minister] },
    ]);
    expect(trace.independentLines).toBe(1);
    const line = trace.corroboration[0]!;
    expect(sortedIds(line.sources)).toEqual(['daily-news', 'el-diario', 'transcript']);
    expect(line.mergedBecause).toEqual(['SAME_SPEAKER']);
    expect(line.speakers).toEqual([{ id: minister, name: 'Minister Ruiz' }]);
  });

  it('a speaker carried along the trail: two documents named only by relays quoting the CEO are one voice', () => {
    const ceo = 'actor:ceo';
    const trace = t([
      { from: 'outlet-a', to: 'earnings-call', stance: 'MENTIONS', speakers: [ceo] },
      { from: 'outlet-b', to: 'tv-interview', stance: 'MENTIONS', speakers: [ceo] },
    ]);
    expect(trace.independentLines).toBe(1);
    const line = trace.corroboration[0]!;
    expect(sortedIds(line.upstream)).toEqual(['earnings-call', 'tv-interview']);
    expect(line.mergedBecause).toEqual(['SAME_SPEAKER']);
    expect(line.merges.find((m) => m.reason === 'SAME_SPEAKER')?.on).toBe(ceo);
  });

  it('sister outlets carrying the same unsourced sentence: one line, merged for publisher and text', () => {
    const group = 'actor:media-group';
    const trace = t(
      [
        { from: 'city-herald', quote: 'The mayor will resign next week.' },
        { from: 'county-herald', quote: 'The Mayor will resign next week' },
      ],
      { publishers: { 'city-herald': group, 'county-herald': group } },
    );
    expect(trace.independentLines).toBe(1);
    const line = trace.corroboration[0]!;
    expect(reasons(line)).toEqual(['SAME_PUBLISHER', 'SAME_TEXT']);
    expect(line.merges.find((m) => m.reason === 'SAME_PUBLISHER')?.on).toBe(group);
    expect(line.merges.find((m) => m.reason === 'SAME_TEXT')?.on).toContain('mayor will resign next week');
  });

  it('sister outlets in different words are still one publisher: one line', () => {
    const group = 'actor:media-group';
    const trace = t(
      [
        { from: 'city-herald', quote: 'The mayor will resign next week' },
        { from: 'county-herald', quote: 'Resignation expected from the town hall soon, insiders hint' },
        { from: 'rival-gazette', quote: 'The mayor will not stand again' },
      ],
      { publishers: { 'city-herald': group, 'county-herald': group, 'rival-gazette': 'actor:rival' } },
    );
    expect(lineSummaries(trace)).toEqual([
      { sources: ['city-herald', 'county-herald'], upstream: ['city-herald', 'county-herald'], status: 'LIVE' },
      { sources: ['rival-gazette'], upstream: ['rival-gazette'], status: 'LIVE' },
    ]);
    expect(lineEndingAt(trace, 'city-herald').mergedBecause).toEqual(['SAME_PUBLISHER']);
  });

  it('two reports of one ministry, each named by a different paper: one publisher, one voice', () => {
    const ministry = 'actor:ministry';
    const trace = t([
      { from: 'paper-1', to: 'annual-report', citesPublisher: ministry },
      { from: 'paper-2', to: 'press-briefing', citesPublisher: ministry },
    ]);
    expect(trace.independentLines).toBe(1);
    expect(trace.corroboration[0]!.mergedBecause).toEqual(['SAME_PUBLISHER']);
    expect(trace.corroboration[0]!.merges.find((m) => m.reason === 'SAME_PUBLISHER')?.on).toBe(ministry);
  });

  it('deep chains to one release are one line; deep chains to two dead ends with the same words are one line', () => {
    const shared = t([
      { from: 'a1', to: 'a2' },
      { from: 'a2', to: 'a3' },
      { from: 'a3', to: 'release' },
      { from: 'b1', to: 'b2' },
      { from: 'b2', to: 'b3' },
      { from: 'b3', to: 'b4' },
      { from: 'b4', to: 'release' },
      { from: 'release', firstHand: true },
    ]);
    expect(shared.independentLines).toBe(1);
    expect(lineEndingAt(shared, 'release').mergedBecause).toContain('SHARED_UPSTREAM');

    const text = 'Crime in the city fell by a third over the past five years';
    const sameWords = t([
      { from: 'a1', to: 'a2' },
      { from: 'a2', to: 'a3' },
      { from: 'a3', quote: text },
      { from: 'b1', to: 'b2' },
      { from: 'b2', to: 'b3' },
      { from: 'b3', quote: text.toUpperCase() },
    ]);
    expect(lineSummaries(sameWords)).toEqual([{ sources: ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'], upstream: ['a3', 'b3'], status: 'LIVE' }]);
    expect(sameWords.corroboration[0]!.mergedBecause).toEqual(['SAME_TEXT']);
  });

  it('outlets citing one another in a loop with an origin outside it: one line, resting on the origin', () => {
    const trace = t([
      { from: 'outlet-a', to: 'outlet-b' },
      { from: 'outlet-b', to: 'outlet-a' },
      { from: 'outlet-b', to: 'agency' },
      { from: 'agency', firstHand: true },
    ]);
    expect(lineSummaries(trace)).toEqual([{ sources: ['agency', 'outlet-a', 'outlet-b'], upstream: ['agency'], status: 'LIVE' }]);
    expect(trace.independentLines).toBe(1);
  });
});

describe('too few lines the other way (a downstream reader never merges)', () => {
  const study = { from: 'study', quote: 'Lead levels above the limit in 1 in 5 homes sampled', firstHand: true };
  const tests = { from: 'utility-tests', quote: 'Our own tests found lead above the limit in 20% of homes', firstHand: true };

  it('an explainer citing a university study and the utility’s own tests: two lines, the explainer a member of both', () => {
    const trace = t([{ from: 'explainer', to: 'study' }, { from: 'explainer', to: 'utility-tests' }, study, tests]);
    expect(lineSummaries(trace)).toEqual([
      { sources: ['explainer', 'study'], upstream: ['study'], status: 'LIVE' },
      { sources: ['explainer', 'utility-tests'], upstream: ['utility-tests'], status: 'LIVE' },
    ]);
    expect(trace.independentLines).toBe(2);
    for (const line of trace.corroboration) expect(line.mergedBecause).toEqual([]);
  });

  it('without the explainer there are also two', () => {
    expect(t([study, tests]).independentLines).toBe(2);
  });

  it('several explainers reading both, and an explainer reading an explainer: still two', () => {
    const trace = t([
      { from: 'explainer-1', to: 'study' },
      { from: 'explainer-1', to: 'utility-tests' },
      { from: 'explainer-2', to: 'study' },
      { from: 'explainer-2', to: 'utility-tests' },
      { from: 'roundup', to: 'explainer-1' },
      study,
      tests,
    ]);
    expect(trace.independentLines).toBe(2);
    expect(sortedIds(lineEndingAt(trace, 'study').sources)).toEqual(['explainer-1', 'explainer-2', 'roundup', 'study']);
  });

  it('an explainer reaching three origins down deep chains: three lines', () => {
    const trace = t([
      { from: 'explainer', to: 'x1' },
      { from: 'x1', to: 'x2' },
      { from: 'x2', to: 'origin-x' },
      { from: 'origin-x', firstHand: true },
      { from: 'explainer', to: 'y1' },
      { from: 'y1', to: 'origin-y' },
      { from: 'origin-y', firstHand: true },
      { from: 'explainer', to: 'origin-z' },
      { from: 'origin-z', firstHand: true },
    ]);
    expect(trace.independentLines).toBe(3);
    expect(sortedIds(lineEndingAt(trace, 'origin-x').sources)).toEqual(['explainer', 'origin-x', 'x1', 'x2']);
  });

  it('the explainer’s own speaker and publisher do not merge what it reads', () => {
    const trace = t(
      [{ from: 'explainer', to: 'study', speakers: [ACME] }, { from: 'explainer', to: 'utility-tests', speakers: [ACME] }, study, tests],
      { publishers: { explainer: 'actor:daily' } },
    );
    expect(trace.independentLines).toBe(2);
  });

  it('two explainers citing each other in a loop, each reading its own origin: two lines', () => {
    const trace = t([
      { from: 'explainer-1', to: 'explainer-2' },
      { from: 'explainer-2', to: 'explainer-1' },
      { from: 'explainer-1', to: 'study' },
      { from: 'explainer-2', to: 'utility-tests' },
      study,
      tests,
    ]);
    expect(trace.independentLines).toBe(2);
  });

  it('retracting one of the two origins leaves the other line standing, so neither rests alone', () => {
    const hops: HopSpec[] = [{ from: 'explainer', to: 'study' }, { from: 'explainer', to: 'utility-tests' }, study, tests];
    const trace = t(hops, { retracted: ['study'] });
    expect(lineSummaries(trace)).toEqual([
      { sources: ['explainer', 'study'], upstream: ['study'], status: 'RETRACTED' },
      { sources: ['explainer', 'utility-tests'], upstream: ['utility-tests'], status: 'LIVE' },
    ]);
    expect([trace.independentLines, trace.voidLines]).toEqual([1, 1]);
    expect(t(hops).restsAlone('study')).toBe(false);
    expect(t(hops).restsAlone('explainer')).toBe(false);
  });
});

describe('a refutation counted as support', () => {
  const minister = 'actor:minister';
  const factCheck: HopSpec[] = [
    { from: 'fact-check', stance: 'MENTIONS', speakers: [minister], quote: 'The minister said exports to China doubled last year' },
    { from: 'fact-check', to: 'customs-data', stance: 'DISPUTES', quote: 'Customs data show exports to China rose 4 percent' },
  ];

  it('a fact-check that relays a minister’s claim and disputes it with customs data is no line of support', () => {
    const trace = t(factCheck);
    expect(trace.independentLines).toBe(0);
    expectOffTheSupportTrail(trace, 'fact-check');
    expect(ids(trace.rumours)).not.toContain('fact-check');
    expect(ids(trace.selfDisputed)).not.toContain('fact-check');
    expect(ids(trace.disputes.sources)).toEqual(['fact-check']);
  });

  it('the fact-check naming the minister’s speech on its relaying hop: still no line of support', () => {
    const trace = t([{ ...factCheck[0]!, to: 'speech' }, factCheck[1]!]);
    expect(trace.independentLines).toBe(0);
    expectOffTheSupportTrail(trace, 'fact-check');
  });

  it('a supporter citing the fact-check ends OTHER_SIDE there: its line is disputed at source, not live', () => {
    const trace = t([{ from: 'blog', to: 'fact-check' }, ...factCheck]);
    expect(trace.ends.filter((e) => e.source.id === 'fact-check').map((e) => e.kind)).toEqual(['OTHER_SIDE']);
    expect(trace.corroboration.map((line) => line.status)).toEqual(['DISPUTED_AT_SOURCE']);
    expect([trace.independentLines, trace.voidLines]).toEqual([0, 1]);
    expectOffTheSupportTrail(trace, 'fact-check');
  });

  it('a supporter citing the fact-check and an origin: one live line, the fact-check on none', () => {
    const trace = t([{ from: 'blog', to: 'fact-check' }, { from: 'blog', to: 'ministry' }, { from: 'ministry', firstHand: true, speakers: [minister] }, ...factCheck]);
    expect(trace.independentLines).toBe(1);
    expect(sortedIds(lineEndingAt(trace, 'ministry').sources)).toEqual(['blog', 'ministry']);
    expectOffTheSupportTrail(trace, 'fact-check');
  });

  it('a plain debunk beside an unsourced supporter: the debunk is nowhere on the support side', () => {
    const trace = t([
      { from: 'debunk', stance: 'DISPUTES', quote: 'There is no record of any such shipment' },
      { from: 'forum-post', quote: 'Thousands of tonnes were shipped in secret' },
    ]);
    expect(lineSummaries(trace)).toEqual([{ sources: ['forum-post'], upstream: ['forum-post'], status: 'LIVE' }]);
    expectOffTheSupportTrail(trace, 'debunk');
  });

  it('a retracted fact-check is still not what the support rests on', () => {
    const trace = t([{ from: 'blog', to: 'fact-check' }, ...factCheck], { retracted: ['fact-check'] });
    expectOffTheSupportTrail(trace, 'fact-check');
    expect(trace.independentLines).toBe(0);
  });

  it('a fact-check relaying a claim and disputing it, cited by a relay with a speaker: OTHER_SIDE, not the speaker’s voice', () => {
    const trace = t([{ from: 'aggregator', to: 'fact-check', stance: 'MENTIONS', speakers: [minister] }, ...factCheck]);
    expect(trace.independentLines).toBe(0);
    expectOffTheSupportTrail(trace, 'fact-check');
  });
});

describe('a source on both sides', () => {
  const abstract = { from: 'trial-paper', stance: 'SUPPORTS' as const, firstHand: true, quote: 'The drug reduced hospital admissions by 25 percent' };
  const results = { from: 'trial-paper', stance: 'DISPUTES' as const, firstHand: true, quote: 'The reduction in admissions was not statistically significant' };

  it('a trial paper whose abstract supports and whose results dispute the claim: self-disputed, on both sides, no live line', () => {
    const trace = t([abstract, results]);
    expect(ids(trace.selfDisputed)).toEqual(['trial-paper']);
    const { roles, disputeRoles } = rolesOf(trace, 'trial-paper');
    expect(roles.length).toBeGreaterThan(0);
    expect(disputeRoles.length).toBeGreaterThan(0);
    expect(trace.corroboration.map((line) => line.status)).toEqual(['SELF_DISPUTED']);
    expect([trace.independentLines, trace.voidLines]).toEqual([0, 1]);
    expect(ids(trace.disputes.sources)).toContain('trial-paper');
    expect(trace.restsAlone('trial-paper')).toBe(false);
  });

  it('news reporting the paper: its only way out is the self-disputed paper, so not live', () => {
    const trace = t([{ from: 'news', to: 'trial-paper' }, abstract, results]);
    expect(lineSummaries(trace)).toEqual([{ sources: ['news', 'trial-paper'], upstream: ['trial-paper'], status: 'SELF_DISPUTED' }]);
    expect([trace.independentLines, trace.voidLines]).toEqual([0, 1]);
  });

  it('news reporting the paper and an independent registry: one live line, one self-disputed', () => {
    const trace = t([{ from: 'news', to: 'trial-paper' }, { from: 'news', to: 'registry' }, { from: 'registry', firstHand: true }, abstract, results]);
    expect(lineEndingAt(trace, 'trial-paper').status).toBe('SELF_DISPUTED');
    expect(lineEndingAt(trace, 'registry').status).toBe('LIVE');
    expect([trace.independentLines, trace.voidLines]).toEqual([1, 1]);
  });

  it('a self-disputed review relaying a dataset named only through it: no live line', () => {
    const trace = t([
      { from: 'news', to: 'review' },
      { from: 'review', to: 'dataset' },
      { from: 'review', stance: 'DISPUTES', quote: 'The dataset cannot support this conclusion' },
    ]);
    expect(ids(trace.selfDisputed)).toEqual(['review']);
    expect(trace.independentLines).toBe(0);
    expect(lineEndingAt(trace, 'dataset').status).toBe('SELF_DISPUTED');
  });

  it('a self-disputed relay does not void an origin that speaks in its own document', () => {
    const trace = t([
      { from: 'news', to: 'review' },
      { from: 'review', to: 'dataset' },
      { from: 'review', stance: 'DISPUTES', quote: 'The dataset cannot support this conclusion' },
      { from: 'dataset', firstHand: true },
    ]);
    expect(lineEndingAt(trace, 'dataset').status).toBe('LIVE');
    expect(trace.independentLines).toBe(1);
  });

  it('relaying (MENTIONS) and disputing is not being on both sides: a disputer only', () => {
    const trace = t([
      { from: 'fact-check', stance: 'MENTIONS', speakers: ['actor:minister'] },
      { from: 'fact-check', stance: 'DISPUTES' },
    ]);
    expect(trace.selfDisputed).toEqual([]);
    expectOffTheSupportTrail(trace, 'fact-check');
  });

  it('lists every self-disputed source once, by id', () => {
    const trace = t([
      { from: 'paper-b', firstHand: true },
      { from: 'paper-b', stance: 'DISPUTES' },
      { from: 'paper-b', stance: 'DISPUTES', to: 'other' },
      { from: 'paper-a', to: 'x' },
      { from: 'paper-a', stance: 'DISPUTES' },
      { from: 'plain', firstHand: true },
    ]);
    expect(ids(trace.selfDisputed)).toEqual(['paper-a', 'paper-b']);
    expect(trace.independentLines).toBe(1);
  });
});

describe('retraction that does not reach every path', () => {
  // The article names the report, whose own citation we read only in the article.
  const congressional: HopSpec[] = [
    { from: 'article', to: 'report' },
    { from: 'report', to: 'congressional-reports', seenIn: 'article' },
  ];

  it('article → report (read in the article) → [Congressional reports]: retracting the report voids the only line', () => {
    const before = t(congressional);
    expect(before.independentLines).toBe(1);
    expect(lineSummaries(before)).toEqual([{ sources: ['article', 'report'], upstream: ['congressional-reports'], status: 'LIVE' }]);
    const after = t(congressional, { retracted: ['report'] });
    expect(lineSummaries(after)).toEqual([{ sources: ['article', 'report'], upstream: ['congressional-reports'], status: 'RETRACTED' }]);
    expect([after.independentLines, after.voidLines]).toEqual([0, 1]);
    expect(before.restsAlone('report')).toBe(true);
    expect(after.restsAlone('report')).toBe(true);
  });

  it('retracting the article voids the line too: the report’s hop is evidenced in it', () => {
    const after = t(congressional, { retracted: ['article'] });
    expect([after.independentLines, after.voidLines]).toEqual([0, 1]);
    expect(t(congressional).restsAlone('article')).toBe(true);
  });

  it('a hop evidenced in a retracted document that is not otherwise on the trail voids the path through it', () => {
    const hops: HopSpec[] = [
      { from: 'blog', to: 'think-tank' },
      { from: 'think-tank', to: 'census', seenIn: 'magazine' },
    ];
    expect(t(hops).independentLines).toBe(1);
    const after = t(hops, { retracted: ['magazine'] });
    expect(after.independentLines).toBe(0);
    expect(after.corroboration.map((line) => line.status)).toEqual(['RETRACTED']);
    expect(t(hops).restsAlone('magazine')).toBe(true);
  });

  it('a retracted reader does not void what it read: a first-hand study still speaks for itself', () => {
    const hops: HopSpec[] = [{ from: 'explainer', to: 'study' }, { from: 'study', firstHand: true }];
    const trace = t(hops, { retracted: ['explainer'] });
    expect(lineSummaries(trace)).toEqual([{ sources: ['explainer', 'study'], upstream: ['study'], status: 'LIVE' }]);
    expect(t(hops).restsAlone('explainer')).toBe(false);
    expect(t(hops).restsAlone('study')).toBe(true);
  });

  it('a retracted report on one line and a first-hand origin reached without it: the report does not rest alone', () => {
    const hops: HopSpec[] = [
      { from: 'article', to: 'report' },
      { from: 'report', to: 'congressional-reports', seenIn: 'article' },
      { from: 'article', to: 'agency' },
      { from: 'agency', firstHand: true },
    ];
    const trace = t(hops, { retracted: ['report'] });
    expect(lineEndingAt(trace, 'congressional-reports').status).toBe('RETRACTED');
    expect(lineEndingAt(trace, 'agency').status).toBe('LIVE');
    expect(trace.independentLines).toBe(1);
    expect(trace.restsAlone('report')).toBe(false);
    expect(t(hops).restsAlone('report')).toBe(false);
  });

  it('a retracted relay on one way to a source named only, another reader reaching it directly: live', () => {
    const hops: HopSpec[] = [
      { from: 'paper-1', to: 'relay' },
      { from: 'relay', to: 'registry', seenIn: 'paper-1' },
      { from: 'paper-2', to: 'registry' },
    ];
    const trace = t(hops, { retracted: ['relay'] });
    expect(lineSummaries(trace)).toEqual([{ sources: ['paper-1', 'paper-2', 'relay'], upstream: ['registry'], status: 'LIVE' }]);
    expect(trace.restsAlone('relay')).toBe(false);
    expect(trace.restsAlone('registry')).toBe(true);
  });

  it('a deep chain of sources each speaking in its own document: retracting a middle one leaves the part upstream of it standing', () => {
    const hops: HopSpec[] = [
      { from: 'e', to: 'a1' },
      { from: 'a1', to: 'a2' },
      { from: 'a2', to: 'a3' },
      { from: 'a3', to: 'end' },
    ];
    const trace = t(hops, { retracted: ['a2'] });
    expect(trace.independentLines).toBe(1);
    expect(t(hops).restsAlone('a2')).toBe(false);
    expect(t(hops).restsAlone('end')).toBe(true);
  });

  it('the same chain known only through the entry: retracting a middle one voids it, and the entry rests alone', () => {
    const hops: HopSpec[] = [
      { from: 'e', to: 'a1' },
      { from: 'a1', to: 'a2', seenIn: 'e' },
      { from: 'a2', to: 'a3', seenIn: 'e' },
      { from: 'a3', to: 'end', seenIn: 'e' },
    ];
    expect(t(hops, { retracted: ['a2'] }).independentLines).toBe(0);
    expect(t(hops).restsAlone('a2')).toBe(true);
    expect(t(hops).restsAlone('e')).toBe(true);
  });

  it('a loop of outlets with an origin outside, reached only through a retracted source: void; a clean reader revives it', () => {
    const hops: HopSpec[] = [
      { from: 'outlet-a', to: 'outlet-b' },
      { from: 'outlet-b', to: 'outlet-a' },
      { from: 'outlet-b', to: 'bad-report' },
      { from: 'bad-report', to: 'registry', seenIn: 'outlet-b' },
    ];
    const voided = t(hops, { retracted: ['bad-report'] });
    expect(voided.corroboration.map((line) => line.status)).toEqual(['RETRACTED']);
    expect(voided.independentLines).toBe(0);
    const revived = t([...hops, { from: 'paper', to: 'registry' }], { retracted: ['bad-report'] });
    expect(revived.independentLines).toBe(1);
    expect(revived.restsAlone('bad-report')).toBe(false);
  });

  it('one voice heard through two outlets: retracting one leaves the voice live; it rests alone only when the other is retracted too', () => {
    const hops: HopSpec[] = [
      { from: 'outlet-a', stance: 'MENTIONS', speakers: [ACME] },
      { from: 'outlet-b', stance: 'MENTIONS', speakers: [ACME] },
    ];
    const one = t(hops, { retracted: ['outlet-a'] });
    expect(one.corroboration.map((line) => line.status)).toEqual(['LIVE']);
    expect(t(hops).restsAlone('outlet-a')).toBe(false);
    const both = t(hops, { retracted: ['outlet-a', 'outlet-b'] });
    expect(both.corroboration.map((line) => line.status)).toEqual(['RETRACTED']);
    expect(t(hops, { retracted: ['outlet-b'] }).restsAlone('outlet-a')).toBe(true);
  });

  it('a retraction beyond maxDepth is not seen: the line stands on the depth cut, and the trace says it was cut', () => {
    const hops: HopSpec[] = [
      { from: 'e', to: 'a' },
      { from: 'a', to: 'bad-report' },
      { from: 'bad-report', to: 'registry', seenIn: 'a' },
    ];
    const cut = trace(hops, { retracted: ['registry'] }, 1);
    expect(cut.truncated).toBe(true);
    expect(cut.corroboration.map((line) => [sortedIds(line.upstream), line.status])).toEqual([[['bad-report'], 'LIVE']]);
    expect(cut.independentLines).toBe(1);
    expect(t(hops, { retracted: ['registry'] }).independentLines).toBe(0);
  });

  it('the source a depth cut names is the trail end of its line: its own retraction is seen', () => {
    const hops: HopSpec[] = [
      { from: 'e', to: 'a' },
      { from: 'a', to: 'bad-report' },
      { from: 'bad-report', to: 'registry', seenIn: 'a' },
    ];
    const cut = trace(hops, { retracted: ['bad-report'] }, 1);
    expect(cut.corroboration.map((line) => [sortedIds(line.upstream), line.status])).toEqual([[['bad-report'], 'RETRACTED']]);
  });

  it('restsAlone is the trace: it agrees with rebuilding with and without the retraction', () => {
    const hops: HopSpec[] = [
      { from: 'article', to: 'report' },
      { from: 'report', to: 'congressional-reports', seenIn: 'article' },
      { from: 'op-ed', to: 'report' },
      { from: 'op-ed', stance: 'DISPUTES', to: 'audit' },
    ];
    for (const id of ['article', 'report', 'congressional-reports', 'op-ed', 'audit']) {
      const standsWithout = t(hops, { retracted: [] }).independentLines > 0;
      const fallsWith = t(hops, { retracted: [id] }).independentLines === 0;
      expect([id, t(hops).restsAlone(id)]).toEqual([id, standsWithout && fallsWith]);
    }
  });
});

describe('words that claim what nobody recorded', () => {
  it('a primary source whose citation leaves firstHand unset is "not recorded as first-hand", never "not first-hand"', () => {
    const trace = t([{ from: 'article', to: 'stats-office' }, { from: 'stats-office', quote: 'Unemployment fell to 4%' }], { primary: { 'stats-office': true } });
    const end = trace.deadEnds.find((d) => d.source.id === 'stats-office')!;
    expect(end.explanation).toContain('not recorded as first-hand');
    expect(end.explanation).not.toMatch(/\bnot first-hand/);
  });

  it('a primary source recorded with firstHand: false is "recorded as not first-hand"', () => {
    const trace = t([{ from: 'stats-office', quote: 'Unemployment fell to 4%', firstHand: false }], { primary: { 'stats-office': true } });
    expect(trace.deadEnds.map((d) => d.explanation)).toEqual([expect.stringContaining('recorded as not first-hand')]);
  });

  it('a source not marked primary says nothing of first-hand it was not told', () => {
    const trace = t([{ from: 'blog', quote: 'Unemployment fell to 4%' }]);
    expect(trace.deadEnds.map((d) => d.explanation)).toEqual([expect.not.stringMatching(/\bnot first-hand/)]);
  });

  it('a relay of a recorded speaker that names no document names the speaker, not "names no source"', () => {
    const trace = t(['outlet-a', 'outlet-b', 'outlet-c'].map((from) => ({ from, stance: 'MENTIONS', speakers: [ACME] })));
    expect(trace.deadEnds).toHaveLength(3);
    for (const end of trace.deadEnds) {
      expect(end.explanation).toContain('Acme Corp');
      expect(end.explanation).not.toContain('names no source');
    }
  });

  it('a relay with two recorded speakers names both', () => {
    const trace = t([{ from: 'outlet-a', stance: 'MENTIONS', speakers: [ACME, 'actor:ceo'] }]);
    const [end] = trace.deadEnds;
    expect(end!.explanation).toContain('Acme Corp');
    expect(end!.explanation).toContain('Dana Whitfield');
    expect(end!.explanation).not.toContain('names no source');
  });

  it('a line merged for nothing says so: no reasons, no merges, no speakers nobody recorded', () => {
    const trace = t([{ from: 'paper', to: 'agency' }, { from: 'agency', firstHand: true }]);
    expect(trace.corroboration).toHaveLength(1);
    expect(trace.corroboration[0]).toMatchObject({ mergedBecause: [], merges: [], speakers: [] });
  });

  it('different speakers, publishers and words are no merge: every reason a line gives is one it has', () => {
    const trace = t(
      [
        { from: 'outlet-a', stance: 'MENTIONS', speakers: [ACME], quote: 'Acme says the plant will stay open for at least two years' },
        { from: 'outlet-b', stance: 'MENTIONS', speakers: ['actor:minister'], quote: 'The minister says the plant will stay open' },
        { from: 'outlet-c', quote: 'Union leaders expect the plant to close by spring next year' },
      ],
      { publishers: { 'outlet-a': 'actor:p1', 'outlet-b': 'actor:p2', 'outlet-c': 'actor:p3' } },
    );
    expect(trace.independentLines).toBe(3);
    for (const line of trace.corroboration) expect([line.mergedBecause, line.merges]).toEqual([[], []]);
  });

  const threeReasons = () =>
    t(
      ['city-herald', 'county-herald', 'town-herald'].map((from) => ({ from, quote: 'The mayor will resign next week', speakers: [ACME], stance: 'MENTIONS' as const })),
      { publishers: { 'city-herald': 'actor:media-group', 'county-herald': 'actor:media-group', 'town-herald': 'actor:media-group' } },
    );

  it('mergedBecause is the distinct reasons of a line’s merges, each once', () => {
    const trace = threeReasons();
    expect(trace.corroboration).toHaveLength(1);
    const line = trace.corroboration[0]!;
    expect(new Set(line.mergedBecause).size).toBe(line.mergedBecause.length);
    expect(reasons(line)).toEqual([...new Set(line.merges.map((m) => m.reason))].sort());
    expect(reasons(line)).toEqual(['SAME_PUBLISHER', 'SAME_SPEAKER', 'SAME_TEXT']);
  });

  it('mergedBecause lists each reason once, in the order the enum declares them', () => {
    const line = threeReasons().corroboration[0]!;
    expect(line.mergedBecause).toEqual(['SAME_SPEAKER', 'SAME_TEXT', 'SAME_PUBLISHER']);
  });
});

// Regressions from an adversarial review of the voice analysis, each named after the defect.
describe('found by attacking the voices', () => {
  it("an outlet's own unsourced sentence beside the sources it credits adds no voice of its own", () => {
    const trace = t([
      { from: 'explainer', to: 'uni' },
      { from: 'explainer', to: 'utility' },
      { from: 'explainer', quote: 'Tap water here is safe' },
      { from: 'uni', firstHand: true },
      { from: 'utility', firstHand: true },
    ]);
    expect(trace.independentLines).toBe(2);
    // The trail still shows that the sentence ends there.
    expect(trace.deadEnds.map((d) => d.source.id)).toEqual(['explainer']);
  });

  it("a relay's speaker is kept when it names the document the speaker said it in", () => {
    const trace = t([
      { from: 'outlet-a', to: 'statement', stance: 'MENTIONS', speakers: [ACME] },
      { from: 'statement', firstHand: true },
      { from: 'outlet-b', stance: 'MENTIONS', speakers: [ACME] },
    ]);
    expect(trace.independentLines).toBe(1);
    expect(trace.corroboration[0]!.mergedBecause).toEqual(['SAME_SPEAKER']);
  });

  it("a relay that names a rumour as its speaker's words carries that speaker's voice", () => {
    const trace = t([{ from: 'outlet-a', to: 'blog', stance: 'MENTIONS', speakers: [ACME] }, { from: 'blog', stance: 'MENTIONS' }]);
    expect(trace.independentLines).toBe(1);
    expect(trace.rumours).toEqual([]);
  });

  it('a wire story reprinted with credit and without credit is one voice', () => {
    const wire = 'Flooding closed the northern rail line for a third day on Tuesday, the operator said.';
    const trace = t([{ from: 'paper-1', to: 'wire', quote: wire }, { from: 'paper-2', quote: wire }]);
    expect(trace.independentLines).toBe(1);
    expect(trace.corroboration[0]!.mergedBecause).toEqual(['SAME_TEXT']);
  });

  it('the same text counts figures as figures: 13% and 13 percent are one text', () => {
    const trace = t([{ from: 'p1', quote: 'Acme will cut 13% of jobs' }, { from: 'p2', quote: 'Acme will cut 13 percent of jobs' }]);
    expect(trace.independentLines).toBe(1);
  });

  it('a copy of a self-disputed source speaks with its voice: not counted', () => {
    const text = 'The new drug reduced infections by a quarter in the trial.';
    const trace = t([
      { from: 'paper', quote: text, firstHand: true },
      { from: 'paper', stance: 'DISPUTES', quote: 'The reduction was not significant.', firstHand: true },
      { from: 'blog', quote: text },
    ]);
    expect([trace.independentLines, trace.corroboration.map((line) => line.status)]).toEqual([0, ['SELF_DISPUTED']]);
  });

  it('two chains past maxDepth that name one source are one voice, the named source their trail end', () => {
    const whole = t(
      [
        ...['a', 'b'].flatMap((x) => [
          { from: `${x}0`, to: `${x}1` },
          { from: `${x}1`, to: `${x}2` },
          { from: `${x}2`, to: 'origin' },
        ]),
        { from: 'origin', firstHand: true },
      ],
      {},
    );
    expect(whole.independentLines).toBe(1);
    const cut = trace(
      [
        ...['a', 'b'].flatMap((x) => [
          { from: `${x}0`, to: `${x}1` },
          { from: `${x}1`, to: `${x}2` },
          { from: `${x}2`, to: 'origin' },
        ]),
        { from: 'origin', firstHand: true },
      ],
      { names },
      2,
    );
    expect([cut.truncated, cut.independentLines, sortedIds(cut.corroboration[0]!.upstream)]).toEqual([true, 1, ['origin']]);
  });

  it('a source named by a citation read in its citer stands on that citation when its own hop is read in a retracted document', () => {
    const trace = t([{ from: 'e', to: 'r' }, { from: 'r', seenIn: 'magazine' }], { retracted: ['magazine'] });
    expect(trace.independentLines).toBe(1);
    // The retracted document is shown among the retracted sources of support.
    expect(ids(trace.retracted)).toEqual(['magazine']);
  });

  it('near-identical text is bounded: 300 long distinct quotes answer, and the trace says what it skipped', () => {
    const words = (i: number) => Array.from({ length: 160 }, (_, j) => `w${(i * 7 + j * 13) % 997}`).join(' ');
    const trace = t(Array.from({ length: 300 }, (_, i) => ({ from: `p${String(i).padStart(3, '0')}`, quote: words(i) })));
    expect(trace.independentLines).toBe(300);
    expect(trace.truncated).toBe(true);
  });

  it('answers do not depend on hop order: the shared text and the speakers named', () => {
    const a = 'Police said on Sunday that four men had been detained after the protest in the square.';
    const b = 'Police said on Sunday that four men were detained after the protest in the square.';
    const one = t([{ from: 'p1', quote: a }, { from: 'p2', quote: b }]);
    const two = t([{ from: 'p2', quote: b }, { from: 'p1', quote: a }]);
    expect(one.corroboration[0]!.merges).toEqual(two.corroboration[0]!.merges);
  });
});

// Regressions from a second adversarial review.
describe('found by attacking the voices again', () => {
  it('one sentence citing two documents gives each its words, but a reader never makes them one text', () => {
    const q = 'Two independent tests found the tap water safe to drink, according to the university and the utility.';
    const trace = t([
      { from: 'explainer', to: 'uni-study', quote: q },
      { from: 'explainer', to: 'utility-tests', quote: q },
    ]);
    expect(trace.independentLines).toBe(2);
    expect(trace.restsAlone('explainer')).toBe(true);
  });

  it("a reader's own byline on hops naming two documents is no shared speaker", () => {
    const trace = t([
      { from: 'explainer', to: 'uni-study', speakers: [ACME] },
      { from: 'explainer', to: 'utility-tests', speakers: [ACME] },
    ]);
    expect(trace.independentLines).toBe(2);
  });

  it('two origins named by two outlets with the same words stay two voices', () => {
    const q = 'The regional water board reported that nitrate levels fell by a fifth last year.';
    const trace = t([{ from: 'o1', to: 'acme-report', quote: q }, { from: 'o2', to: 'beta-report', quote: q }], { about: [ACME, 'actor:beta'], publishers: { 'acme-report': ACME, 'beta-report': 'actor:beta' } });
    expect(trace.independentLines).toBe(2);
  });

  it("uncredited reprints of a retracted wire story fall with it, as credited ones do", () => {
    const story = 'Flooding closed the northern rail line for a third day on Tuesday, the operator said in a statement.';
    const hops: HopSpec[] = [{ from: 'wire', quote: story, firstHand: true }, { from: 'o1', quote: story }, { from: 'o2', quote: story }];
    expect(t(hops).independentLines).toBe(1);
    expect(t(hops, { retracted: ['wire'] }).independentLines).toBe(0);
    expect(t(hops).restsAlone('wire')).toBe(true);
    expect(t([{ from: 'wire', quote: story, firstHand: true }, { from: 'o1', to: 'wire', quote: story }], { retracted: ['wire'] }).independentLines).toBe(0);
  });
});
