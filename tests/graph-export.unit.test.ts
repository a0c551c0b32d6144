/**
 * The graph exports of a hand-built trace, read back with real parsers: Cytoscape.js JSON
 * (every edge between nodes), GraphML (graphology-graphml, and @xmldom/xmldom for
 * well-formedness), CSV (csv-parse).
 */
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import graphology from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { TRACE_HOPS_CSV_COLUMNS, traceHopsCsv } from '../src/interchange/graph/trace-hops-csv.js';
import { traceToCytoscape } from '../src/interchange/graph/trace-to-cytoscape.js';
import { traceToGraphml } from '../src/interchange/graph/trace-to-graphml.js';
import { buildTrace } from '../src/provenance/build-trace.js';
import type { FetchedHop, ProvenanceSubgraph } from '../src/provenance/provenance-subgraph.js';

const { MultiDirectedGraph } = graphology as unknown as { MultiDirectedGraph: typeof import('graphology').MultiDirectedGraph };

const NASTY = 'He said "it rose, sharply" & <fell>\r\nthen, on a new line: 13%';
type Spec = { from: string; to?: string; quote?: string; stance?: string; firstHand?: boolean; seenIn?: string; locator?: string };
const source = (id: string) => ({ id: `source:${id}`, title: id === 'a' ? 'A, "the" <article>' : `Source ${id}`, kind: 'REPORT', ...(id === 'r' ? { retracted: true } : {}) });
function subgraph(specs: Spec[], claim = 'claim:x'): ProvenanceSubgraph {
  return {
    claim: { id: claim, text: 'X rose' },
    aboutIds: [],
    contradicting: [],
    hops: specs.map(
      (spec, i): FetchedHop => ({
        citation: {
          id: `citation:c${i}`,
          quote: spec.quote ?? `Quote ${i}`,
          stance: spec.stance ?? 'SUPPORTS',
          ...(spec.locator ? { locator: spec.locator } : {}),
          ...(spec.firstHand === undefined ? {} : { firstHand: spec.firstHand }),
        },
        source: source(spec.from),
        sourceMakers: [],
        cites: spec.to ? source(spec.to) : null,
        citesMakers: [],
        evidencedIn: spec.seenIn ? source(spec.seenIn) : null,
        speakers: [],
      }),
    ),
  };
}

const SPECS: Spec[] = [
  { from: 'a', to: 'b', stance: 'MENTIONS', quote: NASTY, locator: '¶1, line "2"' },
  { from: 'b', seenIn: 'a', firstHand: false },
  { from: 'd', to: 'g', stance: 'DISPUTES' },
  { from: 'r', to: 'b' },
];
const trace = buildTrace(subgraph(SPECS), 6);

describe('Cytoscape.js JSON', () => {
  const { elements, data } = traceToCytoscape(trace, 6);
  const nodeIds = new Set(elements.nodes.map((n) => n.data.id));

  it('has the claim and every source as nodes, and no dangling edge', () => {
    expect(data).toEqual({ claim: 'claim:x', maxDepth: 6, truncated: false });
    expect([...nodeIds].sort()).toEqual(['claim:x', 'source:a', 'source:b', 'source:d', 'source:g', 'source:r']);
    expect(nodeIds.size).toBe(elements.nodes.length);
    for (const edge of elements.edges) {
      expect(nodeIds.has(edge.data.source)).toBe(true);
      expect(nodeIds.has(edge.data.target)).toBe(true);
    }
    expect(new Set(elements.edges.map((e) => e.data.id)).size).toBe(elements.edges.length);
  });

  it('links each start to the claim, and each hop that names a source from citing to cited source', () => {
    const edges = Object.fromEntries(elements.edges.map((e) => [e.data.id, e]));
    expect(edges['says:source:a']!.data).toMatchObject({ source: 'source:a', target: 'claim:x', kind: 'says', side: 'SUPPORT' });
    expect(edges['says:source:r']!.data).toMatchObject({ source: 'source:r', target: 'claim:x' });
    expect(edges['disputes:source:d']!.data).toMatchObject({ source: 'source:d', target: 'claim:x', kind: 'disputes', side: 'DISPUTE' });
    expect(edges['citation:c0']!.data).toMatchObject({ source: 'source:a', target: 'source:b', stance: 'MENTIONS', side: 'SUPPORT', quote: NASTY, secondHand: false, depth: 1 });
    expect(edges['citation:c0']!.classes.split(' ')).toEqual(['cites', 'support', 'mentions']);
    expect(edges['citation:c2']!.classes.split(' ')).toEqual(['cites', 'dispute', 'disputes']);
    // The hop that names no source is no edge: it marks its source.
    expect(edges['citation:c1']).toBeUndefined();
  });

  it('marks roles, trail ends and retraction on the source nodes', () => {
    const nodes = Object.fromEntries(elements.nodes.map((n) => [n.data.id, n]));
    expect(nodes['source:b']!.data).toMatchObject({ kind: 'source', roles: ['DEAD_END'], endCitations: ['citation:c1'] });
    expect(nodes['source:b']!.data.trailEnds[0]).toMatch(/^unverified beyond Source b: known only through A/);
    expect(nodes['source:b']!.classes.split(' ')).toEqual(['source', 'dead-end', 'trail-end']);
    expect(nodes['source:r']!.classes).toBe('source entry retracted');
    expect(nodes['source:g']!.classes.split(' ')).toContain('dispute-dead-end');
    expect(nodes['claim:x']!).toEqual({ data: expect.objectContaining({ kind: 'claim', label: 'X rose' }), classes: 'claim' });
  });

  it('links the start of a closed loop (no entry) to the claim too', () => {
    const loop = buildTrace(subgraph([{ from: 'p', to: 'q' }, { from: 'q', to: 'p' }]), 6);
    expect(loop.closedLoop).toBe(true);
    const { elements: els } = traceToCytoscape(loop, 6);
    expect(els.edges.filter((e) => e.data.target === 'claim:x').map((e) => e.data.id)).toEqual(['says:source:p']);
  });
});

