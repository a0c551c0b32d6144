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
