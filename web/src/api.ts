/**
 * The viewer's GraphQL client: POSTs to the same server's /graphql, with
 * `Authorization: Bearer <key>` when the user gave a key. The key lives in sessionStorage
 * (this tab only, gone when it closes) and nowhere else.
 */

const KEY_ITEM = 'claimgraph.viewer.key';

/** The server needs credentials to read (401 / UNAUTHENTICATED); `hadKey` when the key sent was refused. */
export class AuthRequired extends Error {
  constructor(
    message: string,
    readonly hadKey: boolean,
  ) {
    super(message);
  }
}

/** Any other refusal, with the server's stable code when it gave one. */
export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** The key the user gave in this tab, if any. */
export const apiKey = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY_ITEM);
    } catch {
      return null;
    }
  },
  set(key: string): void {
    sessionStorage.setItem(KEY_ITEM, key);
  },
  clear(): void {
    try {
      sessionStorage.removeItem(KEY_ITEM);
    } catch {
      // Storage disabled: nothing was kept.
    }
  },
};

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs one operation; resolves with its data, or throws AuthRequired / RequestFailed. */
export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const key = apiKey.get();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new RequestFailed('the server did not answer: is it running?');
  }
  let body: GraphQLAnswer<T>;
  try {
    body = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new RequestFailed(`the server answered HTTP ${response.status} without a GraphQL body`);
  }
  const error = body.errors?.[0];
  if (response.status === 401 || error?.extensions?.code === 'UNAUTHENTICATED') {
    throw new AuthRequired(error?.message ?? 'reading needs credentials on this server', key !== null);
  }
  if (error) throw new RequestFailed(error.message, error.extensions?.code);
  if (!body.data) throw new RequestFailed(`the server answered HTTP ${response.status} without data`);
  return body.data;
}
