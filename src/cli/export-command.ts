import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { rename, rm } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { exportRecords, MAX_EXPORT_DEPTH } from '../interchange/ndjson/export-records.js';
import type { Output } from './keys-command.js';

/**
 * `claimgraph export`: live records as NDJSON (`{"<kind>":{…fields}}` per line, in id order)
 * on stdout or `--out FILE`, which `claimgraph import` reads back into the same graph. The
 * whole graph, or with `--from <id…>` the records within `--depth` relationships of them
 * plus everything those refer to. Records' content only: no meta, no history, no
 * soft-deleted records. Sets `process.exitCode`: 0 done, 1 a start id not found or a bound
 * exceeded, 2 a usage error.
 */
export function exportCommand(withDatabase: <T>(work: (db: Database) => Promise<T>) => Promise<T>, output: Output): Command {
  return new Command('export')
    .description('export live records as NDJSON that `claimgraph import` reads back')
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--from <ids...>', 'only the records reachable from these ids (and what they refer to)')
    .option('--depth <n>', `with --from: relationships away, either way (0 to ${MAX_EXPORT_DEPTH})`, depthOption, 1)
    .exitOverride()
    .action(async (options: { out?: string; from?: string[]; depth: number }) => {
      process.exitCode = await runExport(withDatabase, output, options);
    });
}

/** The export behind the command; answers its exit code. */
export async function runExport(
  withDatabase: <T>(work: (db: Database) => Promise<T>) => Promise<T>,
  output: Output,
  options: { out?: string; from?: string[]; depth?: number },
): Promise<number> {
  // To a file: written beside it under a temporary name, renamed over it only once the export
  // is whole, so a failed export (the database cannot be opened, a bad id) never empties or
  // cuts short a file that was there.
  const partial = options.out ? `${options.out}.${process.pid}.partial` : null;
  const stream: NodeJS.WritableStream = partial ? createWriteStream(partial) : process.stdout;
  const write = async (line: string) => {
    if (!stream.write(`${line}\n`)) await once(stream, 'drain');
  };
  let done = false;
  try {
    const { records } = await withDatabase((db) => exportRecords(db, { from: options.from, depth: options.depth }, write));
    done = true;
    if (options.out) output.err(`export: ${records} records written to ${options.out}`);
    return 0;
  } catch (error) {
    output.err(`claimgraph export: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT' ? 2 : 1;
  } finally {
    if (partial) {
      (stream as WriteStream).end();
      await once(stream, 'close');
      if (done) await rename(partial, options.out!);
      else await rm(partial, { force: true });
    }
  }
}

function depthOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_EXPORT_DEPTH) throw new InvalidArgumentError(`must be a whole number from 0 to ${MAX_EXPORT_DEPTH}`);
  return n;
}
