import type { FetchedHop, SourceProps } from './provenance-subgraph.js';
import { TRACE_LIMITS } from './trace-limits.js';
import type { TraceIndex } from './trace-index.js';
import type { TraceSide } from './trace-side.js';
import { endAtHop, endAtNamedSource, endOfWalk, isSecondHand, type TrailEndResult } from './trail-ends.js';

export interface TracePathResult {
  side: TraceSide;
  sourceIds: string[];
  citationIds: string[];
  end: TrailEndResult;
  /** True when a source on the path is retracted. */
  restsOnRetracted: boolean;
  /** True when a hop on the path, or its end, is known only through another document. */
  secondHand: boolean;
}

/** What a path search of one side reads. */
export interface PathSearch {
  side: TraceSide;
  /** The hops of this side, by source. */
  index: TraceIndex;
  /** Every source the trace names, by id, with its makers (both sides). */
  sources: ReadonlyMap<string, SourceProps>;
  makers: ReadonlyMap<string, readonly string[]>;
  /** The hops of the other side, by source. */
  otherSide: TraceIndex;
  /** Ids of what the claim is about. */
  about: ReadonlySet<string>;
  maxDepth: number;
  /** Sources recorded both supporting and disputing the claim: their support ends say so. */
  selfDisputed: ReadonlySet<string>;
}

/**
 * The paths of one side, depth first from each start, one per way through the forks, to a
 * trail end: an origin, a dead end, a source on the other side, a loop back onto the path,
 * or maxDepth (a hop from a source `maxDepth` hops from the start is not followed).
 * Bounded: at most `TRACE_LIMITS.maxPaths` paths and `maxPathSteps` steps; `cut` says a
 * bound stopped the search. The path is kept on one stack (push on the way in, pop on the
 * way out); only a finished path is copied, so a step costs O(1) and a path its length.
 */
export function findPaths(search: PathSearch, starts: readonly string[]) {
  const { side, index, sources, makers, otherSide, about, maxDepth, selfDisputed } = search;
  const makersOf = (id: string) => makers.get(id) ?? [];
  const paths: TracePathResult[] = [];
  const sourceIds: string[] = [];
  const citationIds: string[] = [];
  const onPath = new Set<string>();
  let retractedOnPath = 0;
  let secondHandOnPath = 0;
  let cut = false;
  let steps = 0;

  const end = (trailEnd: TrailEndResult, extra?: SourceProps) => {
    if (paths.length >= TRACE_LIMITS.maxPaths) {
      cut = true;
      return;
    }
    paths.push({
      side,
      sourceIds: extra ? [...sourceIds, extra.id] : [...sourceIds],
      citationIds: [...citationIds],
      end: trailEnd,
      restsOnRetracted: retractedOnPath > 0 || extra?.retracted === true,
      secondHand: secondHandOnPath > 0 || trailEnd.secondHand,
    });
  };
  const enter = (id: string) => {
    sourceIds.push(id);
    onPath.add(id);
    if (sources.get(id)?.retracted === true) retractedOnPath++;
  };
  const leave = () => {
    const id = sourceIds.pop()!;
    onPath.delete(id);
    if (sources.get(id)?.retracted === true) retractedOnPath--;
  };

  const visit = (id: string, via: FetchedHop | null) => {
    if (cut || ++steps > TRACE_LIMITS.maxPathSteps) {
      cut = true;
      return;
    }
    const own = index.saidBy.get(id) ?? [];
    if (own.length === 0) {
      // Only a cited source says nothing on this side: starts say the claim.
      end(endAtNamedSource(sources.get(id)!, via!, side, otherSide.saidBy.get(id) ?? [], makersOf(id), about, maxDepth));
      return;
    }
    for (const hop of own) {
      if (cut) return;
      citationIds.push(hop.citation.id);
      const second = isSecondHand(hop);
      if (second) secondHandOnPath++;
      const next = hop.cites;
      if (!next) {
        end(endAtHop(hop, side, makersOf(id), about, maxDepth, side === 'SUPPORT' && selfDisputed.has(id)));
      } else if (onPath.has(next.id)) {
        end(endOfWalk('CYCLE', side, next, maxDepth), next);
      } else if (sourceIds.length > maxDepth) {
        end(endOfWalk('DEPTH_LIMIT', side, next, maxDepth), next);
      } else {
        enter(next.id);
        visit(next.id, hop);
        leave();
      }
      if (second) secondHandOnPath--;
      citationIds.pop();
    }
  };

  for (const start of starts) {
    if (cut) break;
    enter(start);
    visit(start, null);
    leave();
  }
  return { paths, cut };
}
