/**
 * The trace formatters of `claimgraph trace` (src/cli/trace-report), with no database: a
 * hand-made trace answer with every mark (two starts sharing a relay, a second-hand dead end
 * at a retracted source, a loop, the depth limit, a source on the other side, a dispute
 * with its own origin, drift, a contradicting claim and a reviewer's finding).
 */
import { driftSummary } from '../src/cli/trace-report/drift-summary.js';
import { markdownQuote, markdownText } from '../src/cli/trace-report/markdown-text.js';
import { printable } from '../src/cli/trace-report/printable.js';
import type { TraceAnswer, TraceAnswerDrift, TraceAnswerHop } from '../src/cli/trace-report/trace-answer.js';
import { traceMarkdown } from '../src/cli/trace-report/trace-markdown.js';
import { traceTree } from '../src/cli/trace-report/trace-tree.js';
import { treeLines } from '../src/cli/trace-report/tree-lines.js';

const source = (id: string, title: string, extra: { retracted?: boolean; kind?: string } = {}) => ({ id: `source:${id}`, title, kind: extra.kind ?? 'REPORT', retracted: extra.retracted ?? false });

let n = 0;
function hop(from: string, to: string | null, quote: string, extra: Partial<TraceAnswerHop> = {}): TraceAnswerHop {
  n += 1;
  return {
    citation: { id: `citation:h${n}`, firstHand: null },
    side: 'SUPPORT',
    from: { id: `source:${from}` },
    to: to ? { id: `source:${to}` } : null,
    evidencedIn: { id: `source:${from}`, title: from },
    secondHand: false,
    quote,
    stance: 'SUPPORTS',
    locator: null,
    date: null,
    depth: 1,
    ...extra,
  };
}

const MULTILINE = 'First line *with* stars\n# not a heading';
const HOPS: TraceAnswerHop[] = [
  hop('a', 'b', MULTILINE, { stance: 'MENTIONS', locator: '¶3' }),
  hop('a', 'o', 'O is cited for it'),
  hop('a2', 'b', 'A2 says it too'),
  hop('b', 'c', 'B says C found it', { secondHand: true, evidencedIn: { id: 'source:a', title: 'The article' }, depth: 2 }),
  hop('b', 'd', 'B also cites D', { depth: 2 }),
  hop('c', null, 'C says it', { secondHand: true, evidencedIn: { id: 'source:a', title: 'The article' }, depth: 3 }),
  hop('d', 'e', 'D cites E', { depth: 3 }),
  hop('e', 'd', 'E cites D back', { depth: 4 }),
  hop('d', 'h', 'D cites H', { depth: 3 }),
  hop('f', 'g', 'F disputes it', { side: 'DISPUTE', stance: 'DISPUTES' }),
  hop('g', null, 'G is where F got it', { side: 'DISPUTE', depth: 2 }),
];

const DRIFT: TraceAnswerDrift = {
  from: { id: HOPS[3]!.citation.id },
  to: { id: HOPS[5]!.citation.id },
  change: 'CHANGED',
  meaningChanged: true,
  samePassage: false,
  wordsAdded: ['found'],
  wordsRemoved: [],
  numbersAdded: ['13%'],
  numbersRemoved: [],
  namesAdded: [],
  namesRemoved: [],
  hedgesAdded: [],
  hedgesRemoved: ['nearly'],
  conditionsAdded: [],
  conditionsRemoved: [],
  attributionsAdded: [],
  attributionsRemoved: [],
  qualifiersAdded: [],
  qualifiersRemoved: [],
  negationFlipped: true,
  reordered: false,
  similarity: 0.5,
};

