import { findCycles } from './citation-cycles.js';
import type { FetchedHop, ProvenanceSubgraph, SourceProps } from './provenance-subgraph.js';
import { QuoteComparer, type QuoteDifference } from './quote-drift.js';

/**
 * Bounds of one trace. They keep a trace's work and its answer small enough to compute on
 * every request and to draw, whatever the claim: past them the trace says `truncated`.
 */
export const TRACE_LIMITS = {
  /** Deepest maxDepth a client may ask for: real provenance chains are a handful of hops. */
  maxDepth: 20,
  /** Citations of one claim read per trace (the query fetches one more to detect the cap). */
  maxCitations: 2000,
  /** Paths listed per trace: paths multiply at every fork, so they need a cap of their own. */
  maxPaths: 500,
  /** Steps of path search per trace, so that a dense graph cannot stall a request. */
  maxPathSteps: 100_000,
} as const;

export type TraceRole = 'ENTRY' | 'RELAY' | 'ORIGIN' | 'DEAD_END' | 'BEYOND_DEPTH';
export type TrailEndKind = 'ORIGIN' | 'DEAD_END' | 'CYCLE' | 'DEPTH_LIMIT';

export interface TraceHopResult {
  citation: FetchedHop['citation'];
  from: SourceProps;
  to: SourceProps | null;
  evidencedIn: SourceProps;
  quote: string;
  stance: string;
  locator: string | null;
  date: string | null;
  speakers: FetchedHop['speakers'];
  depth: number;
}

export interface TrailEndResult {
  kind: TrailEndKind;
  source: SourceProps;
  explanation: string;
}

export interface TracePathResult {
  sourceIds: string[];
  citationIds: string[];
  end: TrailEndResult;
  restsOnRetracted: boolean;
  /** True when the path's first hop disputes the claim: a path of opposition, not of support. */
  disputing: boolean;
}

