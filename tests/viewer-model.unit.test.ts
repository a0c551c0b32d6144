import { claimRoute } from '../web/src/claim-route.js';
import { elementDetails } from '../web/src/element-details.js';
import { graphStyle, LEGEND } from '../web/src/graph-style.js';
import { shorten, traceElements, type GraphElement } from '../web/src/trace-elements.js';
import { traceSummary } from '../web/src/trace-summary.js';
import type { Trace, TraceHop, TraceNode, TrailEnd } from '../web/src/trace-types.js';

/**
 * The viewer's pure parts (web/src): a trace as Cytoscape elements, the trace in words, an
 * element's details, deep links. The browser side is tested end to end in viewer.e2e.test.ts.
 */

const ARTICLE = 'source:article';
const REPORT = 'source:heritage-report-hold-china-and-mexico-accountable';
const CONGRESS = 'source:congressional-reports';
const ARTICLE_TITLE = 'Think Tank: The CCP Promotes Fentanyl Export to Poison the United States from Within.';
const UNVERIFIED = `unverified beyond [Congressional reports]: known only through ${ARTICLE_TITLE}`;

const emptyDrift = {
  samePassage: false,
  wordsRemoved: [],
  numbersAdded: [],
  numbersRemoved: [],
  namesAdded: [],
  namesRemoved: [],
  hedgesAdded: [],
  hedgesRemoved: [],
  conditionsAdded: [],
  conditionsRemoved: [],
  attributionsAdded: [],
  attributionsRemoved: [],
  qualifiersRemoved: [],
  negationFlipped: false,
  reordered: false,
};

/**
 * A trace shaped as the server answers the viewer's two queries, after the seed's 13% rebate
 * claim as it was once recorded (article → Heritage report → [Congressional reports], with a
 * drifting quote): not the seed's answer now, which is article → [Congressional reports].
 */
