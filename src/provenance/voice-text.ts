import { diffArrays } from 'diff';
import { quoteKeys } from './quote-drift.js';

/**
 * When two quotes are the same text for counting voices (SAME_TEXT): their words as quote
 * drift reads them (case, punctuation and contractions aside, figures normalised: "13
 * percent" = "13%", "two hundred" = "200") are equal, or both have at least `MIN_WORDS` words
 * and share at least `MIN_SHARED` of them in order (2 × common / (words of both), the longest
 * common subsequence): a word or two changed in a sentence of ten or more is still copied
 * text. Shorter quotes must match word for word: a few words in common say little. Each
 * quote is read on its first `MAX_CHARS` characters.
 */
export const SAME_TEXT = { MIN_WORDS: 6, MIN_SHARED: 0.9, MAX_CHARS: 300 } as const;

/** A quote's words for comparing texts (see SAME_TEXT). */
export function textWords(quote: string): string[] {
  return quoteKeys(quote.slice(0, SAME_TEXT.MAX_CHARS));
}

/**
 * A cheap necessary condition for `sameText`: the words two quotes share, counted as bags
 * (in any order), reach MIN_SHARED. Linear in the words; filters out nearly every pair
 * before the diff.
 */
export function mayBeSameText(a: readonly string[], b: readonly string[]): boolean {
  if (Math.min(a.length, b.length) < SAME_TEXT.MIN_WORDS) return false;
  const counts = new Map<string, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) counts.set(word, left - 1), common++;
  }
  return (2 * common) / (a.length + b.length) >= SAME_TEXT.MIN_SHARED;
}

/** True when two word sequences (from `textWords`) are the same text by `SAME_TEXT`. */
export function sameText(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  if (a.length === b.length && a.every((word, i) => word === b[i])) return true;
  if (!mayBeSameText(a, b)) return false;
  const total = a.length + b.length;
  // Sharing MIN_SHARED of the words allows at most this many words added and removed.
  const maxEdits = Math.floor((1 - SAME_TEXT.MIN_SHARED) * total);
  const changes = diffArrays([...a], [...b], { maxEditLength: maxEdits });
  if (!changes) return false;
  const common = changes.reduce((n, part) => (part.added || part.removed ? n : n + part.count), 0);
  return (2 * common) / total >= SAME_TEXT.MIN_SHARED;
}
