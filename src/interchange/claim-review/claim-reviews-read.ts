import type { Database } from '../../db/database.js';

/** An actor as the export reads it. */
export interface ActorRow {
  id: string;
  name: string;
  kind: string;
}

/** A source as the export reads it (never its stored text). */
export interface SourceRow {
  id: string;
  title: string;
  kind: string;
  url?: string | null;
  date?: string | null;
  publisher?: ActorRow | null;
  authors: ActorRow[];
}

/** What a ClaimReview export of one claim reads: the claim, its live reviews and the citations that say or relay it. */
export interface ClaimReviewsRead {
  claim: { id: string; text: string };
  reviews: { review: Record<string, unknown> & { id: string; verdict: string }; reviewer: ActorRow | null }[];
  citations: { citation: { id: string; stance: string }; source: SourceRow; evidencedIn: SourceRow | null; speakers: ActorRow[] }[];
  /** True when the claim has more reviews or citations than the export reads (it reads the first by id). */
  truncated: boolean;
}

/** The most reviews of one claim an export reads. */
export const MAX_EXPORT_REVIEWS = 100;
/** The most citations of one claim (that say or relay it) an export reads. */
export const MAX_EXPORT_CITATIONS = 1000;

/**
 * Reads what a ClaimReview export of `claimId` needs in one query (cypher/claim-reviews.cypher),
 * from the claim's id index entry, at most MAX_EXPORT_REVIEWS reviews and
 * MAX_EXPORT_CITATIONS citations (the first by id; `truncated` says when more exist).
 * Undefined when no live claim has that id.
 */
export async function readClaimReviews(db: Pick<Database, 'read'>, claimId: string): Promise<ClaimReviewsRead | undefined> {
  const [row] = await db.read<Omit<ClaimReviewsRead, 'truncated'>>('claim-reviews', {
    claimId,
    limit: MAX_EXPORT_REVIEWS,
    citationLimit: MAX_EXPORT_CITATIONS,
  });
  if (!row) return undefined;
  const truncated = row.reviews.length > MAX_EXPORT_REVIEWS || row.citations.length > MAX_EXPORT_CITATIONS;
  return {
    claim: row.claim,
    reviews: row.reviews.slice(0, MAX_EXPORT_REVIEWS),
    citations: row.citations.slice(0, MAX_EXPORT_CITATIONS),
    truncated,
  };
}
