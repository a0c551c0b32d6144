import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { httpSuite, TEST_ADMIN_KEY } from './support/harness.js';

/**
 * The query console in a real browser (Debian's chromium, headless) against the real server
 * on the seed: it loads with the README's first example, runs it, shows the seed's answer,
 * writes with a key typed into the headers editor, never fetches anything but this server
 * and never trips its Content-Security-Policy. A screenshot is kept in test-artifacts/.
 */
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`console.e2e: skipped, no chromium at ${CHROMIUM} (apt-get install chromium)`);

const server = httpSuite({ seed: true });
/** The headers editor (the variables editor beside it is hidden). */
const HEADERS_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

/** The text an editor (Monaco) shows, without its non-breaking spaces. */
async function editorText(page: Page, selector: string): Promise<string> {
  return (await page.locator(`${selector} .view-lines`).first().innerText()).replace(/\u00a0/g, ' ');
}

/** The text of the result pane without any whitespace: it wraps long lines anywhere, even inside a string. */
/**
 * Runs the open tab (`run` presses the key or the button) until GraphiQL sends it under its
 * own operation name, and returns the answer's body. GraphiQL reads a document's operation
 * name a moment after a tab switch: a run before that sends the previous tab's name, which
 * the server refuses with OPERATION_RESOLUTION_FAILURE. (Regression: CI ran the write tab as
 * "Search".)
 */
async function runAs(page: Page, operationName: string, run: () => Promise<void>): Promise<{ errors?: { extensions?: { code?: string } }[] }> {
  for (let attempt = 1; ; attempt++) {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST'),
      run(),
    ]);
    const sentAs = (response.request().postDataJSON() as { operationName?: string }).operationName;
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (sentAs === operationName || attempt === 20) {
      expect(sentAs).toBe(operationName);
      return body;
    }
  }
}

async function resultText(page: Page): Promise<string> {
  return (await editorText(page, '.graphiql-response')).replace(/\s+/g, '');
}

(haveChromium ? describe : describe.skip)('the query console in a browser', () => {
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Every request of the page and its workers, wherever it goes.
    context.on('request', (request) => requested.push(request.url()));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (/Content.Security.Policy|CSP violation/i.test(message.text())) violations.push(message.text().slice(0, 300));
    });
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the first README example, runs it and shows the seed’s answer', async () => {
    await page.goto(`${server.base}/graphql`);
    const queryEditor = '.graphiql-query-editor';
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('rebate'));
    const query = await editorText(page, queryEditor);
    expect(query).toContain('# Find the claim about the 13% export rebate');
    expect(query).toContain('search(text: "rebate", kinds: [CLAIM]) {');
    await expect(page.locator('.graphiql-tab').allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringContaining('Search'), expect.stringContaining('Trace2')]));
    // The headers editor is open and says how to send a key.
    expect(await editorText(page, HEADERS_EDITOR)).toContain('"Authorization": "Bearer <your key>"');

    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response .view-lines')?.textContent?.includes('"data"'));
    const result = await resultText(page);
    expect(result).toContain('"id":"claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent"');
    expect(result).toContain('"stance":"MENTIONS"');
    expect(result).not.toContain('"errors"');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'console-e2e.png') });
  });

  it('writes with a key put in the headers editor, and never saves the key', async () => {
    await page.locator('.graphiql-tab', { hasText: 'UpsertSource' }).click();
    await page.waitForFunction(() => document.querySelector('.graphiql-query-editor .view-lines')?.textContent?.includes('upsertSource'));

    // Anonymous: refused. (Ctrl-Enter in the query editor runs it.)
    await page.locator('.graphiql-query-editor .view-lines').click();
    const refused = await runAs(page, 'UpsertSource', () => page.keyboard.press('Control+Enter'));
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    // The pane shows this answer (not an earlier run's) once it names the refusal.
    await page.waitForFunction(() => /FORBIDDEN|UNAUTHENTICATED/.test(document.querySelector('.graphiql-response .view-lines')?.textContent ?? ''));
    expect(await resultText(page)).toMatch(/"code":"(FORBIDDEN|UNAUTHENTICATED)"/);

    // With the admin key in the headers editor: written, as admin.
    await page.locator(`${HEADERS_EDITOR} .view-lines`).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(`{ "Authorization": "Bearer ${TEST_ADMIN_KEY}" }`);
    // The editor closes the brace it was given: drop whatever follows the text typed.
    await page.keyboard.press('Shift+Control+End');
    await page.keyboard.press('Delete');
    const written = await runAs(page, 'UpsertSource', () => page.locator('.graphiql-execute-button').click());
    expect(written.errors).toBeUndefined();
    await page.waitForFunction(() => document.querySelector('.graphiql-response .view-lines')?.textContent?.includes('createdBy'));
    const result = await resultText(page);
    expect(result).toContain('"id":"source:example-fact-check"');
    expect(result).toContain('"createdBy":"admin"');
    await page.screenshot({ path: join(ARTIFACTS, 'console-e2e-write.png') });

    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toContain(TEST_ADMIN_KEY);
  });

  it('fetched nothing but this server and tripped no CSP rule', () => {
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((url) => !url.startsWith(`${server.base}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining([`${server.base}/graphql/static/ruru.js`, `${server.base}/graphql/static/graphqlWorker.js`]));
    expect(violations).toEqual([]);
  });
});
