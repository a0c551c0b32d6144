import type { Config } from '../../config/env.js';

/**
 * The bounds every GraphQL request is checked against before any resolver runs, from the
 * configuration (GRAPHQL_MAX_*). One table: the rules, the plugin, the README and the tests
 * read these names.
 */
export interface QueryLimits {
  /** Tokens in the query document (checked before parsing). */
  maxTokens: number;
  /** Nesting of selections, fragments counted where they are spread. */
  maxDepth: number;
  /** Estimated cost: see query-cost.ts. */
  maxCost: number;
  /** Aliased fields in the whole operation. */
  maxAliases: number;
  /** Root fields of a query, fragments expanded. */
  maxRootFields: number;
  /** Root fields of a mutation: each is a write of its own. */
  maxMutationFields: number;
  /** Directives in the whole document. */
  maxDirectives: number;
  /** Whether the schema may be introspected. */
  introspection: boolean;
}

/** The limits a configuration sets. */
export function queryLimitsFrom(config: Config): QueryLimits {
  return {
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxCost: config.GRAPHQL_MAX_COST,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxRootFields: config.GRAPHQL_MAX_ROOT_FIELDS,
    maxMutationFields: config.GRAPHQL_MAX_MUTATION_FIELDS,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    introspection: config.GRAPHQL_INTROSPECTION,
  };
}
