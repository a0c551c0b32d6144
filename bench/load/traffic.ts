/**
 * What `npm run bench:load` sends: the well-behaved mix (searches, lists, traces, writes) and
 * the abusive queries of issue 6. Pure data and builders, shared by the orchestrator (preflight,
 * report) and the load-generator process (worker.ts).
 */

/** The seed claims traced when the preflight query finds them (article 000). */
export const PREFERRED_TRACE_CLAIMS = [
  'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent',
  'claim:us-drug-overdose-deaths-108000-in-2023',
];
/** The seed source whose dependents the abusive query (4) asks for. */
export const HERITAGE_SOURCE = 'source:heritage-report-hold-china-and-mexico-accountable';
/** The seed publisher the source list filters on, and the publisher of every bench source. */
export const HERITAGE_PUBLISHER = 'actor:heritage-foundation';

/** The preflight query whose answer gives the claim ids to trace. */
export const CLAIM_IDS_QUERY = '{ claims(first: 100) { edges { node { id } } } }';

/**
 * The admin key the bench's server is started with (CLAIMGRAPH_ADMIN_KEY), and the headers its
 * writes carry: reads stay anonymous, as a public reader's would.
 */
export const BENCH_ADMIN_KEY = 'bench-load-admin-key-0123456789abcdef0123';
export const WRITE_HEADERS: Readonly<Record<string, string>> = Object.freeze({ authorization: `Bearer ${BENCH_ADMIN_KEY}` });

export type WellBehavedKind =
  | 'search'
  | 'search-claims'
  | 'list-claims'
  | 'list-claims-about'
  | 'list-sources-publisher'
  | 'list-sources-kind'
  | 'trace'
  | 'upsert-actor'
  | 'upsert-source';

export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
}

export interface MixEntry {
  kind: WellBehavedKind;
  /** Builds the body of the n-th request of this kind (n counts from 0 in each worker). */
  body: (n: number) => GraphQLBody;
  /** Requests of this kind in each round of the mix. */
  weight: number;
  write: boolean;
  /** Headers the request carries besides the JSON ones (a write's credentials). */
  headers?: Readonly<Record<string, string>>;
}

const TRACE_SELECTION = `truncated maxDepthReached independentLines circular
  nodes { depth roles source { id title } }
  paths { sourceIds end { kind explanation } }
  deadEnds { explanation }`;

/**
 * The well-behaved mix, as weights per round of 12 requests: 4 searches, 4 list pages, 2 traces,
 * 2 writes (an actor and a source). Writes use ids `actor:bench-load-<n mod writeIds>` and
 * `source:bench-load-<n mod writeIds>`, so a long run rewrites the same records: every write
 * is the whole record, idempotent.
 */
export function wellBehavedMix(traceClaimIds: string[], writeIds: number): MixEntry[] {
  if (traceClaimIds.length === 0) throw new Error('no claim ids to trace');
  return [
    {
      kind: 'search',
      weight: 2,
      write: false,
      body: () => ({ query: '{ search(text: "fentanyl") { score node { ... on Claim { id text } ... on Source { id title } ... on Actor { id name } } } }' }),
    },
    {
      kind: 'search-claims',
      weight: 2,
      write: false,
      body: (n) => ({
        query: 'query ($text: String!) { search(text: $text, kinds: [CLAIM], first: 10) { score node { ... on Claim { id text } } } }',
        variables: { text: ['rebate', 'overdose deaths', 'precursor', 'cartel'][n % 4] },
      }),
    },
    {
      kind: 'list-claims',
      weight: 1,
      write: false,
      body: () => ({ query: '{ claims(first: 20) { edges { cursor node { id text } } pageInfo { hasNextPage endCursor } } }' }),
    },
    {
      kind: 'list-claims-about',
      weight: 1,
      write: false,
      body: () => ({ query: '{ claims(first: 5, filter: { aboutId: "actor:chinese-communist-party" }) { edges { node { id text } } } }' }),
    },
    {
      kind: 'list-sources-publisher',
      weight: 1,
      write: false,
      body: () => ({
        query: `{ sources(first: 20, filter: { publisherId: "${HERITAGE_PUBLISHER}" }) { edges { node { id title kind authors { name } publisher { name } } } } }`,
      }),
    },
    {
      kind: 'list-sources-kind',
      weight: 1,
      write: false,
      body: () => ({ query: '{ sources(first: 20, filter: { kind: REPORT }) { edges { node { id title date } } pageInfo { hasNextPage } } }' }),
    },
    {
      kind: 'trace',
      weight: 2,
      write: false,
      body: (n) => ({
        query: `query ($id: ID!) { trace(claimId: $id) { ${TRACE_SELECTION} } }`,
        variables: { id: traceClaimIds[n % traceClaimIds.length] },
      }),
    },
    {
      kind: 'upsert-actor',
      weight: 1,
      write: true,
      headers: WRITE_HEADERS,
      body: (n) => {
        const i = n % writeIds;
        return {
          query: 'mutation ($input: ActorInput!) { upsertActor(input: $input) { id meta { revision } } }',
          variables: { input: { id: `actor:bench-load-${i}`, name: `Bench load actor ${i}`, kind: 'ORGANISATION', aliases: [`BLA${i}`] } },
        };
      },
    },
    {
      kind: 'upsert-source',
      weight: 1,
      write: true,
      headers: WRITE_HEADERS,
      body: (n) => {
        const i = n % writeIds;
        return {
          query: 'mutation ($input: SourceInput!) { upsertSource(input: $input) { id meta { revision } } }',
          variables: {
            input: { id: `source:bench-load-${i}`, title: `Bench load source ${i}`, kind: 'WEBPAGE', publisherId: HERITAGE_PUBLISHER, date: '2026-11' },
          },
        };
      },
    },
  ];
}

