import { readFileSync } from 'node:fs';
import { readSeedSets } from '../src/seed/load-seed.js';
import type { Kind } from '../src/model/ids.js';
import { KIND_SPECS } from '../src/model/record-kinds.js';
import { fieldPath } from '../src/model/field-path.js';
import { checkText, textSchema } from '../src/model/text.js';

const problem = (raw: string, shape: 'line' | 'multiline' = 'line') => {
  const checked = checkText(raw, shape);
  return 'problem' in checked ? checked.problem : undefined;
};

describe('stored text', () => {
  it('normalises to NFC and trims the ends', () => {
    expect(checkText('  Cafe\u0301  ', 'line')).toEqual({ value: 'Caf\u00e9' });
    expect(checkText('\uFEFFHeritage', 'line')).toEqual({ value: 'Heritage' });
    // Hangul jamo compose too.
    expect(checkText('\u1112\u1161\u11AB', 'line')).toEqual({ value: '\uD55C' });
  });

  it.each([
    ['a plain name', 'Heritage Foundation'],
    ['curly quotes and a dash', 'Hold China and Mexico Accountable for America’s Fentanyl Crisis — 2023'],
    ['an astral character and a ZWJ emoji sequence', '𝕏 🏃‍♀️'],
    ['a right-to-left name with its marks', 'وزارة الصحة'],
    ['a word joiner inside a visible name', 'a\u2060b'],
    ['a right-to-left override before visible text', '\u202Eright-to-left override'],
  ])('accepts %s', (_what, raw) => {
    expect(problem(raw)).toBeUndefined();
  });

  it.each([
    ['a lone high surrogate', 'Bad\uD800name', 'a lone surrogate (U+D800 at character 4)'],
    ['a lone low surrogate', '\uDC00', 'a lone surrogate'],
    ['NUL', 'NUL\u0000inside', 'must not contain NUL (U+0000 at character 4)'],
    ['a terminal escape sequence', '\u001b[31mred\u001b[0m', 'ESC, which starts terminal escape sequences (U+001B at character 1)'],
    ['a C0 control (BEL)', 'ring\u0007', 'a control character (U+0007'],
    ['DEL', 'x\u007fy', 'DEL (U+007F'],
    ['a C1 control (CSI)', '\u009b31mred', 'a C1 control character (U+009B'],
    ['a C1 control (NEL)', 'a\u0085b', 'a C1 control character (U+0085'],
    ['a tab in a line', 'tab\there', 'a tab (U+0009'],
    ['a line break in a line', 'two\nlines', 'a line break (U+000A'],
    ['a line separator in a line', 'two\u2028lines', 'a line break (U+2028'],
    ['only zero-width characters', '\u200B\u200D\u2060\uFEFF\u200C', 'must contain a visible character'],
    ['only whitespace of other scripts', '\u3000\u00A0\u2003', 'must not be empty'],
    ['only combining marks', '\u0301\u0308', 'must contain a visible character'],
    ['only a Hangul filler', '\u3164', 'must contain a visible character'],
    ['only a blank braille pattern', '\u2800', 'must contain a visible character'],
    ['only bidi controls', '\u202E\u202C', 'must contain a visible character'],
    ['nothing', '', 'must not be empty'],
  ])('refuses %s', (_what, raw, message) => {
    expect(problem(raw)).toContain(message);
  });

  it('lets long text hold tabs and line breaks, but no other control', () => {
    expect(checkText('para one\n\tpara two\r\nthree', 'multiline')).toEqual({ value: 'para one\n\tpara two\r\nthree' });
    expect(problem('a\rb', 'multiline')).toContain('a carriage return outside CR LF');
    expect(problem('a\u0000b', 'multiline')).toContain('NUL');
    expect(problem('a\u001b[2Jb', 'multiline')).toContain('ESC');
    expect(problem('a\u000bb', 'multiline')).toContain('a control character (U+000B');
  });

  it('measures length after normalising', () => {
    const schema = textSchema(3, 'line');
    expect(schema.parse('e\u0301e\u0301e\u0301')).toBe('\u00e9\u00e9\u00e9');
    expect(schema.safeParse('abcd').error?.issues[0]?.message).toBe('must be at most 3 characters');
  });

  it('checks a 4 MB text quickly', () => {
    const started = Date.now();
    expect(problem('x'.repeat(4 * 1024 * 1024) + '\u0000')).toContain('NUL');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('field paths', () => {
  it('joins keys with dots and list positions with brackets', () => {
    expect(fieldPath('input', ['viaIds', 1])).toBe('input.viaIds[1]');
    expect(fieldPath('input.citations[3]', ['quote'])).toBe('input.citations[3].quote');
    expect(fieldPath('input', [])).toBe('input');
  });
});

describe('the seed under the text and date rules', () => {
  // As the seed loads it: the article's textFile read into its source's text.
  const graph = readSeedSets()[0]!.graph as Record<string, Record<string, unknown>[]>;
  const KIND_OF: Record<string, Kind> = { actors: 'actor', places: 'place', chemicals: 'chemical', routes: 'route', sources: 'source', claims: 'claim', citations: 'citation', reviews: 'review' };
  const records = Object.entries(KIND_OF).flatMap(([field, kind]) => (graph[field] ?? []).map((record) => [String(record.id), kind, record] as const));

  it.each(records)('%s passes every rule, and validation changes none of its text', (_id, kind, record) => {
    const parsed = KIND_SPECS[kind].input.safeParse(record);
    expect(parsed.error?.issues).toBeUndefined();
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' || Array.isArray(value)) expect(parsed.data![key]).toEqual(value);
    }
  });
});
