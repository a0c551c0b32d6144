import { driftSummary } from './drift-summary.js';
import { markdownQuote, markdownText as md } from './markdown-text.js';
import type { LineStatus, MergeReason, Side, TraceAnswer, TraceAnswerHop } from './trace-answer.js';
import { indexTrace, type EndAt, type TraceIndex } from './trace-index.js';

/** What the report says of where it came from: the depth asked for (and the time, when the caller gives one). */
export interface TraceMarkdownOptions {
  maxDepth: number;
}

const LINE_STATUS: Record<LineStatus, string> = {
  LIVE: 'stands',
  RETRACTED: 'void: every way out passes a retracted source',
  SELF_DISPUTED: 'not counted: the source it rests on also disputes the claim',
  DISPUTED_AT_SOURCE: 'void: the sources it cites dispute the claim',
  CIRCULAR: 'void: its sources only cite one another in a loop',
};

const MERGE_REASON: Record<MergeReason, string> = {
  SHARED_UPSTREAM: 'its sources share an upstream source',
  SAME_SPEAKER: 'its trail ends carry one speaker',
  SAME_TEXT: 'its trail ends carry the same words',
  SAME_PUBLISHER: 'its trail ends have one publisher',
};

/**
 * A claim's provenance as a Markdown report a fact-checker can paste into an article: the
 * claim; where each trail ends and why, in the trace's own explanations; the lines of
 * support that stand and those that are void; every hop, support then dispute, with its
 * quote verbatim (as a blockquote), its source, stance, locator and the document it is read
 * in, second-hand hops marked as such; quote drift; contradicting claims; reviewers'
 * findings (after the trail, never as support); and a note that the report attributes and
 * does not assert. Pure: the same answer gives the same text. Text from the graph is
 * escaped (`markdownText`) so that it renders as written.
 */
