import { ATTRIBUTIONS, CONDITIONS, HEDGES, NOT_QUALIFIERS, PHRASE_FORMS, QUALIFIERS, type Placement } from './qualifier-lexicon.js';

/** Which table of qualifier-lexicon.ts a phrase comes from. */
export type QualifierKind = 'hedge' | 'condition' | 'attribution' | 'qualifier';

/** The part of a quote's word unit (see quote-drift.ts) that the lexicon reads. */
export interface LexiconUnit {
  key: string;
  kind: 'word' | 'figure';
  capitalised: boolean;
  /** First of the quote or of a sentence. */
  initial: boolean;
  /** Only white space between it and the unit before. */
  spaced: boolean;
}

/**
 * One qualifier found in a quote. `key` is the lexicon entry ("suggest" for "suggested"),
 * what two quotes are compared on; `text` what a reader is shown, lower-cased: the entry for
 * hedges and qualifiers, the entry with its clause for a condition ("if the ban holds", up to
 * the next punctuation, at most CLAUSE_WORDS words), and with who it names for an
 * attribution ("according to the dea", "the report stated": the words from the clause's start,
 * at most CLAUSE_WORDS).
 */
export interface Qualifier {
  kind: QualifierKind;
  key: string;
  text: string;
}

/** The most words of context a condition or attribution is shown with. */
export const CLAUSE_WORDS = 6;

interface Entry {
  words: string[];
  key: string;
  kind: QualifierKind | null;
  where: Placement;
}

function entriesOf(): Map<string, Entry[]> {
  const entries: Entry[] = [];
  const tables: [QualifierKind, Readonly<Record<string, Placement>>][] = [
    ['hedge', HEDGES],
    ['condition', CONDITIONS],
    ['attribution', ATTRIBUTIONS],
    ['qualifier', QUALIFIERS],
  ];
  for (const [kind, table] of tables) {
    for (const [key, where] of Object.entries(table)) {
      for (const form of [key, ...(PHRASE_FORMS[key] ?? [])]) entries.push({ words: form.split(' '), key, kind, where });
    }
  }
  for (const phrase of NOT_QUALIFIERS) entries.push({ words: phrase.split(' '), key: phrase, kind: null, where: 'any' });
  entries.sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, Entry[]>();
  for (const entry of entries) {
    const list = byFirst.get(entry.words[0]!);
    if (list) list.push(entry);
    else byFirst.set(entry.words[0]!, [entry]);
  }
  return byFirst;
}

/** Lexicon entries by first word, longest first. */
const ENTRIES = entriesOf();

/** Whether unit i opens a clause: first of the quote or a sentence, or after punctuation. */
const opensClause = (units: readonly LexiconUnit[], i: number) => i === 0 || units[i]!.initial || !units[i]!.spaced;

/** Amounts written in words, that a hedge of figures qualifies as it does a figure: "more than half", "at least a third". */
const AMOUNT_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths', 'dozen', 'dozens', 'majority', 'minority', 'hundreds', 'thousands', 'millions', 'billions']);
const AMOUNT_LEADS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'the']);

/** True when a figure, or an amount in words ("half", "a third", "one in five"), starts at unit i. */
function startsAmount(units: readonly LexiconUnit[], i: number): boolean {
  const u = units[i];
  if (!u) return false;
  if (u.kind === 'figure' || AMOUNT_WORDS.has(u.key)) return true;
  const next = units[i + 1];
  return AMOUNT_LEADS.has(u.key) && next !== undefined && (AMOUNT_WORDS.has(next.key) || (next.key === 'in' && units[i + 2]?.kind === 'figure'));
}

function matches(units: readonly LexiconUnit[], i: number, entry: Entry): boolean {
  const n = entry.words.length;
  for (let k = 0; k < n; k++) {
    const u = units[i + k];
    if (!u || u.kind !== 'word' || u.key !== entry.words[k] || (k > 0 && !u.spaced)) return false;
  }
  if (entry.where === 'figure') return startsAmount(units, i + n);
  if (entry.where === 'clause') return opensClause(units, i);
  return true;
}

/** The words shown with a condition (its clause) or an attribution (who it names). */
function context(units: readonly LexiconUnit[], i: number, n: number, kind: QualifierKind, key: string): string {
  let start = i;
  let end = i + n;
  const forward = kind === 'condition' || key.endsWith(' to') || key.endsWith(' by') || key.endsWith(' of');
  if (forward) while (end < units.length && end - i < n + CLAUSE_WORDS && opensClause(units, end) === false) end++;
  else while (start > 0 && i - start < CLAUSE_WORDS && !opensClause(units, start)) start--;
  return units
    .slice(start, end)
    .map((u) => u.key)
    .join(' ');
}

/**
 * The qualifiers of a quote, in order, one per occurrence, the longest entry first at each
 * word. Linear in the quote's words (the lexicon's phrases are a few words long).
 */
export function qualifiersOf(units: readonly LexiconUnit[]): Qualifier[] {
  const found: Qualifier[] = [];
  // A headline capitalises every word ("Study Suggests Coffee Linked To Cancer"): there a
  // capital says nothing of names, so entries are read whatever their case.
  const words = units.filter((u) => u.kind === 'word');
  const headline = words.length >= 3 && words.filter((u) => u.capitalised).length >= 0.6 * words.length;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind !== 'word' || (u.capitalised && !u.initial && !headline)) continue;
    const entry = (ENTRIES.get(u.key) ?? []).find((e) => matches(units, i, e));
    if (!entry) continue;
    const n = entry.words.length;
    if (entry.kind) {
      const shown = entry.kind === 'condition' || entry.kind === 'attribution' ? context(units, i, n, entry.kind, entry.key) : entry.key;
      found.push({ kind: entry.kind, key: entry.key, text: shown });
    }
    i += n - 1;
  }
  return found;
}
