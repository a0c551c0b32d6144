import { findCycles } from './citation-cycles.js';
import type { TracePathResult } from './paths.js';
import type { FetchedHop, ProvenanceSubgraph, SourceProps } from './provenance-subgraph.js';
import { supportLines, type LineStatus } from './support-lines.js';
import { traceDrift, type DriftOptions } from './trace-drift.js';
import { indexHops } from './trace-index.js';
import { TRACE_LIMITS } from './trace-limits.js';
import { TRACE_ROLES, type TraceNodeResult, type TraceResult, type TraceRole } from './trace-result.js';
import { hopSides, type TraceSide } from './trace-side.js';
import { endAtHop, isSecondHand, type TrailEndKind, type TrailEndResult } from './trail-ends.js';
import type { SupportTrail } from './voices.js';
import { walkSide, type SideWalk } from './walk-side.js';

export { TRACE_LIMITS, TRACE_ROLES };
export type { LineStatus, TracePathResult, TraceResult, TraceRole, TraceSide, TrailEndKind, TrailEndResult };
export type { DeadEndResult, SupportLineResult, TraceHopResult, TraceNodeResult } from './trace-result.js';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The walked trail of support as the voice analysis reads it (see voices.ts). */
function supportTrail(support: SideWalk, fetched: readonly FetchedHop[], about: ReadonlySet<string>, selfDisputed: ReadonlySet<string>): SupportTrail {
  const walkedHops = new Map(support.result.hops.map((hop) => [hop.citation.id, hop]));
  const publishers = new Map<string, string>();
  for (const hop of fetched) {
    if (hop.sourcePublisher) publishers.set(hop.source.id, hop.sourcePublisher);
    if (hop.cites && hop.citesPublisher) publishers.set(hop.cites.id, hop.citesPublisher);
  }
  return {
    hops: fetched
      .filter((hop) => walkedHops.has(hop.citation.id))
      .map((hop) => ({
        from: hop.source.id,
        to: hop.cites?.id ?? null,
        seenIn: (hop.evidencedIn ?? hop.source).id,
        stance: hop.citation.stance,
        speakerIds: hop.speakers.map((a) => a.id),
        quote: hop.citation.quote,
        origin: !hop.cites && endAtHop(hop, 'SUPPORT', hop.sourceMakers, about, 0).kind === 'ORIGIN',
      })),
    walked: new Set(support.depth.keys()),
    starts: [...support.entries, ...support.loopStarts],
    entries: new Set(support.entries),
    otherSide: support.opposing,
    selfDisputed,
    origins: new Set(support.ends.filter((end) => end.kind === 'ORIGIN').map((end) => end.source.id)),
    publisherOf: (id) => publishers.get(id) ?? null,
  };
}

/** Every source on either trail, once, with its nearest depth and its roles on each side. */
function traceNodes(walks: readonly SideWalk[], sources: ReadonlyMap<string, SourceProps>, maxDepth: number): TraceNodeResult[] {
  const [support, dispute] = walks as [SideWalk, SideWalk];
  const depthOf = new Map<string, number>();
  for (const walk of walks) for (const [id, d] of walk.depth) depthOf.set(id, Math.min(d, depthOf.get(id) ?? d));
  // A source only named by a hop the walk did not follow: one hop beyond its citer (maxDepth + 1 past a cut).
  for (const walk of walks) for (const hop of walk.result.hops) if (hop.to && !depthOf.has(hop.to.id)) depthOf.set(hop.to.id, Math.min(hop.depth, maxDepth + 1));
  const ordered = (set: Set<TraceRole> | undefined) => TRACE_ROLES.filter((role) => set?.has(role));
  return [...depthOf.keys()]
    .map((id): TraceNodeResult => {
      const roles = ordered(support.roles.get(id));
      const disputeRoles = ordered(dispute.roles.get(id));
      return { source: sources.get(id)!, depth: depthOf.get(id)!, roles, disputeRoles, role: [...roles, ...disputeRoles][0] ?? 'RELAY' };
    })
    .sort((a, b) => a.depth - b.depth || byId(a.source, b.source));
}

