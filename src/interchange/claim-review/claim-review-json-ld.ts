import type { ActorRow, ClaimReviewsRead, SourceRow } from './claim-reviews-read.js';
import { SCHEMA_ORG_TYPES, type ActorKind, type SourceKind } from './schema-org-types.js';

/** One ClaimReview node, ready for JSON.stringify. */
export type ClaimReviewJsonLd = Record<string, unknown>;

/**
 * A claim's reviews as schema.org ClaimReview JSON-LD, one node per review, in review id order,
 * each with `"@context": "https://schema.org"`: `claimReviewed` is the claim's text,
 * `reviewRating` the verdict (`alternateName`) and its scale, `author` the reviewer,
 * `datePublished` and `url` the review's. `itemReviewed` is a Claim whose `appearance`s are the
 * sources that say it (SUPPORTS) and whose `author`s are the speakers of the citations that
 * say or relay it, as far as this review may vouch for them: a citation known only through the
 * page of another review of the claim (another fact-checker's page: its `evidencedIn`, or its
 * source, has that review's URL) is left out of this one, so no fact-checker is made to name
 * an appearance another found. The fact-check page itself (a source at the review's URL) gives
 * `name` and, when it is not the reviewer, `publisher`; it is never an appearance. Pure.
 */
export function claimReviewJsonLd(read: ClaimReviewsRead): ClaimReviewJsonLd[] {
  const reviewUrls = new Set(read.reviews.map((r) => r.review.url).filter((url): url is string => typeof url === 'string'));
  return read.reviews.map(({ review, reviewer }) => {
    const url = typeof review.url === 'string' ? review.url : undefined;
    const through = (c: ClaimReviewsRead['citations'][number]) => c.evidencedIn ?? c.source;
    const vouched = read.citations.filter((c) => {
      const at = through(c).url;
      return !at || at === url || !reviewUrls.has(at);
    });
    const page = url ? read.citations.flatMap((c) => [c.source, c.evidencedIn]).find((s): s is SourceRow => !!s && s.url === url) : undefined;
    const appearances = unique(vouched.filter((c) => c.citation.stance === 'SUPPORTS' && (!url || c.source.url !== url)).map((c) => c.source));
    const claimants = unique(vouched.flatMap((c) => c.speakers));

    const itemReviewed: Record<string, unknown> = { '@type': 'Claim' };
    if (claimants.length > 0) itemReviewed.author = oneOrMany(claimants.map(actor));
    if (appearances.length > 0) itemReviewed.appearance = oneOrMany(appearances.map(work));

    const rating: Record<string, unknown> = { '@type': 'Rating', alternateName: review.verdict };
    for (const key of ['ratingValue', 'bestRating', 'worstRating']) if (typeof review[key] === 'number') rating[key] = review[key];

    const node: ClaimReviewJsonLd = { '@context': 'https://schema.org', '@type': 'ClaimReview' };
    if (url) node.url = url;
    if (page && page.title !== page.url) node.name = page.title;
    node.claimReviewed = read.claim.text;
    if (typeof review.date === 'string') node.datePublished = review.date;
    if (reviewer) node.author = actor(reviewer);
    if (page?.publisher && page.publisher.id !== reviewer?.id) node.publisher = actor(page.publisher);
    node.itemReviewed = itemReviewed;
    node.reviewRating = rating;
    return node;
  });
}

function actor(a: ActorRow): Record<string, unknown> {
  return { '@type': SCHEMA_ORG_TYPES.actorTypes[a.kind as ActorKind] ?? 'Organization', name: a.name };
}

function work(s: SourceRow): Record<string, unknown> {
  const node: Record<string, unknown> = { '@type': SCHEMA_ORG_TYPES.sourceTypes[s.kind as SourceKind] ?? 'CreativeWork' };
  if (s.url) node.url = s.url;
  if (s.title !== s.url) node.headline = s.title;
  if (s.date) node.datePublished = s.date;
  if (s.authors.length > 0) node.author = oneOrMany(s.authors.map(actor));
  if (s.publisher) node.publisher = actor(s.publisher);
  return node;
}

function oneOrMany<T>(list: T[]): T | T[] {
  return list.length === 1 ? list[0]! : list;
}

function unique<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
