import { readdirSync, readFileSync } from 'node:fs';
import { loadSeed } from '../src/seed/load-seed.js';
import { ANONYMOUS, type Caller } from '../src/model/caller.js';
import { graphqlSuite } from './support/harness.js';

/** The README is the front door, docs/ the references it points to: every GraphQL example in them must run as written on the seed. */
const readme = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)]
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

const { execute } = graphqlSuite(loadSeed);

describe('README examples', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  // Reads run as an anonymous caller (anonymous reading is on by default), writes as an editor.
  const EDITOR: Caller = { id: 'readme-editor', role: 'editor' };
  it.each(examples.map((query, i) => [i + 1, query]))('example %i runs on the seed graph and finds something', async (_n, query) => {
    const caller = /^\s*mutation\b/.test(query as string) ? EDITOR : ANONYMOUS;
    const { data, errors } = await execute(query as string, {}, caller);
    expect(errors).toBeUndefined();
    for (const value of Object.values(data!)) {
      // Every root field answers with something: no example shows an empty result.
      expect(value).not.toBeNull();
      if (Array.isArray(value)) expect(value.length).toBeGreaterThan(0);
      if (value && typeof value === 'object' && 'edges' in value) expect((value as { edges: unknown[] }).edges.length).toBeGreaterThan(0);
    }
  });

  // A worked example's answer, printed in the README after `<!-- answer … -->`, is the answer.
  const answered = [...readme.matchAll(/```graphql\n((?:(?!```)[\s\S])*)```\s*<!-- answer[^>]*-->\s*```json\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]);
  it('has a worked example with its answer', () => {
    expect(answered.length).toBeGreaterThanOrEqual(1);
  });
  it.each(answered)('the worked example answers exactly what the README prints: %s', async (query, answer) => {
    const { data, errors } = await execute(query, {}, ANONYMOUS);
    expect(errors).toBeUndefined();
    expect(data).toEqual(JSON.parse(answer));
  });

  it('every curl example that writes sends a bearer credential', () => {
    const curls = [...readme.matchAll(/^curl [\s\S]*?(?=\n(?![ \t]))/gm)].map((match) => match[0]);
    const writes = curls.filter((curl) => /mutation/.test(curl));
    expect(writes.length).toBeGreaterThan(0);
    for (const curl of writes) expect(curl).toContain('-H "Authorization: Bearer $KEY"');
  });

  it('the curl example names a claim that exists', async () => {
    const id = /claim\(id: \\"([^\\]+)\\"\)/.exec(readme)![1]!;
    const { data } = await execute('query ($id: ID!) { claim(id: $id) { citations { quote } } }', { id });
    expect(data!.claim.citations.length).toBeGreaterThan(0);
  });
});
