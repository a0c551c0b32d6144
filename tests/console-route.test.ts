import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { createApp, listen } from '../src/server/app.js';
import { httpSuite, silentLogger } from './support/harness.js';

/** The query console at GET /graphql, over HTTP (the browser test is console.e2e.test.ts). */
const server = httpSuite({ seed: true });

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const readmeExamples = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

async function consolePage(base = server.base) {
  const response = await fetch(`${base}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
  return { response, html: await response.text() };
}

/** The props the page hands ruru (`const RURU_CONFIG = {…};`). */
function ruruConfig(html: string): Record<string, any> {
  const json = /const RURU_CONFIG = (\{[\s\S]*?\});\s*<\/script>/.exec(html);
  expect(json).not.toBeNull();
  return JSON.parse(json![1]!);
}

/** The CSP's directives by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe('the query console at /graphql', () => {
  it('answers a browser with ruru, every asset from this server', async () => {
    const { response, html } = await consolePage();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('vary')).toMatch(/Accept/);
    expect(html).toContain('<div id="ruru-root">');
    expect(html).not.toMatch(/unpkg|cdn|apollo|googleapis|gstatic/i);
    // No absolute URL at all (the README's words in the tabs name none either), so nothing can load from elsewhere.
    expect(html.match(/\b(https?:)?\/\/[a-z0-9.-]+/gi)?.filter((url) => !/^(https?:)?\/\/127\.0\.0\.1$/.test(url)) ?? []).toEqual([]);
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"|\bimport\b[^;]*?from\s*"([^"]*)"/g)].map((m) => m[1] ?? m[2]!);
    expect(urls).toEqual(expect.arrayContaining(['/graphql/static/ruru.js', '/graphql/static/ruru.css']));
    for (const url of urls) expect(url).toMatch(/^\/graphql\/static\/[\w.-]+$/);
    const config = ruruConfig(html);
    expect(config.staticPath).toBe('/graphql/static/');
    expect(config.endpoint).toBe('/graphql');
  });

  it('carries a CSP that admits exactly its own inline scripts, no eval, and only this server', async () => {
    const { response, html } = await consolePage();
    const csp = directives(response.headers.get('content-security-policy')!);
    const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .filter((body) => body.trim() !== '')
      .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    expect(hashes.length).toBeGreaterThan(0);
    expect(csp.get('script-src')!.sort()).toEqual(["'self'", ...hashes].sort());
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((source) => /^(https?:|\*|blob:)/.test(source))).toEqual([]);
    // Inline styles only: Monaco injects <style> elements at run time.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('opens one tab per README example, in order, each the example as printed with an operation name', async () => {
    const config = ruruConfig((await consolePage()).html);
    const tabs = config.defaultTabs as { query: string; headers: string }[];
    expect(readmeExamples.length).toBeGreaterThanOrEqual(5);
    expect(tabs).toHaveLength(readmeExamples.length);
    expect(config.defaultQuery).toBe(tabs[0]!.query);
    const names = new Set<string>();
    tabs.forEach((tab, i) => {
      const operations = parse(tab.query).definitions as OperationDefinitionNode[];
      expect(operations).toHaveLength(1);
      expect(operations[0]!.kind).toBe(Kind.OPERATION_DEFINITION);
      const name = operations[0]!.name!.value;
      names.add(name);
      // Without its comment lines and its name, the tab is the README's example, character for character.
      const unnamed = tab.query.replace(/^#.*\n/gm, '').replace(`query ${name} {`, '{').replace(`mutation ${name} {`, 'mutation {');
      expect(unnamed).toBe(readmeExamples[i]);
    });
    expect(names.size).toBe(tabs.length);
    // Each tab is headed by the README's words introducing it.
    expect(tabs[0]!.query).toMatch(/^# Find the claim about the 13% export rebate/);
  });

  it('tells how to send a key in the headers editor, whose default sends no header', async () => {
    const config = ruruConfig((await consolePage()).html);
    const headers = config.defaultHeaders as string;
    expect(headers).toMatch(/^\/\/.*"Authorization": "Bearer <your key>"/m);
    // Without its comments the default is an empty object: no placeholder key goes out.
    expect(JSON.parse(headers.replace(/^\/\/.*$/gm, ''))).toEqual({});
    for (const tab of config.defaultTabs) expect(tab.headers).toBe(headers);
    expect(config.shouldPersistHeaders).toBe(false);
  });

  it('serves the assets ruru loads, with their content types', async () => {
    for (const [file, type] of [
      ['ruru.js', 'text/javascript; charset=utf-8'],
      ['ruru.css', 'text/css; charset=utf-8'],
      ['editorWorker.js', 'text/javascript; charset=utf-8'],
      ['graphqlWorker.js', 'text/javascript; charset=utf-8'],
      ['jsonWorker.js', 'text/javascript; charset=utf-8'],
      ['f6283f7ccaed1249d9eb.ttf', 'font/ttf'],
    ]) {
      const response = await fetch(`${server.base}/graphql/static/${file}`);
      expect([file, response.status, response.headers.get('content-type')]).toEqual([file, 200, type]);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  // Regression: the console's route answered a CORS preflight of /graphql with 200 (express
  // routers answer OPTIONS for their routes' paths), before the CORS policy could refuse it.
  it('leaves a CORS preflight of /graphql to the CORS policy: a foreign origin is refused', async () => {
    const response = await fetch(`${server.base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers an unknown or escaping asset path with a JSON 404', async () => {
    for (const path of ['nope.js', '..%2f..%2fpackage.json', '..%2f..%2f..%2fREADME.md', '.hidden']) {
      const response = await fetch(`${server.base}/graphql/static/${path}`);
      expect([path, response.status]).toEqual([path, 404]);
      expect(await response.json()).toEqual({ errors: [{ message: 'no such console asset', extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it('leaves GraphQL as it was: POST, GET with a query, and a client asking for JSON', async () => {
    const post = await fetch(`${server.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ claim(id: "claim:nearly-200-americans-die-daily-from-fentanyl") { id } }' }),
    });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ data: { claim: { id: 'claim:nearly-200-americans-die-daily-from-fentanyl' } } });

    const get = await fetch(`${server.base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

    for (const accept of ['application/json', '*/*', 'application/graphql-response+json, text/html']) {
      const response = await fetch(`${server.base}/graphql`, { headers: { accept } });
      expect([accept, response.headers.get('content-type')]).toEqual([accept, expect.stringMatching(/^application\/(graphql-response\+)?json/)]);
      expect(await response.text()).not.toContain('ruru');
    }
  });

  it('serves the console, not Apollo’s CDN sandbox, in development too', async () => {
    const app = await createApp({ database: server.db, logger: silentLogger, development: true });
    const base = `http://127.0.0.1:${await listen(app, 0, '127.0.0.1')}`;
    try {
      const { response, html } = await consolePage(base);
      expect(response.status).toBe(200);
      expect(html).toContain('<div id="ruru-root">');
      expect(html).not.toMatch(/apollo|cdn/i);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
    } finally {
      await app.stop();
    }
  });
});
