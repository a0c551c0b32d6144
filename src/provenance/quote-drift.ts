/** How two quotes of one claim differ: the figures and names that changed on the way. */
export interface QuoteDifference {
  numbersAdded: string[];
  numbersRemoved: string[];
  namesAdded: string[];
  namesRemoved: string[];
  /** Jaccard similarity of the two quotes' lower-cased word sets, 0..1. */
  similarity: number;
}

/** What drift compares in one quote, computed once per quote however many hops it meets. */
interface QuoteFeatures {
  words: Set<string>;
  numbers: Set<string>;
  names: Set<string>;
}

// Figures as written: 108,000 / 13% / 2020 / 3.5 — thousands separators removed for comparing.
const NUMBER = /\d[\d,]*(?:\.\d+)?%?/g;
// Capitalised words and runs of them (names of people, bodies and places; CCP, DEA).
const NAME = /\b\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'.-]*)*/gu;
const WORD = /[\p{L}\p{N}%]+/gu;

const matches = (text: string, pattern: RegExp, normalise: (s: string) => string) => new Set((text.match(pattern) ?? []).map(normalise));
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

function featuresOf(quote: string): QuoteFeatures {
  return {
    words: matches(quote, WORD, (w) => w.toLowerCase()),
    numbers: matches(quote, NUMBER, (n) => n.replace(/,/g, '').replace(/\.$/, '')),
    names: matches(quote, NAME, (n) => n.replace(/[.’']+$/, '')),
  };
}

/**
 * Compares quotes. Keeps each quote's features, so comparing every hop with the hops it
 * cites costs one scan per quote, not one per pair. Use one comparer per trace.
 */
export class QuoteComparer {
  private readonly cache = new Map<string, QuoteFeatures>();

  private features(quote: string): QuoteFeatures {
    let features = this.cache.get(quote);
    if (!features) this.cache.set(quote, (features = featuresOf(quote)));
    return features;
  }

  /**
   * The difference between the quote of a citing hop (`from`) and the quote of the hop it
   * cites (`to`); null when both carry the same words (case and punctuation aside): only
   * a real change is drift. "Added" means present in `from` but not in `to`.
   */
  compare(from: string, to: string): QuoteDifference | null {
    if (from === to) return null;
    const a = this.features(from);
    const b = this.features(to);
    let shared = 0;
    for (const word of a.words) if (b.words.has(word)) shared++;
    const union = a.words.size + b.words.size - shared;
    if (shared === union) return null;
    return {
      numbersAdded: minus(a.numbers, b.numbers),
      numbersRemoved: minus(b.numbers, a.numbers),
      namesAdded: minus(a.names, b.names),
      namesRemoved: minus(b.names, a.names),
      similarity: union === 0 ? 1 : shared / union,
    };
  }
}

/** Compares two quotes once (see QuoteComparer.compare). */
export function compareQuotes(from: string, to: string): QuoteDifference | null {
  return new QuoteComparer().compare(from, to);
}
