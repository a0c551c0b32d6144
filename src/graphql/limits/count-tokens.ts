import { Lexer, Source, TokenKind } from 'graphql';

/**
 * Counts the tokens of a GraphQL document with graphql-js's own lexer (comments are not
 * tokens), stopping as soon as the count passes `max`: the check costs at most `max` tokens
 * of work however large the document. A lexing error stops the count where it stands; the
 * parser reports it properly afterwards.
 */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) break;
    }
  } catch {
    // A syntax error: the parser will say so with GRAPHQL_PARSE_FAILED.
  }
  return count;
}
