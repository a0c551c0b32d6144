import { ConfigError, loadConfig } from '../config/env.js';
import { openDatabase } from '../db/connect.js';
import { createLogger } from '../server/logger.js';
import { describeSkipped, loadSeed } from './load-seed.js';

/** `npm run seed`: loads seed/ into the configured database, idempotently, and reports counts and every record it left alone. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, logger);
  try {
    const totals = await loadSeed(db.database);
    for (const line of describeSkipped(totals)) process.stdout.write(`${line}\n`);
    process.stdout.write(
      `seed: ${totals.created} created, ${totals.updated} updated, ${totals.unchanged} unchanged, ${totals.skipped} skipped (changed by someone else)\n`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`claimgraph seed: ${message}\n`);
  process.exit(1);
});
