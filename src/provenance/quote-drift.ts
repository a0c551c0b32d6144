import { diffArrays } from 'diff';
import { HEDGES } from './qualifier-lexicon.js';
import { qualifiersOf, type Qualifier, type QualifierKind } from './qualifier-phrases.js';
import { readFigure, type QuoteToken } from './quote-figures.js';

/**
 * How a citing quote relates to the quote it cites, word sequence against word sequence
 * (after normalisation):
 * - NARROWED: it is a contiguous part of the cited quote, and the words cut hold no hedge,
 *   negation, condition, attribution or qualifier (see qualifier-lexicon.ts): plain context;
 * - QUALIFIER_CUT: a contiguous part of the cited quote whose cut removed one of those
 *   ("nearly 200" → "200", "if the ban holds" dropped, "does not conclude that X" → "X");
 * - EXTENDED: it holds the whole cited quote plus words around it, and those words, with any
 *   figures, names and qualifiers in them, count as added (they are the citing source's own);
 * - OVERLAPS: the two are overlapping pieces of one passage: the end of one is the start of
 *   the other (at least MIN_OVERLAP_WORDS words), so words are cut at one end and added at
 *   the other;
 * - CHANGED: anything else (words replaced, inserted inside, or moved).
 */
export type QuoteChange = 'NARROWED' | 'QUALIFIER_CUT' | 'EXTENDED' | 'OVERLAPS' | 'CHANGED';

/**
 * How the quote of a citing hop (`from`) differs from the quote of the hop it cites (`to`).
 * "Added" means in `from` and not in `to`; "removed" the converse. The word runs are in the
 * order of the diff; numbers, names and qualifiers are sorted and listed once each.
 */
export interface QuoteDifference {
  change: QuoteChange;
  /**
   * The citing quote may say something the cited one does not: a figure, name, hedge,
   * negation, condition, attribution or qualifier differs, or words were replaced or
   * reordered (see meaningChangedOf). False for a plain cut (NARROWED), for an extension or
   * overlap that adds only context words, and for pieces of one passage (`samePassage`) that
   * lose nothing.
   */
  meaningChanged: boolean;
  /**
   * Both quotes are pieces of one passage of one document: both hops are evidenced in the
   * same document and one quote contains the other or they overlap. Then only what the
   * citing quote lost counts as drift: what it adds is the same passage's context.
   */
  samePassage: boolean;
  /** The runs of words in `from` that the diff does not find in `to`, each as written in `from`. */
  wordsAdded: string[];
  /** The runs of words in `to` that the diff does not find in `from`, each as written in `to`. */
  wordsRemoved: string[];
  /** Figures (normalised: "13%", "108000", "$1200000000") in words added, and nowhere in the other quote. */
  numbersAdded: string[];
  numbersRemoved: string[];
  /** Names (capitalised words and runs of them) touching words added, and no name of the other quote. */
  namesAdded: string[];
  namesRemoved: string[];
  /** Hedges (see HEDGES), by their lexicon entry, one quote holding more of them than the other. */
  hedgesAdded: string[];
  hedgesRemoved: string[];
  /** Conditions (see CONDITIONS), lower-cased with their clause ("if the ban holds"), one quote holding more of them. */
  conditionsAdded: string[];
  conditionsRemoved: string[];
  /** Attributions (see ATTRIBUTIONS), lower-cased with who they name ("according to the dea", "the report stated"). */
  attributionsAdded: string[];
  attributionsRemoved: string[];
  /** Qualifiers of scope, time or degree (see QUALIFIERS: "only", "at that time", "mostly"), by their lexicon entry. */
  qualifiersAdded: string[];
  qualifiersRemoved: string[];
  /** The two quotes hold a different number of negations ("raised" / "did not raise"; see NEGATORS). */
  negationFlipped: boolean;
  /** CHANGED only: content words (stop words aside) that each quote holds once come in a different order. */
  reordered: boolean;
  /** Jaccard similarity of the two quotes' normalised word sets, 0..1. */
  similarity: number;
}

