/**
 * Quote anchors on the seed: `Citation.anchor` over GraphQL (through the request's loaders)
 * and the Web Annotation export of every seed claim's trace. Every seed quote is in the
 * article's stored text, so every one anchors.
 */
import { exportTrace } from '../src/interchange/graph/trace-exports.js';
import { loadSeed, readSeedSets } from '../src/seed/load-seed.js';
import { graphqlSuite } from './support/harness.js';

const suite = graphqlSuite(loadSeed);
/** The seed's citations, all evidenced in the article. */
const SEED_CITATIONS = (readSeedSets()[0]!.graph.citations as unknown[]).length;

describe('Citation.anchor', () => {
  it('anchors every seed citation in the article, at code-point offsets that select the quote', async () => {
    const { data, errors, queries } = await suite.execute(`{
      source(id: "source:article") { text }
      claims(first: 50) { edges { node { citations { id quote anchor { found exact prefix suffix start end in { id } } } } } }
    }`);
    expect(errors).toBeUndefined();
    const text = Array.from(data!.source.text as string);
    const citations = (data!.claims.edges as any[]).flatMap((e) => e.node.citations);
    expect(citations).toHaveLength(SEED_CITATIONS);
    for (const c of citations) {
      expect(c.anchor).toMatchObject({ found: true, exact: c.quote, in: { id: 'source:article' } });
      expect(text.slice(c.anchor.start, c.anchor.end).join('')).toBe(c.quote);
      expect(text.slice(Math.max(0, c.anchor.start - 32), c.anchor.start).join('')).toBe(c.anchor.prefix);
      expect(text.slice(c.anchor.end, c.anchor.end + 32).join('')).toBe(c.anchor.suffix);
    }
    // The article is read once for all the anchors (batched, cached neighbour reads).
    expect(queries.filter((q) => q === 'neighbours-out').length).toBeLessThanOrEqual(4);
  });

  it('is found: false when the evidence document has text but not the quote, and null when it has no text', async () => {
    const write = await suite.execute(`mutation {
      a: upsertCitation(input: { id: "citation:wa-not-in-text", claimId: "claim:us-drug-overdose-deaths-108000-in-2023", sourceId: "source:article", quote: "Words the article never wrote.", stance: SUPPORTS }) { id }
      b: upsertCitation(input: { id: "citation:wa-no-text", claimId: "claim:us-drug-overdose-deaths-108000-in-2023", sourceId: "source:heritage-report-hold-china-and-mexico-accountable", quote: "Some words.", stance: SUPPORTS }) { id }
    }`);
    expect(write.errors).toBeUndefined();
    const { data } = await suite.execute(`{
      a: node(id: "citation:wa-not-in-text") { ... on Citation { anchor { found exact start end in { id } } } }
      b: node(id: "citation:wa-no-text") { ... on Citation { anchor { found } } }
    }`);
    expect(data!.a.anchor).toEqual({ found: false, exact: null, start: null, end: null, in: { id: 'source:article' } });
    expect(data!.b.anchor).toBeNull();
  });
});

describe('the Web Annotation export on the seed', () => {
  it("anchors every hop of every seed claim's trace (all are evidenced in the article)", async () => {
    const { data } = await suite.execute('{ claims(first: 50) { edges { node { id } } } }');
    const ids = (data!.claims.edges as any[]).map((e) => e.node.id as string);
    expect(ids).toHaveLength(50);
    let hops = 0;
    for (const id of ids) {
      const doc = JSON.parse((await exportTrace(suite.db(), id, 6, 'anno'))!) as { items: any[] };
      for (const item of doc.items.filter((i) => !String(i.id).includes(':wa-'))) {
        hops++;
        expect(item).toMatchObject({ anchored: true, target: { source: 'urn:claimgraph:source:article' } });
        expect(item.target.selector.map((s: any) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      }
    }
    expect(hops).toBe(SEED_CITATIONS);
  });
});
