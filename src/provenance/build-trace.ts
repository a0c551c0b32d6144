import { findCycles } from './citation-cycles.js';
import { lineStatus, reachesExit, supportLines, type LineStatus } from './corroboration.js';
import { walkDepths } from './depths.js';
import { findPaths, type TracePathResult } from './paths.js';
import type { FetchedHop, ProvenanceSubgraph, SourceProps } from './provenance-subgraph.js';
import { traceDrift, type DriftLimitsResult, type DriftOptions, type QuoteDriftResult } from './trace-drift.js';
import { indexHops, type TraceIndex } from './trace-index.js';
import { TRACE_LIMITS } from './trace-limits.js';
import { sideOfStance, type TraceSide } from './trace-side.js';
import { endAtHop, endAtNamedSource, isSecondHand, mergeTrailEnds, observedIn, type TrailEndKind, type TrailEndResult } from './trail-ends.js';

export { TRACE_LIMITS };
export type { LineStatus, TracePathResult, TraceSide, TrailEndKind, TrailEndResult };

/** What a source is on one side of a trace; a source may be several at once. In this order. */
export const TRACE_ROLES = ['ENTRY', 'RELAY', 'ORIGIN', 'DEAD_END', 'OTHER_SIDE', 'BEYOND_DEPTH'] as const;
export type TraceRole = (typeof TRACE_ROLES)[number];

export interface TraceHopResult {
  citation: FetchedHop['citation'];
  side: TraceSide;
  from: SourceProps;
  to: SourceProps | null;
  evidencedIn: SourceProps;
  /** True when the hop is known only through another document (`evidencedIn` ≠ `from`). */
  secondHand: boolean;
  quote: string;
  stance: string;
  locator: string | null;
  date: string | null;
  speakers: FetchedHop['speakers'];
  /** The hop's number along the shortest way from a start of its side: 1 for a start's own hops. */
  depth: number;
}

export interface TraceNodeResult {
  source: SourceProps;
  /** Hops from the nearest start, on either side (a start is 0; beyond maxDepth: maxDepth + 1). */
  depth: number;
  /** Roles on the trail of support, in TRACE_ROLES order. */
  roles: TraceRole[];
  /** Roles on the trail of dispute. */
  disputeRoles: TraceRole[];
  /** The first role (support side first): kept for clients of the single-role API. */
  role: TraceRole;
}

export interface DeadEndResult {
  source: SourceProps;
  explanation: string;
  secondHand: boolean;
  knownThrough: SourceProps[];
}

export interface SupportLineResult {
  sources: SourceProps[];
  upstream: SourceProps[];
  status: LineStatus;
}

/** One side of the trail, walked on its own. */
interface SideResult {
  hops: TraceHopResult[];
  paths: TracePathResult[];
  ends: TrailEndResult[];
  origins: SourceProps[];
  deadEnds: DeadEndResult[];
  retracted: SourceProps[];
  /** Sources that say the claim on this side (walked), by id: on the dispute side, who disputes. */
  sources: SourceProps[];
}

