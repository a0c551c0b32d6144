import { findCycles } from './citation-cycles.js';
import { supportLines } from './corroboration.js';
import { walkDepths } from './depths.js';
import { findPaths, type TracePathResult } from './paths.js';
import type { FetchedHop, ProvenanceSubgraph, SourceProps } from './provenance-subgraph.js';
import { traceDrift, type DriftLimitsResult, type DriftOptions, type QuoteDriftResult } from './trace-drift.js';
import { indexHops } from './trace-index.js';
import { TRACE_LIMITS } from './trace-limits.js';
import type { TrailEndKind, TrailEndResult } from './trail-ends.js';

export { TRACE_LIMITS };
export type { TracePathResult, TrailEndKind, TrailEndResult };

export type TraceRole = 'ENTRY' | 'RELAY' | 'ORIGIN' | 'DEAD_END' | 'BEYOND_DEPTH';

export interface TraceHopResult {
  citation: FetchedHop['citation'];
  from: SourceProps;
  to: SourceProps | null;
  evidencedIn: SourceProps;
  quote: string;
  stance: string;
  locator: string | null;
  date: string | null;
  speakers: FetchedHop['speakers'];
  depth: number;
}

export interface TraceResult {
  claim: ProvenanceSubgraph['claim'];
  maxDepthReached: number;
  truncated: boolean;
  nodes: { source: SourceProps; depth: number; role: TraceRole }[];
  hops: TraceHopResult[];
  paths: TracePathResult[];
  origins: SourceProps[];
  deadEnds: { source: SourceProps; explanation: string }[];
  corroboration: { sources: SourceProps[]; upstream: SourceProps[] }[];
  independentLines: number;
  cycles: { sources: SourceProps[] }[];
  circular: boolean;
  /** Quote drift, computed on first read (a lazy getter: a query that does not ask for it pays nothing). */
  readonly drift: QuoteDriftResult<FetchedHop['citation']>[];
  /** What drift compared and cut; reading it computes drift too (once per trace). */
  readonly driftLimits: DriftLimitsResult;
  conflicts: { disputing: FetchedHop['citation'][]; contradictingClaims: ProvenanceSubgraph['contradicting'] };
  retracted: SourceProps[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Walks a claim's provenance from its entry sources (the sources that say it and that no
 * other source on the trail cites) along each citation to the source it names, up to
 * `maxDepth` sources deep, and derives what an investigator looks for: trail ends (origins
 * and dead ends), independent lines of support, citation loops, quote drift, disputes and
 * retractions. Pure: everything comes from the subgraph the database returned.
 *
 * Cost: linear in the citations read (at most `TRACE_LIMITS.maxCitations`, up to sorts),
 * plus the bounded searches (paths, loops); quote drift is computed only when `drift` or
 * `driftLimits` is read, and is bounded by the drift limits (see `traceDrift`).
 * `driftOptions` is for tests.
 */
export function buildTrace(subgraph: ProvenanceSubgraph, maxDepth: number, driftOptions?: DriftOptions): TraceResult {
  const capped = subgraph.hops.length > TRACE_LIMITS.maxCitations;
  const fetched = capped ? subgraph.hops.slice(0, TRACE_LIMITS.maxCitations) : subgraph.hops;
  const about = new Set(subgraph.aboutIds);
  const index = indexHops(fetched);
  const { sources, saidBy } = index;

  const { depth, entries, depthCut } = walkDepths(index, maxDepth);

  const hops: TraceHopResult[] = fetched
    .filter((hop) => depth.has(hop.source.id))
    .map((hop) => ({
      citation: hop.citation,
      from: hop.source,
      to: hop.cites,
      evidencedIn: hop.evidencedIn ?? hop.source,
      quote: hop.citation.quote,
      stance: hop.citation.stance,
      locator: (hop.citation.locator as string | undefined) ?? null,
      date: hop.source.date ?? null,
      speakers: hop.speakers,
      depth: depth.get(hop.source.id)!,
    }));

  const { paths, cut: pathsCut } = findPaths(index, entries, about, maxDepth);

  const ends = new Map<string, TrailEndResult>();
  for (const path of paths) if (path.end.kind === 'ORIGIN' || path.end.kind === 'DEAD_END') ends.set(path.end.source.id, path.end);

  const nodeIds = new Set(depth.keys());
  for (const hop of hops) if (hop.to) nodeIds.add(hop.to.id);
  const nodes = [...nodeIds]
    .map((id) => {
      const d = depth.get(id) ?? maxDepth + 1;
      const trailEnd = ends.get(id);
      const role: TraceRole = trailEnd ? (trailEnd.kind as TraceRole) : d > maxDepth ? 'BEYOND_DEPTH' : d === 1 ? 'ENTRY' : 'RELAY';
      return { source: sources.get(id)!, depth: d, role };
    })
    .sort((a, b) => a.depth - b.depth || byId(a.source, b.source));

  // The walked citation graph: each walked source to the walked sources it cites, once each, sorted.
  const edges = new Map<string, string[]>();
  for (const hop of hops) {
    if (!hop.to || !depth.has(hop.to.id)) continue;
    const targets = edges.get(hop.from.id);
    if (targets) targets.push(hop.to.id);
    else edges.set(hop.from.id, [hop.to.id]);
  }
  for (const [id, targets] of edges) edges.set(id, [...new Set(targets)].sort());
  const walked = [...depth.keys()].sort();

  // Citation loops among the walked sources.
  const loops = findCycles(walked, edges, TRACE_LIMITS.maxCycles, TRACE_LIMITS.maxCycleSteps);

  // Independent corroboration: sources saying the claim (not disputing it) whose trails
  // share any upstream source are one line of support.
  const supporters = walked.filter((id) => (saidBy.get(id) ?? []).some((h) => h.citation.stance !== 'DISPUTES'));
  const corroboration = supportLines(supporters, edges, (id) => ends.has(id)).map((line) => ({
    sources: line.members.map((id) => sources.get(id)!),
    upstream: line.upstream.map((id) => sources.get(id)!),
  }));

  let maxDepthReached = 0;
  for (const d of depth.values()) if (d > maxDepthReached) maxDepthReached = d;

  let drift: ReturnType<typeof traceDrift<TraceHopResult>> | undefined;
  const lazyDrift = () => (drift ??= traceDrift(hops, driftOptions));

  return {
    claim: subgraph.claim,
    maxDepthReached,
    truncated: capped || depthCut || pathsCut || !loops.complete,
    nodes,
    hops,
    paths,
    origins: [...ends.values()].filter((e) => e.kind === 'ORIGIN').map((e) => e.source).sort(byId),
    deadEnds: [...ends.values()]
      .filter((e) => e.kind === 'DEAD_END')
      .map((e) => ({ source: e.source, explanation: e.explanation }))
      .sort((a, b) => byId(a.source, b.source)),
    corroboration,
    independentLines: corroboration.length,
    cycles: loops.cycles.map((cycle) => ({ sources: cycle.map((id) => sources.get(id)!) })),
    circular: loops.cycles.length > 0,
    get drift() {
      return lazyDrift().drift;
    },
    get driftLimits() {
      return lazyDrift().limits;
    },
    conflicts: {
      disputing: hops.filter((h) => h.stance === 'DISPUTES').map((h) => h.citation),
      contradictingClaims: [...subgraph.contradicting].sort(byId),
    },
    retracted: nodes.filter((n) => n.source.retracted === true).map((n) => n.source),
  };
}
