import { printable } from './printable.js';

/**
 * Text from the graph for a Markdown report, so that the rendered text is the text itself:
 * the characters Markdown would read as markup (`\`, `` ` ``, `*`, `_`, `<`, `~`) are
 * backslash-escaped, and so is a line start that would open a block (`#`, `>`, `-`, `+`,
 * `=`, `|`, `1.`). Brackets are left alone (without a link definition they render as
 * written: `[Congressional reports]`). Control characters go through `printable`.
 */
export function markdownText(text: string): string {
  return printable(text)
    .replace(/[\\`*_<~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+\-=|]|\d+(?=[.)]))/gm, (_all, space: string, mark: string) => `${space}\\${mark}`);
}

/** A verbatim quote as a Markdown blockquote, each of its lines prefixed by `> ` (a blank line as `>`), indented by `indent`. */
export function markdownQuote(quote: string, indent = ''): string[] {
  return markdownText(quote)
    .split('\n')
    .map((line) => (line.length > 0 ? `${indent}> ${line}` : `${indent}>`));
}