const TRACE: TraceAnswer = {
  claim: { id: 'claim:x', text: 'X happened.' },
  maxDepthReached: 4,
  truncated: false,
  nodes: [
    { depth: 0, roles: ['ENTRY'], disputeRoles: [], source: source('a', 'The article', { kind: 'ARTICLE' }) },
    { depth: 0, roles: ['ENTRY'], disputeRoles: [], source: source('a2', 'Another article', { kind: 'ARTICLE' }) },
    { depth: 1, roles: ['RELAY'], disputeRoles: [], source: source('b', 'The report \u001b[31mred\u001b[0m') },
    { depth: 2, roles: ['DEAD_END'], disputeRoles: [], source: source('c', '[C reports]', { retracted: true }) },
    { depth: 2, roles: ['RELAY'], disputeRoles: [], source: source('d', 'D') },
    { depth: 3, roles: ['RELAY'], disputeRoles: [], source: source('e', 'E') },
    { depth: 7, roles: ['BEYOND_DEPTH'], disputeRoles: [], source: source('h', 'H') },
    { depth: 1, roles: ['OTHER_SIDE'], disputeRoles: [], source: source('o', 'O') },
    { depth: 0, roles: [], disputeRoles: ['ENTRY'], source: source('f', 'F') },
    { depth: 1, roles: [], disputeRoles: ['ORIGIN'], source: source('g', 'G') },
  ],
  hops: HOPS,
  paths: [
    { side: 'SUPPORT', sourceIds: ['source:a', 'source:b', 'source:c'], citationIds: [], secondHand: true, restsOnRetracted: true, end: { kind: 'DEAD_END', side: 'SUPPORT', explanation: 'unverified beyond [C reports]: known only through The article', source: { id: 'source:c' } } },
    { side: 'SUPPORT', sourceIds: ['source:a', 'source:b', 'source:d', 'source:e'], citationIds: [], secondHand: false, restsOnRetracted: false, end: { kind: 'CYCLE', side: 'SUPPORT', explanation: 'loops back to D', source: { id: 'source:d' } } },
    { side: 'SUPPORT', sourceIds: ['source:a', 'source:b', 'source:d', 'source:h'], citationIds: [], secondHand: false, restsOnRetracted: false, end: { kind: 'DEPTH_LIMIT', side: 'SUPPORT', explanation: 'depth limit reached at H', source: { id: 'source:h' } } },
    { side: 'SUPPORT', sourceIds: ['source:a2', 'source:b', 'source:c'], citationIds: [], secondHand: true, restsOnRetracted: true, end: { kind: 'DEAD_END', side: 'SUPPORT', explanation: 'unverified beyond [C reports]: known only through The article', source: { id: 'source:c' } } },
    { side: 'DISPUTE', sourceIds: ['source:f', 'source:g'], citationIds: [], secondHand: false, restsOnRetracted: false, end: { kind: 'ORIGIN', side: 'DISPUTE', explanation: 'origin: G is first-hand for this claim', source: { id: 'source:g' } } },
  ],
  ends: [
    { kind: 'DEAD_END', side: 'SUPPORT', explanation: 'unverified beyond [C reports]: known only through The article', secondHand: true, source: { id: 'source:c' }, knownThrough: [{ id: 'source:a', title: 'The article' }] },
    { kind: 'OTHER_SIDE', side: 'SUPPORT', explanation: 'O, cited for the claim, disputes it', secondHand: false, source: { id: 'source:o' }, knownThrough: [] },
  ],
  corroboration: [
    { status: 'RETRACTED', sources: [{ id: 'source:a' }, { id: 'source:a2' }], upstream: [{ id: 'source:c' }], speakers: [], mergedBecause: [] },
  ],
  independentLines: 0,
  voidLines: 1,
  circularOnlyLines: 0,
  rumours: [],
  selfDisputed: [],
  closedLoop: false,
  circular: true,
  cycles: [{ sources: [{ id: 'source:d' }, { id: 'source:e' }] }],
  retracted: [{ id: 'source:c' }],
  drift: [DRIFT],
  driftLimits: { pairsCompared: 1, pairsSkipped: 0, quotesClipped: 0 },
  conflicts: { contradictingClaims: [{ id: 'claim:not-x', text: 'X never happened.' }] },
  disputes: { sources: [{ id: 'source:f' }], ends: [{ kind: 'ORIGIN', side: 'DISPUTE', explanation: 'origin: G is first-hand for this claim', secondHand: false, source: { id: 'source:g' }, knownThrough: [] }], retracted: [] },
  findings: [
    {
      finding: { id: 'finding:f1', note: 'Checked the\nofficial table.' },
      review: { id: 'review:r1', verdict: 'Unproven' },
      reviewer: { name: 'Desk' },
      source: { id: 'source:stats', title: 'Official statistics', url: 'https://stats.example/t1' },
      relation: 'CONTRADICTS',
      quote: 'The rate was 9%.',
      locator: 'table 1',
      beyond: { id: 'source:c', title: '[C reports]' },
      afterTrailEnd: true,
    },
  ],
};

const ESC = '\u001b';

