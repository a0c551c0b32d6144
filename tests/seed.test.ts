import { readFileSync } from 'node:fs';
import { describeSkipped, readSeedSets, loadSeed } from '../src/seed/load-seed.js';
import { countGraph, graphqlSuite } from './support/harness.js';

const article = readFileSync('seed/article-000/article.txt', 'utf8');
const [seed] = readSeedSets();
const graph = seed!.graph as Record<string, any[]>;
/** Paragraphs as the seed's locators count them: non-empty lines, from ¶1. */
const paragraphs = article.split('\n').filter((line) => line.trim() !== '');

describe('the seed graph, as data', () => {
  it('is the one article set', () => {
    expect(readSeedSets().map((s) => s.name)).toEqual(['article-000']);
  });

  it.each(graph.citations!.map((c) => [c.id, c]))('%s quotes the article verbatim, where its locator says', (_id, citation) => {
    expect(article).toContain(citation.quote);
    const paragraph = Number(/^¶(\d+)$/.exec(citation.locator)![1]);
    expect(paragraphs[paragraph - 1]).toContain(citation.quote);
  });

  it('gives every claim at least one citation', () => {
    const cited = new Set(graph.citations!.map((c) => c.claimId));
    expect(graph.claims!.filter((c) => !cited.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it('invents no URL, CAS number or date the article does not give', () => {
    const text = JSON.stringify({ ...graph, notes: undefined });
    expect(text).not.toMatch(/https?:\/\//);
    expect(graph.chemicals!.filter((c) => c.casNumber)).toEqual([]);
    for (const record of [...graph.sources!, ...graph.claims!]) {
      for (const key of ['date', 'appliesFrom', 'appliesUntil']) {
        if (record[key]) expect(article).toContain(record[key]);
      }
    }
  });

  it('names the article itself by its headline, with nothing the text does not give', () => {
    const source = graph.sources!.find((s) => s.kind === 'ARTICLE')!;
    expect(source.title).toBe(paragraphs[0]);
    expect(source).not.toHaveProperty('url');
    expect(source).not.toHaveProperty('date');
    expect(source).not.toHaveProperty('publisherId');
  });
});

describe('the seed graph, loaded', () => {
  const suite = graphqlSuite();
  const { execute } = suite;
  const counts = () => countGraph(suite.db());

  it('loads every record through the write path', async () => {
    const totals = await loadSeed(suite.db());
    const records = Object.entries(graph)
      .filter(([key]) => key !== 'notes')
      .reduce((n, [, list]) => n + list.length, 0);
    expect(totals).toEqual({ created: records, updated: 0, unchanged: 0, skipped: 0, skippedRecords: [] });
  });

  it('loads idempotently: twice gives the same graph', async () => {
    const before = await counts();
    const totals = await loadSeed(suite.db());
    expect(totals.created + totals.updated).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('never overwrites a record someone else changed: it keeps it and says so', async () => {
    const alice = { id: 'alice', role: 'editor' as const };
    const original = (await execute('{ actor(id: "actor:heritage-foundation") { description } }')).data!.actor.description;
    const edited = await execute('mutation { retractSource(id: "source:congressional-reports") { retracted meta { revision } } }', {}, alice);
    expect(edited.errors).toBeUndefined();
    const renamed = await execute('mutation { patchActor(id: "actor:heritage-foundation", input: { description: "Edited by hand." }) { id } }', {}, alice);
    expect(renamed.errors).toBeUndefined();
    const totals = await loadSeed(suite.db());
    expect(totals.created + totals.updated).toBe(0);
    expect(totals.skipped).toBe(2);
    expect(totals.skippedRecords).toEqual([
      { id: 'actor:heritage-foundation', reason: 'changed by alice' },
      { id: 'source:congressional-reports', reason: 'changed by alice' },
    ]);
    expect(describeSkipped(totals)).toContain('seed: kept source:congressional-reports as it is (changed by alice)');
    const { data } = await execute('{ source(id: "source:congressional-reports") { retracted meta { updatedBy } } actor(id: "actor:heritage-foundation") { description } }');
    expect(data).toEqual({ source: { retracted: true, meta: { updatedBy: 'alice' } }, actor: { description: 'Edited by hand.' } });
    // Put them back as the seed has them, for the tests below.
    const restored = await execute(
      'mutation ($d: String) { retractSource(id: "source:congressional-reports", retracted: false) { id } patchActor(id: "actor:heritage-foundation", input: { description: $d }) { id } }',
      { d: original },
      alice,
    );
    expect(restored.errors).toBeUndefined();
  });

  it('finds the 13% export rebate claim by "rebate", with its verbatim quote and the sources that say it', async () => {
    const { data, errors } = await execute(`{
      search(text: "rebate", kinds: [CLAIM]) {
        node { ... on Claim { id text citations { quote source { title } cites { title } } attributedTo { title } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const claim = data!.search.map((hit: any) => hit.node).find((c: any) => c.text.includes('13%'));
    expect(claim.id).toBe('claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent');
    const articleHop = claim.citations.find((c: any) => c.source.title === paragraphs[0]);
    expect(articleHop.quote).toBe('In 2020, the CCP even raised the rebate to 13%, the highest potential subsidy for exported products at that time.');
    expect(articleHop.cites.title).toBe('Hold China and Mexico Accountable for America’s Fentanyl Crisis');
    expect(claim.attributedTo.map((s: any) => s.title)).toContain('Hold China and Mexico Accountable for America’s Fentanyl Crisis');
  });

  it('follows the rebate claim from the article through the report to the congressional reports', async () => {
    const { data } = await execute(`{
      claim(id: "claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent") {
        citations { source { id } cites { id } evidencedIn { id } }
      }
    }`);
    const hops = data!.claim.citations.map((c: any) => [c.source.id, c.cites?.id ?? null]);
    expect(hops).toEqual(
      expect.arrayContaining([
        ['source:article', 'source:heritage-report-hold-china-and-mexico-accountable'],
        ['source:heritage-report-hold-china-and-mexico-accountable', 'source:congressional-reports'],
        ['source:congressional-reports', null],
      ]),
    );
    // Every hop beyond the article is known only through the article.
    expect(new Set(data!.claim.citations.map((c: any) => c.evidencedIn.id))).toEqual(new Set(['source:article']));
  });

  it('ends the 2023 overdose figures at the article, which names no source for them', async () => {
    const { data } = await execute(`{
      claim(id: "claim:us-drug-overdose-deaths-108000-in-2023") { citations { quote source { id } cites { id } } }
    }`);
    expect(data!.claim.citations).toEqual([
      {
        quote: 'In 2023, there were 108,000 drug overdose deaths in the U.S.',
        source: { id: 'source:article' },
        cites: null,
      },
    ]);
  });

  it('attributes the report to its publisher and authors as the article names them', async () => {
    const { data } = await execute(`{
      source(id: "source:heritage-report-hold-china-and-mexico-accountable") { title kind publisher { name } authors { name } }
    }`);
    expect(data!.source).toEqual({
      title: 'Hold China and Mexico Accountable for America’s Fentanyl Crisis',
      kind: 'REPORT',
      publisher: { name: 'The Heritage Foundation' },
      authors: [{ name: 'Andrés Martínez-Fernández' }, { name: 'Andrew J. Harding' }],
    });
  });

  it('holds the routes the article names: China to Mexico by air, postal and sea, Mexico into the U.S.', async () => {
    const { data } = await execute('{ routes(first: 50) { edges { node { mode from { name } to { name } } } } }');
    const routes = data!.routes.edges.map((e: any) => `${e.node.from.name} → ${e.node.to.name} by ${e.node.mode}`).sort();
    expect(routes).toEqual(['China → Mexico by AIR', 'China → Mexico by POSTAL', 'China → Mexico by SEA', 'Mexico → United States by UNKNOWN']);
  });
});
