import { wordsToNumbers } from '@insomnia-dev/words-to-numbers';

/** A token of a quote, as quote-drift.ts reads it. */
export interface QuoteToken {
  raw: string;
  /** Lower-cased. */
  key: string;
  start: number;
  end: number;
  initial: boolean;
  /** Only white space between it and the token before. */
  spaced: boolean;
}

/** A figure read from tokens [first, next): its normalised key and where it is written. */
export interface QuoteFigure {
  /** Normalised: "200", "1500000", "13%", "$1200000000". */
  key: string;
  /** The index of the token after the figure's last. */
  next: number;
  start: number;
  end: number;
  /** A unit written onto the number ("212mm"), split off as a word of its own. */
  unit?: { key: string; start: number; end: number };
}

/** Words that scale the figure before them: "1.5 million" = 1500000, "1.2 bn" = 1200000000. */
const MULTIPLIERS: Record<string, number> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  k: 3,
  mn: 6,
  mln: 6,
  bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
};
/**
 * Scale suffixes that are also units of measure ("5m" five metres, "212mm" 212 millimetres,
 * "5t" five tonnes): a scale only right after a currency sign ("$5m" = $5000000, "$12mm" =
 * $12000000, the financial "mm"), a unit anywhere else.
 */
const MONEY_MULTIPLIERS: Record<string, number> = { m: 6, mm: 6, b: 9, t: 12 };
/** Units of measure split off a number they are written onto: "212mm" = "212 mm". */
const UNITS = new Set(['mm', 'cm', 'km', 'm', 'mg', 'kg', 'g', 'mcg', 'µg', 'ml', 'l', 'lb', 'lbs', 'oz', 'ft', 'mi', 'mph', 'kph', 't', 'kt', 'h', 'hr', 'hrs', 'min']);
const PERCENT_WORDS = new Set(['percent', 'per-cent', 'pct']);
/** Currency signs, kept on the figure: "$1.2bn" = "$1.2 billion" = "$1200000000". */
const CURRENCIES = new Set(['$', '€', '£', '¥']);
/**
 * Cardinal number words, read as a run by words-to-numbers ("two hundred and twelve" = 212,
 * "nearly two hundred" = "nearly 200"). Ordinals ("first", "second") are words, and so is a
 * lone "one" ("one of them", "no one").
 */
const NUMBER_WORDS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen')
    .split(' '),
);
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const NUMBER_WITH_SUFFIX = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\p{L}+)$/u;

