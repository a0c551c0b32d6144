/**
 * Hand-built provenance subgraphs for the trace engine's unit tests (no database): one
 * `FetchedHop` per citation, from short specs, the way `cypher/trace-claims.cypher` would
 * return them. A source's facts (title, `isPrimary`, `retracted`, publisher) are given once per
 * source and repeated on every hop that names it (as citing source, cited source or
 * evidence), so a retraction is the same wherever the source appears.
 *
 * `VoiceTrace` is the answer as issue 14 ("Independence a fact-checker can sign") specifies
 * it: lines of support are voices, with `speakers`, `mergedBecause` and `merges`, plus
 * `rumours` and `selfDisputed`. It is declared here, not imported, so that these tests pin
 * the spec whatever the engine's types say today.
 */
import { buildTrace, type TraceResult } from '../../src/provenance/build-trace.js';
import type { FetchedHop, ProvenanceSubgraph, SourceProps } from '../../src/provenance/provenance-subgraph.js';

export type Stance = 'SUPPORTS' | 'MENTIONS' | 'DISPUTES';

export interface HopSpec {
  /** The source that says it (the citing source). */
  from: string;
  /** The source it names, if any. */
  to?: string | null;
  stance?: Stance;
  quote?: string;
  /** Recorded on the citation; left out when undefined. */
  firstHand?: boolean;
  /** `evidencedIn`: the document the hop is read in, when not `from` itself. */
  seenIn?: string;
  /** Actor ids of the recorded speakers (names from `GraphOptions.names`). */
  speakers?: string[];
  /** Publisher of the citing source on this hop (overrides `GraphOptions.publishers`). */
  publisher?: string | null;
  /** Publisher of the cited source on this hop (overrides `GraphOptions.publishers`). */
  citesPublisher?: string | null;
  /** Citation id; `citation:00000`, `citation:00001`, … by position when left out. */
  id?: string;
}

export interface GraphOptions {
  claimId?: string;
  /** Ids of retracted sources. */
  retracted?: Iterable<string>;
  /** Publisher actor id of each source (sources not listed have none). */
  publishers?: Record<string, string | null | undefined>;
  /** Actor names, by id (speakers not listed are named after their id). */
  names?: Record<string, string>;
  /** Source titles, by id (default `Source <id>`). */
  titles?: Record<string, string>;
  /** `isPrimary` of sources, by id (left out when not listed). */
  primary?: Record<string, boolean>;
  /** What the claim is about (actor ids: they decide first-hand origins by the default rule). */
  about?: string[];
}

/** A fetched hop with the two fields issue 14 adds. */
export type VoiceHop = FetchedHop & { sourcePublisher?: string | null; citesPublisher?: string | null };

export const citationId = (i: number) => `citation:${String(i).padStart(5, '0')}`;

export function subgraph(specs: readonly HopSpec[], options: GraphOptions = {}): ProvenanceSubgraph & { hops: VoiceHop[] } {
  const retracted = new Set(options.retracted ?? []);
  const publisherOf = (id: string) => options.publishers?.[id] ?? null;
  const source = (id: string): SourceProps => ({
    id,
    title: options.titles?.[id] ?? `Source ${id}`,
    ...(options.primary && id in options.primary ? { isPrimary: options.primary[id] } : {}),
    ...(retracted.has(id) ? { retracted: true } : {}),
  });
  const makers = (publisher: string | null) => (publisher ? [publisher] : []);
  return {
    claim: { id: options.claimId ?? 'claim:x' },
    aboutIds: [...(options.about ?? [])],
    contradicting: [],
    hops: specs.map((spec, i): VoiceHop => {
      const sourcePublisher = spec.publisher !== undefined ? spec.publisher : publisherOf(spec.from);
      const to = spec.to ?? null;
      const citesPublisher = to === null ? null : spec.citesPublisher !== undefined ? spec.citesPublisher : publisherOf(to);
      return {
        citation: {
          id: spec.id ?? citationId(i),
          quote: spec.quote ?? `Quote ${i} from ${spec.from}`,
          stance: spec.stance ?? 'SUPPORTS',
          ...(spec.firstHand === undefined ? {} : { firstHand: spec.firstHand }),
        },
        source: source(spec.from),
        sourceMakers: makers(sourcePublisher),
        sourcePublisher,
        cites: to === null ? null : source(to),
        citesMakers: makers(citesPublisher),
        citesPublisher,
        evidencedIn: spec.seenIn ? source(spec.seenIn) : null,
        speakers: (spec.speakers ?? []).map((id) => ({ id, name: options.names?.[id] ?? id })),
      };
    }),
  };
}

