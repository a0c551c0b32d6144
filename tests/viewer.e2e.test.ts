import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import express from 'express';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/env.js';
import { projectRoot } from '../src/db/project-root.js';
import { createApp, listen, type App } from '../src/server/app.js';
import { VIEWER_ROOT, viewerRoutes } from '../src/server/viewer-routes.js';
import { httpSuite, silentLogger, TEST_ADMIN_KEY } from './support/harness.js';

/**
 * The provenance viewer (web/) end to end: the real server on the seed graph, the built
 * bundle (`npm run build:web`, which `npm test` runs first) and a real headless Chromium
 * (Debian's, driven by playwright-core). Every request the page makes is recorded, and any
 * that would leave 127.0.0.1 is blocked and fails the test. The screenshot of the drawing
 * is kept in test-artifacts/ (gitignored). Skipped, saying so, only when no Chromium is
 * installed (CHROMIUM_PATH, or `chromium` / `chromium-browser` on the PATH).
 */

const server = httpSuite({ seed: true });

beforeAll(() => {
  if (!existsSync(join(VIEWER_ROOT, 'index.html'))) {
    throw new Error(`the viewer is not built (${VIEWER_ROOT} has no index.html): run \`npm run build:web\` first (\`npm test\` does)`);
  }
});

const REBATE_ID = 'claim:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent';
const REBATE_TEXT = 'In 2020 the CCP raised the export rebate on fentanyl precursors to 13%.';
const CONGRESS_ID = 'source:congressional-reports';
/** The congressional reports' own hop (second-hand: known only through the article). */
const CONGRESS_HOP = 'citation:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent--congress';
/** ¶12's sentence, quoted whole by the article's hop and by the congressional reports' hop it names. */
const REBATE_SENTENCE = 'In 2020, the CCP even raised the rebate to 13%, the highest potential subsidy for exported products at that time.';
const ARTIFACTS = join(projectRoot(), 'test-artifacts');

/** Where Chromium is: CHROMIUM_PATH, else `chromium` or `chromium-browser` on the PATH; undefined when none is installed. */
function findChromium(): string | undefined {
  const executable = (path: string) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    // Named but missing is a broken setup, not a machine without Chromium: fail, do not skip.
    if (!executable(named)) throw new Error(`CHROMIUM_PATH=${named} is not an executable file`);
    return named;
  }
  const onPath = (process.env.PATH ?? '').split(delimiter).flatMap((dir) => (dir ? [join(dir, 'chromium'), join(dir, 'chromium-browser')] : []));
  return onPath.find(executable);
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  console.warn('viewer.e2e.test.ts: SKIPPED: Chromium is not installed (install Debian `chromium`, or set CHROMIUM_PATH to a Chromium binary).');
}
const describeInBrowser = chromiumPath ? describe : describe.skip;

/** A decoded PNG: width, height and RGBA bytes. Enough of PNG for Chromium's and canvas's output (8-bit, not interlaced). */
function decodePng(png: Buffer): { width: number; height: number; rgba: Uint8Array } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8); // bit depth
      colourType = body[9]!;
      expect(body[12]).toBe(0); // not interlaced
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType];
  if (!channels) throw new Error(`unexpected PNG colour type ${colourType}`);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      pixels[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const px = pixels.subarray(i * channels, (i + 1) * channels);
    const [r, g, b, alpha] = channels >= 3 ? [px[0]!, px[1]!, px[2]!, channels === 4 ? px[3]! : 255] : [px[0]!, px[0]!, px[0]!, channels === 2 ? px[1]! : 255];
    rgba.set([r, g, b, alpha], i * 4);
  }
  return { width, height, rgba };
}

/** How much of an image is drawn on: the share of pixels that are neither white nor transparent, and how many colours it has. */
function inkOf(png: Buffer): { width: number; height: number; inked: number; colours: number } {
  const { width, height, rgba } = decodePng(png);
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < rgba.length; i += 4) {
    const [r, g, b, a] = [rgba[i]!, rgba[i + 1]!, rgba[i + 2]!, rgba[i + 3]!];
    if (a > 0 && (r < 235 || g < 235 || b < 235)) inked++;
    colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
  }
  return { width, height, inked: inked / (width * height), colours: colours.size };
}

