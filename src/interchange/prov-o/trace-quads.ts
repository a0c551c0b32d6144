import { DataFactory, type Quad, type Quad_Object } from 'n3';
import type { TraceResult, TraceRole } from '../../provenance/build-trace.js';
import type { SourceProps } from '../../provenance/provenance-subgraph.js';
import { CG_NAMESPACE, recordIri } from './claimgraph-iri.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** Namespaces the PROV-O export uses, by the prefix both serialisations declare. */
export const PROV_PREFIXES = {
  prov: 'http://www.w3.org/ns/prov#',
  cg: CG_NAMESPACE,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',
} as const;

/** An actor as the export needs it: at least its id; its name and kind where known. */
export type ActorProps = Record<string, unknown> & { id: string };

/** Who made a source (its publisher and its authors, in order), for `prov:wasAttributedTo`. */
export interface SourceMakers {
  publisher: ActorProps | null;
  authors: ActorProps[];
}

const prov = (term: string) => namedNode(`${PROV_PREFIXES.prov}${term}`);
const cg = (term: string) => namedNode(`${CG_NAMESPACE}${term}`);
const rdfs = (term: string) => namedNode(`${PROV_PREFIXES.rdfs}${term}`);
const xsd = (term: string) => namedNode(`${PROV_PREFIXES.xsd}${term}`);
const dcterms = (term: string) => namedNode(`${PROV_PREFIXES.dcterms}${term}`);
const a = namedNode(`${PROV_PREFIXES.rdf}type`);
const record = (id: string) => namedNode(recordIri(id));
const text = (value: string) => literal(value);
const bool = (value: boolean) => literal(String(value), xsd('boolean'));
const int = (value: number) => literal(String(value), xsd('integer'));

/** A partial date as the XSD type of its precision: `2024` gYear, `2024-03` gYearMonth, `2024-03-04` date. */
function partialDate(value: string) {
  const type = value.length === 4 ? 'gYear' : value.length === 7 ? 'gYearMonth' : 'date';
  return literal(value, xsd(type));
}

/** Which PROV influence a hop that names a source is: see the README's table. */
function influenceOf(stance: string, citedIsOrigin: boolean): 'PrimarySource' | 'Quotation' | 'Derivation' {
  if (citedIsOrigin) return 'PrimarySource';
  return stance === 'MENTIONS' ? 'Quotation' : 'Derivation';
}

const UNQUALIFIED = { PrimarySource: 'hadPrimarySource', Quotation: 'wasQuotedFrom', Derivation: 'wasDerivedFrom' } as const;

/**
 * The RDF statements of a trace in PROV-O and claimgraph's vocabulary (`cg:`), as n3 quads
 * in the default graph, in a deterministic order (same trace, same quads). What they say:
 *
 * - the claim: `prov:Entity, cg:Claim` with its text (`cg:text`, `rdfs:label`), and nothing
 *   else: no statement anywhere says a claim is true, false or reviewed;
 * - each source on the trace (and each document a hop is evidenced in or an end is known
 *   through): `prov:Entity, cg:Source`, title, kind, date, retracted, `prov:wasAttributedTo`
 *   its publisher and authors (qualified: a `prov:Attribution` with `prov:hadRole`
 *   `cg:publisher` or `cg:author`);
 * - each actor: `prov:Agent` and `prov:Person` or `prov:Organization`, name and kind;
 * - each hop: its citation `urn:claimgraph:citation:…`, a `cg:Citation` carrying the claim
 *   (`cg:claim`), said by (`cg:saidBy`), the verbatim quote (`cg:quote`), stance, side,
 *   evidence document, `cg:secondHand`, locator, depth and speakers. A hop that names a
 *   source is also the qualified PROV influence of the citing source on it
 *   (`prov:qualifiedPrimarySource` when the cited source is an origin of the claim on that
 *   side, `prov:qualifiedQuotation` for a MENTIONS hop, else `prov:qualifiedDerivation`,
 *   with `prov:entity` the cited source) plus its unqualified shortcut; a hop that names
 *   none has no PROV influence: the trail end it makes is in the trace's `cg:end`;
 * - the trace itself (a blank node, `cg:Trace`): the claim, maxDepth, truncated, each node
 *   with its depth and roles per side, each trail end with its kind, side, explanation and
 *   the documents it is known through.
 *
 * `makers` holds the publisher and authors of the trace's sources (absent: none recorded).
 */
