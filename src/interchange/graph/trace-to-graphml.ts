import type { TraceResult } from '../../provenance/build-trace.js';
import { traceGraph, type TraceGraphEdge, type TraceGraphNode } from './trace-graph.js';

type AttrType = 'string' | 'int' | 'boolean';
interface Key<T> {
  id: string;
  name: string;
  type: AttrType;
  value: (item: T) => string | number | boolean | null;
}

const NODE_KEYS: Key<TraceGraphNode>[] = [
  { id: 'n_kind', name: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'n_label', name: 'label', type: 'string', value: (n) => n.label },
  { id: 'n_sourceKind', name: 'sourceKind', type: 'string', value: (n) => n.sourceKind },
  { id: 'n_depth', name: 'depth', type: 'int', value: (n) => n.depth },
  { id: 'n_roles', name: 'roles', type: 'string', value: (n) => n.roles.join(' ') },
  { id: 'n_disputeRoles', name: 'disputeRoles', type: 'string', value: (n) => n.disputeRoles.join(' ') },
  { id: 'n_retracted', name: 'retracted', type: 'boolean', value: (n) => n.retracted },
  { id: 'n_endCitations', name: 'endCitations', type: 'string', value: (n) => n.endCitations.join(' ') },
  { id: 'n_trailEnds', name: 'trailEnds', type: 'string', value: (n) => n.trailEnds.join('\n') },
  { id: 'n_classes', name: 'classes', type: 'string', value: (n) => n.classes.join(' ') },
];

const EDGE_KEYS: Key<TraceGraphEdge>[] = [
  { id: 'e_kind', name: 'kind', type: 'string', value: (e) => e.kind },
  { id: 'e_side', name: 'side', type: 'string', value: (e) => e.side },
  { id: 'e_citation', name: 'citation', type: 'string', value: (e) => e.citation },
  { id: 'e_stance', name: 'stance', type: 'string', value: (e) => e.stance },
  { id: 'e_depth', name: 'depth', type: 'int', value: (e) => e.depth },
  { id: 'e_secondHand', name: 'secondHand', type: 'boolean', value: (e) => e.secondHand },
  { id: 'e_quote', name: 'quote', type: 'string', value: (e) => e.quote },
  { id: 'e_locator', name: 'locator', type: 'string', value: (e) => e.locator },
  { id: 'e_evidencedIn', name: 'evidencedIn', type: 'string', value: (e) => e.evidencedIn },
  { id: 'e_classes', name: 'classes', type: 'string', value: (e) => e.classes.join(' ') },
];

interface GraphInfo {
  claim: string;
  maxDepth: number;
  truncated: boolean;
}
const GRAPH_KEYS: Key<GraphInfo>[] = [
  { id: 'g_claim', name: 'claim', type: 'string', value: (g) => g.claim },
  { id: 'g_maxDepth', name: 'maxDepth', type: 'int', value: (g) => g.maxDepth },
  { id: 'g_truncated', name: 'truncated', type: 'boolean', value: (g) => g.truncated },
];

/**
 * Text as XML 1.0 character data or attribute value: markup characters escaped, and any
 * character XML 1.0 cannot hold (controls other than tab and line breaks, U+FFFE, U+FFFF,
 * lone surrogates; the write path refuses most of them already) replaced by U+FFFD.
 */
function xml(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

function dataOf<T>(keys: Key<T>[], item: T, indent: string): string {
  return keys
    .map((key) => {
      const value = key.value(item);
      return value === null ? '' : `${indent}<data key="${key.id}">${xml(String(value))}</data>\n`;
    })
    .join('');
}

const declare = (domain: 'graph' | 'node' | 'edge', keys: Key<unknown>[]) =>
  keys.map((k) => `  <key id="${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`).join('');

/**
 * A trace as GraphML (application/graphml+xml), valid against the GraphML 1.0 schema: every
 * attribute declared once as a typed `<key>` (string, int, boolean) before the one
 * `<graph edgedefault="directed">`, whose `<data>` give the claim, maxDepth and truncated;
 * then `traceGraph`'s nodes and edges with their data (lists as space-separated words,
 * trail-end explanations one per line; a null value is left out). Node ids are record ids,
 * edge ids citation ids (or `says:` / `disputes:` and the start's id for a start's link to
 * the claim); every edge's ends are nodes of the graph. Text is XML-escaped.
 */
export function traceToGraphml(trace: TraceResult, maxDepth: number): string {
  const graph = traceGraph(trace, maxDepth);
  const info: GraphInfo = { claim: graph.claimId, maxDepth: graph.maxDepth, truncated: graph.truncated };
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    declare('graph', GRAPH_KEYS as Key<unknown>[]),
    declare('node', NODE_KEYS as Key<unknown>[]),
    declare('edge', EDGE_KEYS as Key<unknown>[]),
    `  <graph id="${xml(`trace:${graph.claimId}`)}" edgedefault="directed">\n`,
    dataOf(GRAPH_KEYS, info, '    '),
  ];
  for (const node of graph.nodes) parts.push(`    <node id="${xml(node.id)}">\n${dataOf(NODE_KEYS, node, '      ')}    </node>\n`);
  for (const edge of graph.edges) {
    parts.push(`    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">\n${dataOf(EDGE_KEYS, edge, '      ')}    </edge>\n`);
  }
  parts.push('  </graph>\n</graphml>\n');
  return parts.join('');
}
