/** What one answer holds, to show that the contenders walk the same trail (or how far they get). */
export interface WalkSummary {
  /** Distinct citations in the answer. */
  citations: number;
  /** Levels of sources the answer covers (1 = the sources that say the claim); null where the answer does not tell. */
  depth: number | null;
  /** Anything else worth reporting about the answer, in words. */
  note?: string;
}

/**
 * One way of walking a claim's provenance over the same database. `request` is what the
 * load runner times: one complete round trip, answer received and parsed, throwing when
 * the answer is an error. `summarize` reads an answer afterwards, outside the timing.
 */
export interface Contender {
  /** Short name used in the results (`trace`, `raw-cypher`, `neo4j-graphql`). */
  readonly name: string;
  /** What it runs, in words, for the report. */
  readonly description: string;
  request(claimId: string): Promise<unknown>;
  summarize(answer: unknown): WalkSummary;
  close(): Promise<void>;
}
