import { Command, InvalidArgumentError, Option } from 'commander';
import { CliFailure, EXIT } from './exit-codes.js';
import { runAction, withClient, withTransportOptions, type CliDeps, type TransportOptions } from './cli-transport.js';
import { printable } from './trace-report/printable.js';

/** The kinds `search --kind` takes, as the schema's SearchKind in lower case. */
export const SEARCH_KINDS = ['claim', 'source', 'actor', 'chemical', 'place'] as const;

interface SearchOptions extends TransportOptions {
  kind?: string[];
  first: number;
  format: 'text' | 'json';
}

interface Hit {
  score: number;
  node: { __typename: string; id: string; text?: string; title?: string; name?: string; sourceKind?: string; actorKind?: string };
}

function collectKind(value: string, previous: string[] | undefined): string[] {
  const kinds = value.split(',').map((k) => k.trim().toLowerCase());
  for (const kind of kinds) {
    if (!(SEARCH_KINDS as readonly string[]).includes(kind)) throw new InvalidArgumentError(`must be one of ${SEARCH_KINDS.join(', ')}`);
  }
  return [...new Set([...(previous ?? []), ...kinds])];
}

function parseFirst(value: string): number {
  const first = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(first >= 1 && first <= 100)) throw new InvalidArgumentError('must be a whole number from 1 to 100');
  return first;
}

/**
 * `claimgraph search <text> [--kind claim|source|actor|chemical|place …] [--first N]
 * [--format text|json]`: full-text search, best first, one hit a line (`n. <id>  <kind>
 * <score>  <text, title or name>`), or the GraphQL answer's `search` list as JSON. Every
 * kind when no --kind. Exit 1 when nothing matches; transport and other exit codes as EXIT.
 */
export function searchCommand(deps: CliDeps): Command {
  const command = new Command('search')
    .description('search claims, sources, actors, chemicals and places by words, best first')
    .argument('<text>', 'the words to look for (matched as words; no query syntax)', (value: string) => {
      if (value.trim().length === 0 || value.length > 1000) throw new InvalidArgumentError('must be 1 to 1000 characters, not only spaces');
      return value;
    })
    .addOption(new Option('--kind <kind>', `only these kinds (${SEARCH_KINDS.join(', ')}); repeat or separate with commas`).argParser(collectKind))
    .addOption(new Option('--first <n>', 'at most this many hits, 1 to 100').argParser(parseFirst).default(10))
    .addOption(new Option('--format <format>', 'text: one hit a line; json: the GraphQL answer').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 some hit, 1 no hit, 2 usage, 3 server unreachable or database unavailable, 4 the server refused.');
  withTransportOptions(command).action(
    runAction(deps, async (text: string, options: SearchOptions) => {
      const kinds = options.kind?.map((k) => k.toUpperCase()) ?? null;
      const { search } = await withClient(deps, options, (client) => client.request<{ search: Hit[] }>('search', { text, kinds, first: options.first }));
      if (options.format === 'json') deps.output.out(JSON.stringify(search, null, 2));
      else search.forEach((hit, i) => deps.output.out(hitLine(hit, i + 1)));
      if (search.length === 0) throw new CliFailure(`nothing matches ${JSON.stringify(text)}${kinds ? ` among ${options.kind!.join(', ')}` : ''}`, EXIT.notFound);
    }),
  );
  return command;
}

function hitLine(hit: Hit, n: number): string {
  const label = hit.node.text ?? hit.node.title ?? hit.node.name ?? '';
  const subkind = hit.node.sourceKind ?? hit.node.actorKind;
  const kind = hit.node.__typename.toLowerCase() + (subkind ? ` ${subkind}` : '');
  return `${n}. ${printable(hit.node.id)}  ${kind}  ${hit.score.toFixed(2)}  ${printable(label)}`;
}
