/**
 * The PROV-O export of a hand-built trace, read back with real RDF parsers: n3's Parser for
 * the Turtle, jsonld.js (with a document loader that refuses the network) for the JSON-LD.
 */
import jsonld from 'jsonld';
import { Parser, Store, DataFactory, type Quad } from 'n3';
import { CG_NAMESPACE, recordIri } from '../src/interchange/prov-o/claimgraph-iri.js';
import type { SourceMakers } from '../src/interchange/prov-o/trace-quads.js';
import { traceToJsonLd } from '../src/interchange/prov-o/trace-to-jsonld.js';
import { traceToTurtle } from '../src/interchange/prov-o/trace-to-turtle.js';
import { buildTrace } from '../src/provenance/build-trace.js';
import type { FetchedHop, ProvenanceSubgraph } from '../src/provenance/provenance-subgraph.js';

const { namedNode, literal } = DataFactory;
const PROV = 'http://www.w3.org/ns/prov#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const prov = (t: string) => namedNode(`${PROV}${t}`);
const cg = (t: string) => namedNode(`${CG_NAMESPACE}${t}`);
const rec = (id: string) => namedNode(recordIri(id));

const QUOTE = 'He said "it rose, sharply"\nand then, on a new line: 13%.';
type Spec = { from: string; to?: string; quote?: string; stance?: string; firstHand?: boolean; seenIn?: string; speakers?: string[] };
const source = (id: string) => ({ id: `source:${id}`, title: `Source ${id.toUpperCase()}`, kind: 'REPORT', ...(id === 'r' ? { retracted: true } : {}), ...(id === 'a' ? { date: '2024-03' } : {}) });
function subgraph(specs: Spec[]): ProvenanceSubgraph {
  return {
    claim: { id: 'claim:x', text: 'X rose by 13%' },
    aboutIds: [],
    contradicting: [],
    hops: specs.map(
      (spec, i): FetchedHop => ({
        citation: {
          id: `citation:c${i}`,
          quote: spec.quote ?? `Quote ${i}`,
          stance: spec.stance ?? 'SUPPORTS',
          ...(spec.firstHand === undefined ? {} : { firstHand: spec.firstHand }),
        },
        source: source(spec.from),
        sourceMakers: [],
        cites: spec.to ? source(spec.to) : null,
        citesMakers: [],
        evidencedIn: spec.seenIn ? source(spec.seenIn) : null,
        speakers: (spec.speakers ?? []).map((id) => ({ id, name: `Speaker ${id}`, kind: 'PERSON' })),
      }),
    ),
  };
}

/** a MENTIONS→ b (b: dead end, second-hand); c → o (o: first-hand origin); d DISPUTES → g; r (retracted) → b. */
const SPECS: Spec[] = [
  { from: 'a', to: 'b', stance: 'MENTIONS', quote: QUOTE, speakers: ['actor:jane'] },
  { from: 'b', seenIn: 'a', firstHand: false },
  { from: 'c', to: 'o' },
  { from: 'o', firstHand: true },
  { from: 'd', to: 'g', stance: 'DISPUTES' },
  { from: 'r', to: 'b' },
];
const trace = buildTrace(subgraph(SPECS), 6);
const makers = new Map<string, SourceMakers>([
  ['source:a', { publisher: { id: 'actor:outlet', name: 'The Outlet', kind: 'MEDIA_OUTLET' }, authors: [{ id: 'actor:jane', name: 'Jane', kind: 'PERSON' }] }],
]);

function parseTurtle(text: string): Store {
  return new Store(new Parser({ format: 'text/turtle' }).parse(text));
}

const refuseNetwork = async (url: string): Promise<never> => {
  throw new Error(`no network: ${url}`);
};

async function jsonLdQuads(doc: object): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads', documentLoader: refuseNetwork as never })) as unknown as string;
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

