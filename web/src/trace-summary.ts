import { traceFacts } from './trace-facts.js';
import type { QuoteDrift, Trace } from './trace-types.js';
import { labelled, listWords, plural, sentence, WORDS } from './trace-words.js';

/** One part of the summary: a heading and its sentences. */
export interface SummarySection {
  /** Stable, for the page's anchors and the tests: `claim`, `sources`, `ends`, `lines`, `loops`, `retracted`, `disputes`, `drift`, `second-hand`, `bounds`, `findings`. */
  id: string;
  heading: string;
  lines: string[];
}

const quoted = (words: readonly string[]) => listWords(words.map((w) => `“${w}”`));

/**
 * The trace in words, readable without the picture: who says the claim, where each trail
 * ends and why (the server's own explanations, e.g. `unverified beyond [Congressional
 * reports]: known only through …`), the lines of support that stand and those that are
 * void, loops, retracted sources, the dispute, quote drift, second-hand hops, the bounds
 * that cut the walk, and reviewers' findings after the trail's end. It attributes: every
 * sentence says what a source says or where a trail goes, never whether the claim holds.
 */
export function traceSummary(trace: Trace): SummarySection[] {
  const facts = traceFacts(trace);
  const t = (id: string) => facts.title(id);
  const sections: SummarySection[] = [];
  const supportNodes = trace.nodes.filter((node) => node.roles.length > 0);
  const entries = trace.nodes.filter((node) => node.roles.includes('ENTRY'));

  sections.push({
    id: 'claim',
    heading: 'The claim',
    lines: [
      `“${trace.claim.text}”`,
      'What follows attributes the claim to the sources that say it and follows their citations; it makes no judgement of the claim itself.',
    ],
  });

  sections.push({
    id: 'sources',
    heading: 'Who says it',
    lines:
      supportNodes.length === 0
        ? ['No source on the trail says the claim in support.']
        : [
            `${plural(supportNodes.length, 'source')} on the trail of support: ${listWords(supportNodes.map((node) => node.source.title))}.`,
            entries.length > 0
              ? `The trail starts at ${listWords(entries.map((node) => node.source.title))} (no other source on the trail cites ${entries.length === 1 ? 'it' : 'them'} for the claim).`
              : 'No source is an entry: the sources of support only cite one another in a closed loop.',
          ],
  });

  const ends: string[] = [];
  for (const end of facts.origins) ends.push(sentence(labelled('origin', end.explanation)));
  for (const end of facts.deadEnds) ends.push(sentence(labelled('dead end', end.explanation)));
  for (const end of facts.otherSide) ends.push(sentence(labelled('other side', end.explanation)));
  const pathEnds = new Set<string>();
  for (const path of trace.paths) {
    if (path.side !== 'SUPPORT' || (path.end.kind !== 'CYCLE' && path.end.kind !== 'DEPTH_LIMIT')) continue;
    const line = sentence(path.end.kind === 'CYCLE' ? `Loop: a path ${path.end.explanation}` : labelled('depth limit', path.end.explanation));
    if (!pathEnds.has(line)) ends.push(line);
    pathEnds.add(line);
  }
  ends.push(
    facts.origins.length === 0
      ? 'No origin: no trail of support reaches a source that is first-hand for this claim.'
      : `${plural(facts.origins.length, 'origin')}: ${listWords(facts.origins.map((end) => t(end.source.id)))}.`,
  );
  if (facts.deadEnds.length > 0) {
    ends.push(`${plural(facts.deadEnds.length, 'dead end')}: ${listWords(facts.deadEnds.map((end) => t(end.source.id)))}.`);
  }
  sections.push({ id: 'ends', heading: 'Where the trail of support ends', lines: ends });

  sections.push({ id: 'lines', heading: 'Lines of support', lines: lineSentences(trace, t) });

  sections.push({
    id: 'loops',
    heading: 'Citation loops',
    lines: trace.circular
      ? [
          'Some sources of support cite one another in a loop (circular reporting):',
          ...trace.cycles.map((cycle) => `${cycle.sources.map((s) => t(s.id)).join(' cites ')} cites ${t(cycle.sources[0]?.id ?? '')}.`),
          ...(trace.closedLoop ? ['The loop is closed: no source outside it says the claim, so the walk starts inside it.'] : []),
        ]
      : ['No citation loop among the sources of support.'],
  });

  if (facts.retracted.length > 0 || facts.disputeRetracted.length > 0) {
    sections.push({
      id: 'retracted',
      heading: 'Retracted sources',
      lines: [
        ...facts.retracted.map((id) => `${t(id)} is retracted: the support through it is void.`),
        ...facts.disputeRetracted.filter((id) => !facts.retracted.includes(id)).map((id) => `${t(id)} is retracted (on the trail of dispute).`),
      ],
    });
  }

  const disputes: string[] = [];
  if (facts.disputers.length === 0) disputes.push('No source on the trail disputes the claim.');
  for (const id of facts.disputers) {
    const hops = trace.hops.filter((hop) => hop.side === 'DISPUTE' && hop.from.id === id);
    const grounds = hops.map((hop) => hop.to).filter((to) => to !== null);
    disputes.push(
      sentence(`${t(id)} disputes the claim: “${hops[0]?.quote ?? ''}”` + (grounds.length > 0 ? `, on the grounds of ${listWords(grounds.map((g) => t(g.id)))}` : '')),
    );
  }
  for (const end of trace.disputes.ends) disputes.push(sentence(`The dispute’s trail ends: ${labelled(WORDS.endKind[end.kind], end.explanation)}`));
  const contradicting = trace.conflicts.contradictingClaims;
  disputes.push(
    contradicting.length === 0
      ? 'No claim is recorded as contradicting this one.'
      : sentence(`Recorded as contradicting this claim: ${listWords(contradicting.map((c) => `“${c.text}”`))}`),
  );
  sections.push({ id: 'disputes', heading: 'Disputes', lines: disputes });

  // Only a change of meaning is drift; quotes that differ only by context are counted, quietly.
  const meaningful = trace.drift.filter((d) => d.meaningChanged);
  const drift = meaningful.map((d) => driftSentence(d, facts.hop(d.from.id)?.from.id, facts.hop(d.to.id)?.from.id, t));
  const context = trace.drift.length - meaningful.length;
  if (context > 0) {
    drift.push(`${context === 1 ? 'One quote differs' : `${context} quotes differ`} from the quote cited only by context (a cut or more of the same words, nothing of meaning lost): not drift.`);
  }
  if (trace.driftLimits.pairsSkipped > 0) drift.push(`${plural(trace.driftLimits.pairsSkipped, 'pair')} of quotes left uncompared (bound reached): drift among them is not shown.`);
  if (drift.length === 0) {
    drift.push(
      trace.driftLimits.pairsCompared === 0
        ? 'No hop on the trail cites a hop whose quote could be compared with its own.'
        : `No quote drift among the ${plural(trace.driftLimits.pairsCompared, 'pair')} of quotes compared.`,
    );
  }
  sections.push({ id: 'drift', heading: 'Quote drift', lines: drift });

  const secondHand = trace.hops.filter((hop) => hop.secondHand);
  sections.push({
    id: 'second-hand',
    heading: 'Second-hand hops',
    lines:
      secondHand.length === 0
        ? ['Every hop was read in the source that makes it.']
        : [
            `${secondHand.length} of ${plural(trace.hops.length, 'hop')} ${secondHand.length === 1 ? 'is' : 'are'} known only through another document:`,
            ...secondHand.map((hop) => `${t(hop.from.id)}${hop.to ? ` citing ${t(hop.to.id)}` : ''}, known through ${hop.evidencedIn.title}${hop.locator ? ` (${hop.locator})` : ''}.`),
          ],
  });

  sections.push({
    id: 'bounds',
    heading: 'Bounds',
    lines: [
      trace.truncated
        ? 'A bound (the depth limit, or the caps on citations, paths and loops) cut the walk short: more may lie beyond what is shown.'
        : 'The walk reached every trail end within its bounds.',
      `The longest chain reached is ${plural(trace.maxDepthReached, 'hop')} from a start.`,
    ],
  });

  if (trace.findings.length > 0) {
    sections.push({
      id: 'findings',
      heading: 'After the trail’s end: reviewers’ findings',
      lines: [
        'These are reviewers’ findings, not citations any source on the trail made; they count as no support, trail end or line.',
        ...trace.findings.map(
          (f) =>
            `${f.reviewer ? f.reviewer.name : 'A reviewer'} found ${f.source.title}, which ${WORDS.relation[f.relation]}` +
            (f.beyond ? `, going beyond ${f.beyond.title}${f.afterTrailEnd ? ' (a trail end of this trace)' : ''}` : '') +
            (f.quote ? `: “${f.quote}”` : '') +
            '.',
        ),
      ],
    });
  }
  return sections;
}

