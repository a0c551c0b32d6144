import { z } from 'zod';

/**
 * The two shapes of stored text: a `line` (names, aliases, titles, verdicts, locators, URLs)
 * holds no line breaks or tabs; `multiline` text (descriptions, a claim's text, quotes) may
 * hold tabs and line breaks (LF, CR LF, U+2028, U+2029).
 */
export type TextShape = 'line' | 'multiline';

/**
 * The characters stored text may not hold: this table is the one source of the rules, and of
 * the message a client gets (`must not contain <what> (U+001B at character 4)`). Everything
 * here is invisible or acts on a terminal or a parser rather than being read: NUL truncates
 * strings in C tools, ESC (U+001B) and CSI (U+009B) start terminal escape sequences that
 * recolour or rewrite a reader's screen, DEL and the other C0 and C1 controls have no
 * meaning in text. Lone surrogates are refused before anything else: they cannot be encoded
 * as UTF-8, so Neo4j would store U+FFFD instead and every re-sent input would look changed.
 */
export const CHARACTER_RULES: readonly { what: string; pattern: RegExp; allowedIn: readonly TextShape[] }[] = [
  { what: 'NUL', pattern: /\u0000/, allowedIn: [] },
  { what: 'ESC, which starts terminal escape sequences', pattern: /\u001b/, allowedIn: [] },
  { what: 'a tab', pattern: /\t/, allowedIn: ['multiline'] },
  { what: 'a line break', pattern: /\n|\r\n|[\u2028\u2029]/, allowedIn: ['multiline'] },
  { what: 'a carriage return outside CR LF', pattern: /\r(?!\n)/, allowedIn: [] },
  { what: 'a control character', pattern: /[\u0001-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f]/, allowedIn: [] },
  { what: 'DEL', pattern: /\u007f/, allowedIn: [] },
  { what: 'a C1 control character', pattern: /[\u0080-\u009f]/, allowedIn: [] },
];

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * A character a reader can see: not whitespace, not a control, format character (U+200B,
 * U+200D, U+2060, U+FEFF, …), combining mark, unassigned or otherwise default-ignorable code
 * point (U+3164 HANGUL FILLER, …), nor the blank braille pattern U+2800.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

function codePointAt(value: string, index: number): string {
  return `U+${value.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Checks and normalises one text value: refuses lone surrogates, normalises to NFC, trims
 * the ends, then refuses empty text, the characters CHARACTER_RULES forbid for `shape`, and
 * text without a visible character. Answers the stored value, or the problem as a message
 * (positions count UTF-16 code units of the normalised, trimmed text, from 1).
 */
export function checkText(raw: string, shape: TextShape): { value: string } | { problem: string } {
  const surrogate = LONE_SURROGATE.exec(raw);
  if (surrogate) {
    return { problem: `must not contain a lone surrogate (${codePointAt(raw, surrogate.index)} at character ${surrogate.index + 1}); send well-formed Unicode` };
  }
  const value = raw.normalize('NFC').trim();
  if (value === '') return { problem: 'must not be empty' };
  for (const rule of CHARACTER_RULES) {
    if (rule.allowedIn.includes(shape)) continue;
    const found = rule.pattern.exec(value);
    if (found) return { problem: `must not contain ${rule.what} (${codePointAt(value, found.index)} at character ${found.index + 1})` };
  }
  if (!VISIBLE.test(value)) return { problem: 'must contain a visible character' };
  return { value };
}

/** A zod schema for one text field: checkText's rules, then at most `max` UTF-16 code units. */
export function textSchema(max: number, shape: TextShape) {
  return z
    .string()
    .transform((raw, ctx) => {
      const checked = checkText(raw, shape);
      if ('problem' in checked) {
        ctx.addIssue({ code: 'custom', message: checked.problem });
        return z.NEVER;
      }
      return checked.value;
    })
    .pipe(z.string().max(max, `must be at most ${max} characters`));
}
