import { EARLIEST_YEAR, LATEST_YEAR, isPartialDateRange, partialDate, partialDateProblem } from '../src/model/partial-date.js';

describe('partial dates', () => {
  it.each(['2024', '2024-02', '2024-02-29', '2000-02-29', '2023-12-31', '1000', '2999-12-31', '1912-01-23'])('accepts %s', (value) => {
    expect(partialDateProblem(value)).toBeUndefined();
    expect(partialDate.safeParse(value).success).toBe(true);
  });

  it.each([
    ['2024-02-30', 'not a day of the calendar'],
    ['2023-02-29', 'not a day of the calendar'],
    ['2024-04-31', 'not a day of the calendar'],
    ['1900-02-29', 'not a day of the calendar'],
    ['2024-01-00', 'not a day of the calendar'],
    ['2024-01-32', 'not a day of the calendar'],
    ['0000', 'the year must be between 1000 and 2999'],
    ['0999', 'the year must be between 1000 and 2999'],
    ['3000', 'the year must be between 1000 and 2999'],
    ['2024-00', 'the month must be between 01 and 12'],
    ['2024-13', 'the month must be between 01 and 12'],
    ['yesterday', 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2024-1-5', 'must be a date as'],
    ['2024-02-29T00:00:00Z', 'must be a date as'],
    [' 2024', 'must be a date as'],
    ['２０２４', 'must be a date as'],
    ['', 'must be a date as'],
  ])('refuses %s', (value, message) => {
    expect(partialDateProblem(value)).toContain(message);
    expect(partialDate.safeParse(value).success).toBe(false);
  });

  it('names its year range', () => {
    expect([EARLIEST_YEAR, LATEST_YEAR]).toEqual([1000, 2999]);
  });

  it.each([
    ['2024', '2024', true],
    ['2024-03', '2024', true],
    ['2024', '2024-03', true],
    ['2024-03-31', '2024-03', true],
    ['2024-05', '2024-04-30', false],
    ['2025', '2024-12-31', false],
    ['2024-03-02', '2024-03-01', false],
  ])('from %s to %s is a range: %s', (from, to, expected) => {
    expect(isPartialDateRange(from, to)).toBe(expected);
  });
});
