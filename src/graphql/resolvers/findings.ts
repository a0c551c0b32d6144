import type { Resolvers } from '../generated/resolvers-types.js';
import type { RequestContext } from '../context.js';
import type { ActorRecord, FindingRecord, ReviewRecord, SourceRecord, TraceFindingRecord } from '../mappers.js';

/**
 * The most findings `Trace.findings` lists for one claim (the first, by review id then
 * finding id); `Review.findings` pages through the rest. Stated in schema/finding.graphql.
 */
export const MAX_TRACE_FINDINGS = 100;

/** The parts of a trace `Trace.findings` reads: the claim, and the trail ends it stopped at. */
interface TraceEnds {
  claim: { id: string };
  origins: readonly { id: string }[];
  deadEnds: readonly { source: { id: string } }[];
}

/**
 * What the claim's reviewers found beyond its trail, as a trace shows it. Read in one
 * batched query (claim-findings, from the claim's id index entry) apart from the trace's
 * own: findings never enter the walk, so they are never support, trail ends, corroboration
 * or dependents. `afterTrailEnd` is true when a finding's `beyond` is an origin or a dead end
 * of this very trace.
 */
export async function traceFindings(parent: TraceEnds, _args: unknown, ctx: RequestContext): Promise<TraceFindingRecord[]> {
  const ends = new Set([...parent.origins.map((s) => s.id), ...parent.deadEnds.map((d) => d.source.id)]);
  const rows = await ctx.loaders.claimFindings(MAX_TRACE_FINDINGS).load(parent.claim.id);
  return rows.map((row) => {
    const finding = row.finding as FindingRecord;
    return {
      finding,
      review: row.review as ReviewRecord,
      reviewer: row.reviewer as ActorRecord | null,
      source: row.source as SourceRecord,
      relation: finding.relation,
      quote: finding.quote,
      locator: finding.locator,
      beyond: row.beyond as SourceRecord | null,
      afterTrailEnd: row.beyond != null && ends.has(row.beyond.id),
    };
  });
}

/** `Trace.findings`; TraceFinding's own fields are plain reads of what traceFindings built. */
export const findingResolvers: Resolvers = {
  Trace: { findings: traceFindings },
};