/** "007.50" -> "7.5". */
function canonical(value: string): string {
  if (!value.includes('.') && (value.length === 1 || value[0] !== '0')) return value;
  let [whole = '', fraction = ''] = value.split('.');
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Scales a decimal string by 10^zeros, exactly: ("1.5", 6) -> "1500000". */
function scale(value: string, zeros: number): string {
  const [whole = '', fraction = ''] = value.split('.');
  const digits = whole + fraction;
  const point = whole.length + zeros;
  const scaled = digits.length <= point ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return canonical(scaled);
}

/** The most tokens one run of number words is read over. */
const MAX_NUMBER_WORDS = 12;

const isNumberWord = (key: string) => key.split('-').every((part) => NUMBER_WORDS.has(part));

/** A run of number words from token i ("two hundred and twelve"), with its value; undefined if none. */
function numberWords(tokens: readonly QuoteToken[], i: number): { value: string; next: number } | undefined {
  let k = i;
  if (tokens[k]?.key === 'a' && SCALE_WORDS.has(tokens[k + 1]?.key ?? '') && tokens[k + 1]!.spaced) k++;
  if (!tokens[k] || !isNumberWord(tokens[k]!.key)) return undefined;
  let end = k + 1;
  // A run of number words is a handful of words ("two hundred and thirty-four thousand"):
  // reading stops after MAX_NUMBER_WORDS, so a quote of nothing but number words stays linear.
  for (; end - k < MAX_NUMBER_WORDS; ) {
    const t = tokens[end];
    if (t && t.spaced && isNumberWord(t.key)) end++;
    else if (t?.key === 'and' && t.spaced && tokens[end + 1]?.spaced && isNumberWord(tokens[end + 1]!.key) && SCALE_WORDS.has(tokens[end - 1]!.key)) end += 2;
    else break;
  }
  if (end - i === 1 && tokens[i]!.key === 'one') return undefined;
  const value = wordsToNumbers(tokens.slice(i, end).map((t) => t.key).join(' '));
  return typeof value === 'number' && Number.isFinite(value) ? { value: canonical(String(value)), next: end } : undefined;
}

/** A number written in digits at token i, with a scale or unit written onto it ("12bn", "212mm"). */
function digits(tokens: readonly QuoteToken[], i: number, money: boolean): { value: string; next: number; unit?: QuoteFigure['unit'] } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (NUMBER.test(t.raw)) return { value: canonical(t.raw.replace(/,/g, '')), next: i + 1 };
  const match = NUMBER_WITH_SUFFIX.exec(t.raw);
  if (!match) return undefined;
  const value = canonical(match[1]!.replace(/,/g, ''));
  const suffix = match[2]!.toLowerCase();
  const zeros = MULTIPLIERS[suffix] ?? (money ? MONEY_MULTIPLIERS[suffix] : undefined);
  if (zeros !== undefined) return { value: scale(value, zeros), next: i + 1 };
  if (UNITS.has(suffix)) return { value, next: i + 1, unit: { key: suffix, start: t.start + match[1]!.length, end: t.end } };
  return undefined;
}

/**
 * Reads the figure that starts at token i, if one does: a currency sign (kept), a number in
 * digits ("108,000", "1.5") or in words ("two hundred"), a scale ("million", "bn", "k"; "m",
 * "mm", "b" and "t" only after a currency sign, else they are units) and a percent ("%",
 * "percent", "per cent"). So "$1.2bn" = "$1.2 billion" = "$1200000000", "12bn" = "12
 * billion", "13 percent" = "13%", "212mm" = "212 mm" (the figure 212 and the word "mm").
 */
export function readFigure(tokens: readonly QuoteToken[], i: number, text: string): QuoteFigure | undefined {
  const first = tokens[i]!;
  const currency = CURRENCIES.has(first.raw) && tokens[i + 1] && text.slice(first.end, tokens[i + 1]!.start).trim() === '' ? first.raw : '';
  const at = currency ? i + 1 : i;
  const number: { value: string; next: number; unit?: QuoteFigure['unit'] } | undefined = digits(tokens, at, currency !== '') ?? numberWords(tokens, at);
  if (!number) return undefined;
  let { value, next } = number;
  const spaced = (k: number) => tokens[k]?.spaced === true;
  const multiplier = !number.unit && spaced(next) && tokens[next]!.key in MULTIPLIERS ? MULTIPLIERS[tokens[next]!.key] : undefined;
  if (multiplier !== undefined && NUMBER.test(tokens[next - 1]!.raw)) {
    value = scale(value, multiplier);
    next++;
  }
  let percent = false;
  if (!number.unit && tokens[next]?.raw === '%' && text.slice(tokens[next - 1]!.end, tokens[next]!.start).trim() === '') percent = true;
  else if (!number.unit && spaced(next) && PERCENT_WORDS.has(tokens[next]!.key)) percent = true;
  else if (!number.unit && spaced(next) && tokens[next]!.key === 'per' && spaced(next + 1) && tokens[next + 1]!.key === 'cent') {
    percent = true;
    next++;
  }
  if (percent) next++;
  const last = tokens[next - 1]!;
  return {
    key: `${currency}${value}${percent ? '%' : ''}`,
    next,
    start: first.start,
    end: number.unit ? number.unit.start : last.end,
    ...(number.unit ? { unit: number.unit } : {}),
  };
}
