/**
 * The exit codes of the fact-checking commands (`trace`, `search`, `dependents`, `seed`),
 * which scripts may rely on: 0 found (or done), 1 not found (no such claim, no search hit,
 * no such source), 2 usage (a bad option or argument: commander's errors, exited with 2 by
 * main.ts), 3 the server is unreachable (connection refused, timeout) or the database is
 * unavailable, 4 the server refused or failed the request (the key, a limit, an error).
 */
export const EXIT = {
  found: 0,
  notFound: 1,
  usage: 2,
  unavailable: 3,
  refused: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command that cannot go on: the message for stderr, and the exit code that says why. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliFailure';
  }
}
