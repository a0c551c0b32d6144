import { TRACE_LIMITS } from './trace-limits.js';
import type { TraceIndex } from './trace-index.js';
import { classifyTrailEnd, type TrailEndResult } from './trail-ends.js';

export interface TracePathResult {
  sourceIds: string[];
  citationIds: string[];
  end: TrailEndResult;
  restsOnRetracted: boolean;
  /** True when the path's first hop disputes the claim: a path of opposition, not of support. */
  disputing: boolean;
}

/**
 * Paths, depth first from each entry, one per way through the forks, to a trail end (an
 * origin, a dead end, a loop back onto the path, or maxDepth). Bounded: at most
 * `TRACE_LIMITS.maxPaths` paths and `maxPathSteps` steps, each step copying a path of at
 * most maxDepth + 1 ids; `cut` says a bound stopped the search.
 */
export function findPaths(index: TraceIndex, entries: readonly string[], about: ReadonlySet<string>, maxDepth: number) {
  const { sources, saidBy, makers } = index;
  const classify = (id: string) => classifyTrailEnd(sources.get(id)!, makers.get(id) ?? [], about);
  const paths: TracePathResult[] = [];
  let cut = false;
  let steps = 0;
  const end = (sourceIds: string[], citationIds: string[], trailEnd: TrailEndResult, disputing: boolean) => {
    if (paths.length >= TRACE_LIMITS.maxPaths) {
      cut = true;
      return;
    }
    const restsOnRetracted = sourceIds.some((id) => sources.get(id)?.retracted === true);
    paths.push({ sourceIds, citationIds, end: trailEnd, restsOnRetracted, disputing });
  };
  const visit = (id: string, sourceIds: string[], citationIds: string[], disputing: boolean | null) => {
    if (cut || ++steps > TRACE_LIMITS.maxPathSteps) {
      cut = true;
      return;
    }
    const own = saidBy.get(id) ?? [];
    if (own.length === 0) return end(sourceIds, citationIds, classify(id), disputing === true);
    for (const hop of own) {
      if (cut) return;
      const against = disputing ?? hop.citation.stance === 'DISPUTES';
      const via = [...citationIds, hop.citation.id];
      if (!hop.cites) {
        end(sourceIds, via, classify(id), against);
      } else if (sourceIds.includes(hop.cites.id)) {
        end([...sourceIds, hop.cites.id], via, { kind: 'CYCLE', source: hop.cites, explanation: `loops back to ${hop.cites.title}` }, against);
      } else if (sourceIds.length >= maxDepth) {
        end([...sourceIds, hop.cites.id], via, { kind: 'DEPTH_LIMIT', source: hop.cites, explanation: `maxDepth ${maxDepth} stopped the walk at ${hop.cites.title}` }, against);
      } else {
        visit(hop.cites.id, [...sourceIds, hop.cites.id], via, against);
      }
    }
  };
  for (const entry of entries) visit(entry, [entry], [], null);
  return { paths, cut };
}
