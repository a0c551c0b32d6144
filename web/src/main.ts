import { apiKey, AuthRequired, graphql, RequestFailed } from './api.js';
import { claimRoute } from './claim-route.js';
import { byId, h } from './dom.js';
import { elementDetails, type ElementDetails } from './element-details.js';
import { createGraphView, type GraphView } from './graph-view.js';
import { LEGEND } from './graph-style.js';
import { QUERIES } from './queries.js';
import { traceElements, type GraphElement } from './trace-elements.js';
import { traceSummary } from './trace-summary.js';
import type { ClaimHit, Dependent, SourceClaims, SourceDetails, Trace, TraceCore, TraceExtras } from './trace-types.js';
import './styles.css';

/**
 * The viewer: search claims, draw the provenance of the chosen one, say it in words, open
 * the details of any node or hop, expand a source, export the picture. State lives in the
 * URL (`/claim/<id>`), so a link or a reload opens the same claim.
 */

interface State {
  trace: Trace | null;
  elements: GraphElement[];
  chosen: string | null;
}
const state: State = { trace: null, elements: [], chosen: null };

const status = byId('status');
const graph: GraphView = createGraphView(byId('cy'), (id) => choose(id, false));
/** For scripts and the end-to-end tests: the Cytoscape instance (read it, do not rely on its internals). */
(window as unknown as { claimgraphViewer: { cy: GraphView['cy'] } }).claimgraphViewer = { cy: graph.cy };

function say(message: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = message;
  status.className = `status ${kind}`;
}

// --- Credentials -------------------------------------------------------------------------

let pending: (() => Promise<void>) | null = null;

function showKeyState(): void {
  byId('key-state').textContent = apiKey.get() ? 'Reading with your key' : '';
}

function askForKey(message: string): void {
  byId('key-message').textContent = message;
  byId('key-panel').hidden = false;
  byId<HTMLInputElement>('key-input').focus();
}

/** Runs an action; when the server asks for credentials, asks the user for a key and runs it again. */
async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AuthRequired) {
      pending = action;
      say('This server needs a key to read.', 'error');
      askForKey(
        error.hadKey
          ? `The server refused the key (${error.message}). Enter another API key or token.`
          : 'Reading needs credentials on this server. Enter an API key or token; it is kept in this browser tab only (sessionStorage) and sent as Authorization: Bearer ….',
      );
      return;
    }
    say(error instanceof RequestFailed ? `The server refused: ${error.message}${error.code ? ` (${error.code})` : ''}` : `Something went wrong: ${String(error)}`, 'error');
  }
}

byId<HTMLFormElement>('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = byId<HTMLInputElement>('key-input');
  const key = input.value.trim();
  if (!key) return;
  apiKey.set(key);
  input.value = '';
  byId('key-panel').hidden = true;
  showKeyState();
  const retry = pending;
  pending = null;
  if (retry) void run(retry);
});
byId('key-forget').addEventListener('click', () => {
  apiKey.clear();
  showKeyState();
  say('The key is forgotten.');
});
byId('key-cancel').addEventListener('click', () => {
  byId('key-panel').hidden = true;
  pending = null;
});
byId('key-button').addEventListener('click', () => askForKey('Enter an API key or token; it is kept in this browser tab only (sessionStorage).'));

// --- Search ------------------------------------------------------------------------------

function claimLink(claim: ClaimHit): HTMLAnchorElement {
  const link = h('a', { href: claimRoute.path(claim.id), 'data-claim-id': claim.id }, claim.text);
  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(claim.id);
  });
  return link;
}

async function search(text: string): Promise<void> {
  say(`Searching for “${text}”…`);
  const data = await graphql<{ search: { score: number; node: Partial<ClaimHit> }[] }>(QUERIES.searchClaims, { text });
  const claims = data.search.map((hit) => hit.node).filter((node): node is ClaimHit => typeof node.id === 'string');
  const list = byId('results');
  list.replaceChildren(...claims.map((claim) => h('li', {}, claimLink(claim))));
  byId('results-hint').textContent = claims.length === 0 ? `No claim matches “${text}”.` : `${claims.length} claim${claims.length === 1 ? '' : 's'} match “${text}”: choose one.`;
  say(claims.length === 0 ? `No claim matches “${text}”.` : `Found ${claims.length} claim${claims.length === 1 ? '' : 's'}.`);
}

