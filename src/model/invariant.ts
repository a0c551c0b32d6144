/**
 * Asserts a state the code itself guarantees. A failure is a bug in claimgraph, never a
 * user error: users get a GraphQLError with a stable code instead.
 */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant violation: ${message}`);
}
