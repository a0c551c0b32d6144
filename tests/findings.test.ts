import { parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ANONYMOUS } from '../src/model/caller.js';
import { queryCost } from '../src/graphql/limits/query-cost.js';
import { MAX_TRACE_FINDINGS } from '../src/graphql/resolvers/findings.js';
import { buildSchema } from '../src/graphql/schema.js';
import { importRequests } from '../src/write/import-requests.js';
import { upsertRecords } from '../src/write/write-path.js';
import { countGraph, graphqlSuite } from './support/harness.js';

/**
 * Fact-checker findings (record kind `finding`): a source a reviewer found for a claim where
 * its trail goes cold, attributed through the review. Synthetic data only. A claim whose
 * trail goes cold: the article cites the blog, the blog names no source (a dead end).
 */
const suite = graphqlSuite((db) =>
  upsertRecords(
    db,
    ANONYMOUS,
    importRequests({
      actors: [{ id: 'actor:f-checker', name: 'Checker', kind: 'ORGANISATION' }],
      sources: [
        { id: 'source:f-article', title: 'Article', kind: 'ARTICLE' },
        { id: 'source:f-blog', title: 'Blog', kind: 'WEBPAGE' },
        { id: 'source:f-stats', title: 'Official statistic', kind: 'DATASET', isPrimary: true },
        { id: 'source:f-survey', title: 'Survey', kind: 'REPORT' },
        { id: 'source:f-glossary', title: 'Glossary', kind: 'WEBPAGE' },
      ],
      claims: [
        { id: 'claim:f-cold', text: 'Something rose by 12 percent.' },
        { id: 'claim:f-other', text: 'Something else.' },
        { id: 'claim:f-cap', text: 'A claim with many findings.' },
      ],
      citations: [
        { id: 'citation:f-0', claimId: 'claim:f-cold', sourceId: 'source:f-article', citesId: 'source:f-blog', quote: 'rose by 12%', stance: 'SUPPORTS' },
        { id: 'citation:f-1', claimId: 'claim:f-cold', sourceId: 'source:f-blog', quote: 'up 12 percent', stance: 'SUPPORTS' },
        { id: 'citation:f-2', claimId: 'claim:f-other', sourceId: 'source:f-article', quote: 'else', stance: 'SUPPORTS' },
      ],
    }),
  ),
);
const { execute } = suite;

async function ok(query: string, variables?: Record<string, unknown>) {
  const { data, errors, queries } = await execute(query, variables);
  expect(errors).toBeUndefined();
  return { data: data!, queries };
}

const TRACE = `query ($id: ID!) {
  trace(claimId: $id) {
    nodes { source { id } role }
    hops { citation { id } from { id } to { id } }
    paths { sourceIds end { kind source { id } } }
    origins { id }
    deadEnds { source { id } explanation }
    corroboration { sources { id } upstream { id } }
    independentLines
    retracted { id }
  }
}`;
const TRACE_FINDINGS = `query ($id: ID!) {
  trace(claimId: $id) {
    deadEnds { source { id } }
    findings { finding { id } relation quote locator source { id } beyond { id } afterTrailEnd review { id } reviewer { id } }
  }
}`;

let traceBefore: unknown;

