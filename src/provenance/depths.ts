import type { TraceIndex } from './trace-index.js';

export interface Depths {
  /** Each walked source's shortest distance from an entry (entries are 1). */
  depth: Map<string, number>;
  /** The sources the walk starts from, in the order walked. */
  entries: string[];
  /** True when maxDepth stopped the walk before a cited source. */
  depthCut: boolean;
}

/**
 * Depths: one breadth-first walk from all entries at once (the sources that say the claim
 * and that no source cites), so each source gets its shortest distance from any entry.
 * Sources that say the claim only inside a loop have no entry upstream: the smallest of
 * them becomes an entry too, and the walk goes on. Linear in the hops: each source is
 * marked reachable once and enqueued once.
 */
export function walkDepths({ saidBy, cited }: TraceIndex, maxDepth: number): Depths {
  const depth = new Map<string, number>();
  const entries: string[] = [];
  let depthCut = false;
  const walk = (starts: string[]) => {
    for (const id of starts) {
      entries.push(id);
      depth.set(id, 1);
    }
    const queue = [...starts];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]!;
      const d = depth.get(id)!;
      for (const hop of saidBy.get(id) ?? []) {
        if (!hop.cites || depth.has(hop.cites.id)) continue;
        if (d >= maxDepth) {
          depthCut = true;
          continue;
        }
        depth.set(hop.cites.id, d + 1);
        queue.push(hop.cites.id);
      }
    }
  };
  const reachable = new Set<string>();
  const markReachable = (start: string) => {
    const stack = [start];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (reachable.has(id)) continue;
      reachable.add(id);
      for (const hop of saidBy.get(id) ?? []) if (hop.cites && !reachable.has(hop.cites.id)) stack.push(hop.cites.id);
    }
  };
  const sayers = [...saidBy.keys()].sort();
  const roots = sayers.filter((id) => !cited.has(id));
  roots.forEach(markReachable);
  walk(roots);
  for (const id of sayers) {
    if (!reachable.has(id)) {
      markReachable(id);
      walk([id]);
    }
  }
  return { depth, entries, depthCut };
}
