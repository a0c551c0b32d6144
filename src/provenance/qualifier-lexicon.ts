/**
 * The lexicon quote drift reads qualifiers with: words and phrases that hedge, set a
 * condition, attribute, or narrow the scope of what a quote says. Cutting one of them
 * changes the meaning even when the quote only gets shorter ("nearly 200" → "200", "if the
 * ban holds" dropped, "according to the DEA" dropped).
 *
 * Every entry is a lower-cased word sequence, matched as a phrase (all its words, in order,
 * with only spaces between). Where the entry may stand:
 * - 'any': wherever it stands;
 * - 'figure': only right before a figure ("about 200", not "a report about fentanyl");
 * - 'clause': only at the start of a clause: the quote's start, a sentence's, or after a
 *   comma, semicolon, colon or dash ("Should the ban hold, …", not "the state should act").
 * A word capitalised inside a sentence is a name, never an entry ("in May 2021").
 * Inflected forms are listed in PHRASE_FORMS; an entry is reported by its key, whichever form
 * the quote writes ("suggested" is the hedge "suggest").
 */
export type Placement = 'any' | 'figure' | 'clause';

/** Hedges: words that weaken or approximate a statement or a figure. */
export const HEDGES: Readonly<Record<string, Placement>> = {
  // Approximation of a figure.
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
  'as few as': 'figure',
  'at least': 'figure',
  'at most': 'figure',
  'more than': 'figure',
  'less than': 'figure',
  'fewer than': 'figure',
  'close to': 'figure',
  'upwards of': 'figure',
  'in the region of': 'figure',
  under: 'figure',
  estimated: 'any',
  projected: 'any',
  // Possibility and likelihood.
  may: 'any',
  might: 'any',
  could: 'any',
  possibly: 'any',
  potentially: 'any',
  perhaps: 'any',
  maybe: 'any',
  likely: 'any',
  unlikely: 'any',
  probably: 'any',
  presumably: 'any',
  arguably: 'any',
  // Hearsay and unconfirmed status.
  reportedly: 'any',
  allegedly: 'any',
  apparently: 'any',
  supposedly: 'any',
  purportedly: 'any',
  unconfirmed: 'any',
  unverified: 'any',
  preliminary: 'any',
  provisional: 'any',
  tentative: 'any',
  // Inference rather than finding.
  suggest: 'any',
  indicate: 'any',
  'believed to': 'any',
  'thought to': 'any',
  'said to be': 'any',
  'expected to': 'any',
  'appears to': 'any',
  'seems to': 'any',
};

/** Conditions: what a statement holds only under. */
export const CONDITIONS: Readonly<Record<string, Placement>> = {
  if: 'any',
  'only if': 'any',
  'even if': 'any',
  'if and only if': 'any',
  unless: 'any',
  'provided that': 'any',
  'providing that': 'any',
  'as long as': 'any',
  'so long as': 'any',
  'on condition that': 'any',
  'in the event that': 'any',
  'in case': 'any',
  assuming: 'any',
  'subject to': 'any',
  'depending on': 'any',
  'contingent on': 'any',
  'only when': 'any',
  'except when': 'any',
  'except if': 'any',
  whether: 'any',
  // "Should the ban hold, …": a condition only where it opens a clause.
  should: 'clause',
  // "When" is mostly a time, not a condition: only at the start of a clause ("When prices rise, …").
  when: 'clause',
};

/**
 * Attributions: who the words are put in the mouth of. Reported with the words around them
 * (see qualifier-phrases.ts): "the report stated", "according to the dea". Inflected
 * forms count as the entry (PHRASE_FORMS: "says" is "said").
 */