export type VoiceStatus = 'LIVE' | 'RETRACTED' | 'SELF_DISPUTED' | 'DISPUTED_AT_SOURCE' | 'CIRCULAR';
export type MergeReason = 'SHARED_UPSTREAM' | 'SAME_SPEAKER' | 'SAME_TEXT' | 'SAME_PUBLISHER';
export const MERGE_REASONS: readonly MergeReason[] = ['SAME_PUBLISHER', 'SAME_SPEAKER', 'SAME_TEXT', 'SHARED_UPSTREAM'];

/** A line of support as issue 14 specifies it: one voice. */
export interface VoiceLine {
  /** Support-side sources that say the claim and reach this voice. */
  sources: SourceProps[];
  /** Its trail ends: origins, dead ends (and depth cuts). */
  upstream: SourceProps[];
  /** Recorded speakers whose voice it is. */
  speakers: { id: string; name: string }[];
  status: VoiceStatus;
  /** Distinct, sorted. */
  mergedBecause: MergeReason[];
  merges: { reason: MergeReason; on: string; sources: SourceProps[] }[];
}

export type VoiceTrace = Omit<TraceResult, 'corroboration'> & {
  corroboration: VoiceLine[];
  /** Sources that only relay the claim (MENTIONS) with no recorded speaker and name no source. */
  rumours: SourceProps[];
  /** Sources recorded both supporting and disputing the claim. */
  selfDisputed: SourceProps[];
};

/** `buildTrace` on a hand-built subgraph, read as the spec's answer. */
export function trace(graph: ProvenanceSubgraph | readonly HopSpec[], options: GraphOptions = {}, maxDepth = 20): VoiceTrace {
  const built = Array.isArray(graph) ? subgraph(graph as readonly HopSpec[], options) : (graph as ProvenanceSubgraph);
  return buildTrace(built, maxDepth) as unknown as VoiceTrace;
}

export const ids = (list: readonly { id: string }[] | undefined) => (list ?? []).map((x) => x.id);
export const sortedIds = (list: readonly { id: string }[] | undefined) => ids(list).sort();

/** A line in a few words, for comparing: its sources, trail ends and status (ids sorted). */
export interface LineSummary {
  sources: string[];
  upstream: string[];
  status: VoiceStatus;
}
export const summary = (line: VoiceLine): LineSummary => ({ sources: sortedIds(line.sources), upstream: sortedIds(line.upstream), status: line.status });
/** Every line in a few words, in a stable order (whatever order the engine lists them in). */
export function lineSummaries(t: VoiceTrace): LineSummary[] {
  return t.corroboration.map(summary).sort((a, b) => {
    const ka = JSON.stringify(a);
    const kb = JSON.stringify(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
/** The lines a source is on (as a line source or a trail end). */
export const linesOf = (t: VoiceTrace, id: string) => t.corroboration.filter((line) => ids(line.sources).includes(id) || ids(line.upstream).includes(id));
/** The one line whose trail ends include this source (fails the test when there is not exactly one). */
export function lineEndingAt(t: VoiceTrace, id: string): VoiceLine {
  const found = t.corroboration.filter((line) => ids(line.upstream).includes(id));
  if (found.length !== 1) throw new Error(`expected exactly one line ending at ${id}, found ${found.length}: ${JSON.stringify(lineSummaries(t))}`);
  return found[0]!;
}
export const countStatus = (t: VoiceTrace, status: VoiceStatus) => t.corroboration.filter((line) => line.status === status).length;
/** The roles of a source on the trail of support and of dispute ([] when it is not a node). */
export function rolesOf(t: VoiceTrace, id: string): { roles: string[]; disputeRoles: string[] } {
  const node = t.nodes.find((n) => n.source.id === id);
  return { roles: node ? [...node.roles] : [], disputeRoles: node ? [...node.disputeRoles] : [] };
}
