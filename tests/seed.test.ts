import { readFileSync } from 'node:fs';
import { ANONYMOUS } from '../src/model/caller.js';
import { describeSkipped, readSeedSets, loadSeed } from '../src/seed/load-seed.js';
import { importRequests } from '../src/write/import-requests.js';
import { upsertRecords } from '../src/write/write-path.js';
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

  it('gives every record an explicit id, so that loading it again matches every record', () => {
    const records = Object.entries(graph).filter(([key]) => key !== 'notes').flatMap(([, list]) => list);
    expect(records.filter((r) => typeof r.id !== 'string' || !/^[a-z]+:[a-z0-9-]+$/.test(r.id))).toEqual([]);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('records firstHand (true or false) at every trail end, and never firstHand true on a citation that names a source', () => {
    const articleId = graph.sources!.find((s) => s.kind === 'ARTICLE')!.id;
    const ends = graph.citations!.filter((c) => c.citesId == null);
    expect(ends.filter((c) => typeof c.firstHand !== 'boolean').map((c) => c.id)).toEqual([]);
    // The article's own voice: a news write-up, not first-hand for what it says unattributed.
    expect(ends.filter((c) => c.sourceId === articleId && c.firstHand !== false).map((c) => c.id)).toEqual([]);
    expect(graph.citations!.filter((c) => c.citesId != null && c.firstHand === true).map((c) => c.id)).toEqual([]);
  });

  it('says in a note why each claim’s trail ends where it does', () => {
    const trailEndNotes = (graph.notes as string[]).filter((note) => note.startsWith('Trail end')).join(' ');
    // Ids are `<kind>:<slug>` (checked above): no character in them needs escaping.
    const named = (id: string) => new RegExp(`${id}(?![a-z0-9-])`).test(trailEndNotes);
    expect(graph.claims!.map((c) => c.id).filter((id) => !named(id))).toEqual([]);
  });

  it('states its record counts truly in seed/README.md', () => {
    const readme = readFileSync('seed/README.md', 'utf8');
    const line = /`article-000\/`[\s\S]*?It holds ([^.]*)\./.exec(readme)![1]!.replace(/\s+/g, ' ');
    const stated = Object.fromEntries([...line.matchAll(/(\d+) (\w+)/g)].map((m) => [m[2], Number(m[1])]));
    const actual = Object.fromEntries(Object.entries(graph).filter(([key]) => key !== 'notes').map(([key, list]) => [key, list.length]));
    expect(stated).toEqual(actual);
  });

  // Regressions from the review of issue 14 (part 6): attributions the article does not make, hedges cut, allegations as origins.
  const REPORT = 'source:heritage-report-hold-china-and-mexico-accountable';
  const CONGRESS = 'source:congressional-reports';
  const ARTICLE = 'source:article';
  const citationsOf = (claimId: string) => graph.citations!.filter((c) => c.claimId === claimId);
  const claimText = (claimId: string) => graph.claims!.find((c) => c.id === claimId)!.text as string;

  it('the article, not the Heritage report, relays the congressional reports', () => {
    // ¶12 says "Congressional reports revealed …" in the article's own voice; nowhere does it say the report names them.
    const relays = graph.citations!.filter((c) => c.citesId === CONGRESS);
    expect(relays.length).toBeGreaterThan(0);
    expect(relays.filter((c) => c.sourceId !== ARTICLE).map((c) => c.id)).toEqual([]);
    const p12 = graph.citations!.filter((c) => c.locator === '¶12');
    const p12Claims = [...new Set(p12.map((c) => c.claimId))].sort();
    expect(p12Claims).toEqual([
      'claim:ccp-13-percent-rebate-highest-potential-export-subsidy-in-2020',
      'claim:ccp-directly-subsidizes-fentanyl-materials-production-and-export',
      'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent',
      'claim:ccp-rebate-scheme-encourages-export-of-14-fentanyl-precursors',
    ]);
    for (const claimId of p12Claims) {
      const hops = citationsOf(claimId).map((c) => [c.sourceId, c.citesId ?? null, c.evidencedInId ?? null, c.stance]);
      expect(hops.sort()).toEqual([
        [ARTICLE, CONGRESS, null, 'MENTIONS'],
        [CONGRESS, null, ARTICLE, 'SUPPORTS'],
      ]);
    }
    // ¶12 is not the report's: no citation of the report sits there.
    expect(p12.filter((c) => c.sourceId === REPORT || c.citesId === REPORT).map((c) => c.id)).toEqual([]);
    // The ids of the moved hops stay; the report's own hops of these claims are gone.
    expect(p12.map((c) => c.id).filter((id) => id.endsWith('--report'))).toEqual([]);
  });

  it('the DEA quote keeps "estimated", and so does the claim', () => {
    const claimId = 'claim:government-seized-enough-fentanyl-in-2021-to-kill-every-american';
    const dea = citationsOf(claimId).find((c) => c.sourceId === 'source:dea-estimate-fentanyl-seized-2021')!;
    expect(dea.quote).toContain('estimated');
    expect(claimText(claimId)).toMatch(/^The DEA estimated that /);
    // The article's relay and the DEA's hop quote the same words, so no hedge reads as added or cut.
    const relay = citationsOf(claimId).find((c) => c.citesId === dea.sourceId)!;
    expect(dea.quote).toBe(relay.quote);
  });

  it('no firstHand: true on a think tank\'s allegation about another actor\'s conduct', () => {
    const thinkTanks = new Set(graph.actors!.filter((a) => a.kind === 'THINK_TANK').map((a) => a.id));
    const byThinkTank = new Set(graph.sources!.filter((s) => thinkTanks.has(s.publisherId)).map((s) => s.id));
    expect([...byThinkTank]).toEqual([REPORT]);
    const firstHand = (claimId: string) => citationsOf(claimId).find((c) => byThinkTank.has(c.sourceId) && c.citesId == null)!.firstHand;
    // What the report alleges the CCP (or the cartels) did, do or intend: not the report's own act.
    const allegations = [
      'claim:cartel-ccp-collaboration-destabilizing-crisis',
      'claim:ccp-establishing-new-asymmetric-warfare-against-americans',
      'claim:ccp-funds-supports-drives-fentanyl-threat',
      'claim:ccp-leveraged-drug-deaths-sought-human-rights-sanctions-suspension',
      'claim:ccp-promotes-fentanyl-export-to-poison-us',
      'claim:ccp-refused-to-discuss-fentanyl-during-biden-tenure',
      'claim:ccp-sought-human-rights-sanctions-suspension-for-resuming-drug-negotiations',
      'claim:ccp-uses-fentanyl-as-asymmetric-warfare',
      'claim:corrupt-mexican-officials-collude-with-traffickers',
      'claim:fentanyl-deaths-directly-sourced-from-ccp',
    ];
    expect(allegations.filter((id) => firstHand(id) !== false)).toEqual([]);
    // The report is first-hand only for its own judgements, forecasts, warnings and recommendations: exactly these.
    const own = graph.citations!.filter((c) => byThinkTank.has(c.sourceId) && c.firstHand === true).map((c) => c.claimId).sort();
    expect(own).toEqual([
      'claim:accountability-cost-pales-beside-lives-at-risk',
      'claim:biden-fentanyl-diplomacy-unlikely-to-curb-menace',
      'claim:biden-fentanyl-efforts-may-be-hollow',
      'claim:ccp-likely-to-exploit-negotiations-for-concessions',
      'claim:ccp-role-largely-unknown-to-public',
      'claim:chinese-statements-allowed-precursor-production-to-continue-while-suppliers-evade-rules',
      'claim:chinese-statements-failed-to-impose-costs-on-chemical-industry',
      'claim:fentanyl-crisis-fundamentally-different-from-past-drug-challenge',
      'claim:fentanyl-overdoses-threaten-americas-social-political-economic-health',
      'claim:most-americans-unaware-of-ccp-role',
      'claim:passive-acceptance-puts-millions-of-americans-at-risk',
      'claim:recommendation-increase-penalties-for-financial-institutions',
      'claim:recommendation-move-pharmaceutical-supply-chain-from-china',
      'claim:recommendation-pressure-intelligence-agencies-disclose-ccp-involvement',
      'claim:recommendation-us-acknowledge-no-sincere-partners-in-china-mexico',
    ]);
    // A first-hand claim of the report never states the CCP's conduct as a fact in its own main clause.
    for (const claimId of own) expect(claimText(claimId)).not.toMatch(/^The CCP (is|has|did|uses|promotes|leveraged|sought|refused)\b(?! likely)/);
    // Each judgement is explained in a note.
    const notes = (graph.notes as string[]).join(' ');
    for (const claimId of allegations) expect(notes).toContain(claimId);
  });

  it('words claims no more strongly than the text: "are found entering", "revealed direct CCP subsidies"', () => {
    expect(claimText('claim:chinese-precursors-enter-mexico-by-air-postal-sea')).toContain('are found entering Mexico');
    expect(claimText('claim:ccp-directly-subsidizes-fentanyl-materials-production-and-export')).toMatch(/^Congressional reports revealed direct CCP subsidies for /);
    expect(claimText('claim:ccp-rebate-scheme-encourages-export-of-14-fentanyl-precursors')).not.toMatch(/operates/);
    expect(claimText('claim:cartel-ccp-collaboration-destabilizing-crisis')).not.toContain('for the United States');
    expect(claimText('claim:cartel-ccp-crisis-annual-deaths-exceed-vietnam-war-casualties')).not.toContain('driven');
  });

  it('quotes the same words for a relay and the hop it names when both are read in one sentence, so no false drift appears', () => {
    const mismatched = graph.citations!.flatMap((relay) =>
      relay.citesId == null
        ? []
        : graph.citations!
            .filter((named) => named.claimId === relay.claimId && named.sourceId === relay.citesId && named.evidencedInId === relay.sourceId && named.locator === relay.locator)
            .filter((named) => named.quote !== relay.quote)
            .map((named) => `${relay.id} / ${named.id}`),
    );
    expect(mismatched).toEqual([]);
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
    // Two claims carry 13% (the raise, and its rank among export subsidies): the raise is among the hits.
    const claim = data!.search.map((hit: any) => hit.node).find((c: any) => c.id === 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent');
    expect(claim.text).toContain('13%');
    const articleHop = claim.citations.find((c: any) => c.source.title === paragraphs[0]);
    expect(articleHop.quote).toBe('In 2020, the CCP even raised the rebate to 13%, the highest potential subsidy for exported products at that time.');
    expect(articleHop.cites.title).toBe('[Congressional reports]');
    expect(claim.attributedTo.map((s: any) => s.title)).toContain('[Congressional reports]');
    expect(claim.attributedTo.map((s: any) => s.title)).not.toContain('Hold China and Mexico Accountable for America’s Fentanyl Crisis');
  });

  it('follows the rebate claim from the article to the congressional reports, which it names itself', async () => {
    const { data } = await execute(`{
      claim(id: "claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent") {
        citations { source { id } cites { id } evidencedIn { id } }
      }
    }`);
    const hops = data!.claim.citations.map((c: any) => [c.source.id, c.cites?.id ?? null]);
    expect([...hops].sort()).toEqual([
      ['source:article', 'source:congressional-reports'],
      ['source:congressional-reports', null],
    ]);
    // The congressional reports' hop is known only through the article.
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

describe('a citation imported without an id gets a stable id: importing the same file twice duplicates nothing', () => {
  const suite = graphqlSuite();
  /** A file as an import reads it: sources and claims with ids, citations without. */
  const file = JSON.stringify({
    sources: [
      { id: 'source:stable-id-article', title: 'An article', kind: 'ARTICLE' },
      { id: 'source:stable-id-report', title: 'A report', kind: 'REPORT' },
    ],
    claims: [{ id: 'claim:stable-id', text: 'A claim whose citations come without ids.' }],
    citations: [
      { claimId: 'claim:stable-id', sourceId: 'source:stable-id-article', citesId: 'source:stable-id-report', quote: 'The report said so.', stance: 'MENTIONS' },
      { claimId: 'claim:stable-id', sourceId: 'source:stable-id-report', evidencedInId: 'source:stable-id-article', quote: 'said so', stance: 'SUPPORTS', firstHand: true },
    ],
  });
  const importFile = () => upsertRecords(suite.db(), ANONYMOUS, importRequests(JSON.parse(file)));
  const storedCitationIds = () =>
    suite.db().write(async (tx) => (await tx.run('MATCH (c:Citation) RETURN c.id AS id ORDER BY id')).records.map((r) => r.get('id') as string));

  it('gives each citation the same id on every import, and the second import creates nothing', async () => {
    const first = await importFile();
    expect(first.results.map((r) => r.status)).toEqual(['created', 'created', 'created', 'created', 'created']);
    const firstIds = first.results.filter((r) => r.kind === 'citation').map((r) => r.id);
    expect(firstIds).toHaveLength(2);
    expect(new Set(firstIds).size).toBe(2);
    for (const id of firstIds) expect(id).toMatch(/^citation:/);
    expect(await storedCitationIds()).toEqual([...firstIds].sort());
    const before = await countGraph(suite.db());

    const second = await importFile();
    expect(second.results.filter((r) => r.status !== 'unchanged')).toEqual([]);
    expect(second.results.filter((r) => r.kind === 'citation').map((r) => r.id)).toEqual(firstIds);
    expect(await storedCitationIds()).toEqual([...firstIds].sort());
    expect(await countGraph(suite.db())).toEqual(before);
    const { data } = await suite.execute('{ claim(id: "claim:stable-id") { citations { id } } }');
    expect(data!.claim.citations.map((c: { id: string }) => c.id).sort()).toEqual([...firstIds].sort());
  });
});

describe('the seed article, stored as its source\'s text', () => {
  const suite = graphqlSuite(loadSeed);

  it('is the article word for word, and a trace loads it only when asked for', async () => {
    const { data, errors, queries } = await suite.execute(`{
      trace(claimId: "claim:us-drug-overdose-deaths-108000-in-2023") { nodes { source { id text } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.trace.nodes).toEqual([{ source: { id: 'source:article', text: article } }]);
    expect(queries).toEqual(['trace-claims', 'records-by-id']);
  });
});
