import { CLI_DOCUMENTS } from './cli-documents.js';
import { CliFailure, EXIT } from './exit-codes.js';
import { dataOrFailure, type GraphqlClient } from './graphql-client.js';

/** Where a running server is, and how to call it. */
export interface HttpClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** An API key, sent as `Authorization: Bearer <key>` (none: anonymous, a reader when the server allows it). */
  key?: string;
  /** How long one request may take, connection included, before the command gives up (exit 3). */
  timeoutMs: number;
}

/**
 * A GraphqlClient that POSTs the CLI's operations to a running claimgraph server. A server
 * that cannot be reached (connection refused, no such host, reset, no answer within
 * `timeoutMs`) is exit 3, and so is an answer that is not GraphQL with a 502–504 status;
 * any other non-GraphQL answer is exit 4; GraphQL errors go through `dataOrFailure`.
 */
export function httpGraphqlClient({ url, key, timeoutMs }: HttpClientOptions): GraphqlClient {
  return {
    async request<T>(name: keyof typeof CLI_DOCUMENTS, variables: Record<string, unknown>): Promise<T> {
      let response: Response;
      let text: string;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
          body: JSON.stringify({ query: CLI_DOCUMENTS[name], variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        throw new CliFailure(`cannot reach the server at ${url}: ${why(error, timeoutMs)}. Is it running (npm start)? Or use --embedded`, EXIT.unavailable);
      }
      let answer: unknown;
      try {
        answer = JSON.parse(text);
      } catch {
        const code = response.status >= 502 && response.status <= 504 ? EXIT.unavailable : EXIT.refused;
        throw new CliFailure(`${url} answered HTTP ${response.status} with something other than GraphQL: is it a claimgraph server?`, code);
      }
      if (typeof answer !== 'object' || answer === null || !('data' in answer || 'errors' in answer)) {
        throw new CliFailure(`${url} answered HTTP ${response.status} with JSON that is not a GraphQL answer: is it a claimgraph server?`, EXIT.refused);
      }
      return dataOrFailure<T>(name, answer as { data?: unknown; errors?: [] });
    },
  };
}

function why(error: unknown, timeoutMs: number): string {
  // Read by shape, not instanceof: fetch's errors may come from another realm (a test VM).
  const shaped = (error ?? {}) as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (shaped.name === 'TimeoutError' || shaped.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = shaped.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'no such host';
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ''}`;
  return shaped.message ?? String(error);
}
