import { z } from 'zod';

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: a date at the precision a source gives. Partial dates
 * sort correctly as strings within one precision, and a shorter one sorts before the longer
 * ones that share its prefix, which is what range filters need.
 */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD');
