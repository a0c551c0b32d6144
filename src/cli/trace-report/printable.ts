/**
 * Text from the graph made safe to print on a terminal: control characters (C0 but line
 * feed and tab, DEL, C1) and the bidirectional overrides and isolates, which could move or
 * hide what a reader sees, are shown as `\u{…}` escapes. Everything else, quotes' curly
 * quotation marks and non-Latin letters included, is kept as it is.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