describe('the viewer’s routes', () => {
  it('answers the viewer’s page at / and at deep links, under the server’s CSP, and a JSON 404 elsewhere', async () => {
    for (const path of ['/', `/claim/${REBATE_ID}`, '/claim/anything/at/all']) {
      const response = await fetch(`${server.base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await response.text()).toContain('<div id="cy"');
    }
    const missing = await fetch(`${server.base}/no/such/path`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('serves the hashed assets for a year and leaves GraphQL alone', async () => {
    const page = await (await fetch(`${server.base}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.base}/assets/none.js`)).status).toBe(404);
    const graphql = await fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a page saying how to build the viewer when it is not built, and keeps serving', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'claimgraph-noviewer-'));
    const app = express().use(viewerRoutes(empty));
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    const address = listening.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      for (const path of ['/', '/claim/claim:x']) {
        const response = await fetch(`${base}${path}`);
        expect(response.status).toBe(503);
        expect(response.headers.get('content-type')).toMatch(/^text\/html/);
        expect(await response.text()).toContain('npm run build:web');
      }
      // Built while the server runs: served at once.
      writeFileSync(join(empty, 'index.html'), '<!doctype html><title>built</title>');
      expect(await (await fetch(`${base}/`)).text()).toContain('built');
    } finally {
      listening.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describeInBrowser('the viewer in a real browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
  });

  /** A fresh page that may only talk to 127.0.0.1: everything else is blocked and reported. Also collects page errors and CSP violations. */
  async function openPage(): Promise<{ page: Page; requests: string[]; foreign: string[]; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    contexts.push(context);
    const requests: string[] = [];
    const foreign: string[] = [];
    const problems: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requests.push(url);
      const { protocol, hostname } = new URL(url);
      if ((protocol === 'http:' || protocol === 'https:') && hostname !== '127.0.0.1') {
        foreign.push(url);
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!requests.includes(request.url())) requests.push(request.url());
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    return { page, requests, foreign, problems };
  }

  /** Only requests to the test server left the page: nothing else, not even one that was blocked. */
  function expectLocalOnly(requests: string[], foreign: string[], base: string) {
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(3);
    for (const url of requests) {
      if (url.startsWith('blob:') || url.startsWith('data:')) continue;
      expect(new URL(url).origin).toBe(base);
    }
  }

  const sectionText = (page: Page, id: string) => page.locator(`#summary [data-section="${id}"]`).innerText();

  it('finds the 13% rebate claim, draws its trail, says where it ends, and opens a hop’s quote', async () => {
    const { page, requests, foreign, problems } = await openPage();

    const response = await page.goto(`${server.base}/`);
    expect(response?.status()).toBe(200);

    await page.getByLabel('Search claims').fill('rebate');
    await page.getByLabel('Search claims').press('Enter');
    await page.getByRole('link', { name: REBATE_TEXT }).click();
    await page.waitForURL(`${server.base}/claim/${REBATE_ID}`);
    await page.locator('#summary [data-section="ends"]').waitFor();
    await expect(page.locator('#claim-text').innerText()).resolves.toBe(REBATE_TEXT);

    // The drawing: the claim, the article, the congressional reports it names and the marker
    // of the trail's end, in layers from left to right; no edge without both ends.
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { claimgraphViewer: { cy: import('cytoscape').Core } }).claimgraphViewer.cy;
      return {
        nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data('label') as string, kind: n.data('kind') as string, x: n.position('x') })),
        edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), classes: e.classes() })),
      };
    });
    const x = (id: string) => drawn.nodes.find((n) => n.id === id)!.x;
    expect(drawn.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([REBATE_ID, 'source:article', CONGRESS_ID]));
    expect(drawn.nodes.find((n) => n.id === 'source:article')!.label).toContain('Think Tank: The CCP Promotes Fentanyl Export');
    expect(drawn.nodes.find((n) => n.id === CONGRESS_ID)!.label).toContain('[Congressional reports]');
    const marker = drawn.nodes.find((n) => n.kind === 'trail-end')!;
    expect(marker.label).toContain('unverified');
    expect(x(REBATE_ID)).toBeLessThan(x('source:article'));
    expect(x('source:article')).toBeLessThan(x(CONGRESS_ID));
    expect(x(CONGRESS_ID)).toBeLessThan(marker.x);
    const ids = new Set(drawn.nodes.map((n) => n.id));
    for (const edge of drawn.edges) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    // The article's own hop is first-hand; the congressional reports' hop is known only through the article.
    expect(drawn.edges.filter((e) => e.classes.includes('second-hand')).map((e) => e.id)).toEqual([`hop:${CONGRESS_HOP}`]);
    // The relay quotes the same words as the hop it names: identical wording is not drift.
    expect(drawn.edges.filter((e) => e.classes.includes('drift'))).toEqual([]);

    // The summary in words names the trail end.
    expect(await sectionText(page, 'ends')).toContain('unverified beyond [Congressional reports]');
    expect(await page.locator('#summary').innerText()).not.toMatch(/\b(true|false)\b/i);

    // A click on a node in the picture opens its details.
    const box = (await page.locator('#cy').boundingBox())!;
    const at = await page.evaluate((id) => {
      const cy = (window as unknown as { claimgraphViewer: { cy: import('cytoscape').Core } }).claimgraphViewer.cy;
      return cy.getElementById(id).renderedPosition();
    }, CONGRESS_ID);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.locator('#details-title').filter({ hasText: /^\[Congressional reports\]$/ }).waitFor();

    // A click on a hop in the picture opens its quote.
    const mid = await page.evaluate(() => {
      const cy = (window as unknown as { claimgraphViewer: { cy: import('cytoscape').Core } }).claimgraphViewer.cy;
      return cy.getElementById('hop:citation:ccp-raised-fentanyl-precursor-export-rebate-to-13-percent--article').renderedMidpoint();
    });
    await page.mouse.click(box.x + mid.x, box.y + mid.y);
    await page.locator('#details-title').filter({ hasText: /^Hop: Think Tank/ }).waitFor();
    await expect(page.locator('#details blockquote').first().innerText()).resolves.toBe(REBATE_SENTENCE);

    // The keyboard twin: arrow down the list to the congressional reports' hop, Enter opens it.
    const items = page.locator('button.element-item');
    const hopItem = items.filter({ hasText: 'Hop (support): [Congressional reports] supports the claim' });
    const index = await hopItem.evaluate((el) => [...document.querySelectorAll('button.element-item')].indexOf(el as HTMLButtonElement));
    await items.nth(index - 1).focus();
    await page.keyboard.press('ArrowDown');
    await expect(hopItem.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Focus is visible.
    await expect(hopItem.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.not.toBe('none');
    await page.keyboard.press('Enter');
    await page.locator('button.element-item[aria-current="true"]').filter({ hasText: 'Hop (support): [Congressional reports]' }).waitFor();
    await expect(page.locator('#details blockquote').innerText()).resolves.toBe(REBATE_SENTENCE);
    const details = await page.locator('#details').innerText();
    expect(details).toContain('¶12');
    expect(details).toContain('supports: says the claim in its own voice');
    expect(details).toContain('Think Tank: The CCP Promotes Fentanyl Export');
    expect(details).toContain('names no source: the trail ends here');

    // Expand the source: the other claims it says, and what falls if it is retracted.
    await page.getByRole('button', { name: 'Other claims this source says' }).click();
    await page.locator('.source-actions-out h4').filter({ hasText: /^Claims \[Congressional reports\] says/ }).waitFor();
    expect(await page.locator('.source-actions-out a').allInnerTexts()).toContain(REBATE_TEXT);
    await page.getByRole('button', { name: 'What falls if this source is retracted' }).click();
    await page.locator('.source-actions-out h4').filter({ hasText: 'What falls if this source is retracted' }).waitFor();
    await expect(page.locator('.source-actions-out').innerText()).resolves.toContain('rests on this source alone');

    // The picture is not blank; it is kept as an artifact.
    const shot = await page.locator('#cy').screenshot();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'viewer-rebate-claim.png'), shot);
    const ink = inkOf(shot);
    expect(ink.inked).toBeGreaterThan(0.02);
    expect(ink.colours).toBeGreaterThan(8);

    // The exports: a PNG of the graph and its Cytoscape JSON, as downloads.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('ccp-raised-fentanyl-precursor-export-rebate-to-13-percent.png');
    const pngPath = join(ARTIFACTS, 'viewer-rebate-claim-export.png');
    await png.saveAs(pngPath);
    const exported = inkOf(readFileSync(pngPath));
    expect(exported.inked).toBeGreaterThan(0.02);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Cytoscape JSON' }).click()]);
    const jsonPath = join(ARTIFACTS, 'viewer-rebate-claim.cytoscape.json');
    await json.saveAs(jsonPath);
    const graph = JSON.parse(readFileSync(jsonPath, 'utf8')) as { elements: { nodes: { data: { id: string } }[]; edges: unknown[] } };
    expect(graph.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining([REBATE_ID, 'source:article', CONGRESS_ID]));
    expect(graph.elements.edges.length).toBe(drawn.edges.length);

    expect(problems).toEqual([]);
    expectLocalOnly(requests, foreign, server.base);
  });

  it('opens the same claim from a deep link, and again after a reload', async () => {
    const { page, requests, foreign, problems } = await openPage();
    await page.goto(`${server.base}/claim/${REBATE_ID}`);
    await page.locator('#summary [data-section="ends"]').waitFor();
    await expect(page.locator('#claim-text').innerText()).resolves.toBe(REBATE_TEXT);
    await page.reload();
    await page.locator('#summary [data-section="ends"]').waitFor();
    await expect(page.locator('#claim-text').innerText()).resolves.toBe(REBATE_TEXT);
    expect(await sectionText(page, 'ends')).toContain('unverified beyond [Congressional reports]');
    expect(await page.title()).toBe(`claimgraph: ${REBATE_TEXT}`);

    // Back to the search page and forward again, through the browser's history.
    await page.getByRole('link', { name: 'claimgraph' }).click();
    await page.waitForURL(`${server.base}/`);
    await page.goBack();
    await page.locator('#summary [data-section="ends"]').waitFor();
    expect(page.url()).toBe(`${server.base}/claim/${REBATE_ID}`);

    // A claim that does not exist is said so, not drawn.
    await page.goto(`${server.base}/claim/claim:no-such-claim`);
    await page.locator('#status').filter({ hasText: 'No claim with the id claim:no-such-claim' }).waitFor();
    expect(problems).toEqual([]);
    expectLocalOnly(requests, foreign, server.base);
  });

  describe('with anonymous reading off', () => {
    let app: App;
    let base: string;
    beforeAll(async () => {
      const config = { ...loadConfig({ AUTH_ANONYMOUS_READ: 'false' }), CLAIMGRAPH_ADMIN_KEY: TEST_ADMIN_KEY };
      app = await createApp({ database: server.db, logger: silentLogger, development: false, config });
      base = `http://127.0.0.1:${await listen(app, 0, '127.0.0.1')}`;
    });
    afterAll(() => app?.stop());

    it('asks for a key, keeps it in sessionStorage and sends it as a Bearer token', async () => {
      const { page, requests, foreign } = await openPage();
      const sent: (string | undefined)[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql')) sent.push(request.headers().authorization);
      });
      await page.goto(`${base}/claim/${REBATE_ID}`);
      await page.locator('#key-panel').waitFor({ state: 'visible' });
      expect(sent[0]).toBeUndefined();

      // A key the server refuses: asked again, saying so.
      await page.getByLabel('API key or token').fill('not-a-key');
      await page.getByRole('button', { name: 'Use this key' }).click();
      await page.locator('#key-message').filter({ hasText: 'The server refused the key' }).waitFor();

      await page.getByLabel('API key or token').fill(TEST_ADMIN_KEY);
      await page.getByRole('button', { name: 'Use this key' }).click();
      await page.locator('#summary [data-section="ends"]').waitFor();
      await expect(page.locator('#key-panel').isHidden()).resolves.toBe(true);
      expect(await page.evaluate(() => sessionStorage.getItem('claimgraph.viewer.key'))).toBe(TEST_ADMIN_KEY);
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(sent).toContain(`Bearer ${TEST_ADMIN_KEY}`);

      // A reload reads with the kept key at once.
      await page.reload();
      await page.locator('#summary [data-section="ends"]').waitFor();
      await expect(page.locator('#key-panel').isHidden()).resolves.toBe(true);
      expectLocalOnly(requests, foreign, base);
    });
  });
});
