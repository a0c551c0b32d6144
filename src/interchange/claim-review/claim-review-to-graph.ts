import { factCheckToolsClaims, isFactCheckToolsAnswer } from './fact-check-tools-claims.js';
import type { GraphDocument } from './graph-document.js';
import type { ImportProblem } from './import-problem.js';
import { reviewFactsToGraph } from './review-facts-to-graph.js';
import { schemaOrgClaimReviews } from './schema-org-claim-reviews.js';

/**
 * A parsed JSON document of fact-check verdicts as the graph document that writes them
 * (`importRequests` then `upsertRecords`), and the problems that kept parts of it out.
 * Accepts schema.org ClaimReview JSON-LD (one node, an array of nodes, or a `@graph`) and
 * Google Fact Check Tools' `claims:search` answer. A ClaimReview with any problem is left out
 * whole and the others are kept; `problems` is empty when everything was read. Pure: no
 * network, no database; never throws on any JSON value. Ids are deterministic, so the same
 * document always gives the same graph.
 */
export function claimReviewToGraph(document: unknown): { graph: GraphDocument; problems: ImportProblem[] } {
  const read = isFactCheckToolsAnswer(document) ? factCheckToolsClaims(document) : schemaOrgClaimReviews(document);
  const built = reviewFactsToGraph(read.reviews);
  return { graph: built.graph, problems: [...read.problems, ...built.problems].sort((a, b) => comparePointers(a.pointer, b.pointer)) };
}

/** Document order: pointers compared segment by segment, array positions as numbers. */
function comparePointers(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] === bs[i]) continue;
    const [x, y] = [Number(as[i]), Number(bs[i])];
    return Number.isInteger(x) && Number.isInteger(y) ? x - y : as[i]! < bs[i]! ? -1 : 1;
  }
  return as.length - bs.length;
}