/** What the comparer knows of a pair beyond its two quotes. */
export interface PairContext {
  /** Both hops are evidenced in the same document (see traceDrift). */
  sameDocument?: boolean;
}

export { HEDGES };

/**
 * Words that negate, counted per quote: "n't" and "cannot" are read as "not"; "nor" counts
 * only without a "neither" before it (neither … nor is one negation); "not only" is none.
 * Negation flips when the counts differ: a negator added or removed, wherever it stands
 * (a narrowing that cuts "did not say that …" away flips too).
 */
const NEGATORS = new Set([
  'not', 'no', 'never', 'without', 'none', 'neither', 'nor', 'nobody', 'nothing', 'nowhere',
  // Words that deny what follows: "hardly anyone voted", "failed to prove", "a lack of evidence", "the false claim".
  'hardly', 'scarcely', 'fail', 'fails', 'failed', 'lack', 'lacks', 'lacked', 'false', 'myth',
  // A sign: "-0.5%" reads "minus 0.5%" (see readTokens).
  'minus',
]);

/** Function words: never names (unless all-caps), and ignored when looking for reordering. */
const STOP_WORDS = new Set(
  ('a an the and or but so if then than as of to in on at for by with from into onto over under about after before ' +
    'this that these those it its is are was were be been being am has have had do does did will would shall should can ' +
    'which who whom whose what where when there their they them he him his she her we us our you your i me my also such')
    .split(' ')
    .concat([...NEGATORS]),
);

/** Abbreviations whose dot ends no sentence ("Mr. Smith", "Dr."). */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'inc', 'ltd', 'corp', 'co', 'vs']);

/** Contractions whose stem is not a word of its own: "can't" = "can not". */
const CONTRACTED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };

