import { isDeepStrictEqual } from 'node:util';

/** A record of a graph document: a write input with its id. */
export type GraphRecord = Record<string, unknown> & { id: string };

/**
 * A whole-graph document (the shape `importGraph` and a seed's graph.json take, and
 * `importRequests` turns into write requests) holding what a ClaimReview import writes.
 */
export interface GraphDocument {
  actors: GraphRecord[];
  sources: GraphRecord[];
  claims: GraphRecord[];
  citations: GraphRecord[];
  reviews: GraphRecord[];
}

export type GraphField = keyof GraphDocument;

export const GRAPH_FIELDS: readonly GraphField[] = ['actors', 'sources', 'claims', 'citations', 'reviews'];

/**
 * The records of several graph documents, each id once: records of one id are merged, a
 * field given by one and left out by another is kept, and where two disagree the first in
 * order wins (so several ClaimReviews naming one source by its URL write it once). Records
 * keep the order they first appear in. Pure.
 */
export function mergeGraphs(graphs: readonly GraphDocument[]): GraphDocument {
  const merged: GraphDocument = { actors: [], sources: [], claims: [], citations: [], reviews: [] };
  for (const field of GRAPH_FIELDS) {
    const byId = new Map<string, GraphRecord>();
    for (const graph of graphs) {
      for (const record of graph[field]) {
        const earlier = byId.get(record.id);
        if (!earlier) {
          const copy = { ...record };
          byId.set(record.id, copy);
          merged[field].push(copy);
          continue;
        }
        for (const [key, value] of Object.entries(record)) {
          if (earlier[key] === undefined || isDeepStrictEqual(earlier[key], [])) earlier[key] = value;
        }
      }
    }
  }
  return merged;
}
