/**
 * Why part of a document was not imported: `pointer` is the JSON Pointer (RFC 6901) of the
 * value at fault in the document as given ('' for the whole document), `reason` says what is
 * wrong in a few words. A ClaimReview with a problem is left out whole; the others are kept.
 */
export interface ImportProblem {
  pointer: string;
  reason: string;
}
