import { traceFacts } from './trace-facts.js';
import type { Trace, TraceHop, TraceRole } from './trace-types.js';
import { WORDS } from './trace-words.js';

/** What an element of the drawing stands for. */
export type ElementKind = 'claim' | 'source' | 'trail-end' | 'finding' | 'entry' | 'hop' | 'found';

/** One Cytoscape element, as plain data (`cy.add` takes it as is; so does `cy.json()`). */
export interface GraphElement {
  group: 'nodes' | 'edges';
  data: {
    id: string;
    /** The text drawn on the element. */
    label: string;
    /** The element in words, for the keyboard list and screen readers. */
    text: string;
    kind: ElementKind;
    /** Edges only. */
    source?: string;
    target?: string;
    /** The citation a hop edge (or the trail end it leads to) stands for. */
    citationId?: string;
    /** The trace source a source node stands for. */
    sourceId?: string;
    findingId?: string;
    side?: 'SUPPORT' | 'DISPUTE';
    depth?: number;
  };
  classes: string[];
}

const LABEL_CHARS = 70;

/** Cuts a label to `max` characters, on a word where it can. */
export function shorten(text: string, max = LABEL_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const css = (word: string) => word.toLowerCase().replace(/_/g, '-');

/**
 * The provenance of a claim as Cytoscape elements, laid out left to right: the claim, the
 * sources that say it, the sources they cite, and so on to the trail ends. Every element
 * has an end at both sides: a hop that names no source (`to` null) leads to a trail-end
 * marker saying why the trail stops there; reviewers' findings hang after the trail end
 * they go beyond (or after the claim). Classes carry what the legend explains: the source's
 * kind (`kind-report`), its roles (`role-entry`, `dispute-role-origin`), `retracted`,
 * `in-cycle`; the hop's side (`side-support`/`side-dispute`), `stance-mentions`,
 * `second-hand`, `drift`, `cycle`. Pure: the same trace always gives the same elements.
 */
export function traceElements(trace: Trace): GraphElement[] {
  const facts = traceFacts(trace);
  const nodes: GraphElement[] = [];
  const edges: GraphElement[] = [];
  const nodeIds = new Set<string>();
  const claimId = trace.claim.id;

  nodes.push({
    group: 'nodes',
    data: { id: claimId, label: `CLAIM\n${shorten(trace.claim.text, 110)}`, text: `Claim: ${trace.claim.text}`, kind: 'claim' },
    classes: ['claim'],
  });
  nodeIds.add(claimId);

  const rolesWords = (roles: TraceRole[], prefix = '') => roles.map((role) => `${prefix}${WORDS.role[role]}`);
  for (const node of [...trace.nodes].sort((a, b) => a.depth - b.depth || a.source.id.localeCompare(b.source.id))) {
    const { source } = node;
    const words = [...rolesWords(node.roles), ...rolesWords(node.disputeRoles, 'dispute ')];
    if (source.retracted) words.push('retracted');
    if (facts.cycleSources.has(source.id)) words.push('in a loop');
    const classes = [
      'source',
      `kind-${css(source.kind)}`,
      ...node.roles.map((role) => `role-${css(role)}`),
      ...node.disputeRoles.map((role) => `dispute-role-${css(role)}`),
    ];
    if (node.roles.length === 0) classes.push('dispute-only');
    if (source.retracted) classes.push('retracted');
    if (facts.cycleSources.has(source.id)) classes.push('in-cycle');
    nodes.push({
      group: 'nodes',
      data: {
        id: source.id,
        label: `${source.retracted ? '⊘ RETRACTED\n' : ''}${shorten(source.title)}\n[${words.join(', ')}]`,
        text: `Source: ${source.title} (${css(source.kind).replace(/-/g, ' ')}; ${words.join(', ') || 'on the trail'}; depth ${node.depth})`,
        kind: 'source',
        sourceId: source.id,
        depth: node.depth,
      },
      classes,
    });
    nodeIds.add(source.id);
  }

  /** A source a hop names that the trace's nodes do not list: drawn plainly, so no edge dangles. */
  const ensureSource = (id: string) => {
    if (nodeIds.has(id)) return;
    nodeIds.add(id);
    nodes.push({
      group: 'nodes',
      data: { id, label: shorten(facts.title(id)), text: `Source: ${facts.title(id)}`, kind: 'source', sourceId: id },
      classes: ['source', 'unlisted'],
    });
  };

  // The claim to the sources the walk starts from, on each side.
  for (const node of trace.nodes) {
    const starts: ('SUPPORT' | 'DISPUTE')[] = [];
    if (node.roles.includes('ENTRY') || (node.depth === 0 && node.roles.length > 0)) starts.push('SUPPORT');
    if (node.disputeRoles.includes('ENTRY') || (node.depth === 0 && node.roles.length === 0 && node.disputeRoles.length > 0)) starts.push('DISPUTE');
    for (const side of starts) {
      const words = side === 'SUPPORT' ? 'said by' : 'disputed by';
      edges.push({
        group: 'edges',
        data: {
          id: `entry:${side.toLowerCase()}:${node.source.id}`,
          source: claimId,
          target: node.source.id,
          label: words,
          text: `The claim is ${words} ${node.source.title}`,
          kind: 'entry',
          side,
          sourceId: node.source.id,
        },
        classes: ['entry', `side-${css(side)}`],
      });
    }
  }

  const endMarkers = new Map<string, string>();
  for (const hop of trace.hops) {
    ensureSource(hop.from.id);
    // Only a change of meaning is drift; a cut or more context of the same words is not.
    const drifts = facts.driftFrom(hop.citation.id);
    const contextOnly = drifts.length > 0 && drifts.every((d) => !d.meaningChanged);
    const classes = hopClasses(hop, drifts.some((d) => d.meaningChanged));
    let target: string;
    let ends = '';
    if (hop.to) {
      ensureSource(hop.to.id);
      target = hop.to.id;
      if (facts.inCycle(hop.from.id, hop.to.id)) classes.push('cycle');
    } else {
      // The hop names no source: it leads to a marker of the trail end, never into the void.
      const end = facts.endOfHop(hop);
      const endKind = end ? css(end.kind) : 'no-source';
      const endWords = end ? `${end.secondHand && end.kind === 'DEAD_END' ? 'unverified' : WORDS.endKind[end.kind]}` : 'names no source';
      target = `end:${hop.citation.id}`;
      ends = end ? `; the trail ends: ${end.explanation}` : '; it names no source';
      classes.push('ends-trail');
      nodes.push({
        group: 'nodes',
        data: {
          id: target,
          label: `trail ends:\n${endWords}`,
          text: `Trail end after ${facts.title(hop.from.id)}: ${end ? end.explanation : 'names no source'}`,
          kind: 'trail-end',
          citationId: hop.citation.id,
          sourceId: hop.from.id,
          side: hop.side,
        },
        classes: ['trail-end', `end-${endKind}`, `side-${css(hop.side)}`, ...(end?.secondHand ? ['second-hand'] : [])],
      });
      nodeIds.add(target);
      if (!endMarkers.has(hop.from.id) || hop.side === 'SUPPORT') endMarkers.set(hop.from.id, target);
    }
    const flags = [
      hop.secondHand ? 'second-hand' : '',
      classes.includes('drift') ? 'quote drifts' : contextOnly ? 'quote context' : '',
      classes.includes('cycle') ? 'loop' : '',
    ].filter(Boolean);
    edges.push({
      group: 'edges',
      data: {
        id: `hop:${hop.citation.id}`,
        source: hop.from.id,
        target,
        label: [WORDS.stanceShort[hop.stance], ...flags].join('\n'),
        text:
          `Hop (${WORDS.side[hop.side]}): ${facts.title(hop.from.id)} ${WORDS.stanceShort[hop.stance]} the claim` +
          (hop.to ? `, citing ${facts.title(hop.to.id)}` : '') +
          (hop.locator ? ` (${hop.locator})` : '') +
          (flags.length ? `; ${flags.join(', ')}` : '') +
          ends,
        kind: 'hop',
        citationId: hop.citation.id,
        side: hop.side,
        depth: hop.depth,
      },
      classes,
    });
  }

  // Reviewers' findings: after the trail's end, never on it.
  for (const finding of trace.findings) {
    const id = `found:${finding.finding.id}`;
    const from = finding.beyond ? (endMarkers.get(finding.beyond.id) ?? finding.beyond.id) : claimId;
    if (finding.beyond) ensureSource(finding.beyond.id);
    nodes.push({
      group: 'nodes',
      data: {
        id,
        label: `REVIEWER’S FINDING\n${shorten(finding.source.title)}`,
        text: `Reviewer’s finding: ${finding.source.title} ${WORDS.relation[finding.relation]}${finding.beyond ? `, beyond ${finding.beyond.title}` : ''}`,
        kind: 'finding',
        findingId: finding.finding.id,
        sourceId: finding.source.id,
      },
      classes: ['finding', `relation-${css(finding.relation)}`],
    });
    edges.push({
      group: 'edges',
      data: {
        id: `finding:${finding.finding.id}`,
        source: from,
        target: id,
        label: `reviewer found (${css(finding.relation)})`,
        text: `A reviewer went beyond ${finding.beyond ? finding.beyond.title : 'the trail'} and found ${finding.source.title}`,
        kind: 'found',
        findingId: finding.finding.id,
      },
      classes: ['found'],
    });
  }
  return [...nodes, ...edges];
}

function hopClasses(hop: TraceHop, drifts: boolean): string[] {
  const classes = ['hop', `side-${css(hop.side)}`, `stance-${css(hop.stance)}`];
  if (hop.secondHand) classes.push('second-hand');
  if (drifts) classes.push('drift');
  return classes;
}
