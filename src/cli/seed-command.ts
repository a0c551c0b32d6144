import { Command } from 'commander';
import { describeSkipped, loadSeed } from '../seed/load-seed.js';
import { CliFailure, EXIT } from './exit-codes.js';
import { openDirect, runAction, type CliDeps } from './cli-transport.js';

/**
 * `claimgraph seed --embedded`: loads the seed graph (seed/) into the database through the
 * one write path, as `npm run seed` does (idempotent; never overwrites another caller's
 * edit), and prints what it left alone and the counts. It writes to the database itself,
 * so it needs one: `--embedded` (NEO4J_URI when set, else the embedded Neo4j in
 * NEO4J_DATA_DIR, which the server must not be running on), or NEO4J_URI set. Without
 * either: exit 2. A database that cannot be opened: exit 3.
 */
export function seedCommand(deps: CliDeps): Command {
  return new Command('seed')
    .description('load the seed graph (seed/) into the database, idempotently; needs --embedded or NEO4J_URI')
    .option('--embedded', 'open the database here: NEO4J_URI when set, else the embedded Neo4j in NEO4J_DATA_DIR (stop the server first)')
    .addHelpText('after', '\nExit codes: 0 loaded, 2 usage (neither --embedded nor NEO4J_URI), 3 database unavailable.')
    .exitOverride()
    .action(
      runAction(deps, async (options: { embedded?: boolean }) => {
        if (!options.embedded && !deps.env.NEO4J_URI) {
          throw new CliFailure('seed writes to the database itself: pass --embedded (with the server stopped), or set NEO4J_URI to the database', EXIT.usage);
        }
        const totals = await openDirect(deps, (db) => loadSeed(db));
        for (const line of describeSkipped(totals)) deps.output.out(line);
        deps.output.out(`seed: ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.skipped} skipped (changed by someone else)`);
      }),
    );
}