function driftSentence(drift: QuoteDrift, citing: string | undefined, cited: string | undefined, t: (id: string) => string): string {
  const parts = [`${citing ? t(citing) : drift.from.id} ${WORDS.change[drift.change]} the quote of ${cited ? t(cited) : drift.to.id} it cites`];
  if (drift.wordsAdded.length > 0) parts.push(`words added: ${quoted(drift.wordsAdded)}`);
  if (drift.wordsRemoved.length > 0) parts.push(`words removed: ${quoted(drift.wordsRemoved)}`);
  if (drift.numbersAdded.length > 0 || drift.numbersRemoved.length > 0) {
    parts.push(`figures ${[...drift.numbersAdded.map((n) => `+${n}`), ...drift.numbersRemoved.map((n) => `−${n}`)].join(' ')}`);
  }
  if (drift.namesAdded.length > 0) parts.push(`names added: ${listWords(drift.namesAdded)}`);
  if (drift.namesRemoved.length > 0) parts.push(`names removed: ${listWords(drift.namesRemoved)}`);
  if (drift.hedgesAdded.length > 0) parts.push(`hedges added: ${quoted(drift.hedgesAdded)}`);
  if (drift.hedgesRemoved.length > 0) parts.push(`hedges dropped: ${quoted(drift.hedgesRemoved)}`);
  if (drift.conditionsAdded.length > 0) parts.push(`conditions added: ${quoted(drift.conditionsAdded)}`);
  if (drift.conditionsRemoved.length > 0) parts.push(`conditions dropped: ${quoted(drift.conditionsRemoved)}`);
  if (drift.attributionsAdded.length > 0) parts.push(`attributions added: ${quoted(drift.attributionsAdded)}`);
  if (drift.attributionsRemoved.length > 0) parts.push(`attributions dropped: ${quoted(drift.attributionsRemoved)}`);
  if (drift.qualifiersAdded.length > 0) parts.push(`qualifiers added: ${quoted(drift.qualifiersAdded)}`);
  if (drift.qualifiersRemoved.length > 0) parts.push(`qualifiers dropped: ${quoted(drift.qualifiersRemoved)}`);
  if (drift.negationFlipped) parts.push('one negates what the other does not');
  if (drift.reordered) parts.push('the same words come in another order');
  return sentence(parts.join('; '));
}

