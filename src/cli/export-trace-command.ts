import { Command, InvalidArgumentError, Option } from 'commander';
import type { Database } from '../db/database.js';
import { exportTrace, TRACE_EXPORT_FORMATS, type TraceExportFormat } from '../interchange/graph/trace-exports.js';
import { ID_PATTERN } from '../model/ids.js';
import { TRACE_LIMITS } from '../provenance/build-trace.js';
import type { Output } from './keys-command.js';

/** `--depth`: a whole number of hops, 1 to TRACE_LIMITS.maxDepth (as `trace(maxDepth)` takes). */
function parseDepth(value: string): number {
  const depth = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(depth >= 1 && depth <= TRACE_LIMITS.maxDepth)) throw new InvalidArgumentError(`must be a whole number from 1 to ${TRACE_LIMITS.maxDepth}`);
  return depth;
}

/**
 * `claimgraph export-trace <claimId> --format cyjs|graphml|csv|ttl|jsonld|anno [--depth N]`:
 * writes the claim's trace (maxDepth N, default 6) to stdout in the format asked for (see
 * src/interchange: Cytoscape.js JSON, GraphML, CSV of hops, PROV-O Turtle or JSON-LD, Web
 * Annotations). A malformed id, an unknown format or a bad depth is refused by the parser
 * (exit code 1, nothing read); a claim that does not exist writes nothing to stdout, says so
 * on stderr and sets `process.exitCode` to 1. `withDatabase` opens the configured database
 * for the one read and closes it after.
 */
export function exportTraceCommand(withDatabase: <T>(work: (db: Database) => Promise<T>) => Promise<T>, output: Output): Command {
  return new Command('export-trace')
    .description("export a claim's provenance trace: Cytoscape.js JSON, GraphML, CSV, PROV-O (Turtle, JSON-LD) or Web Annotations")
    .argument('<claimId>', 'the claim, e.g. claim:nearly-200-americans-die-daily-from-fentanyl', (value: string) => {
      if (!ID_PATTERN.test(value) || !value.startsWith('claim:')) throw new InvalidArgumentError('must be a claim id such as claim:some-slug');
      return value;
    })
    .addOption(
      new Option('--format <format>', Object.entries(TRACE_EXPORT_FORMATS).map(([name, f]) => `${name}: ${f.description}`).join('; '))
        .choices(Object.keys(TRACE_EXPORT_FORMATS))
        .makeOptionMandatory(),
    )
    .addOption(new Option('--depth <n>', `maxDepth: hops to follow, 1 to ${TRACE_LIMITS.maxDepth}`).argParser(parseDepth).default(6))
    .action(async (claimId: string, { format, depth }: { format: TraceExportFormat; depth: number }) => {
      const body = await withDatabase((db) => exportTrace(db, claimId, depth, format));
      if (body === null) {
        output.err(`claimgraph: no claim has the id ${JSON.stringify(claimId)}`);
        process.exitCode = 1;
        return;
      }
      // `out` ends what it writes with a line break: the body's own last one goes.
      output.out(body.replace(/\r?\n$/, ''));
    });
}