/**
 * Walks a claim's provenance, the trail of support and the trail of dispute apart (see
 * trace-side.ts: a source that relays a claim only to refute it is on the trail of dispute
 * alone), each from its entries along each citation to the source it names, up to
 * `maxDepth` hops, and derives what an investigator looks for: trail ends (origins, dead
 * ends, and whether each is known first- or second-hand), lines of support counted as
 * voices and what voids them (support-lines.ts, voices.ts), citation loops, quote drift,
 * disputes, sources on both sides, and retractions. Pure: everything comes from the subgraph
 * the database returned.
 *
 * Cost: linear in the citations read (at most `TRACE_LIMITS.maxCitations`, up to sorts),
 * plus the bounded searches (paths, loops, voice members, near-identical texts); quote drift
 * is computed only when `drift` or `driftLimits` is read, and is bounded by the drift limits
 * (see `traceDrift`). `driftOptions` is for tests.
 */
export function buildTrace(subgraph: ProvenanceSubgraph, maxDepth: number, driftOptions?: DriftOptions): TraceResult {
  const capped = subgraph.hops.length > TRACE_LIMITS.maxCitations;
  const fetched = capped ? subgraph.hops.slice(0, TRACE_LIMITS.maxCitations) : subgraph.hops;
  const about = new Set(subgraph.aboutIds);
  const sides = hopSides(fetched);
  const { sources, makers } = indexHops(fetched);
  const index = {
    SUPPORT: indexHops(fetched.filter((hop) => sides.sideOf(hop) === 'SUPPORT')),
    DISPUTE: indexHops(fetched.filter((hop) => hop.citation.stance === 'DISPUTES')),
  };
  const common = { fetched, sides, sources, makers, about, maxDepth };
  const support = walkSide({ ...common, side: 'SUPPORT', own: index.SUPPORT, other: index.DISPUTE });
  const dispute = walkSide({ ...common, side: 'DISPUTE', own: index.DISPUTE, other: index.SUPPORT });

  // Citation loops among the sources of support (a cited source saying the opposite is no part of it).
  const edges = new Map<string, string[]>();
  for (const hop of support.result.hops) {
    if (!hop.to || !support.depth.has(hop.to.id) || support.opposing.has(hop.to.id)) continue;
    edges.set(hop.from.id, [...(edges.get(hop.from.id) ?? []), hop.to.id]);
  }
  for (const [id, targets] of edges) edges.set(id, [...new Set(targets)].sort());
  const walked = [...support.depth.keys()].filter((id) => !support.opposing.has(id)).sort();
  const loops = findCycles(walked, edges, TRACE_LIMITS.maxCycles, TRACE_LIMITS.maxCycleSteps);

  const speakers = new Map(fetched.flatMap((hop) => hop.speakers.map((a) => [a.id, a] as const)));
  const retracted = new Set<string>();
  for (const hop of fetched) for (const s of [hop.source, hop.cites, hop.evidencedIn]) if (s?.retracted === true) retracted.add(s.id);
  const lines = supportLines(supportTrail(support, fetched, about, sides.selfDisputed), sources, speakers, retracted, sides.disputersOnly);
  const nodes = traceNodes([support, dispute], sources, maxDepth);
  let maxDepthReached = 0;
  for (const node of nodes) if (node.depth <= maxDepth && node.depth > maxDepthReached) maxDepthReached = node.depth;

  const hops = [...support.result.hops, ...dispute.result.hops].sort((a, b) => byId(a.citation, b.citation));
  let drift: ReturnType<typeof traceDrift<(typeof hops)[number]>> | undefined;
  const lazyDrift = () => (drift ??= traceDrift(hops, driftOptions));

  const { sources: _supporters, ...supportSide } = support.result;
  return {
    claim: subgraph.claim,
    maxDepthReached,
    truncated: capped || support.truncated || dispute.truncated || !loops.complete || lines.cut,
    nodes,
    ...supportSide,
    hops,
    paths: [...support.result.paths, ...dispute.result.paths],
    corroboration: lines.lines,
    independentLines: lines.independentLines,
    voidLines: lines.voidLines,
    circularOnlyLines: lines.circularOnlyLines,
    rumours: lines.rumours,
    selfDisputed: [...sides.selfDisputed].sort().map((id) => sources.get(id)!),
    closedLoop: support.loopStarts.length > 0,
    cycles: loops.cycles.map((cycle) => ({ sources: cycle.map((id) => sources.get(id)!) })),
    circular: loops.cycles.length > 0,
    get drift() {
      return lazyDrift().drift;
    },
    get driftLimits() {
      return lazyDrift().limits;
    },
    conflicts: {
      disputing: dispute.result.hops.filter((h) => h.stance === 'DISPUTES').map((h) => h.citation),
      contradictingClaims: [...subgraph.contradicting].sort(byId),
    },
    disputes: dispute.result,
    restsAlone: lines.restsAlone,
  };
}
