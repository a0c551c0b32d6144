/** A GraphQL answer whose `errors` array made the request fail; the cell is then invalid. */
export class GraphQLAnswerError extends Error {
  override name = 'GraphQLAnswerError';
}

/**
 * POSTs one GraphQL operation as JSON (Node's fetch, keep-alive) and returns its `data`.
 * Throws on a non-200 status, on an `errors` array, and on missing data, so that no
 * failed request is counted as a fast one.
 */
export async function postGraphQL(url: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphQLAnswerError(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
  if (response.status !== 200 || !body.data) throw new GraphQLAnswerError(`HTTP ${response.status} without data`);
  return body.data;
}
