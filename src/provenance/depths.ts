import type { TraceIndex } from './trace-index.js';

export interface Depths {
  /** Each walked source's distance in hops from the nearest start (starts are 0). */
  depth: Map<string, number>;
  /** Entries: sources that say the claim and that no hop of the walk cites, by id. */
  entries: string[];
  /**
   * Sources the walk also starts from although a hop cites them: one per group of sources
   * that cite one another in a closed loop no entry reaches (the smallest id of the group).
   * They are not entries: every source of such a group is cited for the claim.
   */
  loopStarts: string[];
  /** Sources with a hop maxDepth stopped (the source it cites lies beyond). */
  cutAt: Set<string>;
}

/**
 * Depths in hops: one breadth-first walk from all entries at once, so each source gets its
 * shortest distance from any entry; a hop from a source at depth `maxDepth` is not followed.
 * Sources that say the claim only inside a closed loop have no entry upstream: the walk also
 * starts from the smallest of them (a loop start, not an entry) and goes on. Linear in the
 * hops: each source is marked reachable once and enqueued once.
 */
export function walkDepths({ saidBy, cited }: TraceIndex, maxDepth: number): Depths {
  const depth = new Map<string, number>();
  const cutAt = new Set<string>();
  const walk = (starts: string[]) => {
    for (const id of starts) depth.set(id, 0);
    const queue = [...starts];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]!;
      const d = depth.get(id)!;
      for (const hop of saidBy.get(id) ?? []) {
        if (!hop.cites || depth.has(hop.cites.id)) continue;
        if (d >= maxDepth) {
          cutAt.add(id);
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
  const entries = sayers.filter((id) => !cited.has(id));
  entries.forEach(markReachable);
  walk(entries);
  const loopStarts: string[] = [];
  for (const id of sayers) {
    if (!reachable.has(id)) {
      loopStarts.push(id);
      markReachable(id);
      walk([id]);
    }
  }
  return { depth, entries, loopStarts, cutAt };
}