export interface TraceResult extends Omit<SideResult, 'sources'> {
  claim: ProvenanceSubgraph['claim'];
  maxDepthReached: number;
  truncated: boolean;
  nodes: TraceNodeResult[];
  corroboration: SupportLineResult[];
  independentLines: number;
  voidLines: number;
  circularOnlyLines: number;
  closedLoop: boolean;
  cycles: { sources: SourceProps[] }[];
  circular: boolean;
  /** Quote drift, computed on first read (a lazy getter: a query that does not ask for it pays nothing). */
  readonly drift: QuoteDriftResult<FetchedHop['citation']>[];
  /** What drift compared and cut; reading it computes drift too (once per trace). */
  readonly driftLimits: DriftLimitsResult;
  conflicts: { disputing: FetchedHop['citation'][]; contradictingClaims: ProvenanceSubgraph['contradicting'] };
  disputes: SideResult;
  /**
   * Whether the claim's support rests on this source alone: some way from a start of support
   * to a way out (an origin, a dead end, or past maxDepth) stands with no retracted source on
   * it other than this one, and none stands without it. A graph search, exact whatever the
   * path cap; what the walk did not read (caps on citations and depth) it cannot see.
   */
  restsAlone(sourceId: string): boolean;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Walks a claim's provenance, the trail of support and the trail of dispute apart (see
 * trace-side.ts), each from its entries (sources that say the claim on that side and that
 * no hop of that side cites) along each citation to the source it names, up to `maxDepth`
 * hops, and derives what an investigator looks for: trail ends (origins, dead ends, and
 * whether each is known first- or second-hand), independent lines of support and what
 * voids them, citation loops, quote drift, disputes and retractions. Pure: everything comes
 * from the subgraph the database returned.
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
  const { sources, makers } = indexHops(fetched);
  const index = {
    SUPPORT: indexHops(fetched.filter((hop) => sideOfStance(hop.citation.stance) === 'SUPPORT')),
    DISPUTE: indexHops(fetched.filter((hop) => sideOfStance(hop.citation.stance) === 'DISPUTE')),
  };
  let truncated = capped;
  const roles = { SUPPORT: new Map<string, Set<TraceRole>>(), DISPUTE: new Map<string, Set<TraceRole>>() };
  const depthOf = new Map<string, number>();

  const walkSide = (side: TraceSide, other: TraceIndex) => {
    const own = index[side];
    const { depth, entries, loopStarts, cutAt } = walkDepths(own, maxDepth);
    const hops: TraceHopResult[] = [];
    for (const hop of fetched) {
      const d = depth.get(hop.source.id);
      if (d === undefined || sideOfStance(hop.citation.stance) !== side) continue;
      hops.push({
        citation: hop.citation,
        side,
        from: hop.source,
        to: hop.cites,
        evidencedIn: observedIn(hop),
        secondHand: isSecondHand(hop),
        quote: hop.citation.quote,
        stance: hop.citation.stance,
        locator: (hop.citation.locator as string | undefined) ?? null,
        date: hop.source.date ?? null,
        speakers: hop.speakers,
        depth: d + 1,
      });
    }
    const search = { side, index: own, sources, makers, otherSide: other, about, maxDepth };
    const { paths, cut } = findPaths(search, [...entries, ...loopStarts]);
    // A path maxDepth stopped is cut even when the walk reached its source another, shorter way.
    if (cut || cutAt.size > 0 || paths.some((path) => path.end.kind === 'DEPTH_LIMIT')) truncated = true;
    // Trail ends, from the walked sources themselves (complete even when the paths are cut):
    // each hop of this side that names no source ends a trail at its source; a walked source
    // with no hop of this side ends the trails of the hops that name it.
    const namedBy = new Map<string, FetchedHop[]>();
    for (const hop of fetched) {
      if (!hop.cites || !depth.has(hop.source.id) || sideOfStance(hop.citation.stance) !== side) continue;
      const list = namedBy.get(hop.cites.id);
      if (list) list.push(hop);
      else namedBy.set(hop.cites.id, [hop]);
    }
    const rawEnds: TrailEndResult[] = [];
    for (const id of depth.keys()) {
      const said = own.saidBy.get(id);
      if (said) {
        for (const hop of said) if (!hop.cites) rawEnds.push(endAtHop(hop, side, makers.get(id) ?? [], about, maxDepth));
      } else {
        for (const via of namedBy.get(id) ?? []) {
          rawEnds.push(endAtNamedSource(sources.get(id)!, via, side, other.saidBy.get(id) ?? [], makers.get(id) ?? [], about, maxDepth));
        }
      }
    }
    const ends = mergeTrailEnds(rawEnds, maxDepth);

    const sideRoles = roles[side];
    const addRole = (id: string, role: TraceRole) => {
      const set = sideRoles.get(id);
      if (set) set.add(role);
      else sideRoles.set(id, new Set([role]));
    };
    for (const id of entries) addRole(id, 'ENTRY');
    for (const [id, said] of own.saidBy) if (depth.has(id) && own.cited.has(id) && said.some((hop) => hop.cites)) addRole(id, 'RELAY');
    for (const end of ends) addRole(end.source.id, end.kind as TraceRole);
    for (const [id, d] of depth) depthOf.set(id, Math.min(d, depthOf.get(id) ?? d));
    for (const hop of hops) {
      if (hop.to && !depth.has(hop.to.id)) {
        addRole(hop.to.id, 'BEYOND_DEPTH');
        if (!depthOf.has(hop.to.id)) depthOf.set(hop.to.id, maxDepth + 1);
      }
    }

    // Sources on this side only as OTHER_SIDE (cited, but saying the opposite) are not part of it.
    const opposing = new Set(ends.filter((e) => e.kind === 'OTHER_SIDE').map((e) => e.source.id));
    const onSide = [...sideRoles.keys()].filter((id) => !opposing.has(id)).map((id) => sources.get(id)!);
    const result: SideResult = {
      hops,
      paths,
      ends,
      origins: ends.filter((e) => e.kind === 'ORIGIN').map((e) => e.source),
      deadEnds: ends
        .filter((e) => e.kind === 'DEAD_END')
        .map(({ source, explanation, secondHand, knownThrough }) => ({ source, explanation, secondHand, knownThrough })),
      retracted: onSide.filter((s) => s.retracted === true).sort(byId),
      sources: [...own.saidBy.keys()].filter((id) => depth.has(id)).sort().map((id) => sources.get(id)!),
    };
    return { result, depth, entries, loopStarts, cutAt, ends, opposing };
  };

  const support = walkSide('SUPPORT', index.DISPUTE);
  const dispute = walkSide('DISPUTE', index.SUPPORT);

  // The walked citation graph of support: each walked source to the walked sources it cites,
  // once each, sorted; a cited source that says the claim only on the other side is no part
  // of any support (see OTHER_SIDE), so no edge leads to it.
  const edges = new Map<string, string[]>();
  const citesDisputer = new Set<string>();
  for (const hop of support.result.hops) {
    if (!hop.to || !support.depth.has(hop.to.id)) continue;
    if (support.opposing.has(hop.to.id)) {
      citesDisputer.add(hop.from.id);
      continue;
    }
    const targets = edges.get(hop.from.id);
    if (targets) targets.push(hop.to.id);
    else edges.set(hop.from.id, [hop.to.id]);
  }
  for (const [id, targets] of edges) edges.set(id, [...new Set(targets)].sort());
  const walked = [...support.depth.keys()].filter((id) => !support.opposing.has(id)).sort();

  // Citation loops among the sources of support.
  const loops = findCycles(walked, edges, TRACE_LIMITS.maxCycles, TRACE_LIMITS.maxCycleSteps);
  if (!loops.complete) truncated = true;

  // Independent lines of support, and what each still stands on: the ways out of a line are
  // its origins and dead ends, and the sources where maxDepth cut the walk (unknown beyond).
  const exits = new Set([...support.ends.filter((e) => e.kind !== 'OTHER_SIDE').map((e) => e.source.id), ...support.cutAt]);
  const isExit = (id: string) => exits.has(id);
  const retracted = (id: string) => sources.get(id)?.retracted === true;
  const corroboration = supportLines(
    support.result.sources.map((s) => s.id),
    edges,
    isExit,
  ).map(
    (line): SupportLineResult => ({
      sources: line.members.map((id) => sources.get(id)!),
      upstream: line.upstream.map((id) => sources.get(id)!),
      status: lineStatus(line.members, edges, isExit, retracted, (id) => citesDisputer.has(id)),
    }),
  );
  const starts = [...support.entries, ...support.loopStarts];
  const restsAlone = (sourceId: string) =>
    reachesExit(starts, edges, isExit, (id) => id === sourceId || !retracted(id)) &&
    !reachesExit(starts, edges, isExit, (id) => id !== sourceId && !retracted(id));
  const countLines = (status: LineStatus) => corroboration.filter((line) => line.status === status).length;

  const nodes = [...depthOf.keys()]
    .map((id): TraceNodeResult => {
      const ordered = (set: Set<TraceRole> | undefined) => TRACE_ROLES.filter((role) => set?.has(role));
      const supportRoles = ordered(roles.SUPPORT.get(id));
      const disputeRoles = ordered(roles.DISPUTE.get(id));
      return { source: sources.get(id)!, depth: depthOf.get(id)!, roles: supportRoles, disputeRoles, role: [...supportRoles, ...disputeRoles][0]! };
    })
    .sort((a, b) => a.depth - b.depth || byId(a.source, b.source));

  let maxDepthReached = 0;
  for (const node of nodes) if (node.depth <= maxDepth && node.depth > maxDepthReached) maxDepthReached = node.depth;

  const hops = [...support.result.hops, ...dispute.result.hops].sort((a, b) => byId(a.citation, b.citation));
  let drift: ReturnType<typeof traceDrift<TraceHopResult>> | undefined;
  const lazyDrift = () => (drift ??= traceDrift(hops, driftOptions));

  const { sources: _supporters, ...supportSide } = support.result;
  return {
    claim: subgraph.claim,
    maxDepthReached,
    truncated,
    nodes,
    ...supportSide,
    hops,
    paths: [...support.result.paths, ...dispute.result.paths],
    corroboration,
    independentLines: countLines('LIVE'),
    voidLines: countLines('RETRACTED') + countLines('DISPUTED_AT_SOURCE'),
    circularOnlyLines: countLines('CIRCULAR'),
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
      disputing: dispute.result.hops.map((h) => h.citation),
      contradictingClaims: [...subgraph.contradicting].sort(byId),
    },
    disputes: dispute.result,
    restsAlone,
  };
}
