/**
 * Quote drift between two quotes (compareQuotes, QuoteComparer), with no database. The
 * sentences are from seed/article-000/article.txt or close to it. `from` is the citing
 * hop's quote, `to` the quote of the hop it cites; "added" means in `from` only.
 */
import { compareQuotes, HEDGES, MAX_DIFF_EDITS, QuoteComparer } from '../src/provenance/quote-drift.js';

const REBATE = 'In 2020, the CCP even raised the rebate to 13%, the highest potential subsidy for exported products at that time.';
const NEARLY_200 = 'Nearly 200 Americans still die each day from fentanyl overdoses';
/** The article's sentence, of which the report's quote (NEARLY_200) is the start. */
const ARTICLE_SENTENCE =
  '“Nearly 200 Americans still die each day from fentanyl overdoses, posing a threat to the social, political, and economic health of America, poisoning the country from within,” the report stated.';

describe('compareQuotes', () => {
  it('is null for the same words whatever the case and punctuation', () => {
    expect(compareQuotes('The rebate, at 13%.', 'the rebate at 13%')).toBeNull();
    expect(compareQuotes(REBATE, REBATE.toUpperCase().replace(/,/g, ''))).toBeNull();
    // A contraction is its two words.
    expect(compareQuotes("the CCP didn't raise the rebate", 'The CCP did not raise the rebate.')).toBeNull();
  });

  it('"13 percent" vs "13%" is the same figure, not drift', () => {
    expect(compareQuotes(REBATE.replace('13%', '13 percent'), REBATE)).toBeNull();
    expect(compareQuotes(REBATE.replace('13%', '13 per cent'), REBATE)).toBeNull();
    // A changed figure is still one, reported in its normalised form.
    expect(compareQuotes(REBATE.replace('13%', '15 per cent'), REBATE)).toMatchObject({
      change: 'CHANGED',
      wordsAdded: ['15 per cent'],
      wordsRemoved: ['13%'],
      numbersAdded: ['15%'],
      numbersRemoved: ['13%'],
    });
    // A percentage and a count are different figures.
    expect(compareQuotes('raised the rebate to 13', 'raised the rebate to 13%')).toMatchObject({ numbersAdded: ['13'], numbersRemoved: ['13%'] });
  });

  it('thousands separators and thousand/million/billion multipliers give the same figure', () => {
    expect(compareQuotes('In 2023, there were 108,000 drug overdose deaths in the U.S.', 'In 2023, there were 108000 drug overdose deaths in the U.S.')).toBeNull();
    expect(compareQuotes('1.5 million Americans are at risk', '1,500,000 Americans are at risk')).toBeNull();
    expect(compareQuotes('2.3 million Americans are at risk', '2,300,000 Americans are at risk')).toBeNull(); // no float rounding
    expect(compareQuotes('108 thousand drug overdose deaths', '108,000 drug overdose deaths')).toBeNull();
    expect(compareQuotes('the subsidy cost $2 billion', 'the subsidy cost $2,000,000,000')).toBeNull();
    expect(compareQuotes('1.6 million Americans are at risk', '1.5 million Americans are at risk')).toMatchObject({
      numbersAdded: ['1600000'],
      numbersRemoved: ['1500000'],
    });
  });

  it('"nearly 200" vs "200" is the same figure with a hedge removed', () => {
    expect(compareQuotes('200 Americans still die each day from fentanyl overdoses', NEARLY_200)).toEqual({
      change: 'NARROWED',
      wordsAdded: [],
      wordsRemoved: ['Nearly'],
      numbersAdded: [],
      numbersRemoved: [],
      namesAdded: [],
      namesRemoved: [],
      hedgesAdded: [],
      hedgesRemoved: ['nearly'],
      negationFlipped: false,
      reordered: false,
      similarity: expect.any(Number),
    });
    expect(compareQuotes('with around 75,000 of them attributed to synthetic opioids', 'with 75,000 of them attributed to synthetic opioids')).toMatchObject({
      change: 'CHANGED',
      wordsAdded: ['around'],
      numbersAdded: [],
      numbersRemoved: [],
      hedgesAdded: ['around'],
      hedgesRemoved: [],
    });
  });

  it('multi-word hedges are matched as sequences, and "about" is a hedge only before a figure', () => {
    expect(HEDGES['as many as']).toBe('figure');
    expect(compareQuotes('more than 108,000 drug overdose deaths', 'at least 108,000 drug overdose deaths')).toMatchObject({
      hedgesAdded: ['more than'],
      hedgesRemoved: ['at least'],
      numbersAdded: [],
    });
    expect(compareQuotes('as many as 200 Americans die each day', '200 Americans die each day')).toMatchObject({ change: 'EXTENDED', hedgesAdded: ['as many as'] });
    expect(compareQuotes('the analysts cautioned about these efforts', 'the analysts cautioned on these efforts')).toMatchObject({ hedgesAdded: [], hedgesRemoved: [] });
    expect(compareQuotes('the analysts cautioned that these efforts may be hollow', 'the analysts cautioned that these efforts are hollow')).toMatchObject({
      hedgesAdded: ['may'],
    });
    // A month is not a hedge.
    expect(compareQuotes('the report, released in May 2024, warned', 'the report, released in 2024, warned')).toMatchObject({ hedgesAdded: [], namesAdded: ['May'] });
  });

  it('a shorter quote of the same sentence is NARROWED, with no names added (not "America")', () => {
    expect(compareQuotes(NEARLY_200, ARTICLE_SENTENCE)).toEqual({
      change: 'NARROWED',
      wordsAdded: [],
      wordsRemoved: ['posing a threat to the social, political, and economic health of America, poisoning the country from within,” the report stated'],
      numbersAdded: [],
      numbersRemoved: [],
      namesAdded: [],
      namesRemoved: ['America'],
      hedgesAdded: [],
      hedgesRemoved: [],
      negationFlipped: false,
      reordered: false,
      similarity: expect.any(Number),
    });
    // Cut inside a run of capitalised words: what is left of it is no new name.
    expect(compareQuotes('Mexico Accountable for America’s Fentanyl Crisis', 'Hold China and Mexico Accountable for America’s Fentanyl Crisis')).toMatchObject({
      change: 'NARROWED',
      namesAdded: [],
      namesRemoved: ['China'],
    });
  });

  it('a citing quote holding the whole cited quote plus more is EXTENDED, with the added words listed', () => {
    // The article quotes the report's whole sentence; the report's quote is its first half.
    expect(compareQuotes(ARTICLE_SENTENCE, NEARLY_200)).toEqual({
      change: 'EXTENDED',
      wordsAdded: ['posing a threat to the social, political, and economic health of America, poisoning the country from within,” the report stated'],
      wordsRemoved: [],
      numbersAdded: [],
      numbersRemoved: [],
      namesAdded: ['America'],
      namesRemoved: [],
      hedgesAdded: [],
      hedgesRemoved: [],
      negationFlipped: false,
      reordered: false,
      similarity: expect.any(Number),
    });
    // Words added on both sides.
    expect(compareQuotes('Analysts cautioned that the CCP regime is attempting to establish a new way to wage asymmetric warfare, officials said', 'the CCP regime is attempting to establish a new way to wage asymmetric warfare')).toMatchObject({
      change: 'EXTENDED',
      wordsAdded: ['Analysts cautioned that', 'officials said'],
      wordsRemoved: [],
    });
    // Words inserted inside the cited quote are not an extension.
    expect(compareQuotes('the CCP regime is now attempting to establish a new way', 'the CCP regime is attempting to establish a new way')).toMatchObject({ change: 'CHANGED', wordsAdded: ['now'] });
  });

  it('lists the runs of words added and removed in order, each run as written', () => {
    expect(compareQuotes('In 2021, the DEA raised the rebate to 15%, Smith said.', 'In 2020, the CCP raised the rebate to 13%, Jones said.')).toMatchObject({
      change: 'CHANGED',
      wordsAdded: ['2021', 'DEA', '15%, Smith'],
      wordsRemoved: ['2020', 'CCP', '13%, Jones'],
      numbersAdded: ['15%', '2021'],
      numbersRemoved: ['13%', '2020'],
      namesAdded: ['DEA', 'Smith'],
      namesRemoved: ['CCP', 'Jones'],
    });
    expect(compareQuotes('the government seized enough fentanyl to kill every American', 'the government seized enough fentanyl to kill millions of Americans')).toMatchObject({
      wordsAdded: ['every American'],
      wordsRemoved: ['millions of Americans'],
    });
  });

  it('names changed figures and names', () => {
    expect(compareQuotes('Around 75,000 died, DEA said', 'Around 70,000 died, CDC said')).toMatchObject({
      numbersAdded: ['75000'],
      numbersRemoved: ['70000'],
      namesAdded: ['DEA'],
      namesRemoved: ['CDC'],
    });
    expect(compareQuotes('The report, authored by analysts Andrés Martínez-Fernández and Andrew J. Harding, was released', 'The report, authored by Andrew J. Harding, was released')).toMatchObject({
      namesAdded: ['Andrés Martínez-Fernández'],
      namesRemoved: [],
    });
  });

  it('sentence-initial "In" and "Nearly" are not names', () => {
    expect(compareQuotes('In 2023, there were 108,000 drug overdose deaths in the U.S.', 'Nearly 108,000 drug overdose deaths were counted in the U.S. in 2023')).toMatchObject({
      namesAdded: [],
      namesRemoved: [],
      hedgesRemoved: ['nearly'],
    });
    // After a full stop or an opening quote mark too.
    expect(compareQuotes('the country. Experts are urging the government to act', '“Officials are urging the government to act')).toMatchObject({ namesAdded: [], namesRemoved: [] });
    // But a sentence-initial word is a name when either quote capitalises it elsewhere, or it is all capitals.
    expect(compareQuotes('Mexico and the CCP are accountable', 'the CCP and Mexico are not accountable')).toMatchObject({ namesAdded: [], namesRemoved: [] });
    expect(compareQuotes('Mexico is accountable, the analysts said, and Mexico must act', 'the CCP is accountable, the analysts said')).toMatchObject({
      namesAdded: ['Mexico'],
      namesRemoved: ['CCP'],
    });
    // (The rule's price: a name met only at the start of a sentence is not seen.)
    expect(compareQuotes('Mexico is accountable, the analysts said', 'the CCP is accountable, the analysts said')).toMatchObject({ namesAdded: [], namesRemoved: ['CCP'] });
    expect(compareQuotes('DEA agents seized fentanyl', 'Border agents seized fentanyl')).toMatchObject({ namesAdded: ['DEA'], namesRemoved: [] });
  });

  it('"China supplies Mexico" vs "Mexico supplies China" is reordered drift', () => {
    expect(compareQuotes('China supplies Mexico with fentanyl precursors', 'Mexico supplies China with fentanyl precursors')).toMatchObject({
      change: 'CHANGED',
      reordered: true,
      namesAdded: [],
      namesRemoved: [],
      similarity: 1,
    });
    // Moving function words ("the") is not a reordering.
    expect(
      compareQuotes(
        'Congressional reports revealed direct CCP subsidies for the production and export of illicit fentanyl materials',
        'The Congressional reports revealed direct CCP subsidies for production and export of the illicit fentanyl materials',
      ),
    ).toMatchObject({ change: 'CHANGED', reordered: false });
    // Nor is replacing one word by another.
    expect(compareQuotes('the CCP even raised the rebate', 'the CCP even lowered the rebate')).toMatchObject({ reordered: false });
  });

  it('"raised" vs "did not raise" flips negation', () => {
    expect(compareQuotes('In 2020, the CCP raised the rebate to 13%', 'In 2020, the CCP did not raise the rebate to 13%')).toMatchObject({
      change: 'CHANGED',
      wordsAdded: ['raised'],
      wordsRemoved: ['did not raise'],
      negationFlipped: true,
    });
    expect(compareQuotes("the CCP hasn't refused to discuss the issue", 'the CCP refused to discuss the issue')).toMatchObject({ negationFlipped: true });
    expect(compareQuotes('the CCP refused to discuss the issue without conditions', 'the CCP refused to discuss the issue')).toMatchObject({ negationFlipped: true });
    // Neither … nor is one negation; "not only" is none.
    expect(compareQuotes('neither China nor Mexico is accountable', 'China and Mexico are not accountable')).toMatchObject({ negationFlipped: false });
    expect(compareQuotes('not only China but Mexico is accountable', 'China and Mexico are accountable')).toMatchObject({ negationFlipped: false });
    // Both negate: no flip, whichever way they spell it.
    expect(compareQuotes('the CCP cannot be a sincere partner', 'the CCP is not a sincere partner')).toMatchObject({ negationFlipped: false });
  });

  it('past MAX_DIFF_EDITS edits the diff gives up, and the words absent from the other quote are still listed', () => {
    const words = Array.from({ length: 2 * MAX_DIFF_EDITS }, (_, k) => `w${k}`);
    const shuffled = [...words.slice(1).filter((_, k) => k % 2 === 0), ...words.filter((_, k) => k % 2 === 0)];
    const difference = compareQuotes(`${words.join(' ')} Landia`, `${shuffled.join(' ')} Sylvania`);
    // The shared words need 2 × MAX_DIFF_EDITS edits to line up: only the absent words are listed.
    expect(difference).toMatchObject({ change: 'CHANGED', wordsAdded: ['Landia'], wordsRemoved: ['Sylvania'], namesAdded: ['Landia'], reordered: true });
    // Within the bound, the diff lists the words out of place too.
    const few = words.slice(0, 8);
    expect(compareQuotes(`${few.join(' ')} Landia`, `${[...few.slice(4), ...few.slice(0, 4)].join(' ')} Sylvania`)).toMatchObject({
      wordsAdded: ['w4 w5 w6 w7 Landia'],
      wordsRemoved: ['w4 w5 w6 w7', 'Sylvania'],
    });
  });
});

describe('QuoteComparer', () => {
  class CountingComparer extends QuoteComparer {
    reads: string[] = [];
    protected override read(quote: string) {
      this.reads.push(quote);
      return super.read(quote);
    }
  }

  it('reads (tokenises) each distinct quote once, however many pairs it is in', () => {
    const comparer = new CountingComparer();
    const citing = [REBATE.replace('13%', '15%'), REBATE.replace('2020', '2021'), REBATE.replace('CCP', 'PRC')];
    for (const from of citing) {
      expect(comparer.compare(from, REBATE)).not.toBeNull();
      expect(comparer.compare(from, REBATE)).not.toBeNull();
    }
    expect(comparer.reads.sort()).toEqual([...citing, REBATE].sort());
  });
});