describe('findings of a review', () => {
  beforeAll(async () => {
    // The trace as it was before any review: findings must leave it exactly so.
    traceBefore = (await ok(TRACE, { id: 'claim:f-cold' })).data.trace;
    await ok(`mutation {
      upsertReview(input: { id: "review:f-review", claimId: "claim:f-cold", reviewerId: "actor:f-checker", verdict: "Accurate" }) { id }
    }`);
  });

  it('upsertFinding creates each relation (MATCHES, CONTRADICTS, CONTEXT) and answers it as stored', async () => {
    const { data } = await ok(`mutation {
      matches: upsertFinding(input: {
        id: "finding:f-matches", reviewId: "review:f-review", sourceId: "source:f-stats", relation: MATCHES,
        quote: "Increase: 12.0%", locator: "table 3", beyondId: "source:f-blog", note: "The blog names no source.\\nThe dataset does."
      }) { id relation quote locator note source { id } beyond { id } review { id claim { id } reviewer { id } } meta { revision createdBy } }
      contradicts: upsertFinding(input: {
        id: "finding:f-contradicts", reviewId: "review:f-review", sourceId: "source:f-survey", relation: CONTRADICTS, beyondId: "source:f-article"
      }) { id relation beyond { id } }
      context: upsertFinding(input: {
        id: "finding:f-context", reviewId: "review:f-review", sourceId: "source:f-glossary", relation: CONTEXT
      }) { id relation quote beyond { id } }
    }`);
    expect(data.matches).toEqual({
      id: 'finding:f-matches',
      relation: 'MATCHES',
      quote: 'Increase: 12.0%',
      locator: 'table 3',
      note: 'The blog names no source.\nThe dataset does.',
      source: { id: 'source:f-stats' },
      beyond: { id: 'source:f-blog' },
      review: { id: 'review:f-review', claim: { id: 'claim:f-cold' }, reviewer: { id: 'actor:f-checker' } },
      meta: { revision: 1, createdBy: 'test' },
    });
    expect(data.contradicts).toEqual({ id: 'finding:f-contradicts', relation: 'CONTRADICTS', beyond: { id: 'source:f-article' } });
    expect(data.context).toEqual({ id: 'finding:f-context', relation: 'CONTEXT', quote: null, beyond: null });
  });

  it('Review.findings lists them by id, first-bounded, with findingsCount beside', async () => {
    const { data } = await ok(`{
      review(id: "review:f-review") { findings { id relation } two: findings(first: 2) { id } findingsCount }
    }`);
    expect(data.review).toEqual({
      findings: [
        { id: 'finding:f-context', relation: 'CONTEXT' },
        { id: 'finding:f-contradicts', relation: 'CONTRADICTS' },
        { id: 'finding:f-matches', relation: 'MATCHES' },
      ],
      two: [{ id: 'finding:f-context' }, { id: 'finding:f-contradicts' }],
      findingsCount: 3,
    });
    const big = await execute('{ review(id: "review:f-review") { findings(first: 1001) { id } } }');
    expect(big.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('finding(id) and node(id) find a finding; finding(id) of another kind is null', async () => {
    const { data } = await ok(`{
      finding(id: "finding:f-matches") { id relation }
      node(id: "finding:f-context") { __typename id }
      wrongKind: finding(id: "review:f-review") { id }
      none: finding(id: "finding:f-nowhere") { id }
    }`);
    expect(data).toEqual({
      finding: { id: 'finding:f-matches', relation: 'MATCHES' },
      node: { __typename: 'Finding', id: 'finding:f-context' },
      wrongKind: null,
      none: null,
    });
  });

  it('patchFinding changes only the fields given, and history keeps the old state', async () => {
    const { data } = await ok(`mutation {
      patchFinding(id: "finding:f-context", input: { locator: "entry 'rate'", note: "Defines the rate." }) { relation source { id } locator note meta { revision } }
    }`);
    expect(data.patchFinding).toEqual({ relation: 'CONTEXT', source: { id: 'source:f-glossary' }, locator: "entry 'rate'", note: 'Defines the rate.', meta: { revision: 2 } });
    const history = await ok('{ history(id: "finding:f-context") { revision changed state } }');
    expect(history.data.history.map((h: any) => [h.revision, h.changed])).toEqual([
      [2, ['locator', 'note']],
      [1, expect.any(Array)],
    ]);
    expect(JSON.parse(history.data.history[1].state)).toEqual({ reviewId: 'review:f-review', sourceId: 'source:f-glossary', relation: 'CONTEXT' });
  });
});

describe('Trace.findings', () => {
  it('shows a finding beyond a dead end of the trace with afterTrailEnd, in one batched read', async () => {
    const { data, queries } = await ok(TRACE_FINDINGS, { id: 'claim:f-cold' });
    expect(data.trace.deadEnds).toEqual([{ source: { id: 'source:f-blog' } }]);
    expect(data.trace.findings).toEqual([
      {
        finding: { id: 'finding:f-context' },
        relation: 'CONTEXT',
        quote: null,
        locator: "entry 'rate'",
        source: { id: 'source:f-glossary' },
        beyond: null,
        afterTrailEnd: false,
        review: { id: 'review:f-review' },
        reviewer: { id: 'actor:f-checker' },
      },
      {
        finding: { id: 'finding:f-contradicts' },
        relation: 'CONTRADICTS',
        quote: null,
        locator: null,
        source: { id: 'source:f-survey' },
        // The article is on the trail, but not where it ends.
        beyond: { id: 'source:f-article' },
        afterTrailEnd: false,
        review: { id: 'review:f-review' },
        reviewer: { id: 'actor:f-checker' },
      },
      {
        finding: { id: 'finding:f-matches' },
        relation: 'MATCHES',
        quote: 'Increase: 12.0%',
        locator: 'table 3',
        source: { id: 'source:f-stats' },
        beyond: { id: 'source:f-blog' },
        afterTrailEnd: true,
        review: { id: 'review:f-review' },
        reviewer: { id: 'actor:f-checker' },
      },
    ]);
    expect(queries).toEqual(['trace-claims', 'claim-findings']);
  });

  it('a finding is never on the trail: the trace is what it was before any finding', async () => {
    const { data } = await ok(TRACE, { id: 'claim:f-cold' });
    expect(data.trace).toEqual(traceBefore);
    const onTrail = JSON.stringify(data.trace);
    for (const found of ['source:f-stats', 'source:f-survey', 'source:f-glossary']) expect(onTrail).not.toContain(found);
    expect(data.trace.origins).toEqual([]);
    expect(data.trace.independentLines).toBe(1);
  });

  it('a found source is not support: dependents of it do not list the claim', async () => {
    const { data } = await ok(`{
      found: dependents(sourceId: "source:f-stats") { claim { id } }
      onTrail: dependents(sourceId: "source:f-blog") { claim { id } alone }
    }`);
    expect(data.found).toEqual([]);
    expect(data.onTrail).toEqual([{ claim: { id: 'claim:f-cold' }, alone: true }]);
  });

  it('a claim with no reviews has no findings, and a deleted finding is left out of the trace and the review', async () => {
    const none = await ok(TRACE_FINDINGS, { id: 'claim:f-other' });
    expect(none.data.trace.findings).toEqual([]);
    await ok(`mutation {
      r: upsertReview(input: { id: "review:f-short-lived", claimId: "claim:f-other", verdict: "Unproven" }) { id }
      f: upsertFinding(input: { id: "finding:f-short-lived", reviewId: "review:f-short-lived", sourceId: "source:f-stats", relation: CONTEXT }) { id }
    }`);
    const one = await ok(TRACE_FINDINGS, { id: 'claim:f-other' });
    expect(one.data.trace.findings.map((f: any) => [f.finding.id, f.reviewer])).toEqual([['finding:f-short-lived', null]]);
    await ok('mutation { deleteRecord(id: "finding:f-short-lived") { id } }');
    const after = await ok(TRACE_FINDINGS, { id: 'claim:f-other' });
    expect(after.data.trace.findings).toEqual([]);
    const count = await ok('{ review(id: "review:f-short-lived") { findingsCount findings { id } } }');
    expect(count.data.review).toEqual({ findingsCount: 0, findings: [] });
  });
});

describe('finding writes refused', () => {
  const finding = { reviewId: 'review:f-review', sourceId: 'source:f-stats', relation: 'MATCHES' };
  const UPSERT = 'mutation ($input: FindingInput!) { upsertFinding(input: $input) { id } }';

  it.each([
    ['a reviewId that is not a review id', { ...finding, reviewId: 'claim:f-cold' }, 'input.reviewId'],
    ['a sourceId that is not a source id', { ...finding, sourceId: 'actor:f-checker' }, 'input.sourceId'],
    ['a finding that goes beyond its own found source', { ...finding, beyondId: 'source:f-stats' }, 'input.beyondId'],
    ['a locator with a line break', { ...finding, locator: 'page\n3' }, 'input.locator'],
    ['a quote of whitespace only', { ...finding, quote: ' \u200B ' }, 'input.quote'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, input, field) => {
    const before = await countGraph(suite.db());
    const { data, errors } = await execute(UPSERT, { input });
    expect(data?.upsertFinding ?? null).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await countGraph(suite.db())).toEqual(before);
  });

  it('refuses an unknown review or source with NOT_FOUND naming the ids', async () => {
    const { errors } = await execute(UPSERT, { input: { ...finding, reviewId: 'review:f-nowhere', beyondId: 'source:f-gone' } });
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', ids: ['review:f-nowhere', 'source:f-gone'] });
  });

  it('refuses to soft-delete a review that has live findings (CONFLICT, referrers), and a found source', async () => {
    const review = await execute('mutation { deleteRecord(id: "review:f-review") { id } }');
    expect(review.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', referrers: expect.arrayContaining(['finding:f-matches']) });
    const found = await execute('mutation { deleteRecord(id: "source:f-stats") { id } }');
    expect(found.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', referrers: ['finding:f-matches'] });
    const still = await ok('{ review(id: "review:f-review") { findingsCount } source(id: "source:f-stats") { id } }');
    expect(still.data).toEqual({ review: { findingsCount: 3 }, source: { id: 'source:f-stats' } });
  });
});

describe('importGraph findings', () => {
  const graph = {
    reviews: [{ id: 'review:f-imported', claimId: 'claim:f-other', reviewerId: 'actor:f-checker', verdict: 'Unsupported' }],
    findings: [
      { reviewId: 'review:f-imported', sourceId: 'source:f-stats', relation: 'CONTRADICTS', quote: 'Change: 3%' },
      { reviewId: 'review:f-imported', sourceId: 'source:f-glossary', relation: 'CONTEXT' },
    ],
  };
  const IMPORT = 'mutation ($input: GraphInput!) { importGraph(input: $input) { created updated unchanged } }';

  it('is idempotent for findings without ids: a second import duplicates nothing', async () => {
    const first = await ok(IMPORT, { input: graph });
    expect(first.data.importGraph).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const before = await countGraph(suite.db());
    const second = await ok(IMPORT, { input: graph });
    expect(second.data.importGraph).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await countGraph(suite.db())).toEqual(before);
    const { data } = await ok('{ review(id: "review:f-imported") { findingsCount findings { id } } }');
    expect(data.review.findingsCount).toBe(2);
    // Derived ids: the quote's slug (none without a quote) and a hash of the identity fields.
    const ids = data.review.findings.map((f: any) => f.id).sort();
    expect(ids).toEqual([expect.stringMatching(/^finding:[0-9a-f]{12}$/), expect.stringMatching(/^finding:change-3-[0-9a-f]{12}$/)]);
  });
});

describe('the Trace.findings bound', () => {
  it(`lists at most MAX_TRACE_FINDINGS (${MAX_TRACE_FINDINGS}) findings per claim, the first by review id then finding id`, async () => {
    const extra = 5;
    const n = MAX_TRACE_FINDINGS + extra;
    const pad = (i: number) => String(i).padStart(3, '0');
    await upsertRecords(
      suite.db(),
      ANONYMOUS,
      importRequests({
        reviews: [
          { id: 'review:f-cap-a', claimId: 'claim:f-cap', verdict: 'Checked' },
          { id: 'review:f-cap-b', claimId: 'claim:f-cap', verdict: 'Checked again' },
        ],
        findings: Array.from({ length: n }, (_, i) => ({
          id: `finding:f-cap-${pad(i)}`,
          // The last few belong to review a: they sort first, whatever their finding id.
          reviewId: i >= n - extra ? 'review:f-cap-a' : 'review:f-cap-b',
          sourceId: 'source:f-stats',
          relation: 'CONTEXT',
          quote: `Row ${i}`,
        })),
      }),
    );
    const { data } = await ok('{ trace(claimId: "claim:f-cap") { findings { finding { id } review { id } } } }');
    const listed = data.trace.findings.map((f: any) => f.finding.id);
    expect(listed).toHaveLength(MAX_TRACE_FINDINGS);
    const expected = [
      ...Array.from({ length: extra }, (_, i) => `finding:f-cap-${pad(n - extra + i)}`),
      ...Array.from({ length: MAX_TRACE_FINDINGS - extra }, (_, i) => `finding:f-cap-${pad(i)}`),
    ];
    expect(listed).toEqual(expected);
    const all = await ok('{ b: review(id: "review:f-cap-b") { findingsCount findings(first: 1000) { id } } }');
    expect(all.data.b.findingsCount).toBe(n - extra);
    expect(all.data.b.findings).toHaveLength(n - extra);
  });

  it('prices Trace.findings by the bound and Review.findings by first', () => {
    const schema = buildSchema();
    const cost = (query: string) => getComplexity({ schema, query: parse(query), variables: {}, estimators: [queryCost] });
    expect(cost('{ trace(claimId: "claim:x") { findings { afterTrailEnd } } }')).toBe(1 + 500 + (1 + MAX_TRACE_FINDINGS * 1));
    expect(cost('{ review(id: "review:x") { findings(first: 10) { id } findingsCount } }')).toBe(1 + (1 + 10 * 1) + 1);
    expect(cost('{ review(id: "review:x") { findings { id } } }')).toBe(1 + (1 + 100 * 1));
  });
});
