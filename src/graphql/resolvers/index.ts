import { GraphQLScalarType, Kind as AstKind } from 'graphql';
import type { Resolvers } from '../generated/resolvers-types.js';
import { findingResolvers } from './findings.js';
import { historyResolvers } from './history.js';
import { mutationResolvers } from './mutation.js';
import { provenanceResolvers } from './provenance.js';
import { queryResolvers } from './query.js';
import { quoteAnchorResolvers } from './quote-anchor.js';
import { recordTypeResolvers } from './record-types.js';

/**
 * A string scalar. Formats are checked by the write path's zod schemas (one place, one set
 * of error messages with BAD_USER_INPUT), so the scalar itself only insists on a string.
 */
function stringScalar(name: string, description: string) {
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: (value) => {
      if (typeof value !== 'string') throw new TypeError(`${name} must be a string`);
      return value;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== AstKind.STRING) throw new TypeError(`${name} must be a string`);
      return ast.value;
    },
  });
}

export const resolvers: Resolvers = {
  DateTime: stringScalar('DateTime', 'ISO 8601 instant'),
  PartialDate: stringScalar('PartialDate', 'YYYY, YYYY-MM or YYYY-MM-DD'),
  Query: { ...queryResolvers, ...provenanceResolvers.Query, ...historyResolvers },
  Mutation: mutationResolvers,
  ...recordTypeResolvers,
  Citation: { ...recordTypeResolvers.Citation, ...quoteAnchorResolvers.Citation },
  // Trace's own fields are plain reads of the computed trace; only `findings` has a resolver.
  Trace: { ...findingResolvers.Trace },
};
