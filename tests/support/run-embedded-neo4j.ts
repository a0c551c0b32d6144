/**
 * Runs the product's embedded Neo4j for the test run (started by global-setup.ts in a child
 * process, because Jest loads global setup outside its module mapping). Prints
 * `NEO4J_PASSWORD=<generated password>` then `NEO4J_URI=<uri>`, each on a line of its own,
 * once the database is ready (stdout is a pipe to the global setup only); stops it when
 * stdin closes or on SIGTERM.
 */
import { pino } from 'pino';
import { startEmbeddedNeo4j } from '../../src/db/embedded-neo4j.js';

const [dataDir, port] = process.argv.slice(2);
const neo4j = await startEmbeddedNeo4j({
  dataDir: dataDir!,
  boltPort: Number(port),
  pageCacheMb: 128,
  heapMb: 1024,
  logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, process.stderr),
});
process.stdout.write(`NEO4J_PASSWORD=${neo4j.password}\nNEO4J_URI=${neo4j.uri}\n`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await neo4j.stop();
  process.exit(0);
};
process.stdin.on('end', () => void stop());
process.stdin.resume();
process.on('SIGTERM', () => void stop());
