import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * Stops the embedded Neo4j that the global setup started (none when NEO4J_URI was given) and
 * deletes its data folder: each run makes one (an empty database is about 2 MB now that the launcher does not preallocate transaction logs; it was half a gigabyte).
 */
export default async function globalTeardown(): Promise<void> {
  const { __claimgraphNeo4j: child, __claimgraphDataDir: dataDir } = globalThis as { __claimgraphNeo4j?: ChildProcess; __claimgraphDataDir?: string };
  if (child && child.exitCode === null && child.signalCode === null) {
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin!.end();
    });
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