/** The lines of support in words: how many voices stand, each line with why its sources are one voice, rumours and sources on both sides. */
function lineSentences(trace: Trace, t: (id: string) => string): string[] {
  const lines = [
    `${plural(trace.independentLines, 'independent line')} of support ${trace.independentLines === 1 ? 'stands' : 'stand'}; ` +
      `${plural(trace.voidLines, 'line')} ${trace.voidLines === 1 ? 'is' : 'are'} void; ` +
      `${plural(trace.circularOnlyLines, 'line')} ${trace.circularOnlyLines === 1 ? 'is' : 'are'} closed in a loop.`,
  ];
  trace.corroboration.forEach((line, i) => {
    const voice = line.speakers.length > 0 ? ` (the voice of ${listWords(line.speakers.map((a) => a.name))})` : '';
    const merged = line.mergedBecause.length > 0 ? ` One voice: ${line.mergedBecause.map((r) => WORDS.mergeReason[r]).join('; ')}.` : '';
    lines.push(
      `Line ${i + 1} (${WORDS.lineStatus[line.status]}): ${listWords(line.sources.map((s) => t(s.id)))}` +
        (line.upstream.length > 0 ? `; rests on ${listWords(line.upstream.map((s) => t(s.id)))}${voice}.` : '.') +
        merged,
    );
  });
  for (const s of trace.rumours) lines.push(`${t(s.id)} relays the claim with no speaker and no source: a rumour, no line of support.`);
  for (const s of trace.selfDisputed) lines.push(`${t(s.id)} is recorded both supporting and disputing the claim: it shows on both sides, and its line does not count.`);
  return lines;
}
