import { isExists } from 'date-fns';
import { z } from 'zod';

/**
 * The years a partial date may name. Sources are mostly recent, but claims reach back
 * (the 1912 Hague Opium Convention, the Opium Wars of the 1840s) and forward (targets for
 * 2030); nothing the graph holds is dated before the year 1000, which four-digit ISO years
 * without EDTF's extensions could not express well anyway. The bounds refuse the usual
 * slips: `0000`, a placeholder `9999`, `0202` for 2020, `3024` for 2024.
 */
export const EARLIEST_YEAR = 1000;
export const LATEST_YEAR = 2999;

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Why `value` is not a partial date, or undefined when it is one: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`, a year from EARLIEST_YEAR to LATEST_YEAR, a month 01–12, and a day that
 * exists in that month of that year (date-fns `isExists`: 2024-02-29 yes, 2023-02-29 no).
 */
export function partialDateProblem(value: string): string | undefined {
  const match = SHAPE.exec(value);
  if (!match) return 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD';
  const [, year, month, day] = match;
  const y = Number(year);
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return `the year must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}; got ${year}`;
  if (month === undefined) return undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return `the month must be between 01 and 12; got ${month}`;
  if (day === undefined) return undefined;
  if (!isExists(y, m - 1, Number(day))) return `${value} is not a day of the calendar`;
  return undefined;
}

/**
 * A date at the precision a source gives (see partialDateProblem), for inputs and filters
 * alike. Partial dates sort correctly as strings within one precision, and a shorter one
 * sorts before the longer ones that share its prefix, which is what range filters need.
 */
export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * True when a range from `from` to `to` (each compared at its own precision, as the filters
 * compare) can hold a date: at the shorter of the two precisions, `from` is not after `to`.
 * So `2024-03` to `2024` is a range (March to December 2024), `2024-05` to `2024-04-30` is not.
 */
export function isPartialDateRange(from: string, to: string): boolean {
  const precision = Math.min(from.length, to.length);
  return from.slice(0, precision) <= to.slice(0, precision);
}
