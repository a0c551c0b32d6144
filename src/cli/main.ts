#!/usr/bin/env node
import { connect } from 'node:net';
import { Command, CommanderError } from 'commander';
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../config/env.js';
import { openDatabase } from '../db/connect.js';
import type { Database } from '../db/database.js';
import { claimReviewCommand } from './claim-review-command.js';
import type { CliDeps } from './cli-transport.js';
import { dependentsCommand } from './dependents-command.js';
import { exportCommand } from './export-command.js';
import { exportTraceCommand } from './export-trace-command.js';
import { importCommand } from './import-command.js';
import { keysCommand } from './keys-command.js';
import { searchCommand } from './search-command.js';
import { seedCommand } from './seed-command.js';
import { traceCommand } from './trace-command.js';

/**
 * `claimgraph` (the package's bin; `npm run claimgraph -- …` from a checkout): administration
 * commands. It reads the same configuration as the server and opens the database as the
 * server does (NEO4J_URI, or the embedded one in NEO4J_DATA_DIR, which it starts and stops
 * around each command: the server must not be running on that folder then). The
 * fact-checking commands (trace, search, dependents) ask a running server over HTTP by
 * default, and open the database only with --embedded; seed always opens it.
 */
async function main(argv: string[]): Promise<void> {
  const output = { out: (line: string) => void process.stdout.write(`${line}\n`), err: (line: string) => void process.stderr.write(`${line}\n`) };
  const withDatabase = async <T>(work: (db: Database) => Promise<T>): Promise<T> => {
    const config = loadConfig();
    // Logs (the embedded database starting, warnings) go to stderr: stdout is the answer.
    const logger = pino({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL }, pino.destination(2));
    if (!config.NEO4J_URI && (await listening(config.NEO4J_BOLT_PORT))) {
      throw new Error(
        `something already listens on the embedded database's port ${config.NEO4J_BOLT_PORT}: is the server running? Stop it first, or point NEO4J_URI at the database it runs (or, for another NEO4J_DATA_DIR, set NEO4J_BOLT_PORT to a free port)`,
      );
    }
    let opened;
    try {
      opened = await openDatabase(config, logger);
    } catch (error) {
      const hint = config.NEO4J_URI ? '' : ' (with the embedded database, stop the server first, or point NEO4J_URI at the database it runs)';
      throw new Error(`cannot open the database: ${error instanceof Error ? error.message : String(error)}${hint}`);
    }
    try {
      return await work(opened.database);
    } finally {
      await opened.close();
    }
  };
  const deps: CliDeps = {
    withDatabase,
    output,
    env: process.env,
    // Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
  };
  const program = new Command('claimgraph')
    .description('claimgraph: trace claims to their sources, and administer the graph')
    .showHelpAfterError()
    .addCommand(keysCommand(withDatabase, output))
    .addCommand(importCommand(withDatabase, output))
    .addCommand(exportCommand(withDatabase, output))
    .addCommand(exportTraceCommand(withDatabase, output))
    .addCommand(claimReviewCommand(withDatabase, output))
    .addCommand(traceCommand(deps))
    .addCommand(searchCommand(deps))
    .addCommand(dependentsCommand(deps))
    .addCommand(seedCommand(deps));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    // import, export, trace, search, dependents and seed throw their usage errors (commander printed them): exit code 2.
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
    throw error;
  }
}

/** True when a process accepts connections on this loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

main(process.argv).catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`claimgraph: ${message}\n`);
  process.exit(1);
});