/** One round of the mix, kinds interleaved so that writes do not bunch up. */
export function mixRound(entries: MixEntry[]): MixEntry[] {
  const remaining = entries.map((entry) => ({ entry, left: entry.weight }));
  const round: MixEntry[] = [];
  while (remaining.some((r) => r.left > 0)) {
    for (const r of remaining) {
      if (r.left > 0) {
        round.push(r.entry);
        r.left--;
      }
    }
  }
  return round;
}

export type AbusiveKind = 'nested-209' | 'nested-13' | 'trace-aliases' | 'dependents-aliases' | 'fragment-chain' | 'upsert-aliases';

export interface AbusiveQuery {
  kind: AbusiveKind;
  description: string;
  body: GraphQLBody;
}

/** `{ claims(first:100){ edges{ node{ citations{ source{ citations{ claim{ … } } } } } } } }` with `levels` citation hops. */
export function nestedCitations(levels: number): string {
  let open = '';
  let close = '';
  for (let i = 0; i < levels; i++) {
    open += `citations{ ${i % 2 === 0 ? 'source' : 'claim'}{ `;
    close += '} } ';
  }
  return `{ claims(first:100){ edges{ node{ ${open}id ${close}} } } }`;
}

function aliases(count: number, field: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`a${i}: ${field(i)}`);
  return parts.join(' ');
}

/** The abusive queries of issue 6; `count` is the number of aliases / fragments (5000 in the issue). */
export function abusiveQueries(traceClaimId: string, count = 5000): AbusiveQuery[] {
  const fragments: string[] = [];
  for (let i = 0; i < count; i++) fragments.push(`fragment F${i} on Query { ...F${i + 1} }`);
  fragments.push(`fragment F${count} on Query { __typename }`);
  return [
    {
      kind: 'nested-209',
      description: 'claims(first:100) → citations → source → citations → claim → citations → source (the 209-byte query of the issue, less its whitespace)',
      body: { query: nestedCitations(3) },
    },
    {
      kind: 'nested-13',
      description: 'the same, 5 citation hops: 13 nested object fields below the root, then id',
      body: { query: nestedCitations(5) },
    },
    {
      kind: 'trace-aliases',
      description: `${count} aliases of trace(claimId: "${traceClaimId}") { truncated }`,
      body: { query: `{ ${aliases(count, () => `trace(claimId: "${traceClaimId}") { truncated }`)} }` },
    },
    {
      kind: 'dependents-aliases',
      description: `${count} aliases of dependents(sourceId: "${HERITAGE_SOURCE}") { alone }`,
      body: { query: `{ ${aliases(count, () => `dependents(sourceId: "${HERITAGE_SOURCE}") { alone }`)} }` },
    },
    {
      kind: 'fragment-chain',
      description: `a chain of ${count} fragment spreads (F0 spreads F1 … spreads F${count})`,
      body: { query: `query { ...F0 } ${fragments.join(' ')}` },
    },
    {
      kind: 'upsert-aliases',
      description: `${count} upsertActor aliases in one mutation (ids actor:bench-abuse-<i>)`,
      body: {
        query: `mutation { ${aliases(count, (i) => `upsertActor(input: { id: "actor:bench-abuse-${i}", name: "Bench abuse actor ${i}", kind: ORGANISATION }) { id }`)} }`,
      },
    },
  ];
}
