import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES } from '../src/config/env.js';
import { ERROR_CODES } from '../src/model/errors.js';

/** The Errors table (docs/api.md) is the client's contract: it must name every code the server can answer. */
describe('docs/api.md Errors table', () => {
  const readme = readFileSync('docs/api.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Errors'), readme.indexOf('\n## ', readme.indexOf('## Errors') + 1));

  it.each(Object.keys(ERROR_CODES))('lists %s', (code) => {
    expect(section).toContain(`\`${code}\``);
  });

  it.each(Object.entries(ERROR_CODES).filter(([, { status }]) => status !== 200))('gives %s its HTTP status', (code, { status }) => {
    const row = section.split('\n').find((line) => line.includes(`\`${code}\``))!;
    expect(row.trim().split('|').at(-2)!.trim()).toMatch(new RegExp(`^(${status}|4xx)$`));
  });
});

/** Every variable the server reads is documented in the Configuration table (docs/operations.md). */
describe('docs/operations.md Configuration table', () => {
  const readme = readFileSync('docs/operations.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));

  it.each(CONFIG_VARIABLES)('lists %s', (name) => {
    expect(section).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
  });
});
