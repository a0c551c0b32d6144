import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { Database } from '../db/database.js';
import { RESERVED_CALLER_NAMES, type Caller } from '../model/caller.js';
import { DEFAULT_BATCH_SIZE, importFiles, ImportUsageError, type ImportProblem, type ImportProgress } from '../interchange/ndjson/import-records.js';
import { MAX_RECORDS_PER_WRITE } from '../write/write-path.js';
import type { Output } from './keys-command.js';

/** Exit codes of `claimgraph import`. */
export const IMPORT_EXIT = { ok: 0, someBad: 1, usage: 2, stopped: 3 } as const;

/**
 * `claimgraph import FILE…`: NDJSON files (`{"<kind>":{…}}` per line) and graph documents
 * (graph.json shape) through the one write path, in batches (src/interchange/ndjson).
 * Every bad line is reported on stderr (`file line N: reason (field, id)`), the good records
 * are written, the summary goes to stdout. Citations whose quote is not in their source's
 * text (when the input holds it) are written and listed as warnings. Progress: a bar with rate and ETA on a terminal,
 * plain lines on stderr otherwise. Sets `process.exitCode`: 0 all good, 1 some lines bad (the
 * good ones written), 2 a usage error (nothing written), 3 stopped by the database (the
 * batches before were written: run it again, it is idempotent).
 */
export function importCommand(withDatabase: <T>(work: (db: Database) => Promise<T>) => Promise<T>, output: Output): Command {
  return new Command('import')
    .description('import records from NDJSON files and graph.json documents (idempotent: re-running changes nothing)')
    .argument('<files...>', 'NDJSON (one {"<kind>":{…fields}} per line) or .json graph documents')
    .addOption(new Option('--format <format>', 'how to read the files: .json = document, anything else NDJSON').choices(['auto', 'ndjson', 'document']).default('auto'))
    .option('--batch-size <n>', `records per transaction (1 to ${MAX_RECORDS_PER_WRITE})`, positiveInt(MAX_RECORDS_PER_WRITE), DEFAULT_BATCH_SIZE)
    .option('--by <name>', 'who the written records say wrote them (meta.createdBy, updatedBy)', callerName, 'import')
    .exitOverride()
    .action(async (files: string[], options: { format: 'auto' | 'ndjson' | 'document'; batchSize: number; by: string }) => {
      process.exitCode = await runImport(withDatabase, output, files, options);
    });
}

/** The import run behind the command; answers its exit code (IMPORT_EXIT). */
export async function runImport(
  withDatabase: <T>(work: (db: Database) => Promise<T>) => Promise<T>,
  output: Output,
  files: string[],
  options: { format?: 'auto' | 'ndjson' | 'document'; batchSize?: number; by?: string; tty?: boolean },
): Promise<number> {
  const caller: Caller = { id: options.by ?? 'import', role: 'editor' };
  const progress = progressReporter(output, options.tty ?? Boolean(process.stderr.isTTY));
  const onProblem = (problem: ImportProblem) => progress.interrupt(() => output.err(describeProblem(problem)));
  // Whether the database opened: if it did not, nothing was written and running again alone cannot help.
  let opened = false;
  try {
    const summary = await withDatabase((db) => {
      opened = true;
      return importFiles(db, caller, files, {
        format: options.format,
        batchSize: options.batchSize,
        onProblem,
        onUnanchored: (problem) => progress.interrupt(() => output.err(`warning: ${describeProblem(problem)}`)),
        onProgress: progress.update,
      });
    });
    progress.stop();
    const unanchored = summary.unanchoredQuotes > 0 ? `, quotes not found ${summary.unanchoredQuotes}` : '';
    output.out(`created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, bad ${summary.bad}${unanchored}`);
    return summary.bad > 0 ? IMPORT_EXIT.someBad : IMPORT_EXIT.ok;
  } catch (error) {
    progress.stop();
    if (error instanceof ImportUsageError) {
      output.err(`claimgraph import: ${error.message}; nothing was written`);
      return IMPORT_EXIT.usage;
    }
    const reason = error instanceof Error ? error.message : String(error);
    output.err(
      opened
        ? `claimgraph import: stopped: ${reason}. The batches before were written; run it again to finish (it is idempotent)`
        : `claimgraph import: ${reason}; nothing was written`,
    );
    return IMPORT_EXIT.stopped;
  }
}

/** One bad line as reported: where, then the reason first, then the field and id. */
export function describeProblem(problem: ImportProblem): string {
  const where = problem.at ? `${problem.file} ${problem.at}` : problem.file;
  const about = [problem.field && `field ${problem.field}`, problem.id].filter(Boolean).join(', ');
  return `${where}: ${problem.reason}${about ? ` (${about})` : ''}`;
}

/** A progress bar with rate and ETA on a terminal; otherwise a plain line every few seconds. */
function progressReporter(output: Output, tty: boolean) {
  const started = Date.now();
  let bar: cliProgress.SingleBar | undefined;
  let lastLine = 0;
  let last: ImportProgress | undefined;
  const rate = (done: number) => done / Math.max(0.001, (Date.now() - started) / 1000);
  const line = (p: ImportProgress) => {
    if (p.phase === 'indexing') return `import: indexed ${p.done} records`;
    const perSecond = rate(p.done);
    const eta = perSecond > 0 ? Math.round((p.total - p.done) / perSecond) : 0;
    return `import: ${p.done}/${p.total} records written (${Math.round(perSecond)}/s, ETA ${eta} s)`;
  };
  return {
    update(p: ImportProgress) {
      last = p;
      if (tty && p.phase === 'writing') {
        if (!bar) {
          bar = new cliProgress.SingleBar(
            { format: 'import [{bar}] {percentage}% | {value}/{total} records | {speed}/s | ETA {eta_formatted}', etaBuffer: 50, clearOnComplete: false },
            cliProgress.Presets.shades_classic,
          );
          bar.start(p.total, p.done, { speed: 0 });
        }
        bar.update(p.done, { speed: Math.round(rate(p.done)) });
        return;
      }
      const now = Date.now();
      if (now - lastLine >= 2000 || (p.phase === 'writing' && p.done === p.total)) {
        lastLine = now;
        output.err(line(p));
      }
    },
    /** Prints around the bar without garbling it. */
    interrupt(print: () => void) {
      if (!bar) return print();
      bar.stop();
      print();
      bar = undefined;
      if (last) this.update(last);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

function positiveInt(max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`must be a whole number from 1 to ${max}`);
    return n;
  };
}

function callerName(value: string): string {
  if (value.length === 0 || value.length > 100 || /\p{Cc}/u.test(value)) throw new InvalidArgumentError('must be 1 to 100 characters, no control characters');
  if (RESERVED_CALLER_NAMES.includes(value)) throw new InvalidArgumentError(`is reserved (${RESERVED_CALLER_NAMES.join(', ')})`);
  return value;
}
