import { driftSummary } from './drift-summary.js';
import { painter } from './paint.js';
import { printable } from './printable.js';
import type { Side, TraceAnswer, TraceAnswerHop } from './trace-answer.js';
import { indexTrace, type EndAt, type TraceIndex } from './trace-index.js';
import { treeLines, type TreeItem } from './tree-lines.js';

/** How the tree is printed: ANSI colours on its marks only when `colour` (a terminal, NO_COLOR unset). */
export interface TraceTreeOptions {
  colour: boolean;
}

/**
 * A claim's provenance as a text tree for a terminal: the claim, then each trail of support
 * from the sources that say it, hop by hop — every quote verbatim with its stance, locator
 * and the document it is read in — down to where the trail ends, with the trace's own
 * explanation; then the trail of dispute, drift, contradicting claims and reviewers'
 * findings. Marks in brackets: [origin], [dead end], [unverified] (the end is known only
 * second-hand), [second-hand] (a hop read in another document), [cycle], [depth limit],
 * [drift] (the quote may say something the one it cites does not: what changed), [context]
 * (dim: it differs only by a cut or more of the same words), [disputes], [retracted],
 * [other side]. Pure: the same answer gives the same text;
 * each source is expanded once per side (a second way to it says "shown above"), so the
 * output is linear in the answer. Text from the graph goes through `printable`.
 */
export function traceTree(trace: TraceAnswer, { colour }: TraceTreeOptions): string {
  const ix = indexTrace(trace);
  const paint = painter(colour);
  const out: string[] = [];
  out.push(`${paint('bold', 'Claim')}  ${printable(trace.claim.text)}`);
  out.push(`       ${paint('dim', trace.claim.id)}`);
  out.push(summaryLine(trace));
  if (trace.truncated) out.push(paint('deadEnd', 'truncated: a bound of the trace cut the walk short; what lies beyond is not shown'));

  out.push('', paint('bold', 'Support'));
  const support = sideItems(ix, 'SUPPORT', paint);
  out.push(...(support.length > 0 ? treeLines(support) : ['   no source on the trace says the claim']));

  out.push('', paint('bold', 'Dispute'));
  const dispute = sideItems(ix, 'DISPUTE', paint);
  out.push(...(dispute.length > 0 ? treeLines(dispute) : ['   no source on the trace disputes the claim']));

  if (trace.driftLimits.pairsSkipped > 0) out.push(`   drift: ${trace.driftLimits.pairsSkipped} pairs of quotes not compared (bound reached)`);

  const contradicting = trace.conflicts.contradictingClaims;
  if (contradicting.length > 0) {
    out.push('', paint('bold', 'Contradicting claims'));
    for (const c of contradicting) out.push(`   ${paint('dispute', '[contradicts]')} ${printable(c.text)}  ${paint('dim', c.id)}`);
  }

  if (trace.findings.length > 0) {
    out.push('', paint('bold', "Reviewers' findings") + ' (beyond the trail: not citations, not support)');
    for (const f of trace.findings) {
      const who = f.reviewer ? printable(f.reviewer.name) : 'a reviewer';
      const beyond = f.beyond ? `, beyond ${printable(f.beyond.title)}` : '';
      out.push(`   ${who} (${printable(f.review.verdict)}) found ${printable(f.source.title)}: ${f.relation.toLowerCase()}${beyond}`);
      if (f.quote) out.push(...quoteLines(f.quote, f.locator).map((l) => `      ${l}`));
    }
  }
  out.push('', paint('dim', 'claimgraph attributes claims to sources; it does not say whether a claim is true.'));
  return out.join('\n');
}

function summaryLine(trace: TraceAnswer): string {
  const lines = `${trace.independentLines} independent line${trace.independentLines === 1 ? '' : 's'} of support stand${trace.independentLines === 1 ? 's' : ''}`;
  const parts = [lines];
  if (trace.voidLines > 0) parts.push(`${trace.voidLines} void`);
  if (trace.circularOnlyLines > 0) parts.push(`${trace.circularOnlyLines} only circular`);
  if (trace.rumours.length > 0) parts.push(`${trace.rumours.length} rumour${trace.rumours.length === 1 ? '' : 's'} (no line)`);
  if (trace.selfDisputed.length > 0) parts.push(`${trace.selfDisputed.length} on both sides`);
  parts.push(trace.circular ? 'circular reporting: citation loop' : 'no citation loop');
  parts.push(`deepest hop ${trace.maxDepthReached}`);
  return parts.join(' · ');
}

type Painter = ReturnType<typeof painter>;

function sideItems(ix: TraceIndex, side: Side, paint: Painter): TreeItem[] {
  const shown = new Set<string>();
  return ix.starts(side).map((id) => sourceItem(ix, side, id, paint, shown, new Set()));
}

