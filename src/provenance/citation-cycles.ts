/**
 * Every elementary cycle of a small directed graph, each once, starting at its smallest
 * node (in `order`). Bounded by `maxCycles` and by `maxSteps` of search, because the number
 * of cycles can grow exponentially with the graph; `complete` says whether a bound was hit.
 */
export function findCycles(
  order: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  maxCycles = 100,
  maxSteps = 50_000,
): { cycles: string[][]; complete: boolean } {
  const rank = new Map(order.map((id, i) => [id, i]));
  const cycles: string[][] = [];
  let steps = 0;
  for (const start of order) {
    const startRank = rank.get(start)!;
    const path = [start];
    const onPath = new Set(path);
    // Iterative DFS over neighbours ranked after `start`: each cycle is found from its smallest node only.
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    while (stack.length > 0) {
      if (++steps > maxSteps || cycles.length >= maxCycles) return { cycles, complete: false };
      const frame = stack[stack.length - 1]!;
      const neighbours = edges.get(frame.node) ?? [];
      if (frame.next >= neighbours.length) {
        stack.pop();
        onPath.delete(path.pop()!);
        continue;
      }
      const next = neighbours[frame.next++]!;
      if (next === start) {
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
