import { Command, Option } from 'commander';
import type { Database } from '../db/database.js';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKey } from '../auth/api-keys.js';
import { RESERVED_CALLER_NAMES, ROLES, type Role } from '../model/caller.js';

/** Where the command writes: stdout for its answer, stderr for what went wrong. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * `claimgraph keys`: create, list and revoke API keys. `withDatabase` opens the configured
 * database for one action and closes it after; each action sets `process.exitCode` (1 when
 * it could not do what was asked). The secret of a new key is printed once, by `create`,
 * and exists nowhere else: `list` never shows secrets or hashes.
 */
export function keysCommand(withDatabase: <T>(work: (db: Database) => Promise<T>) => Promise<T>, output: Output): Command {
  const keys = new Command('keys').description('create, list and revoke API keys (only their hashes are stored)');

  keys
    .command('create')
    .description('create a key and print its secret, once')
    .requiredOption('--name <name>', 'who uses the key: what meta.createdBy and updatedBy will record')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .action(async ({ name, role }: { name: string; role: Role }) => {
      const problem = nameProblem(name);
      if (problem) {
        output.err(`claimgraph: --name ${JSON.stringify(name)}: ${problem}`);
        process.exitCode = 1;
        return;
      }
      const created = await withDatabase((db) => createApiKey(db, name, role));
      if (!created) {
        output.err(`claimgraph: a live key is already named ${JSON.stringify(name)}: revoke it first, or choose another name`);
        process.exitCode = 1;
        return;
      }
      output.out(`created ${describe(created.key)}`);
      output.out(`secret: ${created.secret}`);
      output.out('This is the only time the secret is shown: only its hash is stored. Send it as "Authorization: Bearer <secret>".');
    });

  keys
    .command('list')
    .description('list every key (never their secrets)')
    .action(async () => {
      const all = await withDatabase(listApiKeys);
      if (all.length === 0) output.out('no keys');
      for (const key of all) output.out(describe(key));
    });

  keys
    .command('revoke')
    .description('revoke a key at once, by id or name (a name revokes every live key of that name)')
    .argument('<id-or-name>')
    .action(async (ref: string) => {
      const revoked = await withDatabase((db) => revokeApiKey(db, ref));
      if (revoked.length === 0) {
        output.err(`claimgraph: no live key has the id or name ${JSON.stringify(ref)}`);
        process.exitCode = 1;
        return;
      }
      for (const key of revoked) output.out(`revoked ${describe(key)}`);
    });

  return keys;
}

function describe(key: ApiKey): string {
  return `${key.id}  ${JSON.stringify(key.name)}  ${key.role}  created ${key.createdAt}  ${key.revokedAt ? `revoked ${key.revokedAt}` : 'live'}`;
}

/** Why a key name is refused, or undefined: 1–100 characters, some visible, no control characters, not a reserved caller name. */
function nameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 100) return 'must be 1 to 100 characters';
  if (/\p{Cc}|\p{Cs}/u.test(name)) return 'must not contain control characters';
  if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(name)) return 'must contain a visible character';
  if (RESERVED_CALLER_NAMES.includes(name)) return `is reserved (${RESERVED_CALLER_NAMES.join(', ')})`;
  return undefined;
}
