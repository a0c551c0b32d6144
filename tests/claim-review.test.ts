import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import jsonld from 'jsonld';
import { CLAIM_REVIEW_IMPORTER, claimReviewCommand } from '../src/cli/claim-review-command.js';
import type { Database } from '../src/db/database.js';
import { claimReviewJsonLd } from '../src/interchange/claim-review/claim-review-json-ld.js';
import { claimReviewToGraph } from '../src/interchange/claim-review/claim-review-to-graph.js';
import { readClaimReviews } from '../src/interchange/claim-review/claim-reviews-read.js';
import { localDocumentLoader } from '../src/interchange/claim-review/local-document-loader.js';
import { importRequests } from '../src/write/import-requests.js';
import { softDeleteRecord, upsertRecords } from '../src/write/write-path.js';
import { countGraph, graphqlSuite } from './support/harness.js';

/**
 * ClaimReview import and export against the real database, through `claimgraph claimreview`
 * as a commander program around the command module (the way main.ts will mount it).
 */
const suite = graphqlSuite();
const FIXTURES = 'tests/fixtures/claim-review';
const FORMS = ['claim-person', 'creativework-organization', 'array', 'graph', 'fact-check-tools'].map((name) => `${FIXTURES}/${name}.json`);
const S = 'http://schema.org/';

async function claimgraph(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const withDatabase = <T>(work: (db: Database) => Promise<T>) => work(suite.db());
  const program = new Command('claimgraph').exitOverride().addCommand(claimReviewCommand(withDatabase, { out: (l) => out.push(l), err: (l) => err.push(l) }));
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'claimgraph', ...args]);
    return { code: Number(process.exitCode ?? 0), out, err };
  } finally {
    process.exitCode = 0;
  }
}

const CLAIM = `query ($id: ID!) {
  claim(id: $id) {
    text
    reviews { verdict ratingValue bestRating worstRating date url reviewer { name kind } meta { createdBy } }
    citations { quote locator stance source { title kind url } evidencedIn { title url } speakers { name kind } }
  }
}`;

async function claimByText(text: string): Promise<string> {
  const { data, errors } = await suite.execute(`query ($t: String!) { search(text: $t, kinds: [CLAIM]) { node { ... on Claim { id text } } } }`, { t: text });
  expect(errors).toBeUndefined();
  return data!.search.find((hit: any) => hit.node.text === text).node.id;
}