byId<HTMLFormElement>('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = byId<HTMLInputElement>('search-input').value.trim();
  if (text) void run(() => search(text));
});

// --- A claim's trace ---------------------------------------------------------------------

function navigate(claimId: string): void {
  const path = claimRoute.path(claimId);
  if (location.pathname !== path) history.pushState({ claimId }, '', path);
  void run(() => openClaim(claimId));
}

async function openClaim(claimId: string): Promise<void> {
  say('Reading the trail…');
  const variables = { claimId, maxDepth: 6 };
  const [core, extras] = await Promise.all([
    graphql<{ trace: TraceCore | null }>(QUERIES.traceCore, variables),
    graphql<{ trace: TraceExtras | null }>(QUERIES.traceExtras, variables),
  ]);
  if (!core.trace || !extras.trace) {
    clearClaim();
    say(`No claim with the id ${claimId}.`, 'error');
    return;
  }
  const trace: Trace = { ...core.trace, ...extras.trace };
  state.trace = trace;
  state.elements = traceElements(trace);
  state.chosen = null;
  document.title = `claimgraph: ${trace.claim.text}`;
  byId('claim-text').textContent = trace.claim.text;
  graph.show(state.elements);
  for (const id of ['fit-button', 'png-button', 'json-button']) byId<HTMLButtonElement>(id).disabled = false;
  renderSummary(trace);
  renderElementList(state.elements);
  choose(trace.claim.id, false);
  say(`Showing the trail of “${trace.claim.text}”: ${trace.nodes.length} sources, ${trace.hops.length} hops.`);
}

function clearClaim(): void {
  state.trace = null;
  state.elements = [];
  graph.show([]);
  byId('claim-text').textContent = '';
  byId('summary').replaceChildren(h('p', { class: 'hint' }, 'No claim chosen yet.'));
  byId('element-list').replaceChildren();
  byId('details').replaceChildren(h('p', { class: 'hint' }, 'Choose a node or hop, in the picture or in the list, to read its quotes.'));
  for (const id of ['fit-button', 'png-button', 'json-button']) byId<HTMLButtonElement>(id).disabled = true;
  document.title = 'claimgraph: provenance viewer';
}

function renderSummary(trace: Trace): void {
  const sections = traceSummary(trace).map((section) =>
    h('section', { class: 'summary-section', 'data-section': section.id }, h('h3', {}, section.heading), h('ul', {}, ...section.lines.map((line) => h('li', {}, line)))),
  );
  byId('summary').replaceChildren(...sections);
}

const GROUPS: { heading: string; kinds: GraphElement['data']['kind'][] }[] = [
  { heading: 'Claim and sources', kinds: ['claim', 'source'] },
  { heading: 'Hops (who cites whom)', kinds: ['hop'] },
  { heading: 'Trail ends', kinds: ['trail-end'] },
  { heading: 'Reviewers’ findings', kinds: ['finding'] },
];

function renderElementList(elements: GraphElement[]): void {
  const groups = GROUPS.map((group) => {
    const items = elements.filter((element) => group.kinds.includes(element.data.kind));
    if (items.length === 0) return null;
    return h(
      'section',
      {},
      h('h3', {}, group.heading),
      h(
        'ul',
        { class: 'element-items' },
        ...items.map((element) => {
          const button = h('button', { type: 'button', class: `element-item kind-${element.data.kind}`, 'data-element-id': element.data.id }, element.data.text);
          button.addEventListener('click', () => choose(element.data.id, true));
          return h('li', {}, button);
        }),
      ),
    );
  });
  byId('element-list').replaceChildren(...groups.filter((group) => group !== null));
}

