import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { userError } from '../../model/errors.js';
import { queryCost } from './query-cost.js';
import type { QueryLimits } from './query-limits.js';

/**
 * An Apollo plugin that refuses, once the operation is known and before it executes, an
 * operation with too many root fields (each root field is its own database work; each
 * mutation field its own write) or whose estimated cost (query-cost.ts, with the request's
 * variables) exceeds the limit. Refusals are HTTP 400 with TOO_MANY_ROOT_FIELDS or
 * QUERY_TOO_COMPLEX.
 */
export function limitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = new Map(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const max = operation.operation === 'mutation' ? limits.maxMutationFields : limits.maxRootFields;
          const roots = countRootFields(operation.selectionSet, fragments, max);
          if (roots > max) {
            throw userError('TOO_MANY_ROOT_FIELDS', `a ${operation.operation} may have at most ${max} root fields; this one has more`, {
              limit: max,
            });
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [queryCost],
              // Fields visited while estimating: bounds the estimate's own work on fragment bombs.
              maxQueryNodes: 20_000,
            });
          } catch (error) {
            // Bad variables are reported by execution with their own code; anything else is too big to estimate.
            if (error instanceof Error && /variable/i.test(error.message)) return;
            throw userError('QUERY_TOO_COMPLEX', `the query is too large to estimate: ${error instanceof Error ? error.message : String(error)}`, {
              limit: limits.maxCost,
            });
          }
          if (cost > limits.maxCost) {
            throw userError('QUERY_TOO_COMPLEX', `the query's estimated cost is ${cost}, above the limit of ${limits.maxCost}: ask for fewer items (first) or fewer nested lists`, {
              cost,
              limit: limits.maxCost,
            });
          }
        },
      };
    },
  };
}

/** Root fields of a selection set, fragments expanded, counting stops past `max`. */
function countRootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, max: number): number {
  let count = 0;
  const seen = new Set<string>();
  const stack: SelectionSetNode[] = [selectionSet];
  while (stack.length > 0 && count <= max) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') count++;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        stack.push(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) stack.push(fragment.selectionSet);
      }
    }
  }
  return count;
}