export function traceMarkdown(trace: TraceAnswer, { maxDepth }: TraceMarkdownOptions): string {
  const ix = indexTrace(trace);
  const out: string[] = [];
  out.push(`## Where the claim comes from`, '');
  out.push(`**Claim:** ${md(trace.claim.text)}`, '');
  out.push(`Claim id \`${trace.claim.id}\`; trails followed up to ${maxDepth} hops (the deepest reached: ${trace.maxDepthReached}).`, '');
  out.push(
    '*This report attributes: it says which sources say the claim, in their own words, and where their trail ends. It does not say whether the claim is true.*',
    '',
  );
  if (trace.truncated) out.push('**Incomplete:** a bound of the trace cut the walk short; sources beyond it are not in this report.', '');

  out.push('### Where the trail ends', '');
  const supportEnds = endsOf(ix, 'SUPPORT');
  if (supportEnds.length === 0) out.push('No trail of support reaches an end: no source on the trace says the claim.');
  for (const [sourceId, end] of supportEnds) out.push(`- ${endLabel(end)} at **${md(ix.title(sourceId))}**: ${md(end.explanation)}`);
  out.push('');

  out.push('### Lines of support', '');
  out.push(
    `${count(trace.independentLines, 'independent line')} of support ${trace.independentLines === 1 ? 'stands' : 'stand'}` +
      `; ${count(trace.voidLines, 'line')} void; ${count(trace.circularOnlyLines, 'line')} only circular. ` +
      (trace.circular ? '**Circular reporting:** some sources cite one another in a loop.' : 'No citation loop.'),
    '',
  );
  for (const line of trace.corroboration) {
    const sources = line.sources.map((s) => `**${md(ix.title(s.id))}**`).join(', ');
    const upstream = line.upstream.length > 0 ? `, resting on ${line.upstream.map((s) => md(ix.title(s.id))).join(', ')}` : '';
    const voice = line.speakers.length > 0 ? ` (the voice of ${line.speakers.map((a) => md(a.name)).join(', ')})` : '';
    const merged = line.mergedBecause.length > 0 ? ` One voice: ${line.mergedBecause.map((r) => MERGE_REASON[r]).join('; ')}.` : '';
    out.push(`- ${sources}${upstream}${voice}: ${LINE_STATUS[line.status]}.${merged}`);
  }
  for (const s of trace.rumours) out.push(`- **${md(ix.title(s.id))}** relays the claim with no speaker and no source: a rumour, no line of support.`);
  for (const s of trace.selfDisputed) out.push(`- **${md(ix.title(s.id))}** is recorded both supporting and disputing the claim: it shows on both sides, and its line does not count.`);
  for (const cycle of trace.cycles) out.push(`- Citation loop: ${cycle.sources.map((s) => md(ix.title(s.id))).join(' → ')} → back to the first.`);
  for (const s of trace.retracted) out.push(`- **${md(ix.title(s.id))}** is retracted: the support through it is void.`);
  const supportRetracted = new Set(trace.retracted.map((s) => s.id));
  for (const s of trace.disputes.retracted) {
    if (!supportRetracted.has(s.id)) out.push(`- **${md(ix.title(s.id))}** is retracted: the dispute through it is void.`);
  }
  out.push('');

  out.push('### The trail, hop by hop', '');
  out.push('#### Support', '');
  hopList(ix, 'SUPPORT', out, 'No source on the trace says the claim.');
  out.push('#### Dispute', '');
  const disputeEnds = endsOf(ix, 'DISPUTE');
  hopList(ix, 'DISPUTE', out, 'No source on the trace disputes the claim.');
  if (disputeEnds.length > 0) {
    out.push('Where the dispute ends:', '');
    for (const [sourceId, end] of disputeEnds) out.push(`- ${endLabel(end)} at **${md(ix.title(sourceId))}**: ${md(end.explanation)}`);
    out.push('');
  }

  const drift = trace.drift.filter((d) => d.meaningChanged);
  const context = trace.drift.length - drift.length;
  if (drift.length > 0) {
    out.push('### How the quotes drift', '');
    for (const d of drift) {
      const from = ix.hopOf(d.from.id);
      const to = ix.hopOf(d.to.id);
      out.push(`- **${md(from ? ix.title(from.from.id) : d.from.id)}** quotes differently from **${md(to ? ix.title(to.from.id) : d.to.id)}**, which it cites: ${md(driftSummary(d))}.`);
    }
    out.push('');
  }
  if (context > 0) out.push(`${context === 1 ? 'One quote differs' : `${context} quotes differ`} from the one cited only by context (a cut or more of the same words, nothing of meaning lost): not drift.`, '');
  if (trace.driftLimits.pairsSkipped > 0) out.push(`Quote drift was not compared for ${trace.driftLimits.pairsSkipped} pairs of quotes (bound reached).`, '');

  if (trace.conflicts.contradictingClaims.length > 0) {
    out.push('### Claims recorded as contradicting it', '');
    for (const c of trace.conflicts.contradictingClaims) out.push(`- ${md(c.text)} (\`${c.id}\`)`);
    out.push('');
  }

  if (trace.findings.length > 0) {
    out.push("### What reviewers found beyond the trail", '');
    out.push("*A reviewer's finding is the reviewer's own research, not a citation any source made: it is not counted as support.*", '');
    for (const f of trace.findings) {
      const who = f.reviewer ? md(f.reviewer.name) : 'A reviewer';
      const beyond = f.beyond ? `, going beyond ${md(f.beyond.title)}` : '';
      const where = f.locator ? `, at ${md(f.locator)}` : '';
      const url = f.source.url ? ` (<${f.source.url.replace(/>/g, '%3E')}>)` : '';
      out.push(`- ${who} (verdict: ${md(f.review.verdict)}) found **${md(f.source.title)}**${url}${where}${beyond}: it ${relation(f.relation)}.`);
      if (f.quote) out.push('', ...markdownQuote(f.quote, '  '), '');
      if (f.finding.note) out.push(`  Note: ${md(f.finding.note).replace(/\n/g, ' ')}`);
    }
    out.push('');
  }

  out.push('---', '');
  out.push(
    '*Generated by claimgraph. Every quote is verbatim from the document named; "second-hand" means what a source says is known only through another document. The report attributes statements to sources; it does not assert them.*',
  );
  return out.join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function relation(r: 'MATCHES' | 'CONTRADICTS' | 'CONTEXT'): string {
  return r === 'MATCHES' ? 'says what the claim says' : r === 'CONTRADICTS' ? 'says otherwise' : 'bears on the claim as context';
}

function endsOf(ix: TraceIndex, side: Side): [string, EndAt][] {
  const out: [string, EndAt][] = [];
  const ids = new Set<string>();
  for (const end of side === 'SUPPORT' ? ix.trace.ends : ix.trace.disputes.ends) ids.add(end.source.id);
  for (const path of ix.trace.paths) if (path.side === side) ids.add(path.end.source.id);
  for (const id of [...ids].sort()) for (const end of ix.endsAt(side, id)) out.push([id, end]);
  return out;
}

function endLabel(end: EndAt): string {
  switch (end.kind) {
    case 'ORIGIN':
      return end.secondHand ? '**Origin, unverified**' : '**Origin**';
    case 'DEAD_END':
      return end.secondHand ? '**Unverified**' : '**Unsourced**';
    case 'OTHER_SIDE':
      return '**Other side**';
    case 'CYCLE':
      return '**Loop**';
    case 'DEPTH_LIMIT':
      return '**Depth limit**';
  }
}

function hopList(ix: TraceIndex, side: Side, out: string[], none: string): void {
  const hops = ix.trace.hops.filter((h) => h.side === side).sort((a, b) => a.depth - b.depth || (a.citation.id < b.citation.id ? -1 : 1));
  if (hops.length === 0) {
    out.push(none, '');
    return;
  }
  hops.forEach((hop, i) => {
    out.push(`${i + 1}. ${hopHead(ix, hop)}`, '', ...markdownQuote(hop.quote, '   '), '');
    const notes: string[] = [];
    notes.push(`${hop.to ? `Names as its source: **${md(ix.title(hop.to.id))}**` : 'Names no source'} · read in *${md(hop.evidencedIn.title)}*`);
    if (hop.secondHand) notes.push(`**Second-hand:** known only through *${md(hop.evidencedIn.title)}*, not read in **${md(ix.title(hop.from.id))}** itself`);
    if (ix.driftFrom(hop.citation.id).some((d) => d.meaningChanged)) notes.push('**Drift:** this quote differs from the one it cites (see below)');
    out.push(...notes.map((note) => `   ${note}  `), '');
  });
}

function hopHead(ix: TraceIndex, hop: TraceAnswerHop): string {
  const node = ix.node(hop.from.id);
  const about = [node ? node.source.kind.toLowerCase().replace(/_/g, ' ') : undefined, hop.date ?? undefined].filter(Boolean).join(', ');
  const marks: string[] = [];
  if (node?.source.retracted) marks.push('**retracted**');
  if (hop.secondHand) marks.push('*second-hand*');
  const where = hop.locator ? `, at ${md(hop.locator)}` : '';
  return `**${md(ix.title(hop.from.id))}**${about ? ` (${md(about)})` : ''}${where}, ${hop.stance.toLowerCase()}${marks.length > 0 ? ` — ${marks.join(', ')}` : ''}:`;
}
