/**
 * anchorQuote: where a quote stands in a text, as Web Annotation selectors, with offsets in
 * code points. No database.
 */
import { ANCHOR_CONTEXT_CODE_POINTS, anchorQuote } from '../src/interchange/web-annotation/anchor-quote.js';

/** What a TextPositionSelector's [start, end) selects, counting code points. */
const byCodePoints = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('anchorQuote', () => {
  it('finds a quote and gives its code-point offsets, prefix and suffix', () => {
    const text = 'The report, released on Monday, says fentanyl kills. It names no source.';
    const anchor = anchorQuote(text, 'says fentanyl kills.');
    expect(anchor).toEqual({
      exact: 'says fentanyl kills.',
      prefix: 'The report, released on Monday, ',
      suffix: ' It names no source.',
      start: 32,
      end: 52,
    });
    expect(byCodePoints(text, anchor!.start, anchor!.end)).toBe('says fentanyl kills.');
  });

  it('counts an astral-plane character before the quote as one position, not two UTF-16 units', () => {
    const text = '🙂 𝔸 said: the rebate rose to 13%.';
    const anchor = anchorQuote(text, 'the rebate rose to 13%.')!;
    // '🙂', ' ', '𝔸', ' ', 's','a','i','d',':',' ' → 10 code points (12 UTF-16 units).
    expect(text.indexOf('the rebate')).toBe(12);
    expect(anchor.start).toBe(10);
    expect(anchor.end).toBe(10 + 'the rebate rose to 13%.'.length);
    expect(anchor.prefix).toBe('🙂 𝔸 said: ');
    expect(byCodePoints(text, anchor.start, anchor.end)).toBe(anchor.exact);
  });

  it('counts astral characters inside the quote once each, and keeps them whole in prefix and suffix', () => {
    const before = '𝔸'.repeat(40);
    const after = '🙂'.repeat(40);
    const text = `${before}x 𝔹𝔹 y${after}`;
    const anchor = anchorQuote(text, 'x 𝔹𝔹 y')!;
    expect([anchor.start, anchor.end]).toEqual([40, 46]);
    expect(anchor.prefix).toBe('𝔸'.repeat(ANCHOR_CONTEXT_CODE_POINTS));
    expect(anchor.suffix).toBe('🙂'.repeat(ANCHOR_CONTEXT_CODE_POINTS));
    expect(Array.from(anchor.prefix)).toHaveLength(32);
  });

  it('takes the first occurrence', () => {
    const anchor = anchorQuote('ab ab ab', 'ab')!;
    expect([anchor.start, anchor.end, anchor.prefix, anchor.suffix]).toEqual([0, 2, '', ' ab ab']);
  });

  it('matches exactly first, then across differing white space, keeping the text\'s own white space in exact', () => {
    const text = 'Nearly 200 Americans\n  die each day, the report says. Nearly 200 Americans die each day.';
    const exact = anchorQuote(text, 'Nearly 200 Americans die each day.')!;
    expect(exact.start).toBe(text.lastIndexOf('Nearly'));
    const loose = anchorQuote(text.slice(0, 40), 'Nearly 200 Americans die each day')!;
    expect(loose).toMatchObject({ exact: 'Nearly 200 Americans\n  die each day', start: 0, end: 35 });
  });

  it('does not normalise case, punctuation or typographic quotes', () => {
    expect(anchorQuote('America’s crisis', "America's crisis")).toBeNull();
    expect(anchorQuote('The CCP', 'the ccp')).toBeNull();
  });

  it('treats regular-expression characters in a quote as text', () => {
    const text = 'Prices rose (by 13%) [sic] to $5.00 + tax? Yes.';
    expect(anchorQuote(text, '(by 13%)  [sic] to $5.00 + tax?')).toMatchObject({ exact: '(by 13%) [sic] to $5.00 + tax?', start: 12 });
    expect(anchorQuote(text, 'rose (by 1.%)')).toBeNull();
  });

  it('answers null for a quote that is not there, or has nothing visible', () => {
    expect(anchorQuote('some text', 'other')).toBeNull();
    expect(anchorQuote('some text', '  ')).toBeNull();
    expect(anchorQuote('', 'x')).toBeNull();
  });
});
