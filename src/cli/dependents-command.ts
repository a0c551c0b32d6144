import { Command, InvalidArgumentError, Option } from 'commander';
import { ID_PATTERN } from '../model/ids.js';
import { CliFailure, EXIT } from './exit-codes.js';
import { runAction, withClient, withTransportOptions, type CliDeps, type TransportOptions } from './cli-transport.js';
import { printable } from './trace-report/printable.js';

interface DependentsOptions extends TransportOptions {
  format: 'text' | 'json';
}

interface DependentsAnswer {
  source: { id: string; title: string; kind: string; retracted: boolean } | null;
  dependents: { supports: boolean; disputes: boolean; alone: boolean; retracted: boolean; truncated: boolean; claim: { id: string; text: string } }[];
}

/**
 * `claimgraph dependents <source id> [--format text|json]`: the claims whose provenance the
 * source is on (GraphQL `dependents`, at most 500): per claim its id, the side the source
 * is on (supports, disputes), whether the support rests on it alone, whether it is retracted
 * and whether the claim's trace was truncated, then the claim's text; or the GraphQL answer
 * as JSON. Exit 1 when no source has that id (a source on no claim's provenance is exit 0,
 * with a line that says so); transport and other exit codes as EXIT.
 */
export function dependentsCommand(deps: CliDeps): Command {
  const command = new Command('dependents')
    .description("list the claims a source is on the provenance of: on which side, and whether their support rests on it alone")
    .argument('<sourceId>', 'the source, e.g. source:heritage-report-hold-china-and-mexico-accountable', (value: string) => {
      if (!ID_PATTERN.test(value) || !value.startsWith('source:')) throw new InvalidArgumentError('must be a source id such as source:some-slug');
      return value;
    })
    .addOption(new Option('--format <format>', 'text: one claim a line; json: the GraphQL answer').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 the source exists, 1 no such source, 2 usage, 3 server unreachable or database unavailable, 4 the server refused.');
  withTransportOptions(command).action(
    runAction(deps, async (sourceId: string, options: DependentsOptions) => {
      const answer = await withClient(deps, options, (client) => client.request<DependentsAnswer>('dependents', { sourceId }));
      if (!answer.source) throw new CliFailure(`no source has the id ${JSON.stringify(sourceId)}`, EXIT.notFound);
      if (options.format === 'json') {
        deps.output.out(JSON.stringify(answer, null, 2));
        return;
      }
      const { source } = answer;
      deps.output.out(`${printable(source.title)} (${source.kind})  ${source.id}${source.retracted ? '  [retracted]' : ''}`);
      if (answer.dependents.length === 0) deps.output.out('  no claim has it on its provenance');
      for (const d of answer.dependents) {
        const flags = [d.supports ? 'supports' : '', d.disputes ? 'disputes' : '', d.alone ? 'alone' : '', d.retracted ? 'retracted' : '', d.truncated ? 'truncated' : ''].filter(Boolean);
        deps.output.out(`  ${d.claim.id}  [${flags.join(', ')}]  ${printable(d.claim.text)}`);
      }
    }),
  );
  return command;
}
