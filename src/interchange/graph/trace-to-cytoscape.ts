import type { TraceResult } from '../../provenance/build-trace.js';
import { traceGraph } from './trace-graph.js';

/**
 * A trace as Cytoscape.js elements JSON (`cy.add(json.elements)` or `cytoscape({ elements })`;
 * Cytoscape desktop opens it as .cyjs): `{ data: { claim, maxDepth, truncated }, elements:
 * { nodes, edges } }`, each element `{ data, classes }` with `classes` a space-separated
 * string. The graph is `traceGraph`'s: the claim and every source as nodes (data: kind,
 * label, sourceKind, depth, roles, disputeRoles, retracted, endCitations, trailEnds), every
 * hop that names a source as an edge from the citing to the cited source (data: citation,
 * side, stance, depth, secondHand, quote, locator, evidencedIn), and each trail's start
 * linked to the claim (`says` / `disputes`); every edge's source and target are nodes.
 */
export function traceToCytoscape(trace: TraceResult, maxDepth: number) {
  const graph = traceGraph(trace, maxDepth);
  return {
    data: { claim: graph.claimId, maxDepth: graph.maxDepth, truncated: graph.truncated },
    elements: {
      nodes: graph.nodes.map(({ classes, ...data }) => ({ data, classes: classes.join(' ') })),
      edges: graph.edges.map(({ classes, ...data }) => ({ data, classes: classes.join(' ') })),
    },
  };
}
