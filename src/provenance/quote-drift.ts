import { diffArrays } from 'diff';

/**
 * How a citing quote relates to the quote it cites, word sequence against word sequence
 * (after normalisation): NARROWED — it is a contiguous part of the cited quote (words cut,
 * none added); EXTENDED — it holds the whole cited quote plus words around it, and those
 * words, with any figures, names and hedges in them, count as added (they are the citing
 * source's own, and may embellish); CHANGED — anything else.
 */
export type QuoteChange = 'NARROWED' | 'EXTENDED' | 'CHANGED';

/**
 * How the quote of a citing hop (`from`) differs from the quote of the hop it cites (`to`).
 * "Added" means in `from` and not in `to`; "removed" the converse. The word runs are in the
 * order of the diff; numbers, names and hedges are sorted and listed once each.
 */
export interface QuoteDifference {
  change: QuoteChange;
  /** The runs of words in `from` that the diff does not find in `to`, each as written in `from`. */
  wordsAdded: string[];
  /** The runs of words in `to` that the diff does not find in `from`, each as written in `to`. */
  wordsRemoved: string[];
  /** Figures (normalised: "13%", "108000", "1500000") in words added, and nowhere in the other quote. */
  numbersAdded: string[];
  numbersRemoved: string[];
  /** Names (capitalised words and runs of them) touching words added, and no name of the other quote. */
  namesAdded: string[];
  namesRemoved: string[];
  /** Hedges (see HEDGES), lower-cased, one quote holding more of them than the other. */
  hedgesAdded: string[];
  hedgesRemoved: string[];
  /** The two quotes hold a different number of negations ("raised" / "did not raise"; see NEGATORS). */
  negationFlipped: boolean;
  /** CHANGED only: content words (stop words aside) that each quote holds once come in a different order. */
  reordered: boolean;
  /** Jaccard similarity of the two quotes' normalised word sets, 0..1. */
  similarity: number;
}

/**
 * Hedges, as lower-cased word sequences. 'any': a hedge wherever it stands; 'figure': a hedge
 * only right before a figure ("about 200", not "a report about fentanyl"). A hedge word
 * capitalised inside a sentence is a name, not a hedge ("in May 2021").
 */
export const HEDGES: Readonly<Record<string, 'any' | 'figure'>> = {
  nearly: 'any',
  almost: 'any',
  approximately: 'any',
  roughly: 'any',
  about: 'figure',
  around: 'figure',
  some: 'figure',
  over: 'figure',
  'up to': 'figure',
  'as many as': 'figure',
  'as much as': 'figure',
  'at least': 'figure',
  'more than': 'figure',
  'less than': 'figure',
  'fewer than': 'figure',
  'close to': 'figure',
  'upwards of': 'figure',
  potentially: 'any',
  possibly: 'any',
  perhaps: 'any',
  may: 'any',
  might: 'any',
  could: 'any',
  likely: 'any',
  probably: 'any',
  reportedly: 'any',
  allegedly: 'any',
  apparently: 'any',
  estimated: 'any',
};

/**
 * Words that negate, counted per quote: "n't" and "cannot" are read as "not"; "nor" counts
 * only without a "neither" before it (neither … nor is one negation); "not only" is none.
 * Negation flips when the counts differ: a negator added or removed, wherever it stands
 * (a narrowing that cuts "did not say that …" away flips too).
 */
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'none', 'neither', 'nor', 'nobody', 'nothing', 'nowhere']);

/** Function words: never names (unless all-caps), and ignored when looking for reordering. */
const STOP_WORDS = new Set(
  ('a an the and or but so if then than as of to in on at for by with from into onto over under about after before ' +
    'this that these those it its is are was were be been being am has have had do does did will would shall should can ' +
    'which who whom whose what where when there their they them he him his she her we us our you your i me my also such')
    .split(' ')
    .concat([...NEGATORS]),
);

/** Number words that scale the figure before them: "1.5 million" = 1500000. */
const MULTIPLIERS: Record<string, number> = { hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12 };
const MULTIPLIER_WORDS = new Set(Object.keys(MULTIPLIERS));
const PERCENT_WORDS = new Set(['percent', 'per-cent', 'pct']);
const PER = new Set(['per']);
const CENT = new Set(['cent']);

/** Abbreviations whose dot ends no sentence ("Mr. Smith", "Dr."). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'inc', 'ltd', 'corp', 'co', 'vs']);

/** Contractions whose stem is not a word of its own: "can't" = "can not". */
const CONTRACTED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