describe('traceTree', () => {
  const tree = traceTree(TRACE, { colour: false });
  const lines = tree.split('\n');

  it('draws each trail from its starts, hop by hop, with the quotes verbatim and the trail ends with their explanations', () => {
    expect(lines[0]).toBe('Claim  X happened.');
    expect(tree).toContain('│  ├─ “First line *with* stars');
    // A quote's second line stays under its first, on the same branch.
    const first = lines.findIndex((l) => l.includes('“First line *with* stars'));
    expect(lines[first + 1]).toBe('│  │  # not a heading”  (MENTIONS, at ¶3)');
    expect(tree).toContain('[dead end] [unverified] unverified beyond [C reports]: known only through The article');
    expect(tree).toContain('[second-hand] read in The article');
    expect(tree).toContain('[other side] O, cited for the claim, disputes it');
    expect(tree).toMatch(/H \(REPORT\) {2}source:h {2}\[depth limit\]/);
    expect(tree).toContain('[depth limit] depth limit reached at H');
    expect(tree).toMatch(/\[C reports\] \(REPORT\) {2}source:c {2}\[retracted\]/);
  });

  it('marks a loop where a hop returns to a source on its own path, and expands each source once', () => {
    expect(tree.match(/\[cycle\] loops back to D/g)).toHaveLength(1);
    expect(tree).toMatch(/“E cites D back”  \(SUPPORTS\)\n[│ ]+└─ \[cycle\] loops back to D/);
    expect(tree.split('“B also cites D”')).toHaveLength(2);
    // The second start (another article) reaches the report again: shown above, not redrawn.
    expect(tree).toMatch(/The report .* {2}source:b {2}\(shown above\)/);
  });

  it('walks the dispute apart, with its own ends, and notes drift, contradicting claims and findings', () => {
    const dispute = tree.slice(tree.indexOf('\nDispute\n'));
    expect(dispute).toContain('“F disputes it”  (DISPUTES)');
    expect(dispute).toContain('[disputes]');
    expect(dispute).toContain('[origin] origin: G is first-hand for this claim');
    expect(tree.slice(0, tree.indexOf('\nDispute\n'))).not.toContain('F disputes it');
    expect(tree).toContain('[drift] from [C reports]: changed; figures added "13%"; hedges dropped "nearly"; negation flipped; similarity 0.50');
    // A quote that only narrows the one it cites, or adds context of one passage, is not drift: marked context.
    const narrowed = traceTree({ ...TRACE, drift: [{ ...DRIFT, change: 'NARROWED', meaningChanged: false }] }, { colour: false });
    expect(narrowed).toContain('[context] from [C reports]: narrowed;');
    expect(narrowed).not.toContain('[drift]');
    const passage = traceTree({ ...TRACE, drift: [{ ...DRIFT, change: 'EXTENDED', meaningChanged: false, samePassage: true }] }, { colour: false });
    expect(passage).toContain('[context] from [C reports]: extended; same passage;');
    // A cut that drops a hedge is drift, though shorter.
    const cut = traceTree({ ...TRACE, drift: [{ ...DRIFT, change: 'QUALIFIER_CUT', numbersAdded: [], negationFlipped: false }] }, { colour: false });
    expect(cut).toContain('[drift] from [C reports]: qualifier cut; hedges dropped "nearly"; similarity 0.50');
    expect(tree).toContain('[contradicts] X never happened.');
    expect(tree).toContain('Desk (Unproven) found Official statistics: contradicts, beyond [C reports]');
    expect(tree).toContain('does not say whether a claim is true');
  });

  it('prints control characters in the data as escapes, and colours only when asked', () => {
    expect(tree).not.toContain(ESC);
    expect(tree).toContain('The report \\u{1b}[31mred\\u{1b}[0m');
    const coloured = traceTree(TRACE, { colour: true });
    expect(coloured).toContain(`${ESC}[33m[dead end] [unverified]${ESC}[0m`);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(tree);
  });

  it('says when nothing supports or disputes the claim, and when the trace was truncated', () => {
    const bare: TraceAnswer = { ...TRACE, nodes: [], hops: [], paths: [], ends: [], drift: [], findings: [], truncated: true, disputes: { sources: [], ends: [], retracted: [] }, conflicts: { contradictingClaims: [] } };
    const text = traceTree(bare, { colour: false });
    expect(text).toContain('no source on the trace says the claim');
    expect(text).toContain('no source on the trace disputes the claim');
    expect(text).toContain('truncated:');
  });
});

