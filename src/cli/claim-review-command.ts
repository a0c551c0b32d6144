import { readFile, stat } from 'node:fs/promises';
import { Command } from 'commander';
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { claimReviewJsonLd } from '../interchange/claim-review/claim-review-json-ld.js';
import { claimReviewToGraph } from '../interchange/claim-review/claim-review-to-graph.js';
import { readClaimReviews } from '../interchange/claim-review/claim-reviews-read.js';
import { mergeGraphs, type GraphDocument } from '../interchange/claim-review/graph-document.js';
import type { Caller } from '../model/caller.js';
import { kindOfId } from '../model/ids.js';
import { importRequests } from '../write/import-requests.js';
import { upsertRecords, type WriteStatus } from '../write/write-path.js';
import type { Output } from './keys-command.js';

/** Who a ClaimReview import writes as (`meta.createdBy`, history): re-importing replaces only what it wrote last. */
export const CLAIM_REVIEW_IMPORTER: Caller = Object.freeze({ id: 'claimreview-import', role: 'editor' });

/** The largest file `claimreview import` reads, checked before reading it. */
export const MAX_CLAIM_REVIEW_FILE_BYTES = 20 * 1024 * 1024;

/**
 * `claimgraph claimreview`: `import FILE…` writes the fact-checks of schema.org ClaimReview
 * JSON-LD files or Google Fact Check Tools answers (src/interchange/claim-review) in one
 * transaction, as CLAIM_REVIEW_IMPORTER, leaving alone every record another caller changed or
 * deleted last (as the seed does); it reports what it created, updated, left unchanged and
 * kept, and each problem as `FILE#<JSON Pointer>: reason` on stderr, with exit code 1 when
 * there was any (the ClaimReviews without problems are still written). `export <claimId>`
 * prints the claim's reviews as ClaimReview JSON-LD (an array, one node per review) on stdout;
 * exit code 1 when no live claim has that id. Each action sets `process.exitCode`.
 */
export function claimReviewCommand(withDatabase: <T>(work: (db: Database) => Promise<T>) => Promise<T>, output: Output): Command {
  const command = new Command('claimreview').description('import and export fact-checks as schema.org ClaimReview JSON-LD');

  command
    .command('import')
    .description('write the ClaimReviews of JSON-LD files or Google Fact Check Tools answers (importing a file again changes nothing)')
    .argument('<files...>')
    .action(async (files: string[]) => {
      const graphs: GraphDocument[] = [];
      let problems = 0;
      for (const file of files) {
        const document = await readJson(file, output);
        if (document === undefined) {
          problems++;
          continue;
        }
        const read = claimReviewToGraph(document.value);
        graphs.push(read.graph);
        for (const problem of read.problems) output.err(`${file}#${problem.pointer}: ${problem.reason}`);
        problems += read.problems.length;
      }
      const graph = mergeGraphs(graphs);
      const requests = importRequests(graph as unknown as Record<string, unknown>);
      if (requests.length > 0) {
        let results;
        try {
          ({ results } = await withDatabase((db) => upsertRecords(db, CLAIM_REVIEW_IMPORTER, requests, { keepOthersEdits: true })));
        } catch (error) {
          if (!(error instanceof GraphQLError) || typeof error.extensions.code !== 'string') throw error;
          output.err(`claimgraph: ${error.extensions.code}: ${error.message}; nothing was written`);
          process.exitCode = 1;
          return;
        }
        const counts: Record<WriteStatus, number> = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
        for (const result of results) {
          counts[result.status]++;
          if (result.status === 'skipped') output.out(`kept ${result.id} as it is (${result.reason})`);
        }
        output.out(
          `${graph.reviews.length} reviews: ${counts.created} records created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} kept as they are`,
        );
      } else output.out('nothing to write');
      if (problems > 0) {
        output.err(`claimgraph: ${problems} problem${problems === 1 ? '' : 's'}: the ClaimReviews named above were not imported`);
        process.exitCode = 1;
      }
    });

  command
    .command('export')
    .description("print a claim's reviews as schema.org ClaimReview JSON-LD")
    .argument('<claimId>')
    .action(async (claimId: string) => {
      if (kindOfId(claimId) !== 'claim') {
        output.err(`claimgraph: ${JSON.stringify(claimId)} is not a claim id (claim:<slug>)`);
        process.exitCode = 1;
        return;
      }
      const read = await withDatabase((db) => readClaimReviews(db, claimId));
      if (!read) {
        output.err(`claimgraph: no claim has the id ${claimId}`);
        process.exitCode = 1;
        return;
      }
      if (read.truncated) output.err(`claimgraph: ${claimId} has more reviews or citations than an export reads: only the first by id are exported`);
      if (read.reviews.length === 0) output.err(`claimgraph: ${claimId} has no reviews`);
      output.out(JSON.stringify(claimReviewJsonLd(read), null, 2));
    });

  return command;
}

/** A file's JSON, or undefined after reporting why it could not be read. */
async function readJson(file: string, output: Output): Promise<{ value: unknown } | undefined> {
  try {
    const size = (await stat(file)).size;
    if (size > MAX_CLAIM_REVIEW_FILE_BYTES) {
      output.err(`${file}#: larger than ${MAX_CLAIM_REVIEW_FILE_BYTES} bytes; split it`);
      return undefined;
    }
    const text = await readFile(file, 'utf8');
    try {
      return { value: JSON.parse(text) as unknown };
    } catch (error) {
      output.err(`${file}#: not JSON (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  } catch (error) {
    output.err(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
}