export const ATTRIBUTIONS: Readonly<Record<string, Placement>> = {
  'according to': 'any',
  'as reported by': 'any',
  'in the words of': 'any',
  'as stated by': 'any',
  // Reporting verbs, keyed by their past tense (the present is often a noun: "the report", "a claim").
  said: 'any',
  stated: 'any',
  told: 'any',
  reported: 'any',
  wrote: 'any',
  claimed: 'any',
  cautioned: 'any',
  warned: 'any',
  noted: 'any',
  argued: 'any',
  alleged: 'any',
  asserted: 'any',
  insisted: 'any',
  contended: 'any',
  concluded: 'any',
  announced: 'any',
  testified: 'any',
  acknowledged: 'any',
  admitted: 'any',
  revealed: 'any',
  // Denials and refutations: cutting "the ministry denied that" turns a denial into the claim.
  denied: 'any',
  rejected: 'any',
  dismissed: 'any',
  refuted: 'any',
  disputed: 'any',
  debunked: 'any',
  'it is a myth that': 'any',
  'the false claim that': 'any',
  // Findings and beliefs put in someone's mouth ("a study found that", "data show").
  found: 'any',
  'data show': 'any',
  'figures show': 'any',
  'studies show': 'any',
  'research shows': 'any',
  'shows that': 'any',
  predicted: 'any',
  believes: 'any',
  thinks: 'any',
};

/** Qualifiers of scope, time or degree: cutting one widens the statement. */
export const QUALIFIERS: Readonly<Record<string, Placement>> = {
  only: 'any',
  partly: 'any',
  partially: 'any',
  'in part': 'any',
  mostly: 'any',
  largely: 'any',
  mainly: 'any',
  primarily: 'any',
  generally: 'any',
  usually: 'any',
  typically: 'any',
  often: 'any',
  sometimes: 'any',
  occasionally: 'any',
  rarely: 'any',
  'in some cases': 'any',
  'some of': 'any',
  'many of': 'any',
  'most of': 'any',
  'part of': 'any',
  'one of': 'any',
  'at that time': 'any',
  'at the time': 'any',
  'so far': 'any',
  'to date': 'any',
  'for now': 'any',
  until: 'any',
};

/**
 * Phrases that hold an entry's words but are none: consumed so that the entry inside is not
 * read ("not only" is no qualifier; "if any" sets no condition; "no one of" is no scope).
 */
export const NOT_QUALIFIERS: readonly string[] = ['not only', 'if any', 'if ever', 'if so', 'as if', 'even so'];

/**
 * The other forms of an entry (a key of one of the tables above), matched as that entry. Only
 * verb forms that are rarely anything else are listed ("report", "claim" and "states" are mostly
 * nouns: "claims that" and "states that" attribute, "the claims" does not).
 */
export const PHRASE_FORMS: Readonly<Record<string, readonly string[]>> = {
  suggest: ['suggests', 'suggested', 'suggesting'],
  indicate: ['indicates', 'indicated', 'indicating'],
  estimated: ['estimate', 'estimates', 'estimating'],
  'appears to': ['appear to', 'appeared to', 'appearing to'],
  'seems to': ['seem to', 'seemed to'],
  'believed to': ['believe to'],
  'thought to': [],
  'expected to': [],
  'said to be': ['said to have', 'is said to'],
  assuming: ['assume that', 'assuming that'],
  said: ['say', 'says', 'saying'],
  stated: ['states that', 'stating'],
  told: ['tells'],
  wrote: ['writes', 'writing', 'written by'],
  claimed: ['claims that', 'claiming'],
  cautioned: ['caution', 'cautions', 'cautioning'],
  warned: ['warn', 'warns'],
  noted: ['notes that', 'noting'],
  argued: ['argue', 'argues', 'arguing'],
  alleged: ['alleges', 'alleging'],
  asserted: ['assert', 'asserts'],
  insisted: ['insist', 'insists'],
  contended: ['contend', 'contends'],
  concluded: ['conclude', 'concludes', 'concluding'],
  announced: ['announce', 'announces'],
  testified: ['testify', 'testifies'],
  acknowledged: ['acknowledge', 'acknowledges'],
  admitted: ['admit', 'admits'],
  revealed: ['reveal', 'reveals'],
  denied: ['deny', 'denies', 'denying'],
  rejected: ['reject', 'rejects', 'rejecting'],
  dismissed: ['dismiss', 'dismisses', 'dismissing'],
  refuted: ['refute', 'refutes', 'refuting'],
  disputed: ['disputes that', 'disputing'],
  found: ['finds', 'finds that', 'found that'],
  'data show': ['data shows', 'data showed'],
  'figures show': ['figures showed'],
  'studies show': ['studies showed'],
  'research shows': ['research showed'],
  'shows that': ['show that', 'showed that'],
  predicted: ['predict', 'predicts'],
  believes: ['believe that', 'believed that'],
  thinks: ['think that', 'thought that'],
};