describe('claimgraph claimreview import', () => {
  it('writes every form, attributed as the README says', async () => {
    const answer = await claimgraph('claimreview', 'import', ...FORMS);
    expect(answer.err).toEqual([]);
    expect(answer.code).toBe(0);
    expect(answer.out.at(-1)).toMatch(/^8 reviews: \d+ records created, 0 updated, 0 unchanged, 0 kept as they are$/);

    const id = await claimByText('The Moon is made of green cheese.');
    const { data } = await suite.execute(CLAIM, { id });
    expect(data!.claim.reviews).toEqual([
      {
        verdict: 'False',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        date: '2025-03-14',
        url: 'https://factcheck.example.org/2025/03/moon-cheese',
        reviewer: { name: 'Ada Example', kind: 'PERSON' },
        meta: { createdBy: CLAIM_REVIEW_IMPORTER.id },
      },
    ]);
    expect(data!.claim.citations).toHaveLength(3);
    for (const citation of data!.claim.citations) {
      expect(citation).toMatchObject({
        quote: 'The Moon is made of green cheese.',
        locator: 'ClaimReview claimReviewed',
        stance: 'SUPPORTS',
        evidencedIn: { title: 'Fact check: is the Moon made of cheese?', url: 'https://factcheck.example.org/2025/03/moon-cheese' },
        speakers: [{ name: 'Professor Invented', kind: 'PERSON' }],
      });
    }
  });

  it('the trace of an imported claim ends at its appearances, unverified: known only through the fact-check', async () => {
    const id = await claimByText('Tides stop on Sundays.');
    const { data, errors } = await suite.execute(`query ($id: ID!) { trace(claimId: $id) { ends { kind secondHand explanation } } }`, { id });
    expect(errors).toBeUndefined();
    expect(data!.trace.ends).toEqual([
      {
        kind: 'DEAD_END',
        secondHand: true,
        explanation: 'unverified beyond Why the sea rests on Sunday: known only through https://checks.example.org/reviews/tide-clock',
      },
    ]);
  });

  it('importing the same files again changes nothing', async () => {
    const before = await countGraph(suite.db());
    const answer = await claimgraph('claimreview', 'import', ...FORMS);
    expect(answer.code).toBe(0);
    expect(answer.out.at(-1)).toMatch(/^8 reviews: 0 records created, 0 updated, \d+ unchanged, 0 kept as they are$/);
    expect(await countGraph(suite.db())).toEqual(before);
  });

  it("leaves a record another caller changed as it is, and says so", async () => {
    const id = await claimByText('Tides stop on Sundays.');
    await upsertRecords(suite.db(), { id: 'alice', role: 'editor' }, [{ kind: 'claim', mode: 'patch', id, input: { appliesFrom: '2024' }, path: 'input' }]);
    const answer = await claimgraph('claimreview', 'import', `${FIXTURES}/creativework-organization.json`);
    expect(answer.code).toBe(0);
    expect(answer.out).toContain(`kept ${id} as it is (changed by alice)`);
    const { data } = await suite.execute(`query ($id: ID!) { claim(id: $id) { appliesFrom reviews { verdict } } }`, { id });
    expect(data!.claim).toEqual({ appliesFrom: '2024', reviews: [{ verdict: 'Pants on fire' }] });
  });

  it('reports each problem as FILE#pointer, exits 1, and writes the ClaimReviews without problems', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimreview-'));
    try {
      const notJson = join(dir, 'not.json');
      writeFileSync(notJson, '{ "claims": [');
      const answer = await claimgraph('claimreview', 'import', `${FIXTURES}/broken.json`, notJson, join(dir, 'missing.json'));
      expect(answer.code).toBe(1);
      expect(answer.err).toEqual(
        expect.arrayContaining([
          `${FIXTURES}/broken.json#/0: claimReviewed is missing`,
          `${FIXTURES}/broken.json#/3/datePublished: date: 2023-02-30 is not a day of the calendar`,
          expect.stringMatching(new RegExp(`^${notJson}#: not JSON`)),
          expect.stringMatching(/missing\.json: cannot be read \(ENOENT\)$/),
        ]),
      );
      expect(answer.out.at(-1)).toMatch(/^1 reviews: 3 records created/);
      expect(await claimByText('Water boils at 100 degrees Celsius at sea level.')).toMatch(/^claim:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('claimgraph claimreview export', () => {
  it("prints a claim's reviews as ClaimReview JSON-LD that jsonld.js expands offline to schema.org terms", async () => {
    const id = await claimByText('Drinking seawater cures the hiccups.');
    const answer = await claimgraph('claimreview', 'export', id);
    expect(answer.code).toBe(0);
    const exported = JSON.parse(answer.out.join('\n'));
    expect(exported.map((r: any) => [r['@context'], r['@type'], r.reviewRating.alternateName, r.author.name])).toEqual([
      ['https://schema.org', 'ClaimReview', 'False', 'Example Health Checks'],
      ['https://schema.org', 'ClaimReview', 'Unproven', 'otherchecks.example.com'],
    ]);
    const expanded = (await jsonld.expand(exported, { documentLoader: localDocumentLoader as never })) as any[];
    for (const node of expanded) {
      expect(node['@type']).toEqual([`${S}ClaimReview`]);
      expect(node[`${S}claimReviewed`]).toEqual([{ '@value': 'Drinking seawater cures the hiccups.' }]);
      expect(node[`${S}reviewRating`][0][`${S}alternateName`]).toHaveLength(1);
      expect(node[`${S}itemReviewed`][0][`${S}author`][0][`${S}name`]).toEqual([{ '@value': 'Viral post on an example network' }]);
    }
  });

  it('round-trips: importing what export printed, for every imported claim, changes nothing', async () => {
    const claims = await suite.db().write(async (tx) => (await tx.run('MATCH (r:Review)-[:REVIEWS]->(c:Claim) RETURN DISTINCT c.id AS id')).records.map((r) => r.get('id') as string));
    expect(claims.length).toBeGreaterThanOrEqual(7);
    const before = await countGraph(suite.db());
    for (const id of claims) {
      const read = await readClaimReviews(suite.db(), id);
      const { graph, problems } = claimReviewToGraph(claimReviewJsonLd(read!));
      expect(problems).toEqual([]);
      const { results } = await upsertRecords(suite.db(), CLAIM_REVIEW_IMPORTER, importRequests(graph as never), { keepOthersEdits: true });
      expect(results.filter((r) => r.status !== 'unchanged' && r.status !== 'skipped').map((r) => [r.id, r.status])).toEqual([]);
    }
    expect(await countGraph(suite.db())).toEqual(before);
  });

  it('leaves out a deleted review, and exits 1 for a claim that does not exist or an id that is not a claim id', async () => {
    const id = await claimByText('Drinking seawater cures the hiccups.');
    const read = await readClaimReviews(suite.db(), id);
    const other = read!.reviews.find((r) => r.review.verdict === 'Unproven')!.review.id;
    await softDeleteRecord(suite.db(), { id: 'alice', role: 'editor' }, other);
    const answer = await claimgraph('claimreview', 'export', id);
    expect(answer.code).toBe(0);
    expect(JSON.parse(answer.out.join('\n')).map((r: any) => r.reviewRating.alternateName)).toEqual(['False']);
    const missing = await claimgraph('claimreview', 'export', 'claim:no-such-claim');
    expect(missing).toMatchObject({ code: 1, out: [], err: ['claimgraph: no claim has the id claim:no-such-claim'] });
    const wrong = await claimgraph('claimreview', 'export', 'source:x');
    expect(wrong.code).toBe(1);
    expect(wrong.err[0]).toMatch(/is not a claim id/);
  });
});
