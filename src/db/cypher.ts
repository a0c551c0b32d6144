import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './project-root.js';
import { invariant } from '../model/invariant.js';

const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`. Every query the product runs lives in such a file,
 * named for what it answers, and takes its values only as parameters. A missing file is a
 * programming error, not a user error.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    invariant(/^[a-z0-9/-]+$/.test(name), `bad cypher file name ${name}`);
    text = readFileSync(join(projectRoot(), 'cypher', `${name}.cypher`), 'utf8').trim();
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of schema statements on lines ending with `;` (comments removed). */
export function statements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
