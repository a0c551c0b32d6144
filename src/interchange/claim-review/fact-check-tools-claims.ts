import type { ImportProblem } from './import-problem.js';
import { jsonPointer } from './json-pointer.js';
import type { ActorFacts, Located, ReviewFacts } from './review-facts.js';
import { partialDateOf } from './schema-org-claim-reviews.js';

/**
 * True when a document has the shape of a Google Fact Check Tools `claims:search` answer
 * (`{ "claims": [ … ] }`, no @context), which is plain JSON, not JSON-LD.
 */
export function isFactCheckToolsAnswer(document: unknown): boolean {
  return isObject(document) && !('@context' in document) && Array.isArray(document.claims);
}

/**
 * The reviews of a Fact Check Tools `claims:search` answer as ReviewFacts: each
 * `claims[i].claimReview[j]` is a review of the claim `claims[i].text` by its `publisher`
 * (`name`, else `site`), with `textualRating` as the verdict, `reviewDate`, `url` and `title`
 * (the fact-check page's); `claimant` is who made the claim. Not recorded: `claimDate` (the
 * answer names no document the claim appeared in to date), `languageCode`, `publisher.site`
 * when there is a name. Pure.
 */
export function factCheckToolsClaims(document: unknown): { reviews: ReviewFacts[]; problems: ImportProblem[] } {
  const reviews: ReviewFacts[] = [];
  const problems: ImportProblem[] = [];
  const claims = isObject(document) && Array.isArray(document.claims) ? document.claims : [];
  claims.forEach((claim, i) => {
    const at = jsonPointer('', 'claims', i);
    if (!isObject(claim)) {
      problems.push({ pointer: at, reason: 'a claim must be an object' });
      return;
    }
    const own: ImportProblem[] = [];
    const text = string(claim, 'text', at, own, true);
    const claimantName = string(claim, 'claimant', at, own);
    const claimants: ActorFacts[] = claimantName ? [{ name: claimantName, kind: 'ORGANISATION', pointer: claimantName.at }] : [];
    const entries = claim.claimReview;
    if (!Array.isArray(entries) || entries.length === 0) own.push({ pointer: jsonPointer(at, 'claimReview'), reason: 'claimReview must list at least one review' });
    if (own.length > 0) {
      problems.push(...own);
      return;
    }
    (entries as unknown[]).forEach((entry, j) => {
      const reviewAt = jsonPointer(at, 'claimReview', j);
      if (!isObject(entry)) {
        problems.push({ pointer: reviewAt, reason: 'a claimReview must be an object' });
        return;
      }
      const mine: ImportProblem[] = [];
      const verdict = string(entry, 'textualRating', reviewAt, mine, true);
      const url = string(entry, 'url', reviewAt, mine);
      const title = string(entry, 'title', reviewAt, mine);
      const reviewDate = string(entry, 'reviewDate', reviewAt, mine);
      let reviewer: ActorFacts | undefined;
      if (entry.publisher !== undefined) {
        const publisherAt = jsonPointer(reviewAt, 'publisher');
        if (!isObject(entry.publisher)) mine.push({ pointer: publisherAt, reason: 'publisher must be an object with a name or site' });
        else {
          const name = string(entry.publisher, 'name', publisherAt, mine) ?? string(entry.publisher, 'site', publisherAt, mine);
          if (name) reviewer = { name, kind: 'ORGANISATION', pointer: publisherAt };
          else mine.push({ pointer: publisherAt, reason: 'publisher needs a name or site' });
        }
      }
      if (mine.length > 0 || !verdict) {
        problems.push(...mine);
        return;
      }
      reviews.push({
        pointer: reviewAt,
        claimText: text!,
        verdict,
        ...(reviewer ? { reviewer } : {}),
        ...(reviewDate ? { date: { value: partialDateOf(reviewDate.value), at: reviewDate.at } } : {}),
        ...(url ? { url } : {}),
        ...(title ? { title } : {}),
        claimants,
        appearances: [],
        itemPointer: at,
      });
    });
  });
  return { reviews, problems };
}

function string(object: Record<string, unknown>, key: string, at: string, problems: ImportProblem[], required = false): Located<string> | undefined {
  const value = object[key];
  const pointer = jsonPointer(at, key);
  if (value == null) {
    if (required) problems.push({ pointer: at, reason: `${key} is missing` });
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push({ pointer, reason: `${key} must be text` });
    return undefined;
  }
  return { value, at: pointer };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
