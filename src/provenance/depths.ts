import { stronglyConnected } from './citation-cycles.js';
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
 * starts from the smallest source of each closed loop that no other such loop cites (a loop
 * start, not an entry), all at once. Linear in the hops: each source is marked reachable
 * once and enqueued once, and the loops are found with one strongly-connected pass.
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
  // What no entry reaches: every such source is cited by another such source, so following
  // citers back always ends in a loop. The groups to start from are the strongly connected
  // ones that no other unreached group cites (each a closed loop): start at their smallest.
  const unreached = sayers.filter((id) => !reachable.has(id));
  const loopStarts: string[] = [];
  if (unreached.length > 0) {
    const inside = new Set(unreached);
    const edges = new Map<string, string[]>();
    for (const id of unreached) edges.set(id, (saidBy.get(id) ?? []).flatMap((hop) => (hop.cites && inside.has(hop.cites.id) ? [hop.cites.id] : [])));
    const component = stronglyConnected(unreached, edges);
    const citedGroup = new Set<number>();
    for (const [id, targets] of edges) for (const to of targets) if (component.get(to) !== component.get(id)) citedGroup.add(component.get(to)!);
    const started = new Set<number>();
    for (const id of unreached) {
      const group = component.get(id)!;
      if (citedGroup.has(group) || started.has(group)) continue;
      started.add(group);
      loopStarts.push(id);
    }
    walk(loopStarts);
  }
  return { depth, entries, loopStarts, cutAt };
}
