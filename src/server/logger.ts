import { pino, type Logger } from 'pino';

const REDACTED = '[redacted]';
const secrets = new Set<string>();

/**
 * Registers a string that must never appear in a log line (a database password): from now
 * on every logger made by `createLogger` writes `[redacted]` in its place, wherever it
 * occurs (a field, a message, an error's message or stack). Empty strings are ignored.
 */
export function redactSecret(secret: string): void {
  if (secret) secrets.add(secret);
}

/** Replaces every registered secret in one serialised log line, raw or JSON-escaped. */
function scrub(line: string): string {
  for (const secret of secrets) {
    line = line.split(secret).join(REDACTED);
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) line = line.split(escaped).join(REDACTED);
  }
  return line;
}

/**
 * Structured JSON logs on stdout (pipe them through `pino-pretty` to read them by eye).
 * Credentials never reach the output: fields named password, credentials, NEO4J_PASSWORD or
 * authorization (at any of the first three levels) are written as `[redacted]`, and so is
 * any registered secret (see `redactSecret`) wherever it appears.
 */
export function createLogger(level: string): Logger {
  const fields = ['password', 'credentials', 'NEO4J_PASSWORD', 'authorization'];
  return pino(
    {
      level,
      base: { service: 'claimgraph' },
      redact: { paths: fields.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]), censor: REDACTED },
    },
    { write: (line: string) => void process.stdout.write(secrets.size ? scrub(line) : line) },
  );
}
