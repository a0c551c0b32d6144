/** One line of support: the supporters in it and the trail ends they rest on, as ids, sorted. */
export interface SupportLineIds {
  members: string[];
  upstream: string[];
}

/**
 * Independent corroboration: sources saying the claim (`supporters`) whose trails share any
 * upstream source are one line of support, transitively; each line rests on the trail ends
 * (`isEnd`) its members reach.
 *
 * Two supporters share an upstream source when the sets of sources they reach along `edges`
 * intersect. Grouping by that relation, transitively, is the same as grouping by weak
 * connectivity in the graph of the edges leaving sources some supporter reaches: a shared
 * source joins two supporters through edges of that graph; conversely every source of it
 * is reached by a supporter, an edge u → v passes whoever reaches u on to v, so all the
 * supporters reaching any source of one weak component are in one group. And a group's
 * upstream is exactly its component's sources that are trail ends. So: one walk from all
 * supporters, a union-find over the edges it crosses, one pass to collect: linear in the
 * edges (up to the sort), where comparing reach sets pairwise was quadratic.
 *
 * Lines come in the order of their smallest member, members and upstream sorted by id.
 */
export function supportLines(
  supporters: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  isEnd: (id: string) => boolean,
): SupportLineIds[] {
  // Sources some supporter reaches (supporters included).
  const reached = new Set<string>();
  const stack = [...supporters];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const next of edges.get(id) ?? []) if (!reached.has(next)) stack.push(next);
  }

  // Union-find with path halving and union by size.
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  for (const id of reached) parent.set(id, id), size.set(id, 1);
  const find = (id: string) => {
    let x = id;
    while (parent.get(x) !== x) {
      const up = parent.get(parent.get(x)!)!;
      parent.set(x, up);
      x = up;
    }
    return x;
  };
  for (const id of reached) {
    for (const next of edges.get(id) ?? []) {
      let a = find(id);
      let b = find(next);
      if (a === b) continue;
      if (size.get(a)! < size.get(b)!) [a, b] = [b, a];
      parent.set(b, a);
      size.set(a, size.get(a)! + size.get(b)!);
    }
  }

  const lines = new Map<string, SupportLineIds>();
  for (const id of [...supporters].sort()) {
    const root = find(id);
    const line = lines.get(root);
    if (line) line.members.push(id);
    else lines.set(root, { members: [id], upstream: [] });
  }
  for (const id of reached) if (isEnd(id)) lines.get(find(id))!.upstream.push(id);
  for (const line of lines.values()) line.upstream.sort();
  return [...lines.values()];
}

/**
 * True when a walk from `starts` along `edges`, entering only sources that are `passable`,
 * reaches a source that `isExit`. Linear in the edges it crosses.
 */
export function reachesExit(
  starts: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  isExit: (id: string) => boolean,
  passable: (id: string) => boolean,
): boolean {
  const seen = new Set<string>();
  const stack = starts.filter(passable);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    if (isExit(id)) return true;
    for (const next of edges.get(id) ?? []) if (!seen.has(next) && passable(next)) stack.push(next);
  }
  return false;
}

/**
 * What a line of support still stands on. LIVE: from a member that is not retracted, the
 * citations lead, through sources that are not retracted, to an exit (an origin, a dead end,
 * or a hop maxDepth stopped, beyond which the trail is unknown). RETRACTED: exits exist, but
 * every way to them passes a retracted source (or starts at one). DISPUTED_AT_SOURCE: no
 * exit, but its sources cite a source that disputes the claim (cited for it, it says the
 * opposite). CIRCULAR: no way out at all, the members only cite one another in a loop.
 * Only LIVE lines are support that stands.
 */
export type LineStatus = 'LIVE' | 'RETRACTED' | 'DISPUTED_AT_SOURCE' | 'CIRCULAR';

/**
 * The status of one line (see LineStatus). Linear in the edges leaving the line's sources;
 * lines partition the sources, so all lines together cost one pass over the edges.
 */
export function lineStatus(
  members: readonly string[],
  edges: ReadonlyMap<string, readonly string[]>,
  isExit: (id: string) => boolean,
  isRetracted: (id: string) => boolean,
  citesDisputer: (id: string) => boolean = () => false,
): LineStatus {
  if (reachesExit(members, edges, isExit, (id) => !isRetracted(id))) return 'LIVE';
  if (reachesExit(members, edges, isExit, () => true)) return 'RETRACTED';
  return reachesExit(members, edges, citesDisputer, () => true) ? 'DISPUTED_AT_SOURCE' : 'CIRCULAR';
}
