/**
 * What `cypher/trace-claims.cypher` returns for one claim: the claim's citations with their
 * sources, as plain records. The trace is computed from this alone, with no further reads.
 */
export interface ProvenanceSubgraph {
  claim: Record<string, unknown> & { id: string };
  hops: FetchedHop[];
  /** Ids of what the claim is about (actors among them decide first-hand origins). */
  aboutIds: string[];
  contradicting: (Record<string, unknown> & { id: string })[];
}

export interface FetchedHop {
  citation: Record<string, unknown> & { id: string; quote: string; stance: string };
  source: SourceProps;
  /** Publisher and author ids of the citing source. */
  sourceMakers: string[];
  /** The citing source's publisher id (absent: none recorded). Voices merge on it. */
  sourcePublisher?: string | null;
  cites: SourceProps | null;
  citesMakers: string[];
  /** The cited source's publisher id. */
  citesPublisher?: string | null;
  evidencedIn: SourceProps | null;
  /** Who speaks in the quote (actor records: id, name, …). */
  speakers: (Record<string, unknown> & { id: string; name?: string })[];
}

export type SourceProps = Record<string, unknown> & { id: string; title: string; isPrimary?: boolean; retracted?: boolean; date?: string };