function rebateTrace(): Trace {
  const article = { id: ARTICLE, title: ARTICLE_TITLE };
  return {
    claim: { id: 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent', text: 'In 2020 the CCP raised the export rebate on fentanyl precursors to 13%.' },
    maxDepthReached: 2,
    truncated: false,
    nodes: [
      { depth: 0, roles: ['ENTRY'], disputeRoles: [], source: { id: ARTICLE, title: ARTICLE_TITLE, kind: 'ARTICLE', retracted: false } },
      { depth: 1, roles: ['RELAY'], disputeRoles: [], source: { id: REPORT, title: 'Hold China and Mexico Accountable for America’s Fentanyl Crisis', kind: 'REPORT', retracted: false } },
      { depth: 2, roles: ['DEAD_END'], disputeRoles: [], source: { id: CONGRESS, title: '[Congressional reports]', kind: 'GOVERNMENT_REPORT', retracted: false } },
    ],
    hops: [
      { citation: { id: 'citation:rebate--article', firstHand: null }, side: 'SUPPORT', from: { id: ARTICLE }, to: { id: REPORT }, evidencedIn: article, secondHand: false, quote: 'In 2020, the CCP even raised the rebate to 13%, the highest potential subsidy for exported products at that time.', stance: 'MENTIONS', locator: '¶12', date: null, depth: 1 },
      { citation: { id: 'citation:rebate--congress', firstHand: false }, side: 'SUPPORT', from: { id: CONGRESS }, to: null, evidencedIn: article, secondHand: true, quote: 'In 2020, the CCP even raised the rebate to 13%', stance: 'SUPPORTS', locator: '¶12', date: null, depth: 3 },
      { citation: { id: 'citation:rebate--report', firstHand: null }, side: 'SUPPORT', from: { id: REPORT }, to: { id: CONGRESS }, evidencedIn: article, secondHand: true, quote: 'In 2020, the CCP even raised the rebate to 13%, the highest potential subsidy for exported products at that time.', stance: 'SUPPORTS', locator: '¶12', date: null, depth: 2 },
    ],
    paths: [
      {
        side: 'SUPPORT',
        sourceIds: [ARTICLE, REPORT, CONGRESS],
        citationIds: ['citation:rebate--article', 'citation:rebate--report', 'citation:rebate--congress'],
        secondHand: true,
        restsOnRetracted: false,
        end: { kind: 'DEAD_END', explanation: UNVERIFIED, source: { id: CONGRESS } },
      },
    ],
    ends: [{ kind: 'DEAD_END', side: 'SUPPORT', explanation: UNVERIFIED, secondHand: true, source: { id: CONGRESS }, knownThrough: [{ id: ARTICLE }] }],
    corroboration: [{ status: 'LIVE', sources: [{ id: ARTICLE }, { id: CONGRESS }, { id: REPORT }], upstream: [{ id: CONGRESS }], speakers: [], mergedBecause: [] }],
    independentLines: 1,
    voidLines: 0,
    circularOnlyLines: 0,
    rumours: [],
    selfDisputed: [],
    closedLoop: false,
    circular: false,
    cycles: [],
    drift: [{ from: { id: 'citation:rebate--report' }, to: { id: 'citation:rebate--congress' }, change: 'EXTENDED', meaningChanged: true, wordsAdded: ['the highest potential subsidy for exported products at that time'], qualifiersAdded: ['at that time'], ...emptyDrift, similarity: 0.5 }],
    driftLimits: { pairsCompared: 2, pairsSkipped: 0, quotesClipped: 0 },
    conflicts: { contradictingClaims: [] },
    disputes: { ends: [] },
    findings: [],
  };
}

const node = (id: string, depth: number, roles: TraceNode['roles'], disputeRoles: TraceNode['disputeRoles'] = [], retracted = false): TraceNode => ({
  depth,
  roles,
  disputeRoles,
  source: { id, title: `Title of ${id}`, kind: 'REPORT', retracted },
});
const hop = (id: string, from: string, to: string | null, side: TraceHop['side'] = 'SUPPORT', stance: TraceHop['stance'] = 'SUPPORTS'): TraceHop => ({
  citation: { id, firstHand: to === null ? true : null },
  side,
  from: { id: from },
  to: to === null ? null : { id: to },
  evidencedIn: { id: from, title: `Title of ${from}` },
  secondHand: false,
  quote: `quote of ${id}`,
  stance,
  locator: 'p. 1',
  date: '2024-05',
  depth: 1,
});
const end = (kind: TrailEnd['kind'], source: string, explanation: string, side: TrailEnd['side'] = 'SUPPORT'): TrailEnd => ({ kind, side, explanation, secondHand: false, source: { id: source }, knownThrough: [] });

/**
 * A made-up trace with everything the drawing marks: an origin, a loop (b cites c cites b),
 * a retracted source, a disputer with its grounds (an origin of the dispute), a hop to a
 * source the nodes do not list, and a reviewer's finding beyond the origin.
 */
function markedTrace(): Trace {
  return {
    claim: { id: 'claim:x', text: 'X happened.' },
    maxDepthReached: 2,
    truncated: true,
    nodes: [
      node('source:a', 0, ['ENTRY']),
      node('source:b', 1, ['RELAY']),
      node('source:c', 2, ['RELAY']),
      node('source:o', 1, ['ORIGIN']),
      node('source:r', 0, ['ENTRY', 'DEAD_END'], [], true),
      node('source:d', 0, [], ['ENTRY']),
      node('source:g', 1, [], ['ORIGIN']),
    ],
    hops: [
      hop('citation:a-b', 'source:a', 'source:b'),
      hop('citation:a-o', 'source:a', 'source:o'),
      hop('citation:b-c', 'source:b', 'source:c'),
      hop('citation:c-b', 'source:c', 'source:b'),
      hop('citation:c-u', 'source:c', 'source:unlisted'),
      hop('citation:o', 'source:o', null),
      { ...hop('citation:r', 'source:r', null), citation: { id: 'citation:r', firstHand: false } },
      hop('citation:d-g', 'source:d', 'source:g', 'DISPUTE', 'DISPUTES'),
      hop('citation:g', 'source:g', null, 'DISPUTE', 'DISPUTES'),
    ],
    paths: [
      { side: 'SUPPORT', sourceIds: ['source:a', 'source:b', 'source:c', 'source:b'], citationIds: ['citation:a-b', 'citation:b-c', 'citation:c-b'], secondHand: false, restsOnRetracted: false, end: { kind: 'CYCLE', explanation: 'loops back to Title of source:b', source: { id: 'source:b' } } },
    ],
    ends: [end('ORIGIN', 'source:o', 'origin: Title of source:o is first-hand for this claim'), end('DEAD_END', 'source:r', 'unsourced beyond Title of source:r')],
    corroboration: [
      { status: 'LIVE', sources: [{ id: 'source:a' }], upstream: [{ id: 'source:o' }], speakers: [], mergedBecause: [] },
      { status: 'RETRACTED', sources: [{ id: 'source:r' }], upstream: [{ id: 'source:r' }], speakers: [], mergedBecause: [] },
    ],
    independentLines: 1,
    voidLines: 1,
    circularOnlyLines: 0,
    rumours: [],
    selfDisputed: [],
    closedLoop: false,
    circular: true,
    cycles: [{ sources: [{ id: 'source:b' }, { id: 'source:c' }] }],
    drift: [],
    driftLimits: { pairsCompared: 3, pairsSkipped: 0, quotesClipped: 0 },
    conflicts: { contradictingClaims: [{ id: 'claim:not-x', text: 'X did not happen.' }] },
    disputes: { ends: [end('ORIGIN', 'source:g', 'origin: Title of source:g is first-hand for this claim', 'DISPUTE')] },
    findings: [
      {
        finding: { id: 'finding:f', note: 'Checked the table.' },
        review: { id: 'review:r', verdict: 'Needs context' },
        reviewer: { name: 'A Fact-checker' },
        source: { id: 'source:stat', title: 'Official statistic', url: null },
        relation: 'MATCHES',
        quote: 'the table says so',
        locator: 'table 2',
        beyond: { id: 'source:o', title: 'Title of source:o' },
        afterTrailEnd: true,
      },
    ],
  };
}

const byId = (elements: GraphElement[], id: string) => {
  const found = elements.find((e) => e.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};

/** Every edge's two ends are nodes of the drawing. */
function expectNoDanglingEdge(elements: GraphElement[]) {
  const nodes = new Set(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id));
  for (const edge of elements.filter((e) => e.group === 'edges')) {
    expect(nodes).toContain(edge.data.source);
    expect(nodes).toContain(edge.data.target);
  }
  const ids = elements.map((e) => e.data.id);
  expect(new Set(ids).size).toBe(ids.length);
}

/** Words that would assert a claim rather than attribute it. */
const ASSERTING = /\b(true|false|truth|falsehood|debunked|confirmed|proven|correct|incorrect|accurate|inaccurate|fake|hoax)\b/i;

describe('trace → Cytoscape elements', () => {
  it('draws the rebate claim from the claim to a marker of its trail end, with no edge left dangling', () => {
    const elements = traceElements(rebateTrace());
    expectNoDanglingEdge(elements);
    const nodes = elements.filter((e) => e.group === 'nodes');
    expect(nodes.map((n) => n.data.kind)).toEqual(['claim', 'source', 'source', 'source', 'trail-end']);
    // The claim opens the trail: it is said by the article, the entry.
    expect(byId(elements, `entry:support:${ARTICLE}`).data).toMatchObject({ source: 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent', target: ARTICLE, kind: 'entry' });
    // The congressional reports name no source: their hop leads to the trail-end marker.
    const last = byId(elements, 'hop:citation:rebate--congress');
    expect(last.data.target).toBe('end:citation:rebate--congress');
    const marker = byId(elements, 'end:citation:rebate--congress');
    expect(marker.classes).toEqual(expect.arrayContaining(['trail-end', 'end-dead-end', 'second-hand']));
    expect(marker.data.label).toContain('unverified');
    expect(marker.data.text).toContain(UNVERIFIED);
  });

  it('classes sources by kind and role, and hops by side, stance, second-hand and drift', () => {
    const elements = traceElements(rebateTrace());
    expect(byId(elements, ARTICLE).classes).toEqual(expect.arrayContaining(['source', 'kind-article', 'role-entry']));
    expect(byId(elements, REPORT).classes).toEqual(expect.arrayContaining(['kind-report', 'role-relay']));
    expect(byId(elements, CONGRESS).classes).toEqual(expect.arrayContaining(['kind-government-report', 'role-dead-end']));
    expect(byId(elements, CONGRESS).data.label).toContain('dead end');

    const first = byId(elements, 'hop:citation:rebate--article');
    expect(first.classes).toEqual(expect.arrayContaining(['hop', 'side-support', 'stance-mentions']));
    expect(first.classes).not.toContain('second-hand');
    // The report's quote adds words to the congressional reports' quote it cites.
    const report = byId(elements, 'hop:citation:rebate--report');
    expect(report.classes).toEqual(expect.arrayContaining(['second-hand', 'drift']));
    expect(report.data.label).toContain('quote drifts');
    expect(byId(elements, 'hop:citation:rebate--congress').classes).not.toContain('drift');
    // Only a change of meaning is drift: a plain cut, or more context of one passage, is marked context.
    const base = rebateTrace();
    const narrowed = traceElements({ ...base, drift: base.drift.map((d) => ({ ...d, change: 'NARROWED' as const, meaningChanged: false, wordsAdded: [] })) });
    expect(byId(narrowed, 'hop:citation:rebate--report').classes).not.toContain('drift');
    expect(byId(narrowed, 'hop:citation:rebate--report').data.label).toContain('quote context');
    const samePassage = { ...base, drift: base.drift.map((d) => ({ ...d, meaningChanged: false, samePassage: true })) };
    expect(byId(traceElements(samePassage), 'hop:citation:rebate--report').classes).not.toContain('drift');
    const driftLines = traceSummary(samePassage).find((s) => s.id === 'drift')?.lines.join('\n') ?? '';
    expect(driftLines).toContain('One quote differs from the quote cited only by context');
    expect(driftLines).not.toContain('adds words to');
    // A cut that drops a qualifier is drift, though shorter.
    const cut = traceElements({ ...base, drift: base.drift.map((d) => ({ ...d, change: 'QUALIFIER_CUT' as const, meaningChanged: true, wordsAdded: [], hedgesRemoved: ['nearly'] })) });
    expect(byId(cut, 'hop:citation:rebate--report').classes).toContain('drift');
  });

  it('marks loops, retraction, the dispute and its grounds, and hangs findings after the trail end', () => {
    const elements = traceElements(markedTrace());
    expectNoDanglingEdge(elements);
    expect(byId(elements, 'hop:citation:b-c').classes).toContain('cycle');
    expect(byId(elements, 'hop:citation:c-b').classes).toContain('cycle');
    expect(byId(elements, 'hop:citation:a-b').classes).not.toContain('cycle');
    expect(byId(elements, 'source:b').classes).toContain('in-cycle');
    expect(byId(elements, 'source:r').classes).toEqual(expect.arrayContaining(['retracted', 'role-dead-end']));
    expect(byId(elements, 'source:r').data.label).toMatch(/RETRACTED/);
    expect(byId(elements, 'source:o').classes).toContain('role-origin');
    expect(byId(elements, 'end:citation:o').classes).toContain('end-origin');

    // The disputer starts the trail of dispute; its grounds are an origin of the dispute.
    expect(byId(elements, 'entry:dispute:source:d').classes).toEqual(['entry', 'side-dispute']);
    expect(byId(elements, 'source:d').classes).toEqual(expect.arrayContaining(['dispute-only', 'dispute-role-entry']));
    expect(byId(elements, 'hop:citation:d-g').classes).toEqual(expect.arrayContaining(['side-dispute', 'stance-disputes']));
    expect(byId(elements, 'end:citation:g').classes).toEqual(expect.arrayContaining(['end-origin', 'side-dispute']));

    // A source a hop names that the nodes do not list still gets a node.
    expect(byId(elements, 'source:unlisted').classes).toContain('unlisted');

    // The finding hangs after the marker of the trail end it goes beyond, never on the trail.
    expect(byId(elements, 'finding:finding:f').data).toMatchObject({ source: 'end:citation:o', target: 'found:finding:f', kind: 'found' });
    expect(byId(elements, 'found:finding:f').classes).toEqual(['finding', 'relation-matches']);
  });

  it('gives every element words for the keyboard list', () => {
    for (const element of traceElements(markedTrace())) expect(element.data.text.length).toBeGreaterThan(5);
  });

  it('shortens long labels on a word', () => {
    expect(shorten('short')).toBe('short');
    const long = shorten('word '.repeat(40), 30);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('the trace in words', () => {
  const text = (trace: Trace) => traceSummary(trace).flatMap((s) => [s.heading, ...s.lines]).join('\n');
  const section = (trace: Trace, id: string) => traceSummary(trace).find((s) => s.id === id)?.lines.join('\n') ?? '';

  it('names where the rebate trail ends and why, in the server’s words', () => {
    const trace = rebateTrace();
    expect(section(trace, 'ends')).toContain(`Dead end: ${UNVERIFIED}`);
    expect(section(trace, 'ends')).not.toContain('..');
    expect(section(trace, 'ends')).toContain('No origin');
    expect(section(trace, 'sources')).toContain(`The trail starts at ${ARTICLE_TITLE}`);
    expect(section(trace, 'lines')).toContain('1 independent line of support stands; 0 lines are void');
    expect(section(trace, 'lines')).toContain('rests on [Congressional reports]');
    expect(section(trace, 'second-hand')).toContain('2 of 3 hops are known only through another document');
    expect(section(trace, 'drift')).toContain('Hold China and Mexico Accountable for America’s Fentanyl Crisis adds words to the quote of [Congressional reports]');
    expect(section(trace, 'disputes')).toContain('No source on the trail disputes the claim.');
    expect(traceSummary(trace).map((s) => s.id)).not.toContain('findings');
  });

  it('says what is void, loops, retraction, the dispute and reviewers’ findings', () => {
    const trace = markedTrace();
    expect(section(trace, 'lines')).toContain('1 line is void');
    expect(section(trace, 'lines')).toContain('Line 2 (void: every way out passes a retracted source): Title of source:r');
    expect(section(trace, 'loops')).toContain('Title of source:b cites Title of source:c cites Title of source:b.');
    expect(section(trace, 'ends')).toContain('Loop: a path loops back to Title of source:b.');
    expect(section(trace, 'ends')).toContain('Origin: Title of source:o is first-hand for this claim.');
    expect(section(trace, 'retracted')).toContain('Title of source:r is retracted: the support through it is void.');
    expect(section(trace, 'disputes')).toContain('Title of source:d disputes the claim: “quote of citation:d-g”, on the grounds of Title of source:g.');
    expect(section(trace, 'disputes')).toContain('The dispute’s trail ends: Origin: Title of source:g is first-hand for this claim.');
    expect(section(trace, 'disputes')).toContain('Recorded as contradicting this claim: “X did not happen.”');
    expect(section(trace, 'disputes')).not.toMatch(/\.”\.|\.\./);
    expect(section(trace, 'findings')).toContain('not citations any source on the trail made');
    expect(section(trace, 'findings')).toContain('A Fact-checker found Official statistic, which says what the claim says, in the reviewer’s reading, going beyond Title of source:o (a trail end of this trace)');
    expect(section(trace, 'bounds')).toContain('cut the walk short');
  });

  it('attributes and never asserts: no word says a claim is true or false', () => {
    for (const trace of [rebateTrace(), markedTrace()]) {
      expect(text(trace)).not.toMatch(ASSERTING);
      for (const element of traceElements(trace)) {
        const details = elementDetails(trace, element.data);
        if (!details) continue;
        const words = [details.heading, ...details.rows.flat(), ...details.notes, ...details.quotes.map((q) => q.where)].join('\n');
        expect(words).not.toMatch(ASSERTING);
      }
    }
    const legend = LEGEND.flatMap((g) => [g.heading, ...g.items.map((i) => i.label)]).join('\n');
    expect(legend).not.toMatch(ASSERTING);
  });
});

describe('details of an element', () => {
  it('gives a hop’s verbatim quote, stance, evidence document and locator', () => {
    const trace = rebateTrace();
    const details = elementDetails(trace, byId(traceElements(trace), 'hop:citation:rebate--report').data)!;
    expect(details.quotes).toEqual([{ text: trace.hops[2]!.quote, where: `in ${ARTICLE_TITLE}, ¶12` }]);
    const rows = Object.fromEntries(details.rows);
    expect(rows).toMatchObject({ Stance: 'supports: says the claim in its own voice', 'Evidenced in': ARTICLE_TITLE, Locator: '¶12', Cites: '[Congressional reports]', Side: 'support' });
    expect(details.notes.join('\n')).toContain('Second-hand');
    expect(details.notes.join('\n')).toContain('Quote drift: this quote adds words to the quote of [Congressional reports]');
    expect(details.sourceId).toBe(REPORT);
  });

  it('says why the trail ends at a trail-end marker, and what a source says', () => {
    const trace = rebateTrace();
    const elements = traceElements(trace);
    const marker = elementDetails(trace, byId(elements, 'end:citation:rebate--congress').data)!;
    expect(Object.fromEntries(marker.rows).Cites).toBe('names no source: the trail ends here');
    expect(marker.notes).toContain(`The trail ends here. Dead end: ${UNVERIFIED}`);
    const source = elementDetails(trace, byId(elements, CONGRESS).data)!;
    expect(Object.fromEntries(source.rows)['Roles on the trail of support']).toMatch(/^dead end/);
    expect(source.quotes.map((q) => q.text)).toEqual(['In 2020, the CCP even raised the rebate to 13%']);
  });

  it('attributes a reviewer’s finding to the reviewer', () => {
    const trace = markedTrace();
    const details = elementDetails(trace, byId(traceElements(trace), 'found:finding:f').data)!;
    expect(details.quotes).toEqual([{ text: 'the table says so', where: 'in Official statistic, table 2' }]);
    expect(Object.fromEntries(details.rows)).toMatchObject({ Reviewer: 'A Fact-checker', 'Review verdict (the reviewer’s words)': 'Needs context' });
    expect(details.notes[0]).toContain('counts as no support');
  });
});

describe('deep links', () => {
  it('round-trips a claim id through /claim/<id>, keeping its colon readable', () => {
    const id = 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent';
    expect(claimRoute.path(id)).toBe(`/claim/${id}`);
    expect(claimRoute.claimId(claimRoute.path(id))).toBe(id);
    expect(claimRoute.claimId(claimRoute.path('claim:a b/c?d'))).toBe('claim:a b/c?d');
    expect(claimRoute.path('claim:a b/c?d')).toBe('/claim/claim:a%20b%2Fc%3Fd');
  });

  it('takes a bare slug, and refuses what is not a claim’s page', () => {
    expect(claimRoute.claimId('/claim/some-slug')).toBe('claim:some-slug');
    expect(claimRoute.claimId('/')).toBeUndefined();
    expect(claimRoute.claimId('/claim/')).toBeUndefined();
    expect(claimRoute.claimId('/claim/%E0%A4%A')).toBeUndefined();
    expect(claimRoute.claimId('/source/x')).toBeUndefined();
  });
});

describe('the stylesheet', () => {
  it('styles every class the elements use', () => {
    const selectors = graphStyle().map((rule) => rule.selector).join(' ');
    const used = new Set([...traceElements(rebateTrace()), ...traceElements(markedTrace())].flatMap((e) => e.classes));
    // Classes that only carry meaning for scripts and tests (the side of a marker, a finding's relation, a kind drawn by a shared rule).
    const unstyled = new Set(['source', 'hop', 'claim', 'side-support', 'ends-trail', 'stance-supports', 'stance-disputes', 'role-entry', 'dispute-role-entry', 'relation-matches', 'end-dead-end', 'second-hand', 'finding']);
    for (const cls of used) if (!unstyled.has(cls)) expect(selectors).toContain(`.${cls}`);
  });
});