describe('traceMarkdown', () => {
  const report = traceMarkdown(TRACE, { maxDepth: 6 });

  it('quotes every hop verbatim as a blockquote, escaped so that it renders as written, with its source and where it is read', () => {
    expect(report).toContain('   > First line \\*with\\* stars\n   > \\# not a heading\n');
    for (const h of HOPS.slice(1)) expect(report).toContain(`> ${h.quote}\n`);
    expect(report).toContain('**The article** (article), at ¶3, mentions:');
    // The escape printable() makes is itself escaped, so that it renders as \u{1b}.
    expect(report).toContain('Names as its source: **The report \\\\u{1b}[31mred\\\\u{1b}[0m** · read in *a*');
    expect(report).toContain('**Second-hand:** known only through *The article*, not read in **The report');
    expect(report).toContain('**[C reports]** (report), supports — **retracted**, *second-hand*:');
    expect(report).not.toContain(ESC);
  });

  it('says where each trail ends and why, which lines stand or are void, and the dispute with its own end', () => {
    expect(report).toContain('- **Unverified** at **[C reports]**: unverified beyond [C reports]: known only through The article');
    expect(report).toContain('- **Other side** at **O**: O, cited for the claim, disputes it');
    expect(report).toContain('- **Loop** at **D**: loops back to D');
    expect(report).toContain('- **Depth limit** at **H**: depth limit reached at H');
    expect(report).toContain('0 independent lines of support stand; 1 line void');
    expect(report).toContain('**Circular reporting:**');
    expect(report).toContain('- **The article**, **Another article**, resting on [C reports]: void: every way out passes a retracted source.');
    expect(report).toContain('- **[C reports]** is retracted: the support through it is void.');
    const dispute = report.slice(report.indexOf('#### Dispute'));
    expect(dispute).toContain('**F** (report), disputes:');
    expect(dispute).toContain('> F disputes it');
    expect(dispute).toContain('- **Origin** at **G**: origin: G is first-hand for this claim');
  });

  it("reports drift, contradicting claims and reviewers' findings apart from support, and that it attributes and does not assert", () => {
    expect(report).toContain('### How the quotes drift');
    expect(report).toContain('figures added "13%"');
    expect(report).toContain('- X never happened. (`claim:not-x`)');
    expect(report).toContain('not counted as support');
    expect(report).toContain('- Desk (verdict: Unproven) found **Official statistics** (<https://stats.example/t1>), at table 1, going beyond [C reports]: it says otherwise.');
    expect(report).toContain('  > The rate was 9%.');
    expect(report).toContain('  Note: Checked the official table.');
    expect(report).toContain('It does not say whether the claim is true.');
    expect(report.trimEnd().endsWith('it does not assert them.*')).toBe(true);
    expect(traceMarkdown(TRACE, { maxDepth: 6 })).toBe(report);
    // Context only is not drift: no section, no hop note, one quiet line.
    const quiet = traceMarkdown({ ...TRACE, drift: [{ ...DRIFT, change: 'EXTENDED', meaningChanged: false, samePassage: true }] }, { maxDepth: 6 });
    expect(quiet).not.toContain('### How the quotes drift');
    expect(quiet).not.toContain('**Drift:**');
    expect(quiet).toContain('One quote differs from the one cited only by context');
  });
});

describe('text helpers', () => {
  it('printable escapes control characters and bidirectional overrides, and keeps the rest', () => {
    expect(printable('a\u0007b\u202ec\n“d”\té')).toBe('a\\u{7}b\\u{202e}c\n“d”\té');
  });

  it('markdownText escapes markup and block starts; brackets stay as written', () => {
    expect(markdownText('a*b_c`d<e~f\\g [h]')).toBe('a\\*b\\_c\\`d\\<e\\~f\\\\g [h]');
    expect(markdownText('# h\n> q\n- l\n1. n\nplain')).toBe('\\# h\n\\> q\n\\- l\n\\1. n\nplain');
    expect(markdownQuote('one\n\ntwo', '  ')).toEqual(['  > one', '  >', '  > two']);
  });

  it('driftSummary names the change, then figures, names, hedges and negation; the words only when nothing more specific', () => {
    expect(driftSummary(DRIFT)).toBe('changed; figures added "13%"; hedges dropped "nearly"; negation flipped; similarity 0.50');
    expect(driftSummary({ ...DRIFT, numbersAdded: [], hedgesRemoved: [], negationFlipped: false, change: 'EXTENDED' })).toBe('extended; words added "found"; similarity 0.50');
    expect(driftSummary({ ...DRIFT, numbersAdded: [], hedgesRemoved: [], negationFlipped: false, change: 'QUALIFIER_CUT', conditionsRemoved: ['if the ban holds'], attributionsRemoved: ['the report stated'] })).toBe(
      'qualifier cut; conditions dropped "if the ban holds"; attributions dropped "the report stated"; similarity 0.50',
    );
  });

  it('treeLines draws branches, continuation lines and nesting', () => {
    expect(
      treeLines([
        { lines: ['a', 'a2'], children: [{ lines: ['b'], children: [] }] },
        { lines: ['c'], children: [] },
      ]),
    ).toEqual(['├─ a', '│  a2', '│  └─ b', '└─ c']);
  });
});
