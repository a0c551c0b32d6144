import { textWords } from './voice-text.js';
import type { SupportTrail, VoiceHop } from './voice-types.js';

/** A trail end's quote, for SAME_TEXT: what is said there, whose words they are, and whether first-hand. */
export interface EndQuote {
  end: string;
  /** The source whose words the quote is (the citing source, for a document it names): two quotes by one writer are one source's words, never copies. */
  writer: string;
  words: string[];
  origin: boolean;
}

/** The trail ends of support, as the voice analysis groups them. */
export interface VoiceEnds {
  /** Ends where something speaks, by source id. */
  voiced: Set<string>;
  /** Sources that only relay the claim with no speaker and name no source. */
  rumours: string[];
  /** The speakers recorded at each end. */
  speakers: Map<string, string[]>;
  quotes: EndQuote[];
  /** The end a hop leads to at once, if any (its own source, or the source it names): the hops that end a trail. */
  endOf: Map<VoiceHop, string>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * The trail ends of support and what each carries.
 * - A hop that names no source ends at its own source. It is voiced when the source supports
 *   the claim there (unless the source is not first-hand there and also names a source for
 *   the claim that reaches a voice: its own unsourced sentence restates what it attributes,
 *   and adds no voice), or when it carries a recorded speaker (a relay carries its speaker's
 *   voice). A relay with neither speaker nor source is a rumour.
 * - A hop that names a source with no hop of its own ends at that source (a named document,
 *   known through the hop: its quote is what the document is said to say, in the citing
 *   source's words).
 * - A hop whose cited source lies beyond maxDepth ends at that source (unknown beyond).
 * - Speakers on a relay (MENTIONS) that names a source are that source's when it is an end: a
 *   relay that names the document its speaker said it in, or relays a rumour as someone's
 *   words. (Speakers on a hop that supports the claim itself are the citing source's own
 *   voice, downstream of what it cites: they join nothing.)
 */
export function voiceEnds(trail: SupportTrail, hopsFrom: ReadonlyMap<string, VoiceHop[]>): VoiceEnds {
  const voiced = new Set<string>();
  const unvoiced = new Set<string>();
  const speakers = new Map<string, string[]>();
  const quotes: EndQuote[] = [];
  const endOf = new Map<VoiceHop, string>();
  const namesSource = (id: string) => hopsFrom.get(id)!.some((hop) => hop.to !== null && !trail.otherSide.has(hop.to));
  const attached: VoiceHop[] = [];
  const restating: VoiceHop[] = [];
  const speak = (hop: VoiceHop) => {
    voiced.add(hop.from);
    endOf.set(hop, hop.from);
    quotes.push({ end: hop.from, writer: hop.from, words: textWords(hop.quote), origin: hop.origin });
    for (const id of hop.speakerIds) push(speakers, hop.from, id);
  };
  for (const hop of trail.hops) {
    if (hop.to === null) {
      if (hop.speakerIds.length > 0 || (hop.stance === 'SUPPORTS' && (hop.origin || !namesSource(hop.from)))) speak(hop);
      else if (hop.stance === 'SUPPORTS') restating.push(hop);
      else unvoiced.add(hop.from);
    } else if (trail.otherSide.has(hop.to)) {
      continue;
    } else if (!trail.walked.has(hop.to) || !hopsFrom.has(hop.to)) {
      voiced.add(hop.to);
      endOf.set(hop, hop.to);
      if (hop.stance === 'MENTIONS') for (const id of hop.speakerIds) push(speakers, hop.to, id);
      if (trail.walked.has(hop.to)) quotes.push({ end: hop.to, writer: hop.from, words: textWords(hop.quote), origin: trail.origins.has(hop.to) });
    } else if (hop.stance === 'MENTIONS' && hop.speakerIds.length > 0) attached.push(hop);
  }
  for (const hop of attached) {
    const to = hop.to!;
    if (!voiced.has(to) && !unvoiced.has(to)) continue;
    voiced.add(to);
    for (const id of hop.speakerIds) push(speakers, to, id);
  }
  // An unsourced sentence of a source that also names a source restates what it attributes,
  // unless what it names reaches no voice (a loop, a rumour): then its own sentence is where
  // its trail ends, and speaks.
  const reaching = reachersOf(trail, voiced);
  for (const hop of restating) if (!reaching.has(hop.from)) speak(hop);
  // A rumour only relays: every hop of it names no source and carries no speaker.
  const rumours = [...unvoiced].filter((id) => !voiced.has(id) && hopsFrom.get(id)!.every((hop) => hop.to === null && hop.stance !== 'SUPPORTS' && hop.speakerIds.length === 0));
  // A rumour given a speaker by the hop that names it speaks through that hop's words.
  for (const id of unvoiced) if (voiced.has(id)) for (const hop of hopsFrom.get(id)!) if (hop.to === null) endOf.set(hop, id);
  for (const list of speakers.values()) list.sort();
  return { voiced, rumours, speakers, quotes, endOf };
}

/** The sources that reach one of `ends` along the hops of support (the ends included). Linear in the hops. */
function reachersOf(trail: SupportTrail, ends: ReadonlySet<string>): Set<string> {
  const citers = new Map<string, string[]>();
  for (const hop of trail.hops) if (hop.to !== null && !trail.otherSide.has(hop.to)) push(citers, hop.to, hop.from);
  const seen = new Set(ends);
  const stack = [...ends];
  while (stack.length > 0) for (const up of citers.get(stack.pop()!) ?? []) if (!seen.has(up)) seen.add(up), stack.push(up);
  return seen;
}
