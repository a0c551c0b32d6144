/**
 * The strongly connected components of a directed graph over `order` (edges to nodes outside
 * it are ignored), as a component number per node: iterative Tarjan, linear in the edges.
 */
export function stronglyConnected(order: readonly string[], edges: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const component = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let counter = 0;
  let components = 0;
  const known = new Set(order);
  for (const root of order) {
    if (index.has(root)) continue;
    const frames: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter), low.set(root, counter++), stack.push(root), onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const neighbours = edges.get(frame.node) ?? [];
      if (frame.next < neighbours.length) {
        const next = neighbours[frame.next++]!;
        if (!known.has(next)) continue;
        if (!index.has(next)) {
          index.set(next, counter), low.set(next, counter++), stack.push(next), onStack.add(next);
          frames.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components);
        } while (member !== frame.node);
        components++;
      }
    }
  }
  return component;
}

/**
 * Every elementary cycle of a small directed graph, each once, starting at its smallest
 * node (in `order`). Bounded by `maxCycles` and by `maxSteps` of search, because the number
 * of cycles can grow exponentially with the graph; `complete` says whether a bound was hit.
 * The search only enters strongly connected components (every cycle lies inside one), so
 * the acyclic part of a graph, however wide, costs one linear pass and no search steps.
 */
export function findCycles(
  order: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  maxCycles = 100,
  maxSteps = 50_000,
): { cycles: string[][]; complete: boolean } {
  const rank = new Map(order.map((id, i) => [id, i]));
  const component = stronglyConnected(order, edges);
  // Edges inside a component, in their given order: no cycle leaves its component.
  const inner = new Map<string, string[]>();
  for (const [from, targets] of edges) {
    const c = component.get(from);
    if (c === undefined) continue;
    const kept = targets.filter((to) => component.get(to) === c);
    if (kept.length > 0) inner.set(from, kept);
  }
  const cycles: string[][] = [];
  let steps = 0;
  for (const start of order) {
    if (!inner.has(start)) continue;
    const startRank = rank.get(start)!;
    const path = [start];
    const onPath = new Set(path);
    // Iterative DFS over neighbours ranked after `start`: each cycle is found from its smallest node only.
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    while (stack.length > 0) {
      if (++steps > maxSteps) return { cycles, complete: false };
      const frame = stack[stack.length - 1]!;
      const neighbours = inner.get(frame.node) ?? [];
      if (frame.next >= neighbours.length) {
        stack.pop();
        onPath.delete(path.pop()!);
        continue;
      }
      const next = neighbours[frame.next++]!;
      if (next === start) {
        // One more than the bound allows: the list is cut (exactly maxCycles is complete).
        if (cycles.length >= maxCycles) return { cycles, complete: false };
        cycles.push([...path]);
      } else if (!onPath.has(next) && (rank.get(next) ?? -1) > startRank) {
        path.push(next);
        onPath.add(next);
        stack.push({ node: next, next: 0 });
      }
    }
  }
  return { cycles, complete: true };
}
