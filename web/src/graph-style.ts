/**
 * How the drawing looks, as plain data: the Cytoscape stylesheet and the legend that
 * explains it. Fill colours say what a node is (the claim, a source of each kind, a trail
 * end, a reviewer's finding); borders say its role on the trail; edge colour says the side
 * (blue support, red dispute), a dashed line a second-hand hop, an amber outline quote
 * drift, a purple halo a citation loop. Every mark is also written in the element's label.
 */

/** The system font stacks: nothing is fetched for fonts. */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif';

export const COLOURS = {
  claim: '#fde68a',
  support: '#1d4ed8',
  dispute: '#dc2626',
  entry: '#2563eb',
  relay: '#6b7280',
  origin: '#15803d',
  deadEnd: '#b45309',
  otherSide: '#b91c1c',
  beyondDepth: '#9ca3af',
  drift: '#f59e0b',
  cycle: '#7c3aed',
  retracted: '#111827',
  finding: '#57534e',
  selected: '#0f172a',
} as const;

/** Fill by source kind (SourceKind); any other kind is grey. */
export const KIND_FILLS: Record<string, string> = {
  ARTICLE: '#dbeafe',
  REPORT: '#e0e7ff',
  GOVERNMENT_REPORT: '#dcfce7',
  ESTIMATE: '#fef9c3',
  STATEMENT: '#fce7f3',
  DATASET: '#ccfbf1',
  BOOK: '#ede9fe',
  WEBPAGE: '#e0f2fe',
};

type Style = Record<string, string | number | number[]>;

