import { walkDepths } from './depths.js';
import { findPaths } from './paths.js';
import type { FetchedHop, SourceProps } from './provenance-subgraph.js';
import type { SideResult, TraceHopResult, TraceRole } from './trace-result.js';
import type { TraceIndex } from './trace-index.js';
import type { HopSides, TraceSide } from './trace-side.js';
import { endAtHop, endAtNamedSource, isSecondHand, mergeTrailEnds, observedIn, type TrailEndResult } from './trail-ends.js';

/** What walking one side reads. */
export interface SideWalkInput {
  side: TraceSide;
  /** Every fetched hop of the claim (both sides). */
  fetched: readonly FetchedHop[];
  sides: HopSides;
  /** The walked hops of this side and of the other, by source. */
  own: TraceIndex;
  other: TraceIndex;
  /** Every source the trace names, by id, and its makers. */
  sources: ReadonlyMap<string, SourceProps>;
  makers: ReadonlyMap<string, readonly string[]>;
  about: ReadonlySet<string>;
  maxDepth: number;
}

/** One side walked: its result, and what the trace's other analyses read of the walk. */
export interface SideWalk {
  result: SideResult;
  depth: Map<string, number>;
  entries: string[];
  loopStarts: string[];
  cutAt: Set<string>;
  ends: TrailEndResult[];
  /** Sources this side only reaches as OTHER_SIDE (cited, but saying the opposite). */
  opposing: Set<string>;
  roles: Map<string, Set<TraceRole>>;
  /** True when a path search bound or maxDepth cut this side's walk. */
  truncated: boolean;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The hops of one side as the trace shows them, for the sources the walk reached. */
function sideHops(input: SideWalkInput, depth: ReadonlyMap<string, number>): TraceHopResult[] {
  const hops: TraceHopResult[] = [];
  for (const hop of input.fetched) {
    const d = depth.get(hop.source.id);
    if (d === undefined || input.sides.sideOf(hop) !== input.side) continue;
    hops.push({
      citation: hop.citation,
      side: input.side,
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
  return hops;
}

/**
 * The trail ends of one side, from the walked sources themselves (complete even when the
 * paths are cut): each walked hop that names no source ends a trail at its source; a walked
 * source with no hop of this side ends the trails of the hops that name it.
 */
function sideEnds(input: SideWalkInput, depth: ReadonlyMap<string, number>): TrailEndResult[] {
  const { side, own, other, sources, makers, about, maxDepth, sides } = input;
  const namedBy = new Map<string, FetchedHop[]>();
  for (const [id, said] of own.saidBy) {
    if (!depth.has(id)) continue;
    for (const hop of said) {
      if (!hop.cites) continue;
      const list = namedBy.get(hop.cites.id);
      if (list) list.push(hop);
      else namedBy.set(hop.cites.id, [hop]);
    }
  }
  const rawEnds: TrailEndResult[] = [];
  for (const id of depth.keys()) {
    const said = own.saidBy.get(id);
    const both = side === 'SUPPORT' && sides.selfDisputed.has(id);
    if (said) {
      for (const hop of said) if (!hop.cites) rawEnds.push(endAtHop(hop, side, makers.get(id) ?? [], about, maxDepth, both));
    } else {
      for (const via of namedBy.get(id) ?? []) {
        rawEnds.push(endAtNamedSource(sources.get(id)!, via, side, other.saidBy.get(id) ?? [], makers.get(id) ?? [], about, maxDepth));
      }
    }
  }
  return mergeTrailEnds(rawEnds, maxDepth);
}

/** The retracted sources of a side: its own, and the documents its hops are read in. */
function retractedOn(onSide: readonly SourceProps[], hops: readonly TraceHopResult[]): SourceProps[] {
  const found = new Map<string, SourceProps>();
  for (const s of onSide) if (s.retracted === true) found.set(s.id, s);
  for (const hop of hops) if (hop.evidencedIn.retracted === true) found.set(hop.evidencedIn.id, hop.evidencedIn);
  return [...found.values()].sort(byId);
}

/**
 * Walks one side of a trace from its entries (sources that say the claim on this side and
 * that no hop of this side cites), and one source of each closed loop, along each citation
 * to the source it names, up to maxDepth hops: depths, hops, paths, trail ends and roles.
 * Linear in the side's hops, plus the bounded path search.
 */
export function walkSide(input: SideWalkInput): SideWalk {
  const { side, own, other, sources, makers, about, maxDepth, sides } = input;
  const { depth, entries, loopStarts, cutAt } = walkDepths(own, maxDepth);
  const hops = sideHops(input, depth);
  const search = { side, index: own, sources, makers, otherSide: other, about, maxDepth, selfDisputed: sides.selfDisputed };
  const { paths, cut } = findPaths(search, [...entries, ...loopStarts]);
  // A path maxDepth stopped is cut even when the walk reached its source another, shorter way.
  const truncated = cut || cutAt.size > 0 || paths.some((path) => path.end.kind === 'DEPTH_LIMIT');
  const ends = sideEnds(input, depth);

  const roles = new Map<string, Set<TraceRole>>();
  const addRole = (id: string, role: TraceRole) => {
    const set = roles.get(id);
    if (set) set.add(role);
    else roles.set(id, new Set([role]));
  };
  for (const id of entries) addRole(id, 'ENTRY');
  for (const [id, said] of own.saidBy) if (depth.has(id) && own.cited.has(id) && said.some((hop) => hop.cites)) addRole(id, 'RELAY');
  for (const end of ends) addRole(end.source.id, end.kind as TraceRole);
  // A hop naming a source the walk did not reach: maxDepth stopped it. (A relay on the trail of
  // dispute, made by a source that refutes the claim, is shown but never walked.)
  for (const hop of hops) if (hop.to && !depth.has(hop.to.id) && (side === 'SUPPORT' || hop.stance !== 'MENTIONS')) addRole(hop.to.id, 'BEYOND_DEPTH');

  // Sources on this side only as OTHER_SIDE (cited, but saying the opposite) are not part of it.
  const opposing = new Set(ends.filter((e) => e.kind === 'OTHER_SIDE').map((e) => e.source.id));
  const onSide = [...roles.keys()].filter((id) => !opposing.has(id)).map((id) => sources.get(id)!);
  const result: SideResult = {
    hops,
    paths,
    ends,
    origins: ends.filter((e) => e.kind === 'ORIGIN').map((e) => e.source),
    deadEnds: ends
      .filter((e) => e.kind === 'DEAD_END')
      .map(({ source, explanation, secondHand, knownThrough }) => ({ source, explanation, secondHand, knownThrough })),
    retracted: retractedOn(onSide, hops),
    sources: [...own.saidBy.keys()].filter((id) => depth.has(id)).sort().map((id) => sources.get(id)!),
  };
  return { result, depth, entries, loopStarts, cutAt, ends, opposing, roles, truncated };
}