// Words (letters and digits, joined by apostrophes, hyphens, dots, and commas between digits)
// and percent signs.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\u2010\u2011-][\p{L}\p{M}\p{N}]+|(?<=\d),\d+)*|%/gu;
const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
// A gap between two tokens that makes the second sentence-initial: . ! ? : or an opening quote mark.
const INITIAL_GAP = /[.!?:“‘«„]|(?:^|\s)["']$/;
const CAPITALISED = /^\p{Lu}/u;
// All capitals (two letters or more: CCP, U.S.), or a capital after a lower-case letter (McCain).
const STRONG = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$|\p{Ll}[^\p{Lu}]*\p{Lu}/u;

interface Unit {
  /** Normalised, for comparing: lower-cased word, or a normalised figure ("13%"). */
  key: string;
  kind: 'word' | 'figure';
  /** Where it is written in the quote. */
  start: number;
  end: number;
  /** First letter upper case. */
  capitalised: boolean;
  /** All capitals (two letters or more) or a capital after a lower-case letter: CCP, U.S., McCain. */
  strong: boolean;
  /** First word of the quote or of a sentence (after . ! ? : or an opening quote mark). */
  initial: boolean;
  /** Only white space between it and the unit before (a name run goes on across it). */
  spaced: boolean;
  /** Ends in 's (a name run stops after it). */
  possessive: boolean;
}

/**
 * What drift compares in one quote, read once per quote however many hops it meets.
 */
interface QuoteFeatures {
  text: string;
  units: Unit[];
  keys: string[];
  keySet: Set<string>;
  /** Keys written capitalised in a non-initial position. */
  capitalisedInside: Set<string>;
  figures: Set<string>;
  /** The hedges found, in order, one per occurrence. */
  hedges: string[];
  negations: number;
  /** The keys that are not stop words, in order. */
  content: string[];
  /** Content keys that occur once, with their index in `content`. */
  once: Map<string, number>;
}

/** Scales a decimal string by 10^zeros, exactly: ("1.5", 6) -> "1500000". */
function scale(value: string, zeros: number): string {
  const [whole = '', fraction = ''] = value.split('.');
  const digits = whole + fraction;
  const point = whole.length + zeros;
  const scaled = digits.length <= point ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return canonical(scaled);
}

/** "007.50" -> "7.5". */
function canonical(value: string): string {
  if (!value.includes('.') && (value.length === 1 || value[0] !== '0')) return value;
  let [whole = '', fraction = ''] = value.split('.');
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

const lower = (raw: string) => {
  const lowered = raw.toLowerCase();
  return lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
};

/** Splits a quote into units: words, and figures read with their multiplier and percent. */
function readUnits(text: string): Unit[] {
  const tokens: { raw: string; key: string; start: number; end: number; initial: boolean; spaced: boolean }[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    const start = match.index;
    let end = start + raw.length;
    const gap = text.slice(previousEnd, start);
    const initial = tokens.length === 0 || INITIAL_GAP.test(gap);
    // An abbreviation's dot (U.S., J., Mr.) is part of it and ends no sentence.
    if (text[end] === '.' && (/^(?:\p{L}\.)+\p{L}$/u.test(raw) || /^\p{Lu}$/u.test(raw) || ABBREVIATIONS.has(raw.toLowerCase()))) {
      raw += '.';
      end++;
    }
    tokens.push({ raw, key: lower(raw), start, end, initial, spaced: gap.trim() === '' });
    previousEnd = end;
  }

  const units: Unit[] = [];
  const word = (t: (typeof tokens)[number], key: string, start = t.start, end = t.end): Unit => {
    const raw = start === t.start && end === t.end ? t.raw : text.slice(start, end);
    const capitalised = CAPITALISED.test(raw);
    return {
      key,
      kind: 'word',
      start,
      end,
      capitalised,
      strong: capitalised && STRONG.test(raw.replace(/['’]s$/, '')),
      initial: t.initial,
      spaced: t.spaced,
      possessive: key.endsWith("'s"),
    };
  };
  const spacedWord = (k: number, keys: ReadonlySet<string>) => {
    const t = tokens[k];
    return t && t.spaced && keys.has(t.key) ? t : undefined;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (NUMBER.test(t.raw)) {
      let value = canonical(t.raw.replace(/,/g, ''));
      let last = t;
      const multiplier = spacedWord(i + 1, MULTIPLIER_WORDS);
      if (multiplier) {
        value = scale(value, MULTIPLIERS[multiplier.key]!);
        last = multiplier;
        i++;
      }
      let percent = false;
      const next = tokens[i + 1];
      if (next && next.raw === '%' && text.slice(last.end, next.start).trim() === '') percent = true;
      else if (spacedWord(i + 1, PERCENT_WORDS)) percent = true;
      else if (spacedWord(i + 1, PER) && spacedWord(i + 2, CENT)) {
        i++;
        percent = true;
      }
      if (percent) {
        i++;
        last = tokens[i]!;
      }
      units.push({ ...word(t, '', t.start, last.end), key: percent ? `${value}%` : value, kind: 'figure', capitalised: false, strong: false });
      continue;
    }
    const key = t.key;
    // Contractions read as two words, so "didn't" = "did not" and the negation is seen.
    const stem = key === 'cannot' ? 'can' : key.length > 3 && key.endsWith("n't") ? key.slice(0, -3) : undefined;
    if (stem !== undefined) {
      const cut = t.end - 3; // "did|n't", "can|not"
      units.push(word(t, CONTRACTED[stem] ?? stem, t.start, cut));
      units.push({ ...word(t, 'not', cut, t.end), initial: false, spaced: false, capitalised: false, strong: false });
      continue;
    }
    units.push(word(t, key));
  }
  return units;
}

/** The hedges of a quote, one per occurrence, longest match first. */
const HEDGE_PHRASES = Object.entries(HEDGES)
  .map(([phrase, where]) => ({ phrase, words: phrase.split(' '), where }))
  .sort((a, b) => b.words.length - a.words.length);
const HEDGES_BY_FIRST_WORD = new Map<string, typeof HEDGE_PHRASES>();
for (const hedge of HEDGE_PHRASES) {
  const list = HEDGES_BY_FIRST_WORD.get(hedge.words[0]!);
  if (list) list.push(hedge);
  else HEDGES_BY_FIRST_WORD.set(hedge.words[0]!, [hedge]);
}

function hedgesOf(units: Unit[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.capitalised && !u.initial) continue;
    for (const hedge of HEDGES_BY_FIRST_WORD.get(u.key) ?? []) {
      const n = hedge.words.length;
      if (!hedge.words.every((w, k) => units[i + k]?.kind === 'word' && units[i + k]!.key === w)) continue;
      if (hedge.where === 'figure' && units[i + n]?.kind !== 'figure') continue;
      found.push(hedge.phrase);
      i += n - 1;
      break;
    }
  }
  return found;
}

function negationsOf(units: Unit[]): number {
  let count = 0;
  let neither = false;
  units.forEach((u, i) => {
    if (!NEGATORS.has(u.key) || u.kind !== 'word') return;
    if (u.key === 'neither') neither = true;
    if (u.key === 'nor' && neither) return;
    if (u.key === 'not' && units[i + 1]?.key === 'only') return;
    count++;
  });
  return count;
}

/** Reads a quote's features (tokenises it). */
function readQuote(text: string): QuoteFeatures {
  const units = readUnits(text);
  const keys = units.map((u) => u.key);
  const content = units.filter((u) => !STOP_WORDS.has(u.key)).map((u) => u.key);
  const once = new Map<string, number>();
  const seen = new Set<string>();
  content.forEach((key, k) => {
    if (seen.has(key)) once.delete(key);
    else once.set(key, k);
    seen.add(key);
  });
  return {
    text,
    units,
    keys,
    keySet: new Set(keys),
    capitalisedInside: new Set(units.filter((u) => u.kind === 'word' && u.capitalised && !u.initial).map((u) => u.key)),
    figures: new Set(units.filter((u) => u.kind === 'figure').map((u) => u.key)),
    hedges: hedgesOf(units),
    negations: negationsOf(units),
    content,
    once,
  };
}

/** Unit ranges [start, end) of one quote. */
type Runs = [number, number][];

const sameKeys = (a: string[], b: string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * Where `inner`'s word sequence starts inside the longer `outer`'s, as a unit index; -1 if it
 * does not. Knuth–Morris–Pratt: linear in the two lengths.
 */
function spanIndex(outer: QuoteFeatures, inner: QuoteFeatures): number {
  const pattern = inner.keys;
  const text = outer.keys;
  if (pattern.length === 0 || pattern.length >= text.length) return -1;
  const fallback = new Int32Array(pattern.length);
  for (let i = 1, k = 0; i < pattern.length; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = fallback[k - 1]!;
    if (pattern[i] === pattern[k]) k++;
    fallback[i] = k;
  }
  for (let i = 0, k = 0; i < text.length; i++) {
    while (k > 0 && text[i] !== pattern[k]) k = fallback[k - 1]!;
    if (text[i] === pattern[k]) k++;
    if (k === pattern.length) return i - k + 1;
  }
  return -1;
}

/** The units of `outer` before and after the span [at, at + length). */
function around(outer: QuoteFeatures, at: number, length: number): Runs {
  const runs: Runs = [];
  if (at > 0) runs.push([0, at]);
  if (at + length < outer.keys.length) runs.push([at + length, outer.keys.length]);
  return runs;
}

/**
 * The most edits the diff of one pair looks for, among the words both quotes hold: past it,
 * the diff gives up (see diffMarks). The diff costs O((n + m)·d) for d edits, so this bounds
 * each pair's work.
 */
export const MAX_DIFF_EDITS = 32;

/**
 * Marks the units of `from` added and those of `to` removed, by a diff of their word
 * sequences. A word absent from the other quote is in no common subsequence, so such words
 * are marked first and the diff runs on the words both quotes hold (the same longest common
 * subsequence, for less work). When that takes more than MAX_DIFF_EDITS edits the diff gives
 * up, and only the absent words are marked.
 */
function diffMarks(from: QuoteFeatures, to: QuoteFeatures): { added: boolean[]; removed: boolean[] } {
  const added = from.keys.map((key) => !to.keySet.has(key));
  const removed = to.keys.map((key) => !from.keySet.has(key));
  const fromShared: number[] = [];
  const toShared: number[] = [];
  added.forEach((absent, i) => absent || fromShared.push(i));
  removed.forEach((absent, j) => absent || toShared.push(j));
  const changes = diffArrays(
    toShared.map((j) => to.keys[j]!),
    fromShared.map((i) => from.keys[i]!),
    { maxEditLength: MAX_DIFF_EDITS },
  );
  let i = 0;
  let j = 0;
  for (const change of changes ?? []) {
    if (change.added) for (const end = i + change.count; i < end; i++) added[fromShared[i]!] = true;
    else if (change.removed) for (const end = j + change.count; j < end; j++) removed[toShared[j]!] = true;
    else {
      i += change.count;
      j += change.count;
    }
  }
  return { added, removed };
}

/** The maximal runs of marked units. */
function runsOf(marks: boolean[]): Runs {
  const runs: Runs = [];
  marks.forEach((mark, k) => {
    if (!mark) return;
    const last = runs[runs.length - 1];
    if (last && last[1] === k) last[1] = k + 1;
    else runs.push([k, k + 1]);
  });
  return runs;
}

/**
 * Whether the content words (stop words aside) that each quote holds exactly once come in a
 * different order: "China supplies Mexico" / "Mexico supplies China". Linear, no diff.
 */
function reorderedBetween(a: QuoteFeatures, b: QuoteFeatures): boolean {
  let last = -1;
  for (const key of a.content) {
    if (!a.once.has(key)) continue;
    const position = b.once.get(key);
    if (position === undefined) continue;
    if (position < last) return true;
    last = position;
  }
  return false;
}

/** Occurrences in `a` beyond those in `b`, each listed once, sorted. */
function moreOf(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const extra = new Set<string>();
  for (const x of a) {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    else extra.add(x);
  }
  return [...extra].sort();
}

interface Name {
  key: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The names of `q` (compared with `other`): capitalised words, and runs of them with only
 * white space between (a possessive ends a run). A word at the start of a sentence is a
 * name only if either quote writes it capitalised elsewhere, or it is all capitals or has an
 * inner capital; a stop word ("The", "In") is never one unless all capitals ("US").
 */
function namesOf(q: QuoteFeatures, other: QuoteFeatures): Name[] {
  const names: Name[] = [];
  let run: Name | undefined;
  q.units.forEach((u, i) => {
    const isName =
      u.kind === 'word' &&
      u.capitalised &&
      (u.strong || (!STOP_WORDS.has(u.key) && (!u.initial || q.capitalisedInside.has(u.key) || other.capitalisedInside.has(u.key))));
    if (!isName) {
      run = undefined;
      return;
    }
    if (run && run.end === i && u.spaced && !q.units[i - 1]!.possessive) {
      run.end = i + 1;
      run.key += ` ${u.key}`;
    } else {
      names.push((run = { key: u.key, text: '', start: i, end: i + 1 }));
    }
  });
  for (const name of names) {
    name.key = name.key.replace(/'s$/, '');
    name.text = q.text.slice(q.units[name.start]!.start, q.units[name.end - 1]!.end).replace(/\s+/g, ' ').replace(/['’]s$/, '');
  }
  return names;
}

/** Marks the units covered by runs. */
function marked(length: number, runs: Runs): boolean[] {
  const marks = new Array<boolean>(length).fill(false);
  for (const [s, e] of runs) for (let k = s; k < e; k++) marks[k] = true;
  return marks;
}

/** Each run as written in the quote (white space collapsed, punctuation inside kept). */
const runTexts = (q: QuoteFeatures, runs: Runs) =>
  runs.map(([s, e]) => q.text.slice(q.units[s]!.start, q.units[e - 1]!.end).replace(/\s+/g, ' '));

const byValue = (a: string, b: string) => parseFloat(a) - parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0);

/** Figures of `q` in its changed runs and not among the other quote's figures. */
function figuresChanged(q: QuoteFeatures, marks: boolean[], other: QuoteFeatures): string[] {
  const found = new Set<string>();
  q.units.forEach((u, i) => {
    if (u.kind === 'figure' && marks[i] && !other.figures.has(u.key)) found.add(u.key);
  });
  return [...found].sort(byValue);
}

/** Names of `q` touching its changed runs and not among the other quote's names. */
function namesChanged(names: Name[], marks: boolean[], otherNames: Name[]): string[] {
  const others = new Set(otherNames.map((n) => n.key));
  const found = new Set<string>();
  for (const name of names) {
    if (others.has(name.key)) continue;
    for (let k = name.start; k < name.end; k++) {
      if (marks[k]) {
        found.add(name.text);
        break;
      }
    }
  }
  return [...found].sort();
}

/**
 * Compares quotes as ordered word sequences. Keeps each quote's features, so comparing every
 * hop with the hops it cites reads (tokenises) each quote once, not once per pair. A pair
 * costs O(n + m) in its n and m words, plus, when it is CHANGED, one diff of the words both
 * quotes hold: O((n + m)·d) for d ≤ MAX_DIFF_EDITS edits. Use one comparer per trace.
 */
export class QuoteComparer {
  private readonly cache = new Map<string, QuoteFeatures>();

  /** Reads one quote; the cache calls it once per distinct quote (tests count the calls). */
  protected read(quote: string): QuoteFeatures {
    return readQuote(quote);
  }

  private features(quote: string): QuoteFeatures {
    let features = this.cache.get(quote);
    if (!features) this.cache.set(quote, (features = this.read(quote)));
    return features;
  }

  /**
   * The difference between the quote of a citing hop (`from`) and the quote of the hop it
   * cites (`to`); null when both are the same word sequence once case, punctuation, figures
   * ("13 percent" = "13%") and contractions ("didn't" = "did not") are normalised: only a
   * real change is drift. "Added" means present in `from` but not in `to`.
   */
  compare(from: string, to: string): QuoteDifference | null {
    if (from === to) return null;
    const a = this.features(from);
    const b = this.features(to);
    if (sameKeys(a.keys, b.keys)) return null;

    let change: QuoteChange;
    let addedMarks: boolean[];
    let removedMarks: boolean[];
    let at: number;
    if ((at = spanIndex(b, a)) >= 0) {
      change = 'NARROWED';
      addedMarks = marked(a.units.length, []);
      removedMarks = marked(b.units.length, around(b, at, a.keys.length));
    } else if ((at = spanIndex(a, b)) >= 0) {
      change = 'EXTENDED';
      addedMarks = marked(a.units.length, around(a, at, b.keys.length));
      removedMarks = marked(b.units.length, []);
    } else {
      change = 'CHANGED';
      ({ added: addedMarks, removed: removedMarks } = diffMarks(a, b));
    }

    const aNames = namesOf(a, b);
    const bNames = namesOf(b, a);
    let shared = 0;
    for (const key of a.keySet) if (b.keySet.has(key)) shared++;
    const union = a.keySet.size + b.keySet.size - shared;
    return {
      change,
      wordsAdded: runTexts(a, runsOf(addedMarks)),
      wordsRemoved: runTexts(b, runsOf(removedMarks)),
      numbersAdded: figuresChanged(a, addedMarks, b),
      numbersRemoved: figuresChanged(b, removedMarks, a),
      namesAdded: namesChanged(aNames, addedMarks, bNames),
      namesRemoved: namesChanged(bNames, removedMarks, aNames),
      hedgesAdded: moreOf(a.hedges, b.hedges),
      hedgesRemoved: moreOf(b.hedges, a.hedges),
      negationFlipped: a.negations !== b.negations,
      reordered: change === 'CHANGED' && reorderedBetween(a, b),
      similarity: union === 0 ? 1 : shared / union,
    };
  }
}

/** Compares two quotes once (see QuoteComparer.compare). */
export function compareQuotes(from: string, to: string): QuoteDifference | null {
  return new QuoteComparer().compare(from, to);
}