describe('GraphML', () => {
  const xml = traceToGraphml(trace, 6);

  it('is well-formed XML with typed keys declared before one directed graph', () => {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(xml, 'application/xml');
    expect(errors).toEqual([]);
    const root = doc.documentElement!;
    expect([root.localName, root.namespaceURI]).toEqual(['graphml', 'http://graphml.graphdrawing.org/xmlns']);
    const children = Array.from(root.childNodes).filter((n) => n.nodeType === 1) as unknown as Element[];
    const graphIndex = children.findIndex((c) => c.localName === 'graph');
    expect(children.filter((c) => c.localName === 'graph')).toHaveLength(1);
    expect(children.slice(0, graphIndex).every((c) => c.localName === 'key')).toBe(true);
    expect(graphIndex).toBe(children.length - 1);
    expect(children[graphIndex]!.getAttribute('edgedefault')).toBe('directed');
    // Every key typed as GraphML allows, every data names a key declared for its element.
    const keys = new Map(children.slice(0, graphIndex).map((k) => [k.getAttribute('id')!, k]));
    for (const key of keys.values()) expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(key.getAttribute('attr.type'));
    const data = Array.from(doc.getElementsByTagName('data'));
    expect(data.length).toBeGreaterThan(20);
    for (const d of data) expect(keys.get(d.getAttribute('key')!)!.getAttribute('for')).toBe((d.parentNode as unknown as Element).localName);
  });

  it('reads back with graphology-graphml: nodes, edges and typed attributes, quotes intact', () => {
    const graph = parseGraphml(MultiDirectedGraph, xml);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(3 + 3);
    expect(graph.getNodeAttributes('source:a')).toMatchObject({ kind: 'source', label: 'A, "the" <article>', depth: 0, retracted: false, roles: 'ENTRY' });
    expect(graph.getNodeAttributes('source:r')).toMatchObject({ retracted: true });
    expect(graph.getEdgeAttributes('citation:c0')).toMatchObject({ stance: 'MENTIONS', side: 'SUPPORT', secondHand: false, depth: 1, quote: NASTY, locator: '¶1, line "2"' });
    expect(graph.source('citation:c0')).toBe('source:a');
    expect(graph.target('says:source:a')).toBe('claim:x');
    expect(graph.getAttributes()).toMatchObject({ claim: 'claim:x', maxDepth: 6, truncated: false });
  });
});

describe('CSV of hops', () => {
  const csv = traceHopsCsv(trace);

  it('has a header and one row per hop, fields with commas, line breaks and double quotes intact', () => {
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(csv.split('\r\n')[0]).toBe(TRACE_HOPS_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(trace.hops.length);
    expect(rows[0]).toEqual({
      citation: 'citation:c0',
      side: 'SUPPORT',
      stance: 'MENTIONS',
      fromId: 'source:a',
      fromTitle: 'A, "the" <article>',
      toId: 'source:b',
      toTitle: 'Source b',
      evidencedIn: 'source:a',
      secondHand: 'false',
      depth: '1',
      locator: '¶1, line "2"',
      quote: NASTY,
    });
    expect(rows[1]).toMatchObject({ citation: 'citation:c1', toId: '', toTitle: '', evidencedIn: 'source:a', secondHand: 'true', depth: '2', locator: '' });
    expect(rows.map((r) => r.side)).toEqual(['SUPPORT', 'SUPPORT', 'DISPUTE', 'SUPPORT']);
  });
});