/** The Cytoscape stylesheet; later rules win, so roles are ordered from weakest to strongest mark. */
export function graphStyle(): { selector: string; style: Style }[] {
  const rules: { selector: string; style: Style }[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 11,
        color: '#111827',
        'text-wrap': 'wrap',
        'text-max-width': '166px',
        'text-valign': 'center',
        'text-halign': 'center',
        shape: 'round-rectangle',
        width: 180,
        height: 78,
        'background-color': '#f3f4f6',
        'border-width': 2,
        'border-color': COLOURS.relay,
      },
    },
    { selector: 'node.claim', style: { 'background-color': COLOURS.claim, 'border-color': '#92400e', 'border-width': 3, 'font-weight': 'bold', width: 200, height: 96 } },
    ...Object.entries(KIND_FILLS).map(([kind, fill]) => ({ selector: `node.kind-${kind.toLowerCase().replace(/_/g, '-')}`, style: { 'background-color': fill } })),
    { selector: 'node.role-relay', style: { 'border-color': COLOURS.relay } },
    { selector: 'node.role-entry', style: { 'border-color': COLOURS.entry, 'border-width': 3 } },
    { selector: 'node.dispute-only', style: { 'border-color': COLOURS.dispute, 'border-width': 3 } },
    { selector: 'node.role-beyond-depth, node.dispute-role-beyond-depth', style: { 'border-color': COLOURS.beyondDepth, 'border-style': 'dotted' } },
    { selector: 'node.role-other-side', style: { 'border-color': COLOURS.otherSide, 'border-style': 'dashed', 'border-width': 3 } },
    { selector: 'node.role-dead-end, node.dispute-role-dead-end', style: { 'border-color': COLOURS.deadEnd, 'border-style': 'dashed', 'border-width': 4 } },
    { selector: 'node.role-origin, node.dispute-role-origin', style: { 'border-color': COLOURS.origin, 'border-style': 'double', 'border-width': 6 } },
    { selector: 'node.in-cycle', style: { 'underlay-color': COLOURS.cycle, 'underlay-padding': 8, 'underlay-opacity': 0.3, 'underlay-shape': 'round-rectangle' } },
    { selector: 'node.retracted', style: { 'background-color': '#e5e7eb', 'border-color': COLOURS.retracted, 'border-style': 'double', 'border-width': 6, color: '#374151' } },
    { selector: 'node.unlisted', style: { 'border-style': 'dotted' } },
    {
      selector: 'node.trail-end',
      style: { shape: 'tag', width: 110, height: 46, 'background-color': '#ffffff', 'border-width': 2, 'border-color': COLOURS.deadEnd, 'border-style': 'dashed', 'font-size': 10 },
    },
    { selector: 'node.trail-end.end-origin', style: { 'border-color': COLOURS.origin, 'border-style': 'double', 'border-width': 5 } },
    { selector: 'node.trail-end.side-dispute', style: { 'background-color': '#fef2f2' } },
    {
      selector: 'node.finding',
      style: { shape: 'round-rectangle', 'background-color': '#fafaf9', 'border-color': COLOURS.finding, 'border-style': 'dotted', 'border-width': 3, 'font-style': 'italic' },
    },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 9,
        color: '#1f2937',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-wrap': 'wrap',
        'text-max-width': '90px',
        'curve-style': 'bezier',
        width: 2.5,
        'line-color': COLOURS.support,
        'target-arrow-color': COLOURS.support,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.2,
      },
    },
    { selector: 'edge.side-dispute', style: { 'line-color': COLOURS.dispute, 'target-arrow-color': COLOURS.dispute, 'target-arrow-shape': 'tee' } },
    { selector: 'edge.stance-mentions', style: { 'target-arrow-fill': 'hollow' } },
    { selector: 'edge.second-hand', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 5] } },
    { selector: 'edge.drift', style: { 'line-outline-width': 3, 'line-outline-color': COLOURS.drift } },
    { selector: 'edge.cycle', style: { 'underlay-color': COLOURS.cycle, 'underlay-padding': 5, 'underlay-opacity': 0.35 } },
    { selector: 'edge.entry', style: { 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', width: 1.5, 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.entry.side-dispute', style: { 'line-color': '#f87171', 'target-arrow-color': '#f87171' } },
    { selector: 'edge.found', style: { 'line-color': COLOURS.finding, 'target-arrow-color': COLOURS.finding, 'line-style': 'dotted', width: 2 } },
    { selector: ':selected, .focused', style: { 'overlay-color': COLOURS.selected, 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
  ];
  return rules;
}

/** One line of the legend: a swatch (a node's fill and border, or an edge's line) and its meaning. */
export interface LegendItem {
  label: string;
  swatch:
    | { type: 'node'; fill: string; border: string; borderStyle: 'solid' | 'dashed' | 'double' | 'dotted'; halo?: string }
    | { type: 'edge'; colour: string; lineStyle: 'solid' | 'dashed' | 'dotted'; outline?: string; halo?: string };
}

/** The legend, in the order the page shows it. */
export const LEGEND: { heading: string; items: LegendItem[] }[] = [
  {
    heading: 'Nodes (fill: what it is)',
    items: [
      { label: 'the claim', swatch: { type: 'node', fill: COLOURS.claim, border: '#92400e', borderStyle: 'solid' } },
      { label: 'article', swatch: { type: 'node', fill: KIND_FILLS.ARTICLE!, border: COLOURS.relay, borderStyle: 'solid' } },
      { label: 'report', swatch: { type: 'node', fill: KIND_FILLS.REPORT!, border: COLOURS.relay, borderStyle: 'solid' } },
      { label: 'government report', swatch: { type: 'node', fill: KIND_FILLS.GOVERNMENT_REPORT!, border: COLOURS.relay, borderStyle: 'solid' } },
      { label: 'statement, dataset, estimate, other', swatch: { type: 'node', fill: KIND_FILLS.STATEMENT!, border: COLOURS.relay, borderStyle: 'solid' } },
      { label: 'trail end marker (why the trail stops)', swatch: { type: 'node', fill: '#ffffff', border: COLOURS.deadEnd, borderStyle: 'dashed' } },
      { label: 'reviewer’s finding (after the trail’s end)', swatch: { type: 'node', fill: '#fafaf9', border: COLOURS.finding, borderStyle: 'dotted' } },
    ],
  },
  {
    heading: 'Borders (role on the trail)',
    items: [
      { label: 'entry: says the claim, cited by no other', swatch: { type: 'node', fill: '#ffffff', border: COLOURS.entry, borderStyle: 'solid' } },
      { label: 'relay: cited, cites further', swatch: { type: 'node', fill: '#ffffff', border: COLOURS.relay, borderStyle: 'solid' } },
      { label: 'origin: first-hand for the claim', swatch: { type: 'node', fill: '#ffffff', border: COLOURS.origin, borderStyle: 'double' } },
      { label: 'dead end: names no source', swatch: { type: 'node', fill: '#ffffff', border: COLOURS.deadEnd, borderStyle: 'dashed' } },
      { label: 'disputes the claim only', swatch: { type: 'node', fill: '#ffffff', border: COLOURS.dispute, borderStyle: 'solid' } },
      { label: 'retracted (⊘ in its label)', swatch: { type: 'node', fill: '#e5e7eb', border: COLOURS.retracted, borderStyle: 'double' } },
      { label: 'on a citation loop', swatch: { type: 'node', fill: '#ffffff', border: COLOURS.relay, borderStyle: 'solid', halo: COLOURS.cycle } },
    ],
  },
  {
    heading: 'Hops (arrow: cites)',
    items: [
      { label: 'support (hollow arrow: mentions)', swatch: { type: 'edge', colour: COLOURS.support, lineStyle: 'solid' } },
      { label: 'dispute', swatch: { type: 'edge', colour: COLOURS.dispute, lineStyle: 'solid' } },
      { label: 'second-hand: known only through another document', swatch: { type: 'edge', colour: COLOURS.support, lineStyle: 'dashed' } },
      { label: 'quote drifts from the quote it cites', swatch: { type: 'edge', colour: COLOURS.support, lineStyle: 'solid', outline: COLOURS.drift } },
      { label: 'step of a citation loop', swatch: { type: 'edge', colour: COLOURS.support, lineStyle: 'solid', halo: COLOURS.cycle } },
      { label: 'reviewer found (not a citation)', swatch: { type: 'edge', colour: COLOURS.finding, lineStyle: 'dotted' } },
    ],
  },
];
