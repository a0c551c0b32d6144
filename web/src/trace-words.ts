import type { FindingRelation, LineStatus, MergeReason, QuoteChange, Stance, TraceRole, TrailEndKind } from './trace-types.js';

/**
 * The viewer's words for the schema's enums. They describe what sources say and where a
 * trail goes; none says whether a claim is true (the product attributes, it never asserts).
 */
export const WORDS = {
  role: {
    ENTRY: 'entry',
    RELAY: 'relay',
    ORIGIN: 'origin',
    DEAD_END: 'dead end',
    OTHER_SIDE: 'other side',
    BEYOND_DEPTH: 'beyond depth',
  } satisfies Record<TraceRole, string>,
  roleMeaning: {
    ENTRY: 'says the claim; no other source on this trail cites it for the claim',
    RELAY: 'cited on the way, and cites further',
    ORIGIN: 'a trail end that is first-hand for this claim',
    DEAD_END: 'a trail end that is not first-hand for the claim and names no source',
    OTHER_SIDE: 'cited on this trail, but says the claim only on the other side',
    BEYOND_DEPTH: 'reached by a hop, but the depth limit stopped the walk before it',
  } satisfies Record<TraceRole, string>,
  stance: {
    SUPPORTS: 'supports: says the claim in its own voice',
    MENTIONS: 'mentions: relays the claim as someone else’s, without endorsing it',
    DISPUTES: 'disputes: says the claim is wrong',
  } satisfies Record<Stance, string>,
  stanceShort: { SUPPORTS: 'supports', MENTIONS: 'mentions', DISPUTES: 'disputes' } satisfies Record<Stance, string>,
  endKind: {
    ORIGIN: 'origin',
    DEAD_END: 'dead end',
    OTHER_SIDE: 'other side',
    CYCLE: 'loop',
    DEPTH_LIMIT: 'depth limit',
  } satisfies Record<TrailEndKind, string>,
  lineStatus: {
    LIVE: 'stands',
    RETRACTED: 'void: every way out passes a retracted source',
    SELF_DISPUTED: 'not counted: the source it rests on also disputes the claim',
    DISPUTED_AT_SOURCE: 'void: the only sources it cites dispute the claim',
    CIRCULAR: 'closed in a loop: its sources only cite one another',
  } satisfies Record<LineStatus, string>,
  mergeReason: {
    SHARED_UPSTREAM: 'its sources share an upstream source',
    SAME_SPEAKER: 'its trail ends carry one speaker',
    SAME_TEXT: 'its trail ends carry the same words',
    SAME_PUBLISHER: 'its trail ends have one publisher',
  } satisfies Record<MergeReason, string>,
  change: {
    NARROWED: 'cuts words from',
    QUALIFIER_CUT: 'cuts a qualifier from',
    EXTENDED: 'adds words to',
    OVERLAPS: 'overlaps',
    CHANGED: 'rewords',
  } satisfies Record<QuoteChange, string>,
  relation: {
    MATCHES: 'says what the claim says, in the reviewer’s reading',
    CONTRADICTS: 'says otherwise, in the reviewer’s reading',
    CONTEXT: 'bears on the claim as context, in the reviewer’s reading',
  } satisfies Record<FindingRelation, string>,
  side: { SUPPORT: 'support', DISPUTE: 'dispute' },
} as const;

/** "1 source", "2 sources". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A list in words: "A", "A and B", "A, B and C". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `Label: explanation`, unless the explanation already opens with the label's words (`origin: X is first-hand…`). */
export function labelled(label: string, explanation: string): string {
  if (explanation.toLowerCase().startsWith(label.toLowerCase())) return explanation.charAt(0).toUpperCase() + explanation.slice(1);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${explanation}`;
}

/** Ends a sentence once: a title or a quote may end with its own full stop. */
export function sentence(text: string): string {
  return /[.!?…]["”’)]*$/.test(text) ? text : `${text}.`;
}