// Up and down arrows move along the list, as in a menu.
byId('element-list').addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const buttons = [...byId('element-list').querySelectorAll<HTMLButtonElement>('button.element-item')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
});

/** Opens the details of one element (from the picture or from the list) and marks it in both. */
function choose(id: string, fromList: boolean): void {
  const trace = state.trace;
  const element = state.elements.find((e) => e.data.id === id);
  if (!trace || !element) return;
  state.chosen = id;
  graph.focus(id);
  for (const button of byId('element-list').querySelectorAll<HTMLButtonElement>('button.element-item')) {
    if (button.dataset.elementId === id) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
  const details = elementDetails(trace, element.data);
  renderDetails(details);
  if (!fromList) return;
  byId('details-section').scrollIntoView({ block: 'nearest' });
}

function renderDetails(details: ElementDetails | undefined): void {
  const panel = byId('details');
  if (!details) {
    panel.replaceChildren(h('p', { class: 'hint' }, 'Nothing to show for this element.'));
    return;
  }
  const parts: Node[] = [h('h3', { id: 'details-title' }, details.heading)];
  for (const quote of details.quotes) {
    parts.push(h('figure', { class: 'quote' }, h('blockquote', {}, quote.text), h('figcaption', {}, quote.where)));
  }
  if (details.rows.length > 0) {
    parts.push(h('dl', { class: 'rows' }, ...details.rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])));
  }
  if (details.notes.length > 0) parts.push(h('ul', { class: 'notes' }, ...details.notes.map((note) => h('li', {}, note))));
  if (details.sourceId) parts.push(sourceActions(details.sourceId));
  panel.replaceChildren(...parts);
}

function sourceActions(sourceId: string): HTMLElement {
  const out = h('div', { class: 'source-actions-out', 'aria-live': 'polite' });
  const record = h('button', { type: 'button' }, 'About this source');
  const claims = h('button', { type: 'button' }, 'Other claims this source says');
  const dependents = h('button', { type: 'button' }, 'What falls if this source is retracted');
  record.addEventListener('click', () => void run(() => showSourceRecord(sourceId, out)));
  claims.addEventListener('click', () => void run(() => showSourceClaims(sourceId, out)));
  dependents.addEventListener('click', () => void run(() => showDependents(sourceId, out)));
  return h('div', { class: 'source-actions' }, h('div', { class: 'source-buttons' }, record, claims, dependents), out);
}

