/** How two quotes of one claim differ: the figures and names that changed on the way. */
export interface QuoteDifference {
  numbersAdded: string[];
  numbersRemoved: string[];
  namesAdded: string[];
  namesRemoved: string[];
  /** Jaccard similarity of the two quotes' lower-cased word sets, 0..1. */
  similarity: number;
}

// Figures as written: 108,000 / 13% / 2020 / 3.5 — thousands separators removed for comparing.
const NUMBER = /\d[\d,]*(?:\.\d+)?%?/g;
// Capitalised words and runs of them (names of people, bodies and places; CCP, DEA).
const NAME = /\b\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*)*/gu;
const WORD = /[\p{L}\p{N}%]+/gu;

function set(text: string, pattern: RegExp, normalise: (s: string) => string = (s) => s): Set<string> {
  return new Set((text.match(pattern) ?? []).map(normalise));
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

/**
 * Compares the quote of a citing hop (`from`) with the quote of the hop it cites (`to`).
 * Returns null when both carry the same words (case and punctuation aside): only a real
 * change is drift. "Added" means present in `from` but not in `to`.
 */
export function compareQuotes(from: string, to: string): QuoteDifference | null {
  const wordsFrom = set(from, WORD, (w) => w.toLowerCase());
  const wordsTo = set(to, WORD, (w) => w.toLowerCase());
  const union = new Set([...wordsFrom, ...wordsTo]);
  const shared = [...wordsFrom].filter((w) => wordsTo.has(w)).length;
  if (shared === union.size) return null;
  const numbers = (text: string) => set(text, NUMBER, (n) => n.replace(/,/g, '').replace(/\.$/, ''));
  const names = (text: string) => set(text, NAME, (n) => n.replace(/[.’']+$/, ''));
  return {
    numbersAdded: minus(numbers(from), numbers(to)),
    numbersRemoved: minus(numbers(to), numbers(from)),
    namesAdded: minus(names(from), names(to)),
    namesRemoved: minus(names(to), names(from)),
    similarity: union.size === 0 ? 1 : shared / union.size,
  };
}
