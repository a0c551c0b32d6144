import { spawnSync } from 'node:child_process';
import { loadConfig } from '../src/config/env.js';
import { createLogger, redactSecret } from '../src/server/logger.js';

/** Credentials never reach an error message or a log line. */
describe('credentials', () => {
  it('an invalid NEO4J_URI with an inline user:password is echoed without them', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://neo4j:s3cret-pw@db.example:7687' })).toThrow(
      'invalid configuration: NEO4J_URI="http://[redacted]@db.example:7687"',
    );
  });

  it('the server process says so in one line without the password', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, NEO4J_URI: 'http://neo4j:s3cret-pw@db.example:7687' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^claimgraph: invalid configuration: NEO4J_URI=/);
    expect(result.stderr).not.toContain('s3cret-pw');
  });

  it('the logger writes [redacted] for password fields and for registered secrets anywhere', () => {
    const lines: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => lines.push(String(chunk)) > 0) as unknown as typeof process.stdout.write;
    try {
      redactSecret('generated-Secret_123');
      redactSecret('quote"d\\pw');
      const logger = createLogger('info');
      logger.info({ password: 'plain', config: { NEO4J_PASSWORD: 'from-env' } }, 'fields');
      logger.error({ err: new Error('auth failed for generated-Secret_123') }, 'in a message: generated-Secret_123');
      logger.warn({ value: 'quote"d\\pw' }, 'escaped');
    } finally {
      process.stdout.write = write;
    }
    const output = lines.join('');
    expect(lines).toHaveLength(3);
    for (const secret of ['plain', 'from-env', 'generated-Secret_123', 'quote']) expect(output).not.toContain(secret);
    expect(JSON.parse(lines[0]!)).toMatchObject({ password: '[redacted]', config: { NEO4J_PASSWORD: '[redacted]' } });
    expect(JSON.parse(lines[1]!).msg).toBe('in a message: [redacted]');
    expect(JSON.parse(lines[2]!).value).toBe('[redacted]');
  });
});
