import type { FetchedHop, SourceProps } from './provenance-subgraph.js';

/** The fetched hops indexed by source: one pass, reused by every analysis of a trace. */
export interface TraceIndex {
  /** Every source the hops name, by id (citing and cited). */
  sources: Map<string, SourceProps>;
  /** Publisher and author ids of each source. */
  makers: Map<string, string[]>;
  /** The hops each source says the claim in, in fetched order. */
  saidBy: Map<string, FetchedHop[]>;
  /** Sources some hop cites. */
  cited: Set<string>;
}

export function indexHops(hops: readonly FetchedHop[]): TraceIndex {
  const sources = new Map<string, SourceProps>();
  const makers = new Map<string, string[]>();
  const saidBy = new Map<string, FetchedHop[]>();
  const cited = new Set<string>();
  for (const hop of hops) {
    sources.set(hop.source.id, hop.source);
    makers.set(hop.source.id, hop.sourceMakers);
    if (hop.cites) {
      sources.set(hop.cites.id, hop.cites);
      makers.set(hop.cites.id, hop.citesMakers);
      cited.add(hop.cites.id);
    }
    const list = saidBy.get(hop.source.id);
    if (list) list.push(hop);
    else saidBy.set(hop.source.id, [hop]);
  }
  return { sources, makers, saidBy, cited };
}
