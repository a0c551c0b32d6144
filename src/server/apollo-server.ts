import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Logger } from 'pino';
import { authPlugin, type AuthPolicy } from '../auth/auth-plugin.js';
import type { RequestContext } from '../graphql/context.js';
import { knownOperationTypes } from '../graphql/known-operation-types.js';
import { limitRules } from '../graphql/limits/limit-rules.js';
import { limitsPlugin } from '../graphql/limits/limits-plugin.js';
import type { QueryLimits } from '../graphql/limits/query-limits.js';
import { buildSchema } from '../graphql/schema.js';
import { createFormatError } from './format-error.js';

export interface ApolloOptions {
  logger: Logger;
  development: boolean;
  limits: QueryLimits;
  /** The HTTP server to drain on stop; none for in-process use (tests). */
  httpServer?: http.Server;
  /** How long a stop waits for requests in flight before Apollo closes their connections (main.ts cuts at SHUTDOWN_DRAIN_MS, first). */
  drainMs?: number;
  /** Who may do what; anonymous reading on when omitted. */
  auth?: AuthPolicy;
}

/**
 * The Apollo server of claimgraph, not started: schema, error masking, authorisation (the
 * caller's role against the operation, before execution: src/auth), and every GraphQL
 * limit (tokens at parse, depth/aliases/directives at validation, root fields and cost
 * before execution). The HTTP server and the tests build it here, so both run the same rules.
 */
export function createApolloServer({ logger, development, limits, httpServer, drainMs = 10_000, auth = { anonymousRead: true } }: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: buildSchema(),
    formatError: createFormatError(logger, development),
    includeStacktraceInErrorResponses: false,
    introspection: limits.introspection,
    // With introspection off, "Did you mean …?" suggestions would still reveal the schema.
    hideSchemaDetailsFromClientErrors: !limits.introspection,
    validationRules: [knownOperationTypes, ...limitRules(limits)],
    // graphql-js's own token bound, behind the HTTP layer's check (countTokens).
    parseOptions: { maxTokens: limits.maxTokens },
    // main.ts owns shutdown: drain HTTP, then close the driver, then stop Neo4j, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMs })] : []),
      // We set no cache hints; the default cache-control plugin would still visit every
      // resolved field of every response, which costs real time on wide results (traces).
      ApolloServerPluginCacheControlDisabled(),
      // First: a caller who may not run the operation learns that, not its cost.
      authPlugin(auth),
      limitsPlugin(limits),
      // Apollo's landing pages load from its CDN (with telemetry): never. A browser's GET
      // /graphql gets our offline console instead (console-route.ts, mounted before Apollo).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
