import { CG_NAMESPACE, recordIri } from '../prov-o/claimgraph-iri.js';
import { anchorQuote } from './anchor-quote.js';

/** The W3C Web Annotation context every annotation document names first (its terms are well known; readers keep a local copy). */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** claimgraph's terms beside the Web Annotation ones (the second, inline context). */
export const CG_ANNO_CONTEXT = {
  cg: CG_NAMESPACE,
  claim: { '@id': 'cg:claim', '@type': '@id' },
  saidBy: { '@id': 'cg:saidBy', '@type': '@id' },
  cites: { '@id': 'cg:cites', '@type': '@id' },
  stance: 'cg:stance',
  side: 'cg:side',
  secondHand: 'cg:secondHand',
  locator: 'cg:locator',
  anchored: 'cg:anchored',
} as const;

/** One hop to annotate: a trace hop, or any citation with its sources' ids. */
export interface CitationToAnnotate {
  citationId: string;
  claimId: string;
  claimText: string;
  quote: string;
  stance: string;
  side?: string;
  saidById: string;
  citesId: string | null;
  evidencedInId: string;
  secondHand: boolean;
  locator: string | null;
}

/**
 * Citations as W3C Web Annotations: an `AnnotationPage` whose `items` hold one `Annotation`
 * per citation, in the order given. Each annotation's id is its citation's IRI
 * (`urn:claimgraph:citation:…`: the citation IS the annotation of its quote); its target is
 * the document the quote is verbatim in (`evidencedIn`) as a `SpecificResource` with a
 * `TextQuoteSelector` (exact, prefix, suffix) and, when the quote is found in that
 * document's stored text (`texts`, by source id: see anchorQuote), a `TextPositionSelector`
 * (start, end in code points). Without a stored text, or when the quote is not in it, the
 * target has the TextQuoteSelector with `exact` alone and `anchored: false`. The body
 * (motivation `describing`) is the claim's text (purpose `describing`) and the stance as a
 * tag (purpose `tagging`); `claim`, `saidBy`, `cites`, `stance`, `side`, `secondHand` and
 * `locator` say the same in claimgraph's terms (second context). Nothing says the claim is
 * true: the annotation says where a source says (or disputes) it.
 */
export function citationAnnotations(citations: readonly CitationToAnnotate[], texts: ReadonlyMap<string, string>): Record<string, unknown> {
  const items = citations.map((c) => {
    const text = texts.get(c.evidencedInId);
    const anchor = text === undefined ? null : anchorQuote(text, c.quote);
    const selector = anchor
      ? [
          { type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
          { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
        ]
      : [{ type: 'TextQuoteSelector', exact: c.quote }];
    return {
      id: recordIri(c.citationId),
      type: 'Annotation',
      motivation: 'describing',
      body: [
        { type: 'TextualBody', value: c.claimText, format: 'text/plain', purpose: 'describing' },
        { type: 'TextualBody', value: c.stance, format: 'text/plain', purpose: 'tagging' },
      ],
      target: { type: 'SpecificResource', source: recordIri(c.evidencedInId), selector },
      claim: recordIri(c.claimId),
      saidBy: recordIri(c.saidById),
      ...(c.citesId ? { cites: recordIri(c.citesId) } : {}),
      stance: c.stance,
      ...(c.side ? { side: c.side } : {}),
      secondHand: c.secondHand,
      ...(c.locator ? { locator: c.locator } : {}),
      anchored: anchor !== null,
    };
  });
  return { '@context': [ANNO_CONTEXT, CG_ANNO_CONTEXT], type: 'AnnotationPage', items };
}
