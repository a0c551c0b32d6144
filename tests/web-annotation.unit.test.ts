/**
 * Web Annotations of a trace's quotes, expanded by jsonld.js with a document loader that
 * serves the shipped anno.jsonld and refuses the network.
 */
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { CG_NAMESPACE, recordIri } from '../src/interchange/prov-o/claimgraph-iri.js';
import { traceAnnotations } from '../src/interchange/web-annotation/trace-annotations.js';
import { buildTrace } from '../src/provenance/build-trace.js';
import type { ProvenanceSubgraph } from '../src/provenance/provenance-subgraph.js';
import { localDocumentLoader, requestedUrls } from './fixtures/jsonld-contexts/local-document-loader.js';

const OA = 'http://www.w3.org/ns/oa#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const TEXT = '𝔸🙂 Intro. The article says: prices rose by 13%. Then more.';
const subgraph: ProvenanceSubgraph = {
  claim: { id: 'claim:x', text: 'Prices rose by 13%' },
  aboutIds: [],
  contradicting: [],
  hops: [
    {
      citation: { id: 'citation:found', quote: 'prices rose by 13%.', stance: 'SUPPORTS', locator: '¶2' },
      source: { id: 'source:a', title: 'A' },
      sourceMakers: [],
      cites: { id: 'source:b', title: 'B' },
      citesMakers: [],
      evidencedIn: null,
      speakers: [],
    },
    {
      citation: { id: 'citation:missing', quote: 'not in the text', stance: 'SUPPORTS', firstHand: false },
      source: { id: 'source:b', title: 'B' },
      sourceMakers: [],
      cites: null,
      citesMakers: [],
      evidencedIn: { id: 'source:a', title: 'A' },
      speakers: [],
    },
  ],
};
const trace = buildTrace(subgraph, 6);

async function quadsOf(doc: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(JSON.stringify(doc)), { format: 'application/n-quads', documentLoader: localDocumentLoader as never })) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

describe('Web Annotations of a trace', () => {
  const doc = traceAnnotations(trace, new Map([['source:a', TEXT]]));
  const items = doc.items as Record<string, any>[];

  it('makes one Annotation per hop, targeting the evidence document with quote and position selectors (code points)', () => {
    expect(doc['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', expect.objectContaining({ cg: CG_NAMESPACE })]);
    expect(items.map((a) => a.id)).toEqual([recordIri('citation:found'), recordIri('citation:missing')]);
    expect(items[0]!.target).toEqual({
      type: 'SpecificResource',
      source: recordIri('source:a'),
      selector: [
        { type: 'TextQuoteSelector', exact: 'prices rose by 13%.', prefix: '𝔸🙂 Intro. The article says: ', suffix: ' Then more.' },
        { type: 'TextPositionSelector', start: 28, end: 47 },
      ],
    });
    expect(Array.from(TEXT).slice(28, 47).join('')).toBe('prices rose by 13%.');
    expect(items[0]).toMatchObject({ stance: 'SUPPORTS', side: 'SUPPORT', claim: recordIri('claim:x'), anchored: true, locator: '¶2', cites: recordIri('source:b') });
    // Not in the stored text: the quote alone, marked unanchored.
    expect(items[1]!.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'not in the text' }]);
    expect(items[1]).toMatchObject({ anchored: false, secondHand: true, saidBy: recordIri('source:b') });
  });

  it('expands, with the shipped context and no network, to Web Annotation triples', async () => {
    requestedUrls.length = 0;
    const quads = await quadsOf(doc);
    expect(requestedUrls).toEqual(['http://www.w3.org/ns/anno.jsonld']);
    const has = (s: string | null, p: string, o: string, type?: string) =>
      quads.some((q) => (s === null || q.subject.value === s) && q.predicate.value === p && q.object.value === o && (type === undefined || (q.object.termType === 'Literal' && q.object.datatype.value === type)));
    const annotation = recordIri('citation:found');
    expect(has(annotation, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${OA}Annotation`)).toBe(true);
    expect(has(annotation, `${OA}motivatedBy`, `${OA}describing`)).toBe(true);
    expect(has(null, `${OA}hasSource`, recordIri('source:a'))).toBe(true);
    expect(has(null, `${OA}exact`, 'prices rose by 13%.')).toBe(true);
    expect(has(null, `${OA}start`, '28', `${XSD}nonNegativeInteger`)).toBe(true);
    expect(has(null, `${OA}end`, '47', `${XSD}nonNegativeInteger`)).toBe(true);
    expect(has(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#value', 'Prices rose by 13%')).toBe(true);
    expect(has(null, `${OA}hasPurpose`, `${OA}tagging`)).toBe(true);
    expect(has(annotation, `${CG_NAMESPACE}claim`, recordIri('claim:x'))).toBe(true);
    expect(has(annotation, `${CG_NAMESPACE}stance`, 'SUPPORTS')).toBe(true);
  });

  it('anchors nothing without the evidence document\'s text', () => {
    const bare = traceAnnotations(trace, new Map()).items as Record<string, any>[];
    expect(bare.every((a) => a.anchored === false && a.target.selector.length === 1)).toBe(true);
  });
});
