import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig } from '../config/env.js';
import type { Database } from '../db/database.js';
import { queryLimitsFrom } from '../graphql/limits/query-limits.js';
import { CliFailure, EXIT } from './exit-codes.js';
import type { GraphqlClient } from './graphql-client.js';
import { httpGraphqlClient } from './http-graphql-client.js';
import { withInProcessClient } from './in-process-graphql-client.js';
import type { Output } from './keys-command.js';

/** Opens the configured database for one piece of work and closes it after (main.ts's `withDatabase`). */
export type WithDatabase = <T>(work: (db: Database) => Promise<T>) => Promise<T>;

/** What a fact-checking command needs from the program around it. */
export interface CliDeps {
  /** Opens the database: used with `--embedded` (and by `seed`). */
  withDatabase: WithDatabase;
  output: Output;
  /** The environment: CLAIMGRAPH_URL, CLAIMGRAPH_KEY, NEO4J_URI. */
  env: Readonly<Record<string, string | undefined>>;
  /** ANSI colours on: stdout is a terminal and NO_COLOR is unset (or empty). */
  colour: boolean;
}

/** The server a command talks to when neither --url nor CLAIMGRAPH_URL says otherwise. */
export const DEFAULT_URL = 'http://127.0.0.1:4000/graphql';

/** The most a request may take, by default (`--timeout`). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The transport options every fact-checking command takes. */
export interface TransportOptions {
  url?: string;
  embedded?: boolean;
  timeout: number;
}

function parseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('must be an http(s) URL such as http://127.0.0.1:4000/graphql');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidArgumentError('must be an http(s) URL');
  return url.toString();
}

function parseTimeout(value: string): number {
  const ms = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!(ms >= 100 && ms <= 600_000)) throw new InvalidArgumentError('must be a whole number of milliseconds from 100 to 600000');
  return ms;
}

/**
 * Adds `--url <url>`, `--embedded` (exclusive of --url) and `--timeout <ms>` to a command,
 * and makes its usage errors throw (main.ts exits 2 for them).
 */
export function withTransportOptions(command: Command): Command {
  return command
    .addOption(new Option('--url <url>', `the running server's GraphQL endpoint (default: CLAIMGRAPH_URL, else ${DEFAULT_URL}); CLAIMGRAPH_KEY is sent as its bearer key`).argParser(parseUrl))
    .addOption(
      new Option('--embedded', 'no server: open the database here (NEO4J_URI when set, else the embedded Neo4j in NEO4J_DATA_DIR, which must not be in use) and run the same queries in process').conflicts('url'),
    )
    .addOption(new Option('--timeout <ms>', 'how long one request may take, 100 to 600000').argParser(parseTimeout).default(DEFAULT_TIMEOUT_MS))
    .exitOverride();
}

/**
 * Runs `work` with a GraphqlClient over the transport the options choose: HTTP to the
 * server (--url, CLAIMGRAPH_URL or DEFAULT_URL, with CLAIMGRAPH_KEY), or with --embedded the
 * database opened by `deps.withDatabase` and the operations executed in process. A database
 * that cannot be opened is a CliFailure with exit 3 (a bad configuration: exit 2).
 */
export async function withClient<T>(deps: CliDeps, options: TransportOptions, work: (client: GraphqlClient) => Promise<T>): Promise<T> {
  if (!options.embedded) {
    const url = options.url ?? (deps.env.CLAIMGRAPH_URL ? parseEnvUrl(deps.env.CLAIMGRAPH_URL) : DEFAULT_URL);
    return work(httpGraphqlClient({ url, key: deps.env.CLAIMGRAPH_KEY || undefined, timeoutMs: options.timeout }));
  }
  return openDirect(deps, (db) => withInProcessClient(db, queryLimitsFrom(loadConfig(deps.env as NodeJS.ProcessEnv)), options.timeout, work));
}

/** Runs `work` on the database `deps.withDatabase` opens; failing to open it is exit 3 (exit 2 for a bad configuration). */
export async function openDirect<T>(deps: CliDeps, work: (db: Database) => Promise<T>): Promise<T> {
  let entered = false;
  try {
    return await deps.withDatabase((db) => {
      entered = true;
      return work(db);
    });
  } catch (error) {
    if (error instanceof CliFailure || entered) throw error;
    if (error instanceof ConfigError) throw new CliFailure(error.message, EXIT.usage);
    throw new CliFailure(error instanceof Error ? error.message : String(error), EXIT.unavailable);
  }
}

function parseEnvUrl(value: string): string {
  try {
    return parseUrl(value);
  } catch (error) {
    throw new CliFailure(`CLAIMGRAPH_URL ${JSON.stringify(value)} ${(error as Error).message}`, EXIT.usage);
  }
}

/**
 * Wraps a command's action: a CliFailure goes to stderr as `claimgraph: <message>` and sets
 * `process.exitCode` to its code; anything else is thrown on (main.ts prints it, exit 1).
 */
export function runAction<A extends unknown[]>(deps: CliDeps, action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (error) {
      if (!(error instanceof CliFailure)) throw error;
      deps.output.err(`claimgraph: ${error.message}`);
      process.exitCode = error.exitCode;
    }
  };
}
