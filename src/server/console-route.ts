import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { ruruHTML, type RuruClientConfig } from 'ruru/server';
import { projectRoot } from '../db/project-root.js';

/** Where the console's assets are served: ruru's own files, from node_modules/ruru/static, never a CDN. */
export const CONSOLE_STATIC_PATH = '/graphql/static/';

export interface ConsoleOptions {
  /** The markdown whose ```graphql blocks preload the console, one tab each; the project's README.md when omitted. */
  readmePath?: string;
}

/**
 * The query console at GET /graphql: a browser asking for HTML (`Accept` prefers text/html)
 * with no `query` in the URL gets ruru (a GraphiQL distribution) with every asset served
 * from this server under CONSOLE_STATIC_PATH, so it works offline. Any other request to
 * /graphql (POST, a GET with a query, a client asking for JSON) passes through to the
 * GraphQL handler, so mount this before it. The console opens one tab per ```graphql block
 * of the README (in order, the first one active), each headed by the README's words
 * introducing it, as comments; the headers editor starts open, explaining how to send a key
 * (`"Authorization": "Bearer <key>"`). Headers are never stored in the browser (neither with
 * the tabs nor in the query history).
 *
 * The page carries its own Content-Security-Policy, in every mode: no source but this
 * server; inline scripts only by the hashes of ruru's few bootstrap scripts; inline styles
 * allowed (Monaco and GraphiQL inject `<style>` elements at run time and ruru's skeleton uses
 * `style` attributes, neither of which a hash can cover); no `unsafe-eval`; and no
 * `upgrade-insecure-requests` (helmet's default): every URL of the page is relative, so it
 * would only break the console over plain HTTP on a LAN address.
 * The README is read once, when the route is built; if it cannot be read the console opens
 * on one empty tab.
 */
export function consoleRoute({ readmePath = join(projectRoot(), 'README.md') }: ConsoleOptions = {}): Router {
  const page = consolePage(readmeTabs(readmePath));
  const router = express.Router();
  const assets = express.static(ruruStaticFolder(), { index: false, redirect: false, dotfiles: 'deny', fallthrough: true });
  // `use`, not `get`: a router answers OPTIONS itself for the paths of its routes, which would
  // answer a CORS preflight of /graphql with 200 before the CORS policy could refuse it.
  router.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') {
      next();
      return;
    }
    res.vary('Accept');
    if (!wantsConsole(req)) {
      next();
      return;
    }
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': page.contentSecurityPolicy,
      'Cache-Control': 'no-cache',
    });
    res.send(page.html);
  });
  router.use(CONSOLE_STATIC_PATH, assets, (_req: Request, res: Response) => {
    res.status(404).json({ errors: [{ message: 'no such console asset', extensions: { code: 'NOT_FOUND' } }] });
  });
  return router;
}

