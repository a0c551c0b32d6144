/**
 * Bounds of one trace. They keep a trace's work and its answer small enough to compute on
 * every request and to draw, whatever the claim. A bound that cuts the walk (depth,
 * citations, paths, loops) makes the trace say `truncated`; the drift bounds are reported
 * in `Trace.driftLimits`. Every other step of a trace is linear in the citations read (at
 * most `maxCitations`), up to a sort.
 */
export const TRACE_LIMITS = {
  /** Deepest maxDepth a client may ask for: real provenance chains are a handful of hops. */
  maxDepth: 20,
  /** Citations of one claim read per trace (the query fetches one more to detect the cap). */
  maxCitations: 2000,
  /** Claims recorded as contradicting the claim (either direction) listed per trace. */
  maxContradicting: 500,
  /** Paths listed per trace: paths multiply at every fork, so they need a cap of their own. */
  maxPaths: 500,
  /** Steps of path search per trace, so that a dense graph cannot stall a request. */
  maxPathSteps: 100_000,
  /** Citation loops listed per trace: loops can multiply exponentially in a dense graph. */
  maxCycles: 100,
  /** Steps of loop search per trace (the search only enters strongly connected sources). */
  maxCycleSteps: 50_000,
  /**
   * Steps of the search for the sources of each line of support (one backward walk per trail
   * end): a source that cites many voices belongs to each, so the lines' source lists could
   * grow as sources × voices. This bounds them all together (each listed source, and each
   * entry a SHARED_UPSTREAM merge lists, costs a step); past it the trace is `truncated`.
   */
  maxVoiceSteps: 20_000,
  /**
   * Trail-end quotes compared pair by pair for near-identical text (SAME_TEXT), each pair
   * first by a linear bag-of-words filter: at most 200 × 199 / 2 filters. Identical text is
   * always found (by bucket), whatever the count; past this count near-identical text is not
   * looked for and the trace is `truncated`.
   */
  maxTextCompareQuotes: 200,
  /** Word diffs (each bounded to 10% of the words) run for near-identical text per trace, after the filter; past it the trace is `truncated`. */
  maxTextDiffs: 500,
  /**
   * (hop, cited hop) pairs whose quotes drift compares per trace. A hop citing a source
   * that says the claim through k citations makes k pairs, so a hub cited n times makes
   * n × k: pairs are taken round by round (every hop with its first cited hop, then every
   * hop with its second, …) until this many are compared; the rest are counted as skipped.
   */
  maxDriftPairs: 2000,
  /**
   * Characters of each quote drift compares (the first ones); a longer quote counts as
   * clipped. A quote is a sentence or a paragraph (the seed's longest is 372 characters);
   * comparing costs time and answer size in proportion to this, per pair.
   */
  maxDriftQuoteChars: 1000,
} as const;
