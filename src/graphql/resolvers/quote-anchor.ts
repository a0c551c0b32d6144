import { anchorQuote } from '../../interchange/web-annotation/anchor-quote.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import { linkedOne, requiredOne } from './relations.js';

const evidencedInLink = linkedOne('out', 'EVIDENCED_IN');
const saidByLink = requiredOne('out', 'SAID_BY');

/**
 * `Citation.anchor`: the quote located in the stored text of the citation's `evidencedIn`
 * (its EVIDENCED_IN source, else the source that says it, as Citation.evidencedIn
 * resolves it), with anchorQuote. The source comes through the request's loaders (the same
 * batched, cached neighbour reads `evidencedIn` uses, which carry its text), so a hundred
 * citations evidenced in one article read it once. Null when that source has no text.
 */
export const quoteAnchorResolvers: Resolvers = {
  Citation: {
    anchor: async (parent, args, ctx) => {
      const source = (await evidencedInLink(parent, args, ctx)) ?? (await saidByLink(parent, args, ctx));
      const text = typeof source.text === 'string' ? source.text : null;
      if (text === null) return null;
      const anchor = anchorQuote(text, parent.quote);
      return anchor ? { found: true, ...anchor, in: source } : { found: false, exact: null, prefix: null, suffix: null, start: null, end: null, in: source };
    },
  },
};
