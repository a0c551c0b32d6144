import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { claimReviewJsonLd } from '../src/interchange/claim-review/claim-review-json-ld.js';
import { claimReviewToGraph } from '../src/interchange/claim-review/claim-review-to-graph.js';
import type { ClaimReviewsRead } from '../src/interchange/claim-review/claim-reviews-read.js';
import { localDocumentLoader } from '../src/interchange/claim-review/local-document-loader.js';
import { KIND_SPECS } from '../src/model/record-kinds.js';
import { ID_PATTERN } from '../src/model/ids.js';

/** The pure mapping: each fixture form in, records out; problems with pointers; JSON-LD out, checked by jsonld.js offline. */
const fixture = (name: string): unknown => JSON.parse(readFileSync(`tests/fixtures/claim-review/${name}.json`, 'utf8'));
const FORMS = ['claim-person', 'creativework-organization', 'array', 'graph', 'fact-check-tools'];
const S = 'http://schema.org/';

async function expand(document: unknown) {
  return jsonld.expand(document as never, { documentLoader: localDocumentLoader as never });
}

describe('claimReviewToGraph', () => {
  it.each(FORMS)('%s: reads every ClaimReview without problems, into valid records with well-formed ids', (name) => {
    const { graph, problems } = claimReviewToGraph(fixture(name));
    expect(problems).toEqual([]);
    expect(graph.reviews.length).toBeGreaterThan(0);
    const kinds = { actors: 'actor', sources: 'source', claims: 'claim', citations: 'citation', reviews: 'review' } as const;
    for (const [field, kind] of Object.entries(kinds)) {
      for (const record of graph[field as keyof typeof kinds]) {
        expect(record.id).toMatch(ID_PATTERN);
        expect(record.id.startsWith(`${kind}:`)).toBe(true);
        expect(KIND_SPECS[kind].input.safeParse(record).success).toBe(true);
      }
    }
  });

  it.each(FORMS)('%s: is deterministic (the same document gives the same graph, ids included)', (name) => {
    expect(claimReviewToGraph(fixture(name))).toEqual(claimReviewToGraph(fixture(name)));
  });

  it('maps a ClaimReview of a Claim by a Person: review, reviewer, claimant, appearances known through the fact-check page', () => {
    const { graph } = claimReviewToGraph(fixture('claim-person'));
    const byName = (name: string) => graph.actors.find((a) => a.name === name)!;
    expect(byName('Ada Example').kind).toBe('PERSON');
    expect(byName('Professor Invented').kind).toBe('PERSON');
    expect(byName('The Example Gazette').kind).toBe('MEDIA_OUTLET');
    const [claim] = graph.claims;
    expect(claim!.text).toBe('The Moon is made of green cheese.');
    expect(graph.reviews).toEqual([
      {
        id: expect.stringMatching(/^review:factcheck-example-org-2025-03-moon-cheese-[0-9a-f]{12}$/),
        claimId: claim!.id,
        reviewerId: byName('Ada Example').id,
        verdict: 'False',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        date: '2025-03-14',
        url: 'https://factcheck.example.org/2025/03/moon-cheese',
      },
    ]);
    const page = graph.sources.find((s) => s.url === 'https://factcheck.example.org/2025/03/moon-cheese')!;
    expect(page).toMatchObject({ title: 'Fact check: is the Moon made of cheese?', kind: 'WEBPAGE', authorIds: [byName('Ada Example').id], publisherId: byName('Example Fact Desk').id });
    // Three appearances (a post, a bare URL, the first appearance), each a SUPPORTS citation known only through the page, in the page's words.
    expect(graph.citations).toHaveLength(3);
    for (const citation of graph.citations) {
      expect(citation).toMatchObject({
        claimId: claim!.id,
        evidencedInId: page.id,
        quote: 'The Moon is made of green cheese.',
        locator: 'ClaimReview claimReviewed',
        stance: 'SUPPORTS',
        speakerIds: [byName('Professor Invented').id],
      });
    }
    const sayers = graph.citations.map((c) => graph.sources.find((s) => s.id === c.sourceId)!);
    expect(sayers.map((s) => [s.kind, s.title])).toEqual([
      ['SOCIAL_POST', 'The Moon is cheese, wake up'],
      ['OTHER', 'https://video.example.com/watch/cheese-moon'],
      ['ARTICLE', 'Professor says Moon is dairy'],
    ]);
    expect(sayers[2]).toMatchObject({ date: '2025-02', authorIds: [byName('Reporter Fictional').id], publisherId: byName('The Example Gazette').id });
  });

  it('maps an itemReviewed CreativeWork by an Organization: the work is the appearance, its author the claimant', () => {
    const { graph } = claimReviewToGraph(fixture('creativework-organization'));
    const society = graph.actors.find((a) => a.name === 'Society of Imaginary Oceanographers')!;
    const checks = graph.actors.find((a) => a.name === 'Example Checks')!;
    expect(checks.kind).toBe('ORGANISATION');
    const work = graph.sources.find((s) => s.url === 'https://blog.example.com/tides-on-sundays')!;
    expect(work).toMatchObject({ title: 'Why the sea rests on Sunday', kind: 'OTHER', date: '2024-10-28', authorIds: [society.id] });
    // No name on the ClaimReview: its page is titled by its URL, never by invented words; published by the reviewing organisation.
    const page = graph.sources.find((s) => s.url === 'https://checks.example.org/reviews/tide-clock')!;
    expect(page).toMatchObject({ title: 'https://checks.example.org/reviews/tide-clock', publisherId: checks.id });
    expect(graph.citations).toEqual([expect.objectContaining({ sourceId: work.id, evidencedInId: page.id, speakerIds: [society.id], stance: 'SUPPORTS' })]);
    expect(graph.reviews[0]).toMatchObject({ verdict: 'Pants on fire', ratingValue: 0, bestRating: 10, worstRating: 0 });
  });

  it('reads an array of nodes with their own contexts; a name without a type is an ORGANISATION; a claimant without appearance is relayed by the page', () => {
    const { graph } = claimReviewToGraph(fixture('array'));
    expect(graph.reviews.map((r) => r.verdict)).toEqual(['Misleading', 'Incorrect']);
    expect(graph.actors.find((a) => a.name === 'Exampleton Verification Unit')!.kind).toBe('ORGANISATION');
    expect(graph.actors.find((a) => a.name === 'Exampleton Daily')!.kind).toBe('MEDIA_OUTLET');
    const forum = graph.actors.find((a) => a.name === 'Exampleton Residents Forum')!;
    const page = graph.sources.find((s) => s.url === 'https://truth.example.net/check/rain-upward')!;
    expect(graph.citations).toEqual([expect.objectContaining({ sourceId: page.id, stance: 'MENTIONS', speakerIds: [forum.id] })]);
    expect(graph.citations[0]!.evidencedInId).toBeUndefined();
    // No claimant, no appearance: the review alone, no source, no citation.
    expect(graph.reviews[1]).toMatchObject({ ratingValue: -1, worstRating: -1, bestRating: 1 });
    expect(graph.sources).toHaveLength(1);
  });

  it('reads a @graph with prefixed terms, a term alias, @value and @id references to other members', () => {
    const { graph } = claimReviewToGraph(fixture('graph'));
    const desk = graph.actors.find((a) => a.name === 'Example Verification Desk')!;
    expect(desk.kind).toBe('ORGANISATION');
    expect(graph.claims.map((c) => c.text)).toEqual(['The Example Bridge was built in one night.']);
    expect(graph.reviews[0]).toMatchObject({ reviewerId: desk.id, verdict: 'Half true', ratingValue: 2, url: 'https://desk.example.org/check/bridge' });
    expect(graph.actors.find((a) => a.name === 'Ministry of Examples')!.kind).toBe('GOVERNMENT');
    expect(graph.sources.find((s) => s.kind === 'REPORT')!.title).toBe('Bridge Works Annual Report 2022');
  });

  it('agrees with jsonld.js expansion of each JSON-LD fixture on what was reviewed and the verdicts', async () => {
    for (const name of ['claim-person', 'creativework-organization', 'array', 'graph']) {
      // schema.org terms are http://schema.org/… ; a @vocab of https://schema.org/ (accepted as well) expands to those.
      const expanded = JSON.parse(JSON.stringify(await expand(fixture(name))).replaceAll('https://schema.org/', S));
      const nodes = expanded.flatMap((n: any) => (n['@graph'] as any[]) ?? [n]);
      const reviews = nodes.filter((n: any) => (n['@type'] ?? []).includes(`${S}ClaimReview`));
      const claimed = reviews.map((n: any) => n[`${S}claimReviewed`][0]['@value']);
      expect(claimReviewToGraph(fixture(name)).graph.claims.map((c) => c.text)).toEqual(claimed);
    }
  });

  it('reads a Google Fact Check Tools answer: one review per claimReview entry, publisher as reviewer, claimant relayed by the page', () => {
    const { graph } = claimReviewToGraph(fixture('fact-check-tools'));
    expect(graph.claims.map((c) => c.text)).toEqual(['Drinking seawater cures the hiccups.', 'Exampleton has more bridges than people.']);
    expect(graph.reviews.map((r) => [r.verdict, r.date])).toEqual([
      ['False', '2025-01-06'],
      ['Unproven', '2025-01-08'],
      ['Mostly false', '2024-12-01'],
    ]);
    // A publisher with only a site is named by it; one reviewer across two claims is one actor.
    expect(graph.actors.map((a) => a.name).sort()).toEqual(['Example Health Checks', 'Viral post on an example network', 'otherchecks.example.com']);
    expect(graph.citations).toHaveLength(2);
    expect(new Set(graph.citations.map((c) => c.stance))).toEqual(new Set(['MENTIONS']));
    expect(graph.sources.map((s) => s.title).sort()).toEqual(['No, seawater does not cure hiccups', 'Seawater and hiccups']);
  });

  it('reports each broken ClaimReview at its pointer, keeps it out whole, and keeps the good one', () => {
    const { graph, problems } = claimReviewToGraph(fixture('broken'));
    expect(problems).toEqual([
      { pointer: '/0', reason: 'claimReviewed is missing' },
      { pointer: '/1/reviewRating/ratingValue', reason: 'ratingValue must lie between worstRating and bestRating' },
      { pointer: '/2/reviewRating/ratingValue', reason: expect.stringContaining('without bestRating and worstRating') },
      { pointer: '/3/datePublished', reason: 'date: 2023-02-30 is not a day of the calendar' },
      { pointer: '/4/@context', reason: expect.stringContaining('unknown remote @context') },
      { pointer: '/5/itemReviewed/appearance', reason: expect.stringContaining('needs a url, headline or name') },
    ]);
    expect(graph.claims.map((c) => c.text)).toEqual(['Water boils at 100 degrees Celsius at sea level.']);
    expect(graph.reviews).toHaveLength(1);
    expect(graph.sources).toEqual([]);
  });

  it.each([
    [null, ''],
    [42, ''],
    ['text', ''],
    [[], ''],
    [{}, ''],
    [{ '@context': 'https://schema.org', '@type': 'Thing' }, ''],
    [{ '@context': 7, '@type': 'ClaimReview' }, '/@context'],
    [{ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: ['a', 'b'], reviewRating: { alternateName: 'x' } }, '/claimReviewed/1'],
    [{ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'a', reviewRating: 'False' }, '/reviewRating'],
    [{ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'a', reviewRating: { ratingValue: 'high', alternateName: 'x' } }, '/reviewRating/ratingValue'],
    [{ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'a\u001b[2J', reviewRating: { alternateName: 'x' } }, '/claimReviewed'],
    [{ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'a', url: 'ftp://x', reviewRating: { alternateName: 'x' } }, '/url'],
    [{ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'a', author: [{ name: 'x' }, { name: 'y' }], reviewRating: { alternateName: 'x' } }, '/author/1'],
    [{ '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'a', author: { '@type': 'Person' }, reviewRating: { alternateName: 'x' } }, '/author'],
    [{ claims: [{ claimReview: [] }] }, '/claims/0'],
    [{ claims: [{ text: 'a', claimReview: [{ publisher: 'x' }] }] }, '/claims/0/claimReview/0'],
    [{ claims: ['x'] }, '/claims/0'],
  ])('refuses %j with a problem at %j, never a crash', (document, pointer) => {
    const { graph, problems } = claimReviewToGraph(document);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.pointer).toBe(pointer);
    expect(problems[0]!.reason.length).toBeGreaterThan(0);
    expect(graph.reviews).toEqual([]);
  });

  it('escapes JSON Pointer keys (~ and /)', () => {
    const { problems } = claimReviewToGraph({ '@context': { 'a/b~c': 'http://schema.org/claimReviewed' }, '@type': 'http://schema.org/ClaimReview', 'a/b~c': 5, 'http://schema.org/reviewRating': { 'http://schema.org/alternateName': 'x' } });
    expect(problems).toEqual([{ pointer: '/a~1b~0c', reason: 'claimReviewed must be text' }]);
  });
});

describe('localDocumentLoader', () => {
  it("loads schema.org's context from the repository and refuses every other URL, so jsonld.js never uses the network", async () => {
    await expect(localDocumentLoader('https://schema.org')).resolves.toMatchObject({ document: { '@context': { '@vocab': S } } });
    await expect(localDocumentLoader('https://contexts.example.com/ctx.jsonld')).rejects.toThrow(/no local copy of https:\/\/contexts\.example\.com\/ctx\.jsonld/);
    await expect(expand({ '@context': 'https://contexts.example.com/ctx.jsonld', name: 'x' })).rejects.toThrow();
  });
});

const actor = (id: string, name: string, kind: string) => ({ id, name, kind });
const READ: ClaimReviewsRead = {
  claim: { id: 'claim:c', text: 'The Moon is made of green cheese.' },
  reviews: [
    {
      review: { id: 'review:a', verdict: 'False', ratingValue: 1, bestRating: 5, worstRating: 1, date: '2025-03-14', url: 'https://a.example.org/check' },
      reviewer: actor('actor:a', 'Checker A', 'MEDIA_OUTLET'),
    },
    { review: { id: 'review:b', verdict: 'Wrong', url: 'https://b.example.org/check' }, reviewer: actor('actor:b', 'Bea Checker', 'PERSON') },
  ],
  citations: [
    {
      citation: { id: 'citation:1', stance: 'SUPPORTS' },
      source: { id: 'source:post', title: 'Cheese!', kind: 'SOCIAL_POST', url: 'https://social.example.com/1', date: '2025-03-01', authors: [], publisher: null },
      evidencedIn: { id: 'source:a-page', title: 'Check A', kind: 'WEBPAGE', url: 'https://a.example.org/check', authors: [], publisher: actor('actor:a', 'Checker A', 'MEDIA_OUTLET') },
      speakers: [actor('actor:prof', 'Professor Invented', 'PERSON')],
    },
    {
      citation: { id: 'citation:2', stance: 'MENTIONS' },
      source: { id: 'source:b-page', title: 'Check B', kind: 'WEBPAGE', url: 'https://b.example.org/check', authors: [actor('actor:b', 'Bea Checker', 'PERSON')], publisher: actor('actor:desk', 'B Desk', 'ORGANISATION') },
      evidencedIn: null,
      speakers: [actor('actor:forum', 'A Forum', 'ORGANISATION')],
    },
  ],
  truncated: false,
};

describe('claimReviewJsonLd', () => {
  it('writes one ClaimReview per review, each vouching only for what is not known through another review’s page', () => {
    const [a, b] = claimReviewJsonLd(READ);
    expect(a).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://a.example.org/check',
      name: 'Check A',
      claimReviewed: 'The Moon is made of green cheese.',
      datePublished: '2025-03-14',
      author: { '@type': 'NewsMediaOrganization', name: 'Checker A' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Professor Invented' },
        appearance: { '@type': 'SocialMediaPosting', url: 'https://social.example.com/1', headline: 'Cheese!', datePublished: '2025-03-01' },
      },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    });
    expect(b).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://b.example.org/check',
      name: 'Check B',
      claimReviewed: 'The Moon is made of green cheese.',
      author: { '@type': 'Person', name: 'Bea Checker' },
      publisher: { '@type': 'Organization', name: 'B Desk' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'A Forum' } },
      reviewRating: { '@type': 'Rating', alternateName: 'Wrong' },
    });
  });

  it('is valid JSON-LD: jsonld.js expands it (offline) to schema.org ClaimReview, claimReviewed and reviewRating/ratingValue', async () => {
    const expanded = (await expand(claimReviewJsonLd(READ))) as any[];
    expect(expanded).toHaveLength(2);
    const [a] = expanded;
    expect(a['@type']).toEqual([`${S}ClaimReview`]);
    expect(a[`${S}claimReviewed`]).toEqual([{ '@value': 'The Moon is made of green cheese.' }]);
    expect(a[`${S}url`]).toEqual([{ '@id': 'https://a.example.org/check' }]);
    const rating = a[`${S}reviewRating`][0];
    expect(rating['@type']).toEqual([`${S}Rating`]);
    expect(rating[`${S}ratingValue`]).toEqual([{ '@value': 1 }]);
    expect(rating[`${S}bestRating`]).toEqual([{ '@value': 5 }]);
    expect(rating[`${S}alternateName`]).toEqual([{ '@value': 'False' }]);
    expect(a[`${S}author`][0][`${S}name`]).toEqual([{ '@value': 'Checker A' }]);
    const item = a[`${S}itemReviewed`][0];
    expect(item['@type']).toEqual([`${S}Claim`]);
    expect(item[`${S}appearance`][0][`${S}url`]).toEqual([{ '@id': 'https://social.example.com/1' }]);
  });

  it('round-trips through the import: what it writes reads back as the same claim, reviews and attribution', () => {
    const { graph, problems } = claimReviewToGraph(claimReviewJsonLd(READ));
    expect(problems).toEqual([]);
    expect(graph.claims.map((c) => c.text)).toEqual([READ.claim.text]);
    expect(graph.reviews.map((r) => [r.verdict, r.url, r.ratingValue ?? null])).toEqual([
      ['False', 'https://a.example.org/check', 1],
      ['Wrong', 'https://b.example.org/check', null],
    ]);
    expect(graph.citations.map((c) => c.stance)).toEqual(['SUPPORTS', 'MENTIONS']);
    expect(graph.actors.map((a) => `${a.name} ${a.kind}`).sort()).toEqual(
      ['A Forum ORGANISATION', 'B Desk ORGANISATION', 'Bea Checker PERSON', 'Checker A MEDIA_OUTLET', 'Professor Invented PERSON'].sort(),
    );
  });
});
