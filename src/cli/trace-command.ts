import { Command, InvalidArgumentError, Option } from 'commander';
import { ID_PATTERN } from '../model/ids.js';
import { TRACE_LIMITS } from '../provenance/build-trace.js';
import { CliFailure, EXIT } from './exit-codes.js';
import type { GraphqlClient } from './graphql-client.js';
import { runAction, withClient, withTransportOptions, type CliDeps, type TransportOptions } from './cli-transport.js';
import type { TraceAnswer } from './trace-report/trace-answer.js';
import { traceMarkdown } from './trace-report/trace-markdown.js';
import { traceTree } from './trace-report/trace-tree.js';

/** How many search hits `trace <text>` considers (and `--pick` may choose among). */
export const TRACE_SEARCH_HITS = 5;

/** The formats `trace` prints. */
export const TRACE_FORMATS = ['tree', 'json', 'markdown'] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

interface TraceOptions extends TransportOptions {
  format: TraceFormat;
  depth: number;
  pick?: number;
}

function parseDepth(value: string): number {
  const depth = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(depth >= 1 && depth <= TRACE_LIMITS.maxDepth)) throw new InvalidArgumentError(`must be a whole number from 1 to ${TRACE_LIMITS.maxDepth}`);
  return depth;
}

function parsePick(value: string): number {
  const pick = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!(pick >= 1 && pick <= TRACE_SEARCH_HITS)) throw new InvalidArgumentError(`must be a whole number from 1 to ${TRACE_SEARCH_HITS}`);
  return pick;
}

function parseClaim(value: string): string {
  if (value.startsWith('claim:')) {
    if (!ID_PATTERN.test(value)) throw new InvalidArgumentError('a claim id is claim: then a slug of lower-case letters, digits, ".", "_" or "-" (at most 100)');
    return value;
  }
  if (value.trim().length === 0) throw new InvalidArgumentError('give a claim id (claim:…) or words to search claims for');
  if (value.length > 1000) throw new InvalidArgumentError('search text is at most 1000 characters');
  return value;
}

/**
 * `claimgraph trace <claim id | text>`: prints a claim's provenance. Given an id (it starts
 * with `claim:`) it traces that claim; given text, it searches claims
 * (`search(text, kinds: [CLAIM], first: 5)`), traces the best hit (or the `--pick`-th) and
 * says on stderr which claim it picked and what the other hits were. `--format tree` (a
 * text tree with marks, coloured only when `deps.colour`), `markdown` (a report to paste
 * into an article) or `json` (the GraphQL answer: the two trace operations' `trace`
 * objects merged). `--depth` is the trace's maxDepth (1–20, default 6). Talks to a running
 * server, or with `--embedded` opens the database itself (see cli-transport.ts). Exit codes
 * as EXIT: 1 for no such claim or no hit, 3 unreachable, 4 refused.
 */
export function traceCommand(deps: CliDeps): Command {
  const command = new Command('trace')
    .description("print where a claim comes from, hop by hop, to where its trail ends: a tree, a Markdown report or JSON")
    .argument('<claim>', 'a claim id (claim:…) or words to search claims for (the best hit is traced)', parseClaim)
    .addOption(new Option('--format <format>', 'tree: text tree with marks; markdown: a report to paste; json: the GraphQL answer').choices(TRACE_FORMATS).default('tree'))
    .addOption(new Option('--depth <n>', `hops to follow, 1 to ${TRACE_LIMITS.maxDepth}`).argParser(parseDepth).default(6))
    .addOption(new Option('--pick <n>', `with text: trace the n-th search hit (1 to ${TRACE_SEARCH_HITS}) instead of the best`).argParser(parsePick))
    .addHelpText(
      'after',
      `
Marks in the tree: [origin] [dead end] [unverified] [second-hand] [cycle] [depth limit] [drift] [context] [disputes] [retracted] [other side].
Exit codes: 0 traced, 1 no such claim or no search hit, 2 usage, 3 server unreachable or database unavailable, 4 the server refused.

Examples:
  claimgraph trace claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent
  claimgraph trace "rebate" --format markdown > rebate.md
  claimgraph trace "rebate" --pick 2 --format json --embedded`,
    );
  withTransportOptions(command).action(
    runAction(deps, async (claim: string, options: TraceOptions) => {
      const byId = claim.startsWith('claim:');
      if (byId && options.pick !== undefined) throw new CliFailure('--pick chooses among search hits: give words to search for, not a claim id', EXIT.usage);
      const trace = await withClient(deps, options, async (client) => {
        const claimId = byId ? claim : await pickClaim(client, claim, options.pick ?? 1, deps);
        return fetchTrace(client, claimId, options.depth);
      });
      if (trace === null) throw new CliFailure(`no claim has the id ${JSON.stringify(claim)}`, EXIT.notFound);
      deps.output.out(
        options.format === 'json'
          ? JSON.stringify(trace, null, 2)
          : options.format === 'markdown'
            ? traceMarkdown(trace, { maxDepth: options.depth })
            : traceTree(trace, { colour: deps.colour }),
      );
    }),
  );
  return command;
}

/** The trace of a claim (both operations, merged), or null when no claim has that id. */
export async function fetchTrace(client: GraphqlClient, claimId: string, maxDepth: number): Promise<TraceAnswer | null> {
  const core = await client.request<{ trace: Omit<TraceAnswer, keyof Extras> | null }>('traceCore', { claimId, maxDepth });
  if (!core.trace) return null;
  const extras = await client.request<{ trace: Extras | null }>('traceExtras', { claimId, maxDepth });
  if (!extras.trace) return null;
  return { ...core.trace, ...extras.trace } as TraceAnswer;
}

type Extras = Pick<TraceAnswer, 'drift' | 'driftLimits' | 'conflicts' | 'disputes' | 'findings'>;

interface ClaimHit {
  score: number;
  node: { id: string; text: string };
}

/** Searches claims for `text` and returns the id of the `pick`-th hit, saying on stderr which it picked and what else matched. */
async function pickClaim(client: GraphqlClient, text: string, pick: number, deps: CliDeps): Promise<string> {
  const { search } = await client.request<{ search: ClaimHit[] }>('search', { text, kinds: ['CLAIM'], first: TRACE_SEARCH_HITS });
  if (search.length === 0) throw new CliFailure(`no claim matches ${JSON.stringify(text)}`, EXIT.notFound);
  if (pick > search.length) throw new CliFailure(`--pick ${pick}: only ${search.length} claim${search.length === 1 ? '' : 's'} match ${JSON.stringify(text)}`, EXIT.notFound);
  const chosen = search[pick - 1]!;
  deps.output.err(`claimgraph: tracing hit ${pick} of ${search.length} for ${JSON.stringify(text)}: ${chosen.node.id} ${JSON.stringify(chosen.node.text)}`);
  const others = search.map((hit, i) => ({ hit, n: i + 1 })).filter(({ n }) => n !== pick);
  if (others.length > 0) deps.output.err(`claimgraph: other hits (--pick N): ${others.map(({ hit, n }) => `${n}. ${hit.node.id}`).join('  ')}`);
  return chosen.node.id;
}
