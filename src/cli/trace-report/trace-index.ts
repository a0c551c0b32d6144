import type { Side, TraceAnswer, TraceAnswerDrift, TraceAnswerEnd, TraceAnswerHop, TraceAnswerNode, TrailEndKind } from './trace-answer.js';

/** Why a trail stops at a source, on one side: a kind and the trace's own explanation. */
export interface EndAt {
  kind: TrailEndKind;
  side: Side;
  explanation: string;
  secondHand: boolean;
  knownThrough: { id: string; title: string }[];
}

/** A trace answer looked up the ways the formatters read it. */
export interface TraceIndex {
  trace: TraceAnswer;
  /** The node of a source id (every source on either trail). */
  node(id: string): TraceAnswerNode | undefined;
  /** A source's title, or its id when the trace does not name it. */
  title(id: string): string;
  /** The hops a source makes on a side, by hop depth then citation id. */
  hopsFrom(side: Side, sourceId: string): TraceAnswerHop[];
  /** Where trails of a side stop at a source, each (kind, explanation) once: trail ends, then loops and the depth limit from the paths. */
  endsAt(side: Side, sourceId: string): EndAt[];
  /** The hop of a citation id, on either side. */
  hopOf(citationId: string): TraceAnswerHop | undefined;
  /** The drifts found from a citing hop (by its citation id) to the hops it cites. */
  driftFrom(citationId: string): TraceAnswerDrift[];
  /** The sources the trails of a side start from, by id: the first source of each path, and every ENTRY. */
  starts(side: Side): string[];
  /** True when the source only relays the claim with no speaker and no source: a rumour, no line. */
  isRumour(id: string): boolean;
  /** True when the source is recorded both supporting and disputing the claim. */
  isSelfDisputed(id: string): boolean;
}

/**
 * Indexes a trace answer for the formatters. Pure, and linear in the answer: the answer is
 * bounded by the trace's own limits (TRACE_LIMITS), so the index is too.
 */
export function indexTrace(trace: TraceAnswer): TraceIndex {
  const nodes = new Map(trace.nodes.map((n) => [n.source.id, n]));
  const hops = new Map<string, TraceAnswerHop[]>();
  for (const hop of trace.hops) push(hops, `${hop.side}|${hop.from.id}`, hop);
  for (const list of hops.values()) list.sort((a, b) => a.depth - b.depth || compare(a.citation.id, b.citation.id));

  const byCitation = new Map(trace.hops.map((h) => [h.citation.id, h]));
  const ends = new Map<string, EndAt[]>();
  const addEnd = (end: { kind: TrailEndKind; side: Side; explanation: string; source: { id: string } } & Partial<TraceAnswerEnd>) => {
    const key = `${end.side}|${end.source.id}`;
    const list = ends.get(key) ?? [];
    if (list.some((e) => e.kind === end.kind && e.explanation === end.explanation)) return;
    list.push({ kind: end.kind, side: end.side, explanation: end.explanation, secondHand: end.secondHand ?? false, knownThrough: end.knownThrough ?? [] });
    ends.set(key, list);
  };
  for (const end of trace.ends) addEnd(end);
  for (const end of trace.disputes.ends) addEnd(end);
  for (const path of trace.paths) addEnd(path.end);

  const drift = new Map<string, TraceAnswerDrift[]>();
  for (const d of trace.drift) push(drift, d.from.id, d);

  const starts = (side: Side): string[] => {
    const ids = new Set<string>();
    for (const path of trace.paths) if (path.side === side && path.sourceIds[0]) ids.add(path.sourceIds[0]);
    for (const node of trace.nodes) if ((side === 'SUPPORT' ? node.roles : node.disputeRoles).includes('ENTRY')) ids.add(node.source.id);
    return [...ids].sort(compare);
  };

  const rumours = new Set(trace.rumours.map((s) => s.id));
  const selfDisputed = new Set(trace.selfDisputed.map((s) => s.id));
  return {
    trace,
    node: (id) => nodes.get(id),
    title: (id) => nodes.get(id)?.source.title ?? id,
    hopsFrom: (side, id) => hops.get(`${side}|${id}`) ?? [],
    endsAt: (side, id) => ends.get(`${side}|${id}`) ?? [],
    hopOf: (id) => byCitation.get(id),
    driftFrom: (id) => drift.get(id) ?? [],
    starts,
    isRumour: (id) => rumours.has(id),
    isSelfDisputed: (id) => selfDisputed.has(id),
  };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