// Words (letters and digits, joined by apostrophes, hyphens, dots, and commas between digits),
// percent signs and currency signs.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\u2010\u2011-][\p{L}\p{M}\p{N}]+|(?<=\d),\d+)*|[%$€£¥<>~≈≤≥]|(?<![\p{L}\p{N}])[-−](?=\d)/gu;
/** Signs read as the words they stand for: "<5%" is "under 5%" (a hedge of the figure), "-0.5%" is "minus 0.5%" (a negation). */
const SIGN_WORDS: Readonly<Record<string, string>> = { '<': 'under', '≤': 'under', '>': 'over', '≥': 'over', '~': 'about', '≈': 'about', '-': 'minus', '−': 'minus' };
/** Apostrophes written other ways, between letters ("donʼt", "don‘t"), and dashes between figures ("2019–2020"): read as ’ and -. */
const APOSTROPHES = /(?<=\p{L})[\u02bc\u2018`\u00b4](?=\p{L})/gu;
const DASHES = /(?<=\d)[\u2012\u2013](?=\d)/g;
/** An abbreviation written with dots ("U.S.", "e.g."): the same word as without them. */
const DOTTED = /^(?:\p{L}\.)+\p{L}?\.?$/u;
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
  /** The hedges, conditions, attributions and qualifiers found, in order, one per occurrence. */
  qualifiers: Qualifier[];
  negations: number;
  /** The keys that are not stop words, in order. */
  content: string[];
  /** Content keys that occur once, with their index in `content`. */
  once: Map<string, number>;
}

const lower = (raw: string) => {
  const lowered = raw.toLowerCase();
  return lowered.includes('’') ? lowered.replace(/’/g, "'") : lowered;
};

/**
 * Splits a quote into tokens, marking those that start a sentence. A hyphenated word is its
 * parts ("well-known" = "well known", "COVID-19" = "COVID 19"); apostrophe and dash variants
 * read as the plain ones; signs read as words (SIGN_WORDS); dotted abbreviations lose their
 * dots ("U.S." = "US"). Offsets are into `text` as given.
 */
function readTokens(text: string): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  const scan = text.replace(APOSTROPHES, '’').replace(DASHES, '-');
  for (const token of scanTokens(scan)) {
    const parts = /[\p{L}\p{N}][\u2010\u2011-][\p{L}\p{N}]/u.test(token.raw) && !DOTTED.test(token.raw) ? splitHyphens(token) : [token];
    tokens.push(...parts);
  }
  return tokens;
}

/** A hyphenated token's parts, each a token of its own (the first keeps the token's place). */
function splitHyphens(token: QuoteToken): QuoteToken[] {
  const parts: QuoteToken[] = [];
  let offset = 0;
  for (const piece of token.raw.split(/[\u2010\u2011-]/)) {
    const start = token.start + offset;
    if (piece) parts.push({ raw: piece, key: lower(piece), start, end: start + piece.length, initial: parts.length === 0 && token.initial, spaced: parts.length === 0 ? token.spaced : true });
    offset += piece.length + 1;
  }
  return parts;
}

function scanTokens(text: string): QuoteToken[] {
  const tokens: QuoteToken[] = [];
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
    const key = SIGN_WORDS[raw] ?? (DOTTED.test(raw) && raw.length > 2 ? lower(raw).replace(/\./g, '') : lower(raw));
    tokens.push({ raw, key, start, end, initial, spaced: gap.trim() === '' });
    previousEnd = end;
  }
  return tokens;
}

/**
 * A quote's words as drift compares them: lower-cased, punctuation dropped, contractions
 * split, figures normalised ("13 percent" = "13%", "$1.2bn" = "$1200000000", "two hundred" =
 * "200"). What counting voices compares for the same text (voice-text.ts).
 */
export function quoteKeys(text: string): string[] {
  return readUnits(text).map((unit) => unit.key);
}

/** Splits a quote into units: words, and figures (see readFigure). */
function readUnits(text: string): Unit[] {
  const tokens = readTokens(text);
  const units: Unit[] = [];
  const word = (t: QuoteToken, key: string, start = t.start, end = t.end): Unit => {
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

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const figure = readFigure(tokens, i, text);
    if (figure) {
      units.push({ ...word(t, figure.key, figure.start, figure.end), kind: 'figure', capitalised: false, strong: false });
      if (figure.unit) units.push({ ...word(t, figure.unit.key, figure.unit.start, figure.unit.end), initial: false, spaced: true });
      i = figure.next - 1;
      continue;
    }
    const key = t.key;
    // Contractions read as two words, so "didn't" = "did not" and the negation is seen.
    const stem = key === 'cannot' ? 'can' : key.length > 3 && key.endsWith("n't") ? key.slice(0, -3) : undefined;
    if (stem !== undefined) {
      const cut = t.end - 3; // "did|n't", "can|not"
      units.push(word(t, CONTRACTED[stem] ?? stem, t.start, cut));
      units.push({ ...word(t, 'not', cut, t.end), initial: false, spaced: true, capitalised: false, strong: false });
      continue;
    }
    units.push(word(t, key));
  }
  return units;
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
    qualifiers: qualifiersOf(units),
    negations: negationsOf(units),
    content,
    once,
  };
}

/** Unit ranges [start, end) of one quote. */
type Runs = [number, number][];

const sameKeys = (a: string[], b: string[]) => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * Knuth–Morris–Pratt over word keys, linear in the two lengths: where `pattern` first occurs
 * whole in `text` (a unit index, -1 if nowhere), and else the length of the longest start
 * of `pattern` that ends `text` (how far the two overlap).
 */
function kmp(text: string[], pattern: string[]): { at: number; overlap: number } {
  if (pattern.length === 0) return { at: -1, overlap: 0 };
  const fallback = new Int32Array(pattern.length);
  for (let i = 1, k = 0; i < pattern.length; i++) {
    while (k > 0 && pattern[i] !== pattern[k]) k = fallback[k - 1]!;
    if (pattern[i] === pattern[k]) k++;
    fallback[i] = k;
  }
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    while (k > 0 && text[i] !== pattern[k]) k = fallback[k - 1]!;
    if (text[i] === pattern[k]) k++;
    if (k === pattern.length) return { at: i - k + 1, overlap: k };
  }
  return { at: -1, overlap: k };
}

/** Where `inner`'s word sequence starts inside the longer `outer`'s, as a unit index; -1 if it does not. */
function spanIndex(outer: QuoteFeatures, inner: QuoteFeatures): number {
  return inner.keys.length < outer.keys.length ? kmp(outer.keys, inner.keys).at : -1;
}

/**
 * The fewest words two quotes must share, the end of one being the start of the other, to
 * be overlapping pieces of one passage (OVERLAPS) rather than different wording.
 */
export const MIN_OVERLAP_WORDS = 4;

/**
 * How the quotes overlap when neither holds the other: `citingFirst` when the end of the
 * citing quote `a` is the start of the cited `b`; `words`, how many they share (0: they do
 * not overlap, or by fewer than MIN_OVERLAP_WORDS words).
 */
function overlapOf(a: QuoteFeatures, b: QuoteFeatures): { words: number; citingFirst: boolean } {
  const aThenB = kmp(a.keys, b.keys).overlap;
  const bThenA = kmp(b.keys, a.keys).overlap;
  const words = Math.max(aThenB, bThenA);
  return words >= MIN_OVERLAP_WORDS ? { words, citingFirst: aThenB >= bThenA } : { words: 0, citingFirst: false };
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

/**
 * The qualifiers of one kind in `a` beyond those in `b` (compared by lexicon entry), each
 * listed once, as shown (see Qualifier.text), sorted.
 */
function moreOf(a: Qualifier[], b: Qualifier[], kind: QualifierKind): string[] {
  const counts = new Map<string, number>();
  for (const x of b) if (x.kind === kind) counts.set(x.key, (counts.get(x.key) ?? 0) + 1);
  const extra = new Set<string>();
  for (const x of a) {
    if (x.kind !== kind) continue;
    const n = counts.get(x.key) ?? 0;
    if (n > 0) counts.set(x.key, n - 1);
    else extra.add(x.text);
  }
  return [...extra].sort();
}

/** Each kind of qualifier that `a` holds more of than `b`. */
function qualifierChanges(a: QuoteFeatures, b: QuoteFeatures) {
  return {
    hedges: moreOf(a.qualifiers, b.qualifiers, 'hedge'),
    conditions: moreOf(a.qualifiers, b.qualifiers, 'condition'),
    attributions: moreOf(a.qualifiers, b.qualifiers, 'attribution'),
    qualifiers: moreOf(a.qualifiers, b.qualifiers, 'qualifier'),
  };
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
   * ("13 percent" = "13%", "$1.2bn" = "$1.2 billion", "two hundred" = "200") and
   * contractions ("didn't" = "did not") are normalised: only a real change is drift. "Added"
   * means present in `from` but not in `to`. `context.sameDocument` says both hops are
   * evidenced in one document: then a quote that holds, lies inside or overlaps the other is
   * a piece of the same passage (`samePassage`), and only what it loses changes its meaning.
   */
  compare(from: string, to: string, context: PairContext = {}): QuoteDifference | null {
    if (from === to) return null;
    const a = this.features(from);
    const b = this.features(to);
    if (sameKeys(a.keys, b.keys)) return null;
    const { shape, addedMarks, removedMarks } = shapeOf(a, b);

    const aNames = namesOf(a, b);
    const bNames = namesOf(b, a);
    let shared = 0;
    for (const key of a.keySet) if (b.keySet.has(key)) shared++;
    const union = a.keySet.size + b.keySet.size - shared;
    const added = qualifierChanges(a, b);
    const removed = qualifierChanges(b, a);
    const difference = {
      wordsAdded: runTexts(a, runsOf(addedMarks)),
      wordsRemoved: runTexts(b, runsOf(removedMarks)),
      numbersAdded: figuresChanged(a, addedMarks, b),
      numbersRemoved: figuresChanged(b, removedMarks, a),
      namesAdded: namesChanged(aNames, addedMarks, bNames),
      namesRemoved: namesChanged(bNames, removedMarks, aNames),
      hedgesAdded: added.hedges,
      hedgesRemoved: removed.hedges,
      conditionsAdded: added.conditions,
      conditionsRemoved: removed.conditions,
      attributionsAdded: added.attributions,
      attributionsRemoved: removed.attributions,
      qualifiersAdded: added.qualifiers,
      qualifiersRemoved: removed.qualifiers,
      negationFlipped: a.negations !== b.negations,
      reordered: shape === 'CHANGED' && reorderedBetween(a, b),
      similarity: union === 0 ? 1 : shared / union,
    };
    // A figure cut is a loss too: "30 per 100,000" → "30", "in 2019, deaths rose" → "deaths rose".
    const lost =
      a.negations < b.negations ||
      [removed.hedges, removed.conditions, removed.attributions, removed.qualifiers, difference.numbersRemoved].some((list) => list.length > 0);
    const gained =
      a.negations > b.negations ||
      [added.hedges, added.conditions, added.attributions, added.qualifiers, difference.numbersAdded, difference.namesAdded].some((list) => list.length > 0);
    const samePassage = context.sameDocument === true && shape !== 'CHANGED';
    return {
      change: shape === 'NARROWED' && lost ? 'QUALIFIER_CUT' : shape,
      // A flipped negation changes the meaning whatever else holds, in one passage too.
      meaningChanged: difference.negationFlipped || meaningChangedOf(shape, lost, gained, samePassage),
      samePassage,
      ...difference,
    };
  }
}

type Shape = Exclude<QuoteChange, 'QUALIFIER_CUT'>;

/**
 * How the citing quote `a` sits against the cited `b` as word sequences (NARROWED: inside
 * it; EXTENDED: around it; OVERLAPS; CHANGED), with the units of `a` added and of `b` removed.
 */
function shapeOf(a: QuoteFeatures, b: QuoteFeatures): { shape: Shape; addedMarks: boolean[]; removedMarks: boolean[] } {
  let at: number;
  if ((at = spanIndex(b, a)) >= 0) {
    return { shape: 'NARROWED', addedMarks: marked(a.units.length, []), removedMarks: marked(b.units.length, around(b, at, a.keys.length)) };
  }
  if ((at = spanIndex(a, b)) >= 0) {
    return { shape: 'EXTENDED', addedMarks: marked(a.units.length, around(a, at, b.keys.length)), removedMarks: marked(b.units.length, []) };
  }
  const overlap = overlapOf(a, b);
  if (overlap.words > 0) {
    const n = overlap.words;
    const aRun: [number, number] = overlap.citingFirst ? [0, a.keys.length - n] : [n, a.keys.length];
    const bRun: [number, number] = overlap.citingFirst ? [n, b.keys.length] : [0, b.keys.length - n];
    return { shape: 'OVERLAPS', addedMarks: marked(a.units.length, [aRun]), removedMarks: marked(b.units.length, [bRun]) };
  }
  const { added, removed } = diffMarks(a, b);
  return { shape: 'CHANGED', addedMarks: added, removedMarks: removed };
}

/**
 * Whether a citing quote may say something the quote it cites does not, from how it sits
 * against it and what it lost (a hedge, negation, condition, attribution or qualifier of the
 * cited quote) or gained (one of those, a figure or a name):
 * - CHANGED (words replaced, inserted inside or moved): always;
 * - NARROWED: when the cut lost something (then it is a QUALIFIER_CUT);
 * - EXTENDED: when the words around gained something;
 * - OVERLAPS: when the end cut lost something or the end added gained something.
 * For pieces of one passage (`samePassage`) only a loss counts: the words one adds are the
 * same passage's own, context and not embellishment.
 */
export function meaningChangedOf(shape: Shape, lost: boolean, gained: boolean, samePassage: boolean): boolean {
  if (shape === 'CHANGED') return true;
  return lost || (gained && !samePassage && shape !== 'NARROWED');
}

/** Compares two quotes once (see QuoteComparer.compare). */
export function compareQuotes(from: string, to: string, context?: PairContext): QuoteDifference | null {
  return new QuoteComparer().compare(from, to, context);
}
