import type { ChildProcess } from 'node:child_process';

/** Stops the embedded Neo4j that the global setup started (none when NEO4J_URI was given). */
export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { __claimgraphNeo4j?: ChildProcess }).__claimgraphNeo4j;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.stdin!.end();
  });
}
