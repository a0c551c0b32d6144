import { TRACE_LIMITS } from './trace-limits.js';
import { UnionFind } from './union-find.js';
import type { EndQuote, VoiceEnds } from './voice-ends.js';
import { mayBeSameText, sameText } from './voice-text.js';
import type { MergeReason, SupportTrail } from './voice-types.js';

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Trail ends joined into voices: `sets` over `s:<end id>` keys, and each sharing with two ends or more. */
export interface EndJoins {
  sets: UnionFind;
  shared: { key: string; reason: MergeReason; on: string; ends: Set<string> }[];
  /** True when the bound on near-identical comparisons was reached (some may be missed). */
  cut: boolean;
}

/**
 * Which quotes are the same text, as a union-find over their indexes: identical ones by
 * bucket (linear), near-identical ones pair by pair among at most
 * `TRACE_LIMITS.maxTextCompareQuotes` quotes, a cheap bag-of-words filter first and at most
 * `maxTextDiffs` bounded diffs. Two first-hand quotes are never joined (two origins with the
 * same words stay apart); a quote not first-hand joins either.
 */
function sameTexts(quotes: readonly EndQuote[]): { texts: UnionFind; cut: boolean } {
  const texts = new UnionFind();
  const joinable = (a: EndQuote, b: EndQuote) => a.end !== b.end && a.writer !== b.writer && !(a.origin && b.origin);
  const join = (i: number, j: number) => {
    if (joinable(quotes[i]!, quotes[j]!)) texts.union(String(i), String(j));
  };
  const byText = new Map<string, number[]>();
  quotes.forEach((q, i) => push(byText, q.words.join(' '), i));
  // Within a bucket of identical words: each quote joins the first copy (not first-hand) by another writer.
  for (const group of byText.values()) {
    for (const i of group) {
      const copy = group.find((j) => j !== i && !quotes[j]!.origin && joinable(quotes[i]!, quotes[j]!));
      if (copy !== undefined) join(copy, i);
    }
  }
  let diffs = 0;
  let cut = false;
  if (quotes.length > TRACE_LIMITS.maxTextCompareQuotes) return { texts, cut: true };
  for (let i = 0; i < quotes.length && !cut; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      const [a, b] = [quotes[i]!, quotes[j]!];
      if (!joinable(a, b)) continue;
      if (texts.find(String(i)) === texts.find(String(j)) || !mayBeSameText(a.words, b.words)) continue;
      if (++diffs > TRACE_LIMITS.maxTextDiffs) {
        cut = true;
        break;
      }
      if (sameText(a.words, b.words)) join(i, j);
    }
  }
  return { texts, cut };
}

/**
 * Joins trail ends that share a recorded speaker, a publisher or a text (see sameTexts), and
 * records each sharing: what is shared (`on`: the speaker's or publisher's id, or the shared
 * words, normalised: the smallest of the texts joined) and the ends it joins.
 */
export function joinEnds(trail: SupportTrail, ends: VoiceEnds): EndJoins {
  const sets = new UnionFind();
  const shared = new Map<string, { key: string; reason: MergeReason; on: string; ends: Set<string> }>();
  const share = (reason: MergeReason, on: string, key: string, end: string) => {
    sets.union(key, `s:${end}`);
    const entry = shared.get(key) ?? { key, reason, on, ends: new Set<string>() };
    if (reason === 'SAME_TEXT' && on < entry.on) entry.on = on;
    entry.ends.add(end);
    shared.set(key, entry);
  };
  for (const end of ends.voiced) {
    sets.find(`s:${end}`);
    for (const id of ends.speakers.get(end) ?? []) share('SAME_SPEAKER', id, `a:${id}`, end);
    const publisher = trail.publisherOf(end);
    if (publisher) share('SAME_PUBLISHER', publisher, `p:${publisher}`, end);
  }
  const quotes = ends.quotes.filter((q) => q.words.length > 0);
  const { texts, cut } = sameTexts(quotes);
  const groups = new Map<string, number[]>();
  quotes.forEach((_, i) => push(groups, texts.find(String(i)), i));
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    for (const i of members) share('SAME_TEXT', quotes[i]!.words.join(' '), `t:${root}`, quotes[i]!.end);
  }
  return { sets, shared: [...shared.values()].filter((s) => s.ends.size > 1), cut };
}