export function traceQuads(trace: TraceResult, maxDepth: number, makers: ReadonlyMap<string, SourceMakers>): Quad[] {
  const quads: Quad[] = [];
  const add = (subject: Quad['subject'], predicate: Quad['predicate'], object: Quad_Object) => quads.push(quad(subject, predicate, object));

  const claimId = trace.claim.id;
  const claim = record(claimId);
  add(claim, a, prov('Entity'));
  add(claim, a, cg('Claim'));
  const claimText = typeof trace.claim.text === 'string' ? trace.claim.text : claimId;
  add(claim, rdfs('label'), text(claimText));
  add(claim, cg('text'), text(claimText));

  // Every source the trace names, once, by id.
  const sources = new Map<string, SourceProps>();
  const note = (source: SourceProps) => {
    if (!sources.has(source.id)) sources.set(source.id, source);
  };
  for (const node of trace.nodes) note(node.source);
  for (const hop of trace.hops) {
    note(hop.from);
    if (hop.to) note(hop.to);
    note(hop.evidencedIn);
  }
  const allEnds = [...trace.ends, ...trace.disputes.ends];
  for (const end of allEnds) for (const through of end.knownThrough) note(through);

  const actors = new Map<string, ActorProps>();
  const noteActor = (actor: ActorProps) => {
    if (!actors.has(actor.id)) actors.set(actor.id, actor);
  };
  let attributions = 0;
  for (const [id, source] of [...sources].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const node = record(id);
    add(node, a, prov('Entity'));
    add(node, a, cg('Source'));
    add(node, rdfs('label'), text(source.title));
    add(node, dcterms('title'), text(source.title));
    if (typeof source.kind === 'string') add(node, cg('sourceKind'), text(source.kind));
    if (typeof source.date === 'string') add(node, dcterms('date'), partialDate(source.date));
    if (typeof source.url === 'string') add(node, cg('url'), literal(source.url, xsd('anyURI')));
    if (typeof source.isPrimary === 'boolean') add(node, cg('isPrimary'), bool(source.isPrimary));
    add(node, cg('retracted'), bool(source.retracted === true));
    const made = makers.get(id);
    const attribute = (actor: ActorProps, role: 'publisher' | 'author', position?: number) => {
      noteActor(actor);
      add(node, prov('wasAttributedTo'), record(actor.id));
      const attribution = blankNode(`attribution${attributions++}`);
      add(node, prov('qualifiedAttribution'), attribution);
      add(attribution, a, prov('Attribution'));
      add(attribution, prov('agent'), record(actor.id));
      add(attribution, prov('hadRole'), cg(role));
      if (position !== undefined) add(attribution, cg('position'), int(position));
    };
    if (made?.publisher) attribute(made.publisher, 'publisher');
    made?.authors.forEach((author, i) => attribute(author, 'author', i));
  }

  // Roles decide which influence a hop is: a cited source that is an origin on the hop's side is its primary source.
  const rolesOf = new Map(trace.nodes.map((n) => [n.source.id, { SUPPORT: n.roles, DISPUTE: n.disputeRoles }]));
  const hasRole = (id: string, side: 'SUPPORT' | 'DISPUTE', role: TraceRole) => rolesOf.get(id)?.[side].includes(role) ?? false;

  for (const hop of trace.hops) {
    const citation = record(hop.citation.id);
    add(citation, a, cg('Citation'));
    add(citation, cg('claim'), claim);
    add(citation, cg('saidBy'), record(hop.from.id));
    add(citation, cg('quote'), text(hop.quote));
    add(citation, cg('stance'), text(hop.stance));
    add(citation, cg('side'), text(hop.side));
    add(citation, cg('evidencedIn'), record(hop.evidencedIn.id));
    add(citation, cg('secondHand'), bool(hop.secondHand));
    add(citation, cg('depth'), int(hop.depth));
    if (hop.locator) add(citation, cg('locator'), text(hop.locator));
    if (typeof hop.citation.firstHand === 'boolean') add(citation, cg('firstHand'), bool(hop.citation.firstHand));
    for (const speaker of hop.speakers) {
      noteActor(speaker);
      add(citation, cg('speaker'), record(speaker.id));
    }
    if (hop.to) {
      const influence = influenceOf(hop.stance, hasRole(hop.to.id, hop.side, 'ORIGIN'));
      add(citation, cg('cites'), record(hop.to.id));
      add(citation, a, prov(influence));
      add(citation, prov('entity'), record(hop.to.id));
      add(record(hop.from.id), prov(`qualified${influence}`), citation);
      add(record(hop.from.id), prov(UNQUALIFIED[influence]), record(hop.to.id));
    }
  }

  for (const [id, actor] of [...actors].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const node = record(id);
    add(node, a, prov('Agent'));
    if (typeof actor.kind === 'string') {
      add(node, a, prov(actor.kind === 'PERSON' ? 'Person' : 'Organization'));
      add(node, cg('actorKind'), text(actor.kind));
    }
    if (typeof actor.name === 'string') add(node, rdfs('label'), text(actor.name));
  }

  const traceNode = blankNode('trace');
  add(traceNode, a, cg('Trace'));
  add(traceNode, cg('ofClaim'), claim);
  add(traceNode, cg('maxDepth'), int(maxDepth));
  add(traceNode, cg('maxDepthReached'), int(trace.maxDepthReached));
  add(traceNode, cg('truncated'), bool(trace.truncated));
  add(traceNode, cg('independentLines'), int(trace.independentLines));
  add(traceNode, cg('circular'), bool(trace.circular));
  add(traceNode, cg('closedLoop'), bool(trace.closedLoop));
  for (const hop of trace.hops) add(traceNode, cg('hop'), record(hop.citation.id));
  trace.nodes.forEach((n, i) => {
    const node = blankNode(`node${i}`);
    add(traceNode, cg('node'), node);
    add(node, a, cg('TraceNode'));
    add(node, cg('source'), record(n.source.id));
    add(node, cg('depth'), int(n.depth));
    for (const role of n.roles) add(node, cg('role'), text(role));
    for (const role of n.disputeRoles) add(node, cg('disputeRole'), text(role));
  });
  allEnds.forEach((end, i) => {
    const node = blankNode(`end${i}`);
    add(traceNode, cg('end'), node);
    add(node, a, cg('TrailEnd'));
    add(node, cg('endKind'), text(end.kind));
    add(node, cg('side'), text(end.side));
    add(node, cg('source'), record(end.source.id));
    add(node, cg('secondHand'), bool(end.secondHand));
    for (const through of end.knownThrough) add(node, cg('knownThrough'), record(through.id));
    add(node, rdfs('comment'), text(end.explanation));
  });
  return quads;
}
