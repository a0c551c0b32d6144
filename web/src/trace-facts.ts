import type { QuoteDrift, Trace, TraceHop, TraceNode, TrailEnd } from './trace-types.js';

/** What the viewer reads off a trace, indexed once: titles, trail ends by kind, loops, drift. */
export interface TraceFacts {
  /** The title of a source by id (the id itself when the trace does not name it). */
  title(id: string): string;
  node(id: string): TraceNode | undefined;
  hop(citationId: string): TraceHop | undefined;
  /** Support's trail ends that are origins, dead ends, sources on the other side. */
  origins: TrailEnd[];
  deadEnds: TrailEnd[];
  otherSide: TrailEnd[];
  /** The dispute's trail ends, likewise. */
  disputeOrigins: TrailEnd[];
  disputeDeadEnds: TrailEnd[];
  /** Sources that dispute the claim (the `from` of a disputing hop), in hop order. */
  disputers: string[];
  /** Retracted sources on the trail of support / of dispute. */
  retracted: string[];
  disputeRetracted: string[];
  /** The trail end a hop that names no source stops at (its `from`, on its side), if the trace lists one. */
  endOfHop(hop: TraceHop): TrailEnd | undefined;
  /** True when the hop `from → to` is a step of a citation loop. */
  inCycle(fromId: string, toId: string): boolean;
  /** Sources on a citation loop. */
  cycleSources: Set<string>;
  /** Drift where the hop is the citing one, or the cited one. */
  driftFrom(citationId: string): QuoteDrift[];
  driftTo(citationId: string): QuoteDrift[];
}

/** Indexes a trace for the drawing, the summary and the details. Pure: reads only its argument. */
export function traceFacts(trace: Trace): TraceFacts {
  const titles = new Map<string, string>();
  for (const node of trace.nodes) titles.set(node.source.id, node.source.title);
  for (const hop of trace.hops) if (!titles.has(hop.evidencedIn.id)) titles.set(hop.evidencedIn.id, hop.evidencedIn.title);
  for (const finding of trace.findings) {
    if (!titles.has(finding.source.id)) titles.set(finding.source.id, finding.source.title);
    if (finding.beyond && !titles.has(finding.beyond.id)) titles.set(finding.beyond.id, finding.beyond.title);
  }
  const nodes = new Map(trace.nodes.map((node) => [node.source.id, node]));
  const hops = new Map(trace.hops.map((hop) => [hop.citation.id, hop]));
  const ofKind = (ends: TrailEnd[], kind: TrailEnd['kind']) => ends.filter((end) => end.kind === kind);
  const disputeEnds = trace.disputes.ends;

  const cycleSteps = new Set<string>();
  const cycleSources = new Set<string>();
  for (const cycle of trace.cycles) {
    const ids = cycle.sources.map((source) => source.id);
    ids.forEach((id, i) => {
      cycleSources.add(id);
      cycleSteps.add(`${id}\u0000${ids[(i + 1) % ids.length]}`);
    });
  }
  const driftFrom = new Map<string, QuoteDrift[]>();
  const driftTo = new Map<string, QuoteDrift[]>();
  for (const drift of trace.drift) {
    driftFrom.set(drift.from.id, [...(driftFrom.get(drift.from.id) ?? []), drift]);
    driftTo.set(drift.to.id, [...(driftTo.get(drift.to.id) ?? []), drift]);
  }

  return {
    title: (id) => titles.get(id) ?? id,
    node: (id) => nodes.get(id),
    hop: (id) => hops.get(id),
    origins: ofKind(trace.ends, 'ORIGIN'),
    deadEnds: ofKind(trace.ends, 'DEAD_END'),
    otherSide: ofKind(trace.ends, 'OTHER_SIDE'),
    disputeOrigins: ofKind(disputeEnds, 'ORIGIN'),
    disputeDeadEnds: ofKind(disputeEnds, 'DEAD_END'),
    disputers: [...new Set(trace.hops.filter((hop) => hop.side === 'DISPUTE').map((hop) => hop.from.id))],
    retracted: trace.nodes.filter((node) => node.source.retracted && node.roles.length > 0).map((node) => node.source.id),
    disputeRetracted: trace.nodes.filter((node) => node.source.retracted && node.disputeRoles.length > 0).map((node) => node.source.id),
    endOfHop: (hop) =>
      hop.to
        ? undefined
        : (hop.side === 'SUPPORT' ? trace.ends : disputeEnds).find(
            (end) => end.source.id === hop.from.id && (end.kind === 'ORIGIN' || end.kind === 'DEAD_END'),
          ),
    inCycle: (fromId, toId) => cycleSteps.has(`${fromId}\u0000${toId}`),
    cycleSources,
    driftFrom: (id) => driftFrom.get(id) ?? [],
    driftTo: (id) => driftTo.get(id) ?? [],
  };
}