/** A GET for the console: no query in the URL, and text/html preferred to any GraphQL response type (a browser's Accept, not curl's `*\/*`). */
function wantsConsole(req: Request): boolean {
  if (req.query.query !== undefined) return false;
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/** The folder of ruru's prebuilt assets (JavaScript modules, workers, CSS, the Monaco icon font). */
function ruruStaticFolder(): string {
  // ruru exports no package.json; its server entry is dist/server.js, beside static/.
  return join(dirname(createRequire(import.meta.url).resolve('ruru/server')), '..', 'static');
}

interface ConsoleTab {
  query: string;
  headers: string;
}

/** What the headers editor starts with (ruru reads it as JSON with comments). */
const DEFAULT_HEADERS = [
  '// Reading needs no key, unless the server sets',
  '// AUTH_ANONYMOUS_READ=false. To write, send a key or token',
  '// (see Security in the README) in place of {} below:',
  '//   { "Authorization": "Bearer <your key>" }',
  '// Headers stay in this tab: the browser never saves them.',
  '{}',
  '',
].join('\n');

/** One tab per ```graphql block of the README, or one empty tab when there is none. */
function readmeTabs(readmePath: string): ConsoleTab[] {
  let markdown: string;
  try {
    markdown = readFileSync(readmePath, 'utf8');
  } catch {
    markdown = '';
  }
  const tabs: ConsoleTab[] = [];
  const names = new Set<string>();
  for (const match of markdown.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const intro = introduction(markdown.slice(0, match.index)).map((line) => `# ${line}\n`);
    tabs.push({ query: intro.join('') + named(match[1]!, names), headers: DEFAULT_HEADERS });
  }
  if (tabs.length === 0) tabs.push({ query: '# claimgraph: write a query here and run it (Ctrl-Enter).\n', headers: DEFAULT_HEADERS });
  return tabs;
}

/** The README's words just before an example, wrapped to fit the editor: its last paragraph, or that paragraph's last sentence when it is long; none after a code block. */
function introduction(before: string): string[] {
  const paragraphs = before.trimEnd().split(/\n[ \t]*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? '';
  if (last === '' || last.trimStart().startsWith('```') || last.trimEnd().endsWith('```')) return [];
  const plain = last.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= 480) return wrap(plain, 60);
  const sentences = plain.split(/(?<=[.!?)])\s+(?=[A-Z`*])/);
  return wrap(sentences[sentences.length - 1]!, 60);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The example with an operation name, so that its tab has a title (GraphiQL names a tab
 * after its operation): the root fields it asks for, e.g. `query Trace {` (`Trace2` for the
 * second such). Only the name is inserted; the example is otherwise as the README prints it.
 * An example that does not parse, or already has a name, is left as it is.
 */
function named(example: string, taken: Set<string>): string {
  let operation: OperationDefinitionNode | undefined;
  try {
    const operations = parse(example).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    operation = operations.length === 1 ? operations[0] : undefined;
  } catch {
    return example;
  }
  if (!operation || operation.name || !operation.loc) return example;
  const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
  const base = fields.map((f) => f[0]!.toUpperCase() + f.slice(1)).join('') || 'Example';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  taken.add(name);
  const start = operation.loc.start;
  const shorthand = example[start] === '{';
  return shorthand
    ? `${example.slice(0, start)}query ${name} ${example.slice(start)}`
    : `${example.slice(0, start + operation.operation.length)} ${name}${example.slice(start + operation.operation.length)}`;
}

/**
 * GraphiQL's query history (and favourites) would write the headers of every run, a key
 * included, to localStorage whatever `shouldPersistHeaders` says: this drops them on the way
 * there, so history keeps queries and variables only. (Runs before ruru, a deferred module.)
 */
const KEEP_KEYS_OUT_OF_HISTORY = `<script>
(() => {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (key === 'graphiql:queries' || key === 'graphiql:favorites') {
      try {
        const stored = JSON.parse(value);
        for (const list of Object.values(stored)) if (Array.isArray(list)) for (const item of list) if (item) delete item.headers;
        value = JSON.stringify(stored);
      } catch {}
    }
    return setItem.call(this, key, value);
  };
})();
</script>`;

interface ConsolePage {
  html: string;
  contentSecurityPolicy: string;
}

/** ruru's page over our assets and tabs, and the CSP that lets exactly its inline scripts run. */
function consolePage(tabs: ConsoleTab[]): ConsolePage {
  // Sent to the page as ruru's props. Typed loosely: ruru's config type is a Pick of GraphiQL's
  // props, whose types are not installed (every field then reads as required), and it does not
  // list the GraphiQL props ruru passes through (defaultTabs, defaultEditorToolsVisibility).
  const clientConfig: Record<string, unknown> = {
    defaultQuery: tabs[0]!.query,
    defaultHeaders: DEFAULT_HEADERS,
    defaultTabs: tabs,
    // The headers editor starts open, so its note on keys is seen.
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    // A key typed in stays in the tab: never written to localStorage.
    shouldPersistHeaders: false,
    showPersistHeadersSettings: false,
    // No Grafast plan/SQL explain tools: they do not apply to this server.
    debugTools: [],
  };
  const html = ruruHTML({
    staticPath: CONSOLE_STATIC_PATH,
    endpoint: '/graphql',
    htmlParts: { titleTag: '<title>claimgraph console</title>', headerScripts: (original) => `${original}\n${KEEP_KEYS_OUT_OF_HISTORY}` },
    clientConfig: clientConfig as unknown as RuruClientConfig,
  });
  const scriptHashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`,
    "script-src-attr 'none'",
    // Monaco and GraphiQL add <style> elements at run time, and ruru's skeleton has style attributes.
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self'",
    "img-src 'self' data:",
    // ruru.css embeds its fonts as data: URIs.
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
  return { html, contentSecurityPolicy };
}
