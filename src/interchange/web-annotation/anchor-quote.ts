/** Where a quote stands in a text: a W3C Web Annotation TextQuoteSelector and TextPositionSelector in one. */
export interface QuoteAnchor {
  /** The passage as it stands in the text (the quote itself, or the text's own whitespace where only that differs). */
  exact: string;
  /** Up to ANCHOR_CONTEXT_CODE_POINTS code points of the text just before `exact` (fewer at the start of the text). */
  prefix: string;
  /** Up to ANCHOR_CONTEXT_CODE_POINTS code points of the text just after `exact` (fewer at its end). */
  suffix: string;
  /** Offset of `exact`'s first code point in the text, counted in Unicode code points (TextPositionSelector.start). */
  start: number;
  /** Offset just past `exact`'s last code point, in code points (TextPositionSelector.end): `end - start` is `exact`'s length in code points. */
  end: number;
}

/** How many code points of context `prefix` and `suffix` hold at most (the Web Annotation model suggests "enough to disambiguate"; 32 is what annotation tools commonly keep). */
export const ANCHOR_CONTEXT_CODE_POINTS = 32;

/**
 * Finds `quote` in `text` and returns its anchor, or null when it is not there.
 *
 * The rule: the FIRST occurrence of the quote exactly as given (both are stored NFC by the
 * write path, so this is a character-for-character match); when there is none, the first
 * passage that differs from the quote only in whitespace (any run of white space in the
 * quote matching any run in the text, e.g. a quote typed on one line across a line break),
 * and then `exact` is the passage as the text has it, so the TextQuoteSelector matches the
 * document. Nothing else is normalised: case, punctuation and typographic quotes must match.
 * A quote with no visible character anchors nowhere (null).
 *
 * Offsets (`start`, `end`) count Unicode code points, as the Web Annotation model's
 * TextPositionSelector does, not UTF-16 units: an emoji or 𝔸 before the quote counts as one.
 * `prefix` and `suffix` are whole code points too (never half a surrogate pair).
 *
 * Cost: linear in the text's length (one indexOf, or one regular-expression scan whose
 * pieces are literals separated by white space, so it cannot backtrack badly), plus the
 * code points before the match counted once.
 */
export function anchorQuote(text: string, quote: string): QuoteAnchor | null {
  if (!/\S/u.test(quote)) return null;
  let index = text.indexOf(quote);
  let exact = quote;
  if (index < 0) {
    const pieces = quote.trim().split(/\s+/u).map(escapeRegExp);
    const match = new RegExp(pieces.join('\\s+'), 'u').exec(text);
    if (!match) return null;
    index = match.index;
    exact = match[0];
  }
  const start = codePointCount(text, 0, index);
  const end = start + codePointCount(exact, 0, exact.length);
  return {
    exact,
    prefix: lastCodePoints(text.slice(Math.max(0, index - 2 * ANCHOR_CONTEXT_CODE_POINTS), index), ANCHOR_CONTEXT_CODE_POINTS),
    suffix: firstCodePoints(text.slice(index + exact.length, index + exact.length + 2 * ANCHOR_CONTEXT_CODE_POINTS), ANCHOR_CONTEXT_CODE_POINTS),
    start,
    end,
  };
}

function escapeRegExp(piece: string): string {
  return piece.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** Code points in text[from, to) (UTF-16 indexes), a surrogate pair counting once. */
function codePointCount(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: skip the low half.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < to) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The last `n` code points of `text` (a slice that began mid-pair loses that half). */
function lastCodePoints(text: string, n: number): string {
  const points = Array.from(text);
  if (points.length > 0 && /^\p{Cs}$/u.test(points[0]!)) points.shift();
  return points.slice(-n).join('');
}

/** The first `n` code points of `text` (a slice that ended mid-pair loses that half). */
function firstCodePoints(text: string, n: number): string {
  const points = Array.from(text).slice(0, n);
  if (points.length > 0 && /^\p{Cs}$/u.test(points[points.length - 1]!)) points.pop();
  return points.join('');
}
