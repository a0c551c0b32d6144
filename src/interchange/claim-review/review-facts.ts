import type { ActorKind, SourceKind } from './schema-org-types.js';

/**
 * One fact-check verdict as read from a document, before it becomes records: what both
 * readers (schema.org ClaimReview, Google Fact Check Tools) produce and the graph builder
 * turns into records. Every value keeps the JSON Pointer it was read at (`at`), so a value
 * the write path would refuse is reported where it stands in the document.
 */
export interface ReviewFacts {
  /** The ClaimReview (or Fact Check Tools claimReview entry) as a whole. */
  pointer: string;
  /** The claim as the fact-checker words it (`claimReviewed`, `text`). */
  claimText: Located<string>;
  /** The verdict in words (`reviewRating.alternateName`, `textualRating`). */
  verdict: Located<string>;
  ratingValue?: Located<number>;
  bestRating?: Located<number>;
  worstRating?: Located<number>;
  reviewer?: ActorFacts;
  /** The fact-check page's publisher when the document names one apart from its author. */
  publisher?: ActorFacts;
  date?: Located<string>;
  url?: Located<string>;
  /** The fact-check page's title (`name`, `headline`, `title`). */
  title?: Located<string>;
  /** Who made the claim (`itemReviewed.author`, `claimant`). */
  claimants: ActorFacts[];
  /** Where the claim appeared (`itemReviewed.appearance`, `firstAppearance`, an itemReviewed CreativeWork). */
  appearances: WorkFacts[];
  /** Where the claimants and appearances are, for a problem about them as a whole. */
  itemPointer: string;
}

export interface Located<T> {
  value: T;
  at: string;
}

export interface ActorFacts {
  name: Located<string>;
  kind: ActorKind;
  pointer: string;
}

export interface WorkFacts {
  pointer: string;
  /** headline, else name, else the url itself. */
  title: Located<string>;
  kind: SourceKind;
  url?: Located<string>;
  date?: Located<string>;
  authors: ActorFacts[];
  publisher?: ActorFacts;
}