function sourceItem(ix: TraceIndex, side: Side, id: string, paint: Painter, shown: Set<string>, onPath: Set<string>): TreeItem {
  const node = ix.node(id);
  const roles = node ? (side === 'SUPPORT' ? node.roles : node.disputeRoles) : [];
  const marks: string[] = [];
  if (node?.source.retracted) marks.push(paint('retracted', '[retracted]'));
  if (roles.includes('OTHER_SIDE')) marks.push(paint('dispute', '[other side]'));
  if (side === 'SUPPORT' && ix.isRumour(id)) marks.push(paint('deadEnd', '[rumour]'));
  if (ix.isSelfDisputed(id)) marks.push(paint('dispute', '[both sides]'));
  if (roles.includes('BEYOND_DEPTH')) marks.push(paint('deadEnd', '[depth limit]'));
  const kind = node ? ` (${printable(node.source.kind)})` : '';
  const head = `${paint('bold', printable(ix.title(id)))}${kind}  ${paint('dim', printable(id))}${marks.length > 0 ? `  ${marks.join(' ')}` : ''}`;
  const item: TreeItem = { lines: [head], children: [] };
  if (shown.has(id)) {
    item.lines[0] += `  ${paint('dim', '(shown above)')}`;
    return item;
  }
  shown.add(id);
  const path = new Set(onPath).add(id);
  for (const hop of ix.hopsFrom(side, id)) item.children.push(hopItem(ix, side, hop, paint, shown, path));
  // A loop's end names the source it returns to: it is drawn on the hop that returns there, not under that source.
  for (const end of ix.endsAt(side, id)) if (end.kind !== 'CYCLE') item.children.push({ lines: [endLine(end, paint)], children: [] });
  return item;
}

function hopItem(ix: TraceIndex, side: Side, hop: TraceAnswerHop, paint: Painter, shown: Set<string>, onPath: Set<string>): TreeItem {
  const lines = quoteLines(hop.quote, hop.locator, hop.stance);
  const notes: string[] = [];
  if (hop.stance === 'DISPUTES') notes.push(paint('dispute', '[disputes]'));
  if (hop.secondHand) notes.push(`${paint('deadEnd', '[second-hand]')} read in ${printable(hop.evidencedIn.title)}`);
  else if (hop.evidencedIn.id !== hop.from.id) notes.push(`read in ${printable(hop.evidencedIn.title)}`);
  // Only a change of meaning is drift; a cut or more context of the same words is shown quietly.
  for (const d of ix.driftFrom(hop.citation.id)) {
    const mark = d.meaningChanged ? paint('drift', '[drift]') : paint('dim', '[context]');
    notes.push(`${mark} from ${printable(ix.title(sourceOfCitation(ix, d.to.id)))}: ${printable(driftSummary(d))}`);
  }
  lines.push(...notes);
  const item: TreeItem = { lines, children: [] };
  if (hop.to) {
    if (onPath.has(hop.to.id)) {
      const loop = ix.endsAt(side, hop.to.id).find((end) => end.kind === 'CYCLE');
      const text = loop ? printable(loop.explanation) : `loops back to ${printable(ix.title(hop.to.id))}`;
      item.children.push({ lines: [`${paint('cycle', '[cycle]')} ${text}`], children: [] });
    } else {
      item.children.push(sourceItem(ix, side, hop.to.id, paint, shown, onPath));
    }
  }
  return item;
}

function sourceOfCitation(ix: TraceIndex, citationId: string): string {
  return ix.hopOf(citationId)?.from.id ?? citationId;
}

/** The quote, verbatim between curly quotation marks (one output line per line of the quote), then stance and locator. */
function quoteLines(quote: string, locator: string | null, stance?: string): string[] {
  const lines = printable(quote).split('\n');
  lines[0] = `“${lines[0]}`;
  lines[lines.length - 1] = `${lines[lines.length - 1]}”`;
  const about = [stance, locator ? `at ${printable(locator)}` : undefined].filter(Boolean).join(', ');
  if (about) lines[lines.length - 1] += `  (${about})`;
  return lines;
}

function endLine(end: EndAt, paint: Painter): string {
  const text = printable(end.explanation);
  switch (end.kind) {
    case 'ORIGIN':
      return `${paint('origin', end.secondHand ? '[origin] [unverified]' : '[origin]')} ${text}`;
    case 'DEAD_END':
      return `${paint('deadEnd', end.secondHand ? '[dead end] [unverified]' : '[dead end]')} ${text}`;
    case 'OTHER_SIDE':
      return `${paint('dispute', '[other side]')} ${text}`;
    case 'CYCLE':
      return `${paint('cycle', '[cycle]')} ${text}`;
    case 'DEPTH_LIMIT':
      return `${paint('deadEnd', '[depth limit]')} ${text}`;
  }
}
