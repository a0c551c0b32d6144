import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { ErrorCode } from '../../model/errors.js';
import type { QueryLimits } from './query-limits.js';

/**
 * GraphQL Armor's depth, alias and directive rules, run with graphql-js's own validation
 * (so before any resolver). Armor throws a plain error; here each refusal is reported as a
 * validation error carrying our stable code, which error formatting shows to the client.
 */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const report = (code: ErrorCode) => ({
    propagateOnRejection: false,
    exposeLimits: true,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  });
  return [
    maxDepthRule({ n: limits.maxDepth, ...report('QUERY_TOO_DEEP') }),
    maxAliasesRule({ n: limits.maxAliases, ...report('TOO_MANY_ALIASES') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...report('TOO_MANY_DIRECTIVES') }),
  ] as ValidationRule[];
}