export interface TraceResult {
  claim: ProvenanceSubgraph['claim'];
  maxDepthReached: number;
  truncated: boolean;
  nodes: { source: SourceProps; depth: number; role: TraceRole }[];
  hops: TraceHopResult[];
  paths: TracePathResult[];
  origins: SourceProps[];
  deadEnds: { source: SourceProps; explanation: string }[];
  corroboration: { sources: SourceProps[]; upstream: SourceProps[] }[];
  independentLines: number;
  cycles: { sources: SourceProps[] }[];
  circular: boolean;
  drift: ({ from: FetchedHop['citation']; to: FetchedHop['citation'] } & QuoteDifference)[];
  conflicts: { disputing: FetchedHop['citation'][]; contradictingClaims: ProvenanceSubgraph['contradicting'] };
  retracted: SourceProps[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Walks a claim's provenance from its entry sources (the sources that say it and that no
 * other source on the trail cites) along each citation to the source it names, up to
 * `maxDepth` sources deep, and derives what an investigator looks for: trail ends (origins
 * and dead ends), independent lines of support, citation loops, quote drift, disputes and
 * retractions. Pure: everything comes from the subgraph the database returned.
 */
export function buildTrace(subgraph: ProvenanceSubgraph, maxDepth: number): TraceResult {
  const capped = subgraph.hops.length > TRACE_LIMITS.maxCitations;
  const fetched = capped ? subgraph.hops.slice(0, TRACE_LIMITS.maxCitations) : subgraph.hops;
  const about = new Set(subgraph.aboutIds);

  const sources = new Map<string, SourceProps>();
  const makers = new Map<string, string[]>();
  const saidBy = new Map<string, FetchedHop[]>();
  const cited = new Set<string>();
  for (const hop of fetched) {
    sources.set(hop.source.id, hop.source);
    makers.set(hop.source.id, hop.sourceMakers);
    if (hop.cites) {
      sources.set(hop.cites.id, hop.cites);
      makers.set(hop.cites.id, hop.citesMakers);
      cited.add(hop.cites.id);
    }
    const list = saidBy.get(hop.source.id) ?? [];
    list.push(hop);
    saidBy.set(hop.source.id, list);
  }

  // Depths: one breadth-first walk from all entries at once, so each source gets its
  // shortest distance from any entry. Sources that say the claim only inside a loop have no
  // entry upstream: the smallest of them becomes an entry too, and the walk goes on.
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
      for (const hop of saidBy.get(id) ?? []) if (hop.cites) stack.push(hop.cites.id);
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

  const hops: TraceHopResult[] = fetched
    .filter((hop) => depth.has(hop.source.id))
    .map((hop) => ({
      citation: hop.citation,
      from: hop.source,
      to: hop.cites,
      evidencedIn: hop.evidencedIn ?? hop.source,
      quote: hop.citation.quote,
      stance: hop.citation.stance,
      locator: (hop.citation.locator as string | undefined) ?? null,
      date: hop.source.date ?? null,
      speakers: hop.speakers,
      depth: depth.get(hop.source.id)!,
    }));

  const classify = (source: SourceProps): TrailEndResult => {
    if (source.isPrimary === true) return { kind: 'ORIGIN', source, explanation: `origin: ${source.title} is a primary source` };
    const firstHand = source.isPrimary !== false && (makers.get(source.id) ?? []).some((id) => about.has(id));
    if (firstHand) {
      return { kind: 'ORIGIN', source, explanation: `origin: ${source.title} is by an actor the claim is about (first-hand)` };
    }
    return { kind: 'DEAD_END', source, explanation: `unsourced beyond ${source.title}` };
  };

  // Paths, depth first from each entry, one per way through the forks.
  const paths: TracePathResult[] = [];
  let pathsCut = false;
  let steps = 0;
  const end = (sourceIds: string[], citationIds: string[], trailEnd: TrailEndResult, disputing: boolean) => {
    if (paths.length >= TRACE_LIMITS.maxPaths) {
      pathsCut = true;
      return;
    }
    const restsOnRetracted = sourceIds.some((id) => sources.get(id)?.retracted === true);
    paths.push({ sourceIds, citationIds, end: trailEnd, restsOnRetracted, disputing });
  };
  const visit = (id: string, sourceIds: string[], citationIds: string[], disputing: boolean | null) => {
    if (pathsCut || ++steps > TRACE_LIMITS.maxPathSteps) {
      pathsCut = true;
      return;
    }
    const source = sources.get(id)!;
    const own = saidBy.get(id) ?? [];
    if (own.length === 0) return end(sourceIds, citationIds, classify(source), disputing === true);
    for (const hop of own) {
      const against = disputing ?? hop.citation.stance === 'DISPUTES';
      const via = [...citationIds, hop.citation.id];
      if (!hop.cites) {
        end(sourceIds, via, classify(source), against);
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

  const ends = new Map<string, TrailEndResult>();
  for (const path of paths) if (path.end.kind === 'ORIGIN' || path.end.kind === 'DEAD_END') ends.set(path.end.source.id, path.end);

  const nodes = [...new Set([...depth.keys(), ...hops.flatMap((h) => (h.to ? [h.to.id] : []))])]
    .map((id) => {
      const d = depth.get(id) ?? maxDepth + 1;
      const trailEnd = ends.get(id);
      const role: TraceRole = trailEnd ? trailEnd.kind as TraceRole : d > maxDepth ? 'BEYOND_DEPTH' : d === 1 ? 'ENTRY' : 'RELAY';
      return { source: sources.get(id)!, depth: d, role };
    })
    .sort((a, b) => a.depth - b.depth || byId(a.source, b.source));

  // Citation loops among the walked sources.
  const edges = new Map<string, string[]>();
  for (const hop of hops) if (hop.to && depth.has(hop.to.id)) edges.set(hop.from.id, [...(edges.get(hop.from.id) ?? []), hop.to.id]);
  for (const [id, targets] of edges) edges.set(id, [...new Set(targets)].sort());
  const loops = findCycles([...depth.keys()].sort(), edges);

  // Independent corroboration: sources saying the claim (not disputing it) whose trails
  // share any upstream source are one line of support.
  const reach = (start: string) => {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) for (const next of edges.get(stack.pop()!) ?? []) if (!seen.has(next)) seen.add(next), stack.push(next);
    return seen;
  };
  const supporters = [...depth.keys()].filter((id) => (saidBy.get(id) ?? []).some((h) => h.citation.stance !== 'DISPUTES')).sort();
  const parent = new Map(supporters.map((id) => [id, id]));
  const find = (id: string): string => (parent.get(id) === id ? id : find(parent.get(id)!));
  const reaches = new Map(supporters.map((id) => [id, reach(id)]));
  const firstReacher = new Map<string, string>();
  for (const id of supporters) {
    for (const upstream of reaches.get(id)!) {
      const other = firstReacher.get(upstream);
      if (other === undefined) firstReacher.set(upstream, id);
      else parent.set(find(id), find(other));
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of supporters) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  const corroboration = [...groups.values()].map((members) => {
    const upstream = new Set(members.flatMap((id) => [...reaches.get(id)!]).filter((id) => ends.has(id)));
    return { sources: members.map((id) => sources.get(id)!), upstream: [...upstream].sort().map((id) => sources.get(id)!) };
  });

  const hopsBySource = new Map<string, TraceHopResult[]>();
  for (const hop of hops) hopsBySource.set(hop.from.id, [...(hopsBySource.get(hop.from.id) ?? []), hop]);
  const quotes = new QuoteComparer();
  const drift = hops.flatMap((hop) =>
    (hop.to ? (hopsBySource.get(hop.to.id) ?? []) : []).flatMap((next) => {
      const difference = quotes.compare(hop.quote, next.quote);
      return difference ? [{ from: hop.citation, to: next.citation, ...difference }] : [];
    }),
  );

  return {
    claim: subgraph.claim,
    maxDepthReached: Math.max(0, ...[...depth.values()]),
    truncated: capped || depthCut || pathsCut || !loops.complete,
    nodes,
    hops,
    paths,
    origins: [...ends.values()].filter((e) => e.kind === 'ORIGIN').map((e) => e.source).sort(byId),
    deadEnds: [...ends.values()]
      .filter((e) => e.kind === 'DEAD_END')
      .map((e) => ({ source: e.source, explanation: e.explanation }))
      .sort((a, b) => byId(a.source, b.source)),
    corroboration,
    independentLines: corroboration.length,
    cycles: loops.cycles.map((cycle) => ({ sources: cycle.map((id) => sources.get(id)!) })),
    circular: loops.cycles.length > 0,
    drift,
    conflicts: {
      disputing: hops.filter((h) => h.stance === 'DISPUTES').map((h) => h.citation),
      contradictingClaims: [...subgraph.contradicting].sort(byId),
    },
    retracted: nodes.filter((n) => n.source.retracted === true).map((n) => n.source),
  };
}