describe('PROV-O in Turtle', () => {
  const store = parseTurtle(traceToTurtle(trace, 6, makers));
  const has = (s: Quad['subject'], p: Quad['predicate'], o: Quad['object']) => store.has(DataFactory.quad(s, p, o));

  it('makes the claim a prov:Entity of type cg:Claim, with its text and nothing that says it is true', () => {
    expect(has(rec('claim:x'), RDF_TYPE, prov('Entity'))).toBe(true);
    expect(has(rec('claim:x'), RDF_TYPE, cg('Claim'))).toBe(true);
    expect(has(rec('claim:x'), cg('text'), literal('X rose by 13%'))).toBe(true);
    const predicates = store.getQuads(rec('claim:x'), null, null, null).map((q) => q.predicate.value).sort();
    expect([...new Set(predicates)]).toEqual(['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/2000/01/rdf-schema#label', `${CG_NAMESPACE}text`]);
    // Only the documented cg: terms appear: none of them is a truth value.
    const cgTerms = new Set(store.getQuads(null, null, null, null).flatMap((q) => [q.predicate, q.object]).filter((t) => t.value.startsWith(CG_NAMESPACE)).map((t) => t.value.slice(CG_NAMESPACE.length)));
    expect([...cgTerms].sort()).toEqual(
      ['Citation', 'Claim', 'Source', 'Trace', 'TraceNode', 'TrailEnd', 'author', 'circular', 'cites', 'claim', 'closedLoop', 'depth', 'disputeRole', 'end', 'endKind', 'evidencedIn', 'firstHand', 'hop', 'independentLines', 'knownThrough', 'maxDepth', 'maxDepthReached', 'node', 'ofClaim', 'position', 'publisher', 'quote', 'retracted', 'role', 'actorKind', 'saidBy', 'secondHand', 'side', 'source', 'sourceKind', 'speaker', 'stance', 'text', 'truncated'].sort(),
    );
  });

  it('makes sources prov:Entity and actors prov:Agent, with attribution qualified by role', () => {
    expect(has(rec('source:a'), RDF_TYPE, prov('Entity'))).toBe(true);
    expect(has(rec('source:a'), prov('wasAttributedTo'), rec('actor:outlet'))).toBe(true);
    expect(has(rec('source:a'), prov('wasAttributedTo'), rec('actor:jane'))).toBe(true);
    expect(has(rec('actor:jane'), RDF_TYPE, prov('Person'))).toBe(true);
    expect(has(rec('actor:outlet'), RDF_TYPE, prov('Organization'))).toBe(true);
    expect(has(rec('actor:outlet'), RDF_TYPE, prov('Agent'))).toBe(true);
    const attribution = store.getQuads(null, prov('agent'), rec('actor:outlet'), null)[0]!.subject;
    expect(has(rec('source:a'), prov('qualifiedAttribution'), attribution as never)).toBe(true);
    expect(has(attribution, prov('hadRole'), cg('publisher'))).toBe(true);
    expect(has(rec('source:a'), namedNode('http://purl.org/dc/terms/date'), literal('2024-03', namedNode(`${XSD}gYearMonth`)))).toBe(true);
    expect(has(rec('source:r'), cg('retracted'), literal('true', namedNode(`${XSD}boolean`)))).toBe(true);
  });

  it('makes each hop that names a source a qualified influence with the verbatim quote on it', () => {
    // MENTIONS: a quotation of the cited source.
    expect(has(rec('source:a'), prov('qualifiedQuotation'), rec('citation:c0'))).toBe(true);
    expect(has(rec('source:a'), prov('wasQuotedFrom'), rec('source:b'))).toBe(true);
    expect(has(rec('citation:c0'), RDF_TYPE, prov('Quotation'))).toBe(true);
    expect(has(rec('citation:c0'), prov('entity'), rec('source:b'))).toBe(true);
    expect(has(rec('citation:c0'), cg('quote'), literal(QUOTE))).toBe(true);
    expect(has(rec('citation:c0'), cg('stance'), literal('MENTIONS'))).toBe(true);
    expect(has(rec('citation:c0'), cg('speaker'), rec('actor:jane'))).toBe(true);
    // Citing a first-hand origin: its primary source.
    expect(has(rec('source:c'), prov('qualifiedPrimarySource'), rec('citation:c2'))).toBe(true);
    expect(has(rec('source:c'), prov('hadPrimarySource'), rec('source:o'))).toBe(true);
    expect(has(rec('citation:c2'), RDF_TYPE, prov('PrimarySource'))).toBe(true);
    // Otherwise a derivation, the dispute's grounds too, labelled with its side.
    expect(has(rec('source:d'), prov('qualifiedDerivation'), rec('citation:c4'))).toBe(true);
    expect(has(rec('citation:c4'), prov('entity'), rec('source:g'))).toBe(true);
    expect(has(rec('citation:c4'), cg('side'), literal('DISPUTE'))).toBe(true);
  });

  it('keeps a hop that names no source as a citation without influence, its trail end on the trace, second-hand marked', () => {
    expect(has(rec('citation:c1'), cg('saidBy'), rec('source:b'))).toBe(true);
    expect(has(rec('citation:c1'), cg('evidencedIn'), rec('source:a'))).toBe(true);
    expect(has(rec('citation:c1'), cg('secondHand'), literal('true', namedNode(`${XSD}boolean`)))).toBe(true);
    expect(store.getQuads(rec('citation:c1'), prov('entity'), null, null)).toHaveLength(0);
    const end = store.getQuads(null, cg('source'), rec('source:b'), null).map((q) => q.subject).find((s) => has(s, RDF_TYPE, cg('TrailEnd')))!;
    expect(has(end, cg('endKind'), literal('DEAD_END'))).toBe(true);
    expect(has(end, cg('knownThrough'), rec('source:a'))).toBe(true);
    const origin = store.getQuads(null, cg('source'), rec('source:o'), null).map((q) => q.subject).find((s) => has(s, RDF_TYPE, cg('TrailEnd')))!;
    expect(has(origin, cg('endKind'), literal('ORIGIN'))).toBe(true);
  });
});

describe('PROV-O in JSON-LD', () => {
  it('ships its context inline and gives, through jsonld.toRDF without network, the same triples as the Turtle', async () => {
    const doc = traceToJsonLd(trace, 6, makers);
    expect(typeof doc['@context']).toBe('object');
    const fromJsonLd = await jsonLdQuads(JSON.parse(JSON.stringify(doc)));
    const fromTurtle = new Parser({ format: 'text/turtle' }).parse(traceToTurtle(trace, 6, makers));
    const ground = (quads: Quad[]) =>
      quads
        .filter((q) => q.subject.termType !== 'BlankNode' && q.object.termType !== 'BlankNode')
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType === 'Literal' ? JSON.stringify([q.object.value, q.object.datatype.value]) : q.object.value}`)
        .sort();
    expect(fromJsonLd).toHaveLength(fromTurtle.length);
    expect(ground(fromJsonLd)).toEqual(ground(fromTurtle));
    expect(ground(fromJsonLd)).toContain(`${recordIri('citation:c0')} ${CG_NAMESPACE}quote ${JSON.stringify([QUOTE, `${XSD}string`])}`);
    expect(ground(fromJsonLd)).toContain(`${recordIri('citation:c2')} ${PROV}entity ${recordIri('source:o')}`);
  });
});
