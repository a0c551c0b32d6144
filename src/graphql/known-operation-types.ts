import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation whose type the schema does not have (a `subscription` here), at
 * validation: graphql-js 16 only finds out while executing, where it looks like a server
 * error. (graphql-js 17 ships this rule as KnownOperationTypesRule.)
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`this API has no ${node.operation} operations`, { nodes: node }));
  },
});
