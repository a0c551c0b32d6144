import type { Logger } from 'pino';
import type { Database } from '../../src/db/database.js';
import { createApp, listen } from '../../src/server/app.js';
import type { Contender, WalkSummary } from './contender.js';
import { postGraphQL } from './graphql-over-http.js';

/**
 * What a client drawing a claim's provenance asks for: the trail (nodes, hops, paths) and
 * what an investigator reads from it. Every field comes from the trace's one round trip.
 */
export const TRACE_QUERY = /* GraphQL */ `
  query Trace($claimId: ID!) {
    trace(claimId: $claimId) {
      claim { id text }
      maxDepthReached
      truncated
      nodes { source { id title kind isPrimary } depth roles disputeRoles }
      hops {
        citation { id }
        from { id }
        to { id }
        evidencedIn { id }
        quote
        stance
        side
        secondHand
        locator
        date
        depth
      }
      paths { side sourceIds citationIds end { kind source { id } explanation secondHand } restsOnRetracted secondHand }
      origins { id }
      deadEnds { source { id } explanation }
      corroboration { sources { id } upstream { id } status }
      independentLines
      voidLines
      circularOnlyLines
      cycles { sources { id } }
      circular
      drift { from { id } to { id } similarity }
      conflicts { disputing { id } contradictingClaims { id } }
      retracted { id }
      disputes { sources { id } ends { kind source { id } explanation } }
    }
  }
`;

interface TraceAnswer {
  trace: { maxDepthReached: number; truncated: boolean; hops: unknown[]; paths: unknown[]; cycles: unknown[]; origins: unknown[] } | null;
}

/**
 * Contender (a): claimgraph's own server (createApp + listen, in this process, on a free
 * loopback port) answering the `trace` query over HTTP, as a client would call it.
 */
export async function startClaimgraphTrace(database: Database, logger: Logger): Promise<Contender> {
  const app = await createApp({ database, logger, development: false });
  const port = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    name: 'trace',
    description: 'claimgraph `trace` over HTTP (its own server, in this process)',
    async request(claimId) {
      const data = (await postGraphQL(url, TRACE_QUERY, { claimId })) as unknown as TraceAnswer;
      if (!data.trace) throw new Error(`trace(${claimId}) returned null`);
      return data;
    },
    summarize(answer): WalkSummary {
      const { trace } = answer as TraceAnswer;
      return {
        citations: trace!.hops.length,
        depth: trace!.maxDepthReached,
        note: `${(JSON.stringify(answer).length / 1024).toFixed(1)} kB of JSON; ${trace!.paths.length} paths, ${trace!.origins.length} origin(s), ${trace!.cycles.length} cycle(s)${trace!.truncated ? ', truncated' : ''}`,
      };
    },
    close: () => app.stop(),
  };
}
