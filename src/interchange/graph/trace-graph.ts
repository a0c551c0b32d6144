import type { TraceResult, TraceRole } from '../../provenance/build-trace.js';

/** A node of a drawn trace: the claim, or a source on it. */
export interface TraceGraphNode {
  id: string;
  kind: 'claim' | 'source';
  /** The claim's text, or the source's title. */
  label: string;
  /** The source's kind (REPORT, ARTICLE, …); null for the claim. */
  sourceKind: string | null;
  /** Hops from the nearest start (0 for a start; maxDepth + 1 beyond it); null for the claim. */
  depth: number | null;
  roles: TraceRole[];
  disputeRoles: TraceRole[];
  retracted: boolean;
  /** The citations at this source that name no source: the trail ends here (empty if none). */
  endCitations: string[];
  /** Why trails end here (the trail ends' explanations, support first); empty if none do. */
  trailEnds: string[];
  classes: string[];
}

/** An edge of a drawn trace: a hop from a source to the source it cites, or a start's link to the claim. */
export interface TraceGraphEdge {
  id: string;
  source: string;
  target: string;
  /** `cites`: a hop; `says` / `disputes`: a start of the trail of support / dispute, linked to the claim. */
  kind: 'cites' | 'says' | 'disputes';
  side: 'SUPPORT' | 'DISPUTE';
  /** The hop's citation, stance, depth, quote, locator, evidence document and second-hand mark; null on a start's link. */
  citation: string | null;
  stance: string | null;
  depth: number | null;
  secondHand: boolean | null;
  quote: string | null;
  locator: string | null;
  evidencedIn: string | null;
  classes: string[];
}

export interface TraceGraph {
  claimId: string;
  maxDepth: number;
  truncated: boolean;
  nodes: TraceGraphNode[];
  edges: TraceGraphEdge[];
}

const roleClass = (role: TraceRole) => role.toLowerCase().replace(/_/g, '-');

/**
 * A trace as a directed graph to draw (what the Cytoscape.js and GraphML exports write):
 *
 * - nodes: the claim (id: its id, class `claim`), then every source of `trace.nodes` (id: its
 *   id), with its roles on each side; classes `source`, each support role (`entry`, `relay`,
 *   `origin`, `dead-end`, `other-side`, `beyond-depth`), each dispute role prefixed
 *   (`dispute-entry`, …), `retracted`, and `trail-end` when one of its own citations names
 *   no source;
 * - edges, always between nodes of the graph (none dangles):
 *   - a hop that names a source: from the citing source to the cited one (id: the citation's
 *     id, kind `cites`), with side, stance, depth, second-hand mark, quote, locator and
 *     evidence document; classes `cites`, the side, the stance, `second-hand`;
 *   - a hop that names no source has no edge: its citation id goes in its source's
 *     `endCitations`, its trail end in `trailEnds` (and the `trail-end` class);
 *   - each start of a trail (an ENTRY, or the first source of a closed loop's paths) links
 *     to the claim: `says:<source id>` (kind `says`, side SUPPORT) or `disputes:<source id>`
 *     (kind `disputes`, side DISPUTE), so the claim is the root every trail is read from.
 *
 * Nodes in the trace's order (by depth, then id), edges: starts' links, then hops in
 * citation id order. Pure and deterministic.
 */
export function traceGraph(trace: TraceResult, maxDepth: number): TraceGraph {
  const claimText = typeof trace.claim.text === 'string' ? trace.claim.text : trace.claim.id;
  const endsAt = new Map<string, string[]>();
  for (const end of [...trace.ends, ...trace.disputes.ends]) {
    const list = endsAt.get(end.source.id);
    if (list) list.push(end.explanation);
    else endsAt.set(end.source.id, [end.explanation]);
  }
  const endCitations = new Map<string, string[]>();
  for (const hop of trace.hops) {
    if (hop.to) continue;
    const list = endCitations.get(hop.from.id);
    if (list) list.push(hop.citation.id);
    else endCitations.set(hop.from.id, [hop.citation.id]);
  }

  const nodes: TraceGraphNode[] = [
    {
      id: trace.claim.id,
      kind: 'claim',
      label: claimText,
      sourceKind: null,
      depth: null,
      roles: [],
      disputeRoles: [],
      retracted: false,
      endCitations: [],
      trailEnds: [],
      classes: ['claim'],
    },
  ];
  for (const node of trace.nodes) {
    const id = node.source.id;
    const ends = endCitations.get(id) ?? [];
    const retracted = node.source.retracted === true;
    nodes.push({
      id,
      kind: 'source',
      label: node.source.title,
      sourceKind: typeof node.source.kind === 'string' ? node.source.kind : null,
      depth: node.depth,
      roles: node.roles,
      disputeRoles: node.disputeRoles,
      retracted,
      endCitations: ends,
      trailEnds: endsAt.get(id) ?? [],
      classes: [
        'source',
        ...node.roles.map(roleClass),
        ...node.disputeRoles.map((role) => `dispute-${roleClass(role)}`),
        ...(retracted ? ['retracted'] : []),
        ...(ends.length > 0 ? ['trail-end'] : []),
      ],
    });
  }

  const edges: TraceGraphEdge[] = [];
  const starts = { SUPPORT: new Set<string>(), DISPUTE: new Set<string>() };
  for (const node of trace.nodes) {
    if (node.roles.includes('ENTRY')) starts.SUPPORT.add(node.source.id);
    if (node.disputeRoles.includes('ENTRY')) starts.DISPUTE.add(node.source.id);
  }
  // A closed loop has no ENTRY: its walk starts from the loop's smallest id, which its paths begin with.
  for (const path of trace.paths) if (path.sourceIds[0]) starts[path.side].add(path.sourceIds[0]);
  const known = new Set(nodes.map((n) => n.id));
  for (const side of ['SUPPORT', 'DISPUTE'] as const) {
    for (const id of [...starts[side]].sort()) {
      if (!known.has(id)) continue;
      const kind = side === 'SUPPORT' ? 'says' : 'disputes';
      edges.push({
        id: `${kind}:${id}`,
        source: id,
        target: trace.claim.id,
        kind,
        side,
        citation: null,
        stance: null,
        depth: null,
        secondHand: null,
        quote: null,
        locator: null,
        evidencedIn: null,
        classes: [kind, side.toLowerCase()],
      });
    }
  }
  for (const hop of trace.hops) {
    if (!hop.to || !known.has(hop.from.id) || !known.has(hop.to.id)) continue;
    edges.push({
      id: hop.citation.id,
      source: hop.from.id,
      target: hop.to.id,
      kind: 'cites',
      side: hop.side,
      citation: hop.citation.id,
      stance: hop.stance,
      depth: hop.depth,
      secondHand: hop.secondHand,
      quote: hop.quote,
      locator: hop.locator,
      evidencedIn: hop.evidencedIn.id,
      classes: ['cites', hop.side.toLowerCase(), hop.stance.toLowerCase(), ...(hop.secondHand ? ['second-hand'] : [])],
    });
  }
  return { claimId: trace.claim.id, maxDepth, truncated: trace.truncated, nodes, edges };
}