async function showSourceRecord(sourceId: string, out: HTMLElement): Promise<void> {
  const { source } = await graphql<{ source: SourceDetails | null }>(QUERIES.sourceDetails, { sourceId });
  if (!source) {
    out.replaceChildren(h('p', {}, 'The source is no longer in the graph.'));
    return;
  }
  const rows: [string, string][] = [
    ['Title', source.title],
    ['Kind', source.kind.toLowerCase().replace(/_/g, ' ')],
    ['Publisher', source.publisher?.name ?? 'not recorded'],
    ['Authors', source.authors.map((a) => a.name).join(', ') || 'not recorded'],
    ['Date', source.date ?? 'not recorded'],
    ['Primary document in general', source.isPrimary === null ? 'not recorded' : source.isPrimary ? 'yes' : 'no'],
    ['Retracted', source.retracted ? 'yes' : 'no'],
  ];
  if (source.description) rows.push(['Description', source.description]);
  out.replaceChildren(
    h('h4', {}, 'About this source'),
    h('dl', { class: 'rows' }, ...rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
    source.url ? h('p', {}, 'Address: ', h('a', { href: source.url, rel: 'noopener noreferrer', target: '_blank' }, source.url)) : '',
  );
}

async function showSourceClaims(sourceId: string, out: HTMLElement): Promise<void> {
  const { source } = await graphql<{ source: SourceClaims | null }>(QUERIES.sourceClaims, { sourceId });
  if (!source) {
    out.replaceChildren(h('p', {}, 'The source is no longer in the graph.'));
    return;
  }
  const seen = new Set<string>();
  const items = source.citations.filter((c) => !seen.has(c.claim.id) && seen.add(c.claim.id));
  out.replaceChildren(
    h('h4', {}, `Claims ${source.title} says (${items.length}${source.citationsCount > source.citations.length ? ` of the first ${source.citations.length} of ${source.citationsCount} citations` : ''})`),
    h(
      'ul',
      { class: 'claim-list' },
      ...items.map((citation) => h('li', {}, claimLink(citation.claim), h('span', { class: 'meta' }, ` (${citation.stance.toLowerCase()}${citation.locator ? `, ${citation.locator}` : ''})`))),
    ),
  );
}

async function showDependents(sourceId: string, out: HTMLElement): Promise<void> {
  const { dependents } = await graphql<{ dependents: Dependent[] }>(QUERIES.dependents, { sourceId });
  const alone = dependents.filter((d) => d.alone).length;
  out.replaceChildren(
    h('h4', {}, 'What falls if this source is retracted'),
    h(
      'p',
      {},
      dependents.length === 0
        ? 'No claim’s provenance passes through this source.'
        : `${dependents.length} claim${dependents.length === 1 ? '' : 's'} have this source on their trail; the support of ${alone} rests on it alone.`,
    ),
    h(
      'ul',
      { class: 'claim-list' },
      ...dependents.map((d) =>
        h(
          'li',
          {},
          claimLink(d.claim),
          h(
            'span',
            { class: 'meta' },
            ` (${[d.supports ? 'on its support' : '', d.disputes ? 'on its dispute' : '', d.alone ? 'its support rests on this source alone' : d.supports ? 'its support stands elsewhere too' : '', d.truncated ? 'trace cut by a bound: may miss more' : '']
              .filter(Boolean)
              .join('; ')})`,
          ),
        ),
      ),
    ),
  );
}

// --- Export ------------------------------------------------------------------------------

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileStem = () => (state.trace ? state.trace.claim.id.replace(/^claim:/, '').replace(/[^a-z0-9-]+/gi, '-').slice(0, 80) : 'trace');
byId('png-button').addEventListener('click', () => download(graph.png(), `${fileStem()}.png`));
byId('json-button').addEventListener('click', () =>
  download(new Blob([JSON.stringify(graph.json(), null, 2)], { type: 'application/json' }), `${fileStem()}.cytoscape.json`),
);
byId('fit-button').addEventListener('click', () => graph.fit());

// --- Legend, routing, start --------------------------------------------------------------

function renderLegend(): void {
  const groups = LEGEND.map((group) =>
    h(
      'section',
      { class: 'legend-group' },
      h('h3', {}, group.heading),
      h(
        'ul',
        {},
        ...group.items.map((item) => {
          const swatch = h('span', { class: `swatch swatch-${item.swatch.type}`, 'aria-hidden': 'true' });
          if (item.swatch.type === 'node') {
            swatch.style.background = item.swatch.fill;
            swatch.style.border = `${item.swatch.borderStyle === 'double' ? 4 : 2}px ${item.swatch.borderStyle} ${item.swatch.border}`;
            if (item.swatch.halo) swatch.style.boxShadow = `0 0 0 4px ${item.swatch.halo}55`;
          } else {
            swatch.style.borderTop = `3px ${item.swatch.lineStyle} ${item.swatch.colour}`;
            if (item.swatch.outline) swatch.style.boxShadow = `0 -1px 0 2px ${item.swatch.outline}`;
            if (item.swatch.halo) swatch.style.boxShadow = `0 -1px 0 5px ${item.swatch.halo}55`;
          }
          return h('li', {}, swatch, item.label);
        }),
      ),
    ),
  );
  byId('legend').replaceChildren(...groups);
}

function route(): void {
  const claimId = claimRoute.claimId(location.pathname);
  if (claimId) void run(() => openClaim(claimId));
  else clearClaim();
}

window.addEventListener('popstate', route);
byId('home-link').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', '/');
  route();
});
renderLegend();
showKeyState();
route();
