import { userError } from '../model/errors.js';

/** Characters with a meaning in Lucene's query syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Longest search text accepted: a search is for words and phrases, not documents. */
export const MAX_SEARCH_LENGTH = 500;

/**
 * Turns the user's words into a Lucene query that matches them as plain words: every
 * special character is escaped, so input such as `13%` or `U.S.-China` cannot be a syntax
 * error or a wildcard scan. Words are OR-ed; the index scores records with more of them higher.
 */
export function toLuceneQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw userError('BAD_USER_INPUT', 'text: must contain a word to search for', { field: 'text' });
  if (trimmed.length > MAX_SEARCH_LENGTH) {
    throw userError('BAD_USER_INPUT', `text: at most ${MAX_SEARCH_LENGTH} characters`, { field: 'text' });
  }
  const words = trimmed
    .split(/\s+/)
    .map((word) => word.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`))
    // Lone operators such as AND/OR/NOT would change the query's meaning: quote them.
    .map((word) => (/^(AND|OR|NOT)$/.test(word) ? `"${word}"` : word));
  return words.join(' ');
}
