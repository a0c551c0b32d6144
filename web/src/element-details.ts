import type { GraphElement } from './trace-elements.js';
import { traceFacts } from './trace-facts.js';
import type { QuoteDrift, Trace } from './trace-types.js';
import { labelled, listWords, WORDS } from './trace-words.js';

/** What the details panel shows for one element of the drawing. */
export interface ElementDetails {
  heading: string;
  /** Verbatim quotes, each with where it stands (`evidencedIn`, locator). */
  quotes: { text: string; where: string }[];
  /** Label and value, in order. */
  rows: [string, string][];
  notes: string[];
  /** A source the panel can expand (its other claims, its dependents). */
  sourceId?: string;
}

/**
 * The details of a node or hop, in words: a hop's verbatim quote, stance, side, the source
 * it cites (or why the trail ends there), the document it is evidenced in and the locator,
 * second-hand, quote drift; a source's kind, roles on each side, depth, retraction, the
 * trail end at it and the quotes it says the claim in; a reviewer's finding, attributed.
 * Pure; undefined for an element the trace does not hold.
 */
export function elementDetails(trace: Trace, element: GraphElement['data']): ElementDetails | undefined {
  const facts = traceFacts(trace);
  const t = (id: string) => facts.title(id);
  const where = (evidencedIn: string, locator: string | null) => `in ${evidencedIn}${locator ? `, ${locator}` : ''}`;

  if (element.kind === 'claim') {
    return {
      heading: 'Claim',
      quotes: [],
      rows: [
        ['Text', trace.claim.text],
        ['Id', trace.claim.id],
        ['Sources on the trail', String(trace.nodes.length)],
        ['Hops', String(trace.hops.length)],
      ],
      notes: ['The claim is recorded as sources say it; the trail attributes it and makes no judgement of it.'],
    };
  }

  if (element.kind === 'hop' || element.kind === 'trail-end') {
    const hop = element.citationId ? facts.hop(element.citationId) : undefined;
    if (!hop) return undefined;
    const end = facts.endOfHop(hop);
    const rows: [string, string][] = [
      ['Side', WORDS.side[hop.side]],
      ['Stance', WORDS.stance[hop.stance]],
      ['Source', t(hop.from.id)],
      ['Cites', hop.to ? t(hop.to.id) : 'names no source: the trail ends here'],
      ['Evidenced in', hop.evidencedIn.title],
      ['Locator', hop.locator ?? 'none recorded'],
    ];
    if (hop.date) rows.push(['Date', hop.date]);
    rows.push(['First-hand for the claim', hop.citation.firstHand === null ? 'not recorded' : hop.citation.firstHand ? 'yes' : 'no']);
    rows.push(['Hop number', String(hop.depth)]);
    rows.push(['Citation', hop.citation.id]);
    const notes: string[] = [];
    if (hop.secondHand) notes.push(`Second-hand: what ${t(hop.from.id)} says here was read in ${hop.evidencedIn.title}, not in ${t(hop.from.id)} itself.`);
    if (end) notes.push(`The trail ends here. ${labelled(WORDS.endKind[end.kind], end.explanation)}`);
    for (const drift of facts.driftFrom(hop.citation.id)) {
      const cited = facts.hop(drift.to.id);
      notes.push(
        `${drift.meaningChanged ? 'Quote drift' : 'Context only, not drift'}: this quote ${WORDS.change[drift.change]} the quote of ${cited ? t(cited.from.id) : drift.to.id}` +
          (drift.wordsAdded.length ? `; added ${listWords(drift.wordsAdded.map((w) => `“${w}”`))}` : '') +
          (drift.wordsRemoved.length ? `; removed ${listWords(drift.wordsRemoved.map((w) => `“${w}”`))}` : '') +
          (drift.negationFlipped ? '; one negates what the other does not' : '') +
          lost(drift) +
          (drift.samePassage ? '; both are pieces of one passage of one document' : '') +
          '.',
      );
    }
    for (const drift of facts.driftTo(hop.citation.id)) {
      const citing = facts.hop(drift.from.id);
      notes.push(`${drift.meaningChanged ? 'Quote drift' : 'Context only, not drift'}: ${citing ? t(citing.from.id) : drift.from.id} ${WORDS.change[drift.change]} this quote.`);
    }
    if (hop.to && facts.inCycle(hop.from.id, hop.to.id)) notes.push('This hop is a step of a citation loop.');
    return {
      heading: element.kind === 'hop' ? `Hop: ${t(hop.from.id)}${hop.to ? ` → ${t(hop.to.id)}` : ' (trail end)'}` : `Trail end after ${t(hop.from.id)}`,
      quotes: [{ text: hop.quote, where: where(hop.evidencedIn.title, hop.locator) }],
      rows,
      notes,
      sourceId: hop.from.id,
    };
  }

  if (element.kind === 'source') {
    const id = element.sourceId ?? element.id;
    const node = facts.node(id);
    const rows: [string, string][] = [['Title', t(id)]];
    if (node) {
      rows.push(['Kind', node.source.kind.toLowerCase().replace(/_/g, ' ')]);
      rows.push(['Roles on the trail of support', node.roles.map((r) => `${WORDS.role[r]} (${WORDS.roleMeaning[r]})`).join('; ') || 'none']);
      rows.push(['Roles on the trail of dispute', node.disputeRoles.map((r) => `${WORDS.role[r]} (${WORDS.roleMeaning[r]})`).join('; ') || 'none']);
      rows.push(['Depth', String(node.depth)]);
      rows.push(['Retracted', node.source.retracted ? 'yes: its publisher withdrew it' : 'no']);
    }
    rows.push(['Id', id]);
    const notes: string[] = [];
    for (const end of [...trace.ends, ...trace.disputes.ends].filter((e) => e.source.id === id)) {
      notes.push(`A trail end of the ${WORDS.side[end.side]}. ${labelled(WORDS.endKind[end.kind], end.explanation)}`);
    }
    if (facts.cycleSources.has(id)) notes.push('This source is on a citation loop.');
    const quotes = trace.hops
      .filter((hop) => hop.from.id === id)
      .map((hop) => ({ text: hop.quote, where: `${WORDS.stanceShort[hop.stance]}, ${where(hop.evidencedIn.title, hop.locator)}${hop.secondHand ? ' (second-hand)' : ''}` }));
    return { heading: t(id), quotes, rows, notes, sourceId: id };
  }

  if (element.kind === 'finding' || element.kind === 'found') {
    const finding = trace.findings.find((f) => f.finding.id === element.findingId);
    if (!finding) return undefined;
    const rows: [string, string][] = [
      ['Found source', finding.source.title],
      ['How it bears on the claim', WORDS.relation[finding.relation]],
      ['Reviewer', finding.reviewer?.name ?? 'not named'],
      ['Review verdict (the reviewer’s words)', finding.review.verdict],
      ['Beyond', finding.beyond ? `${finding.beyond.title}${finding.afterTrailEnd ? ' (a trail end of this trace)' : ''}` : 'no particular trail end'],
    ];
    if (finding.locator) rows.push(['Locator', finding.locator]);
    if (finding.source.url) rows.push(['Address', finding.source.url]);
    return {
      heading: `Reviewer’s finding: ${finding.source.title}`,
      quotes: finding.quote ? [{ text: finding.quote, where: `in ${finding.source.title}${finding.locator ? `, ${finding.locator}` : ''}` }] : [],
      rows,
      notes: [
        'A reviewer’s finding, shown after the trail’s end: no source on the trail cites it, and it counts as no support.',
        ...(finding.finding.note ? [`Reviewer’s note: ${finding.finding.note}`] : []),
      ],
    };
  }

  if (element.kind === 'entry') {
    const id = element.sourceId ?? element.target ?? '';
    return {
      heading: `${element.side === 'DISPUTE' ? 'Disputed by' : 'Said by'} ${t(id)}`,
      quotes: trace.hops.filter((hop) => hop.from.id === id && hop.side === element.side).map((hop) => ({ text: hop.quote, where: where(hop.evidencedIn.title, hop.locator) })),
      rows: [['Source', t(id)]],
      notes: [`${t(id)} is where the trail of ${WORDS.side[element.side ?? 'SUPPORT']} starts.`],
      sourceId: id,
    };
  }
  return undefined;
}

/** What a drift's citing quote dropped of the cited one's hedges, conditions, attributions and qualifiers, as a clause. */
function lost(drift: QuoteDrift): string {
  const dropped = [...drift.hedgesRemoved, ...drift.conditionsRemoved, ...drift.attributionsRemoved, ...drift.qualifiersRemoved];
  return dropped.length > 0 ? `; dropped ${listWords(dropped.map((w) => `“${w}”`))}` : '';
}
