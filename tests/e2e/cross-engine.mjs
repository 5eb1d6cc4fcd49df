// The cases every engine runs (Chromium, Firefox ESR, WebKitGTK), registered
// by crossEngineTests(engine) from cross-engine-<engine>.test.mjs: one browser
// per file, a fresh page per test, the release build ($DIST) and the
// panic-probe build ($PANIC_DIST) on loopback. Only the engine layer's common
// API is used (engines.mjs): goto, evaluate, real clicks and key presses, and
// what the page's recorder (record-console.js) saw. Not a test file itself.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RECORDER_ROUTE, RECORDER_TAG, startEngine } from './engines.mjs';
import { serve } from './server.mjs';
import {
  alternativeSummary,
  BUILT_IN_HEADLINE,
  DIST,
  EN,
  doc,
  eventually,
  FUNDERS,
  QUIET,
  QUOTE_IDS,
  SECTION_NAMES,
  SECTIONS,
  SUMMARY,
  SUMMARY_TEXT,
  PANIC_DIST,
} from './helpers.mjs';


const SNIPPET = readFileSync(join(DIST, 'snippet.html'), 'utf8');
const SNIPPET_SCRIPT = '<script type="module" async src="embed.js"></script>';

/** The strict policy of docs/hosting.md, with the loopback server as the widget's host. */
const strictPolicy = (origin) =>
  `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; style-src ${origin}; connect-src ${origin}; img-src ${origin}`;

/** Text as the reader sees it, whitespace collapsed. */
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** The opening words a closed quote shows (src/model/text.rs, opening_words with 12 words). */
function openingWords(text) {
  const match = text.match(/^(?:\S+\s+){11}\S+(?=\s)/);
  return match ? match[0].replace(/[,;:.\-–—]+$/, '') : text;
}
const TRUNCATED_QUOTES = SUMMARY.quotes.filter((quote) => openingWords(quote.text) !== quote.text).map((quote) => quote.id);
const speakerOf = (quote) => SUMMARY.speakers.find((speaker) => speaker.id === quote.speaker);
/** A quote's passage as shown, open (in full) or closed (the opening words and an ellipsis). */
function passage(quote, open) {
  const words = open ? quote.text : `${openingWords(quote.text)}…`;
  return quote.kind === 'paraphrase' ? words : `“${words}”`;
}

/**
 * A message about the `src` at `path` (named as written, or as the URL it
 * resolved to), then `rest` (a regular expression's source).
 */
const named = (path, rest) => {
  const escaped = path.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&');
  return new RegExp(`^(src="${escaped}"|http://127\\.0\\.0\\.1:\\d+${escaped}): ${rest}`);
};

/** A host page: the recorder first, then the loader, then `body`. */
const page = (body, { head = '' } = {}) =>
  doc({ head: `${RECORDER_TAG}\n<script type="module" src="/embed.js"></script>\n${head}`, body });

// ------------------------------------------------------ in-page functions
// Serialised into the page by evaluate: they must not use anything outside.

/** One widget's state, read from its shadow root. */
function readState(id) {
  const host = document.getElementById(id);
  const root = host?.shadowRoot;
  const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
  const shown = (element) =>
    element.getClientRects().length > 0 &&
    (element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true);
  const suffix = (prefix) => (element) => element.id.slice(element.id.indexOf(prefix) + prefix.length);
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const focused = root?.activeElement ?? null;
  const alert = root?.querySelector('[role=alert]') ?? null;
  return {
    attribute: host.getAttribute('section'),
    property: host.section,
    tabs: all('[role=tab]').map((tab) => squash(tab.textContent)),
    selected: all('[role=tab][aria-selected="true"]').map(suffix('tab-')),
    tabStops: all('[role=tab][tabindex="0"]').map(suffix('tab-')),
    selectedPart: all('[role=tab][part~="tab-selected"]').map(suffix('tab-')),
    shownPanels: all('[role=tabpanel]').filter(shown).map(suffix('panel-')),
    hiddenPanels: all('[role=tabpanel]').filter((panel) => panel.hidden && !shown(panel)).map(suffix('panel-')),
    focusedTab: document.activeElement === host && focused?.getAttribute('role') === 'tab' ? suffix('tab-')(focused) : null,
    openQuotes: all('.cs-quote-toggle[aria-expanded="true"]').map((button) => suffix('quote-')(button.closest('.cs-quote'))),
    headline: root?.querySelector('h2.cs-headline')?.textContent ?? null,
    articles: all('article.cs').length,
    alert: alert && {
      shown: shown(alert),
      part: alert.getAttribute('part'),
      title: alert.querySelector('.cs-error-title')?.textContent ?? null,
      reason: alert.querySelectorAll('p')[1]?.textContent ?? null,
      details: [...alert.querySelectorAll('.cs-error-details li')].map((item) => item.textContent),
    },
    alerts: all('[role=alert]').length,
  };
}

/** Scrolls the element at `selector` in the shadow root of #id into view; its centre in the viewport. */
async function centreOf([id, selector]) {
  const element = document.getElementById(id)?.shadowRoot?.querySelector(selector);
  if (!element) throw new Error(`#${id}: nothing matches ${selector}`);
  element.scrollIntoView({ block: 'center', inline: 'center' });
  // Scrolling brings widgets further down into view, which then take their
  // own height in place of the one they held off screen (content-visibility):
  // measure once two frames have passed without the element moving.
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let box = element.getBoundingClientRect();
  for (let settled = 0, tries = 0; settled < 2 && tries < 20; tries += 1) {
    await frame();
    const next = element.getBoundingClientRect();
    settled = next.top === box.top && next.left === box.left ? settled + 1 : 0;
    box = next;
  }
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  // What a click there would reach, in this shadow root: the element itself,
  // unless something still moved it after all.
  const reached = element.getRootNode().elementFromPoint(x, y);
  return { x, y, width: box.width, height: box.height, hit: !!reached && element.contains(reached) };
}

/** The quotes of #id as the reader sees them: passage, speaker and role, shown or not. */
function readQuotes(id) {
  const root = document.getElementById(id).shadowRoot;
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const shown = (element) =>
    !!element &&
    element.getClientRects().length > 0 &&
    (element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true);
  return [...root.querySelectorAll('li.cs-quote')].map((item) => ({
    id: item.id.slice(item.id.indexOf('quote-') + 'quote-'.length),
    passage: squash(item.querySelector('.cs-passage').innerText),
    speaker: shown(item.querySelector('.cs-speaker')) ? squash(item.querySelector('.cs-speaker').textContent) : null,
    role: shown(item.querySelector('.cs-role')) ? squash(item.querySelector('.cs-role').textContent) : null,
  }));
}

// --------------------------------------------------------------- helpers

/** The widget events recorded on document, of `target` only when given. */
async function eventsOf(tab, target) {
  const { events } = await tab.record();
  return target ? events.filter((event) => event.target === target) : events;
}
const brief = (events) => events.map((event) => [event.type, event.detail]);

async function waitReady(tab, id, count = 1) {
  await eventually(async () => {
    const ready = (await eventsOf(tab, id)).filter((event) => event.type === 'ready');
    assert.ok(ready.length >= count, `#${id}: ${ready.length} ready events, want ${count}`);
  }, { timeout: 20_000 });
  await eventually(async () => assert.ok((await tab.evaluate(readState, id)).headline, `#${id}: headline`));
}

/** Waits until #id has fired `count` error events; their messages. */
async function errorMessages(tab, id, count = 1) {
  let messages;
  await eventually(async () => {
    const errors = (await eventsOf(tab, id)).filter((event) => event.type === 'error');
    assert.equal(errors.length, count, `#${id}: ${errors.length} error events, want ${count}`);
    messages = errors.map((event) => event.detail.message);
  }, { timeout: 20_000 });
  return messages;
}

/** Asserts #id shows `section` in every way it says so. */
async function assertSection(tab, id, section) {
  await eventually(async () => {
    const state = await tab.evaluate(readState, id);
    assert.deepEqual(
      {
        attribute: state.attribute ?? (section === 'overview' ? 'overview' : null),
        property: state.property,
        selected: state.selected,
        tabStops: state.tabStops,
        selectedPart: state.selectedPart,
        shownPanels: state.shownPanels,
        hiddenPanels: state.hiddenPanels,
      },
      {
        attribute: section,
        property: section,
        selected: [section],
        tabStops: [section],
        selectedPart: [section],
        shownPanels: [section],
        hiddenPanels: SECTIONS.filter((other) => other !== section),
      },
    );
  });
}

/** A real click in the middle of the element at `selector` in #id's shadow root. */
async function clickOn(tab, id, selector) {
  let target = await tab.evaluate(centreOf, [id, selector]);
  // A busy machine may lay the page out again between measuring and looking.
  for (let tries = 1; !target.hit && tries < 10; tries += 1) target = await tab.evaluate(centreOf, [id, selector]);
  const { x, y, width, height, hit } = target;
  assert.ok(width > 0 && height > 0, `#${id} ${selector} has a size: ${width}×${height}`);
  assert.ok(hit, `#${id} ${selector} is what a click at its centre reaches`);
  await tab.click(x, y);
}

async function assertOpenQuotes(tab, id, ids) {
  await eventually(async () => assert.deepEqual((await tab.evaluate(readState, id)).openQuotes, ids));
}

/** Asserts every quote of #id shows its passage open or closed as `openIds` says, with speaker and role. */
async function assertPassages(tab, id, openIds) {
  await eventually(async () => {
    const quotes = await tab.evaluate(readQuotes, id);
    assert.deepEqual(
      quotes,
      SUMMARY.quotes.map((quote) => ({
        id: quote.id,
        passage: passage(quote, openIds.includes(quote.id) || !TRUNCATED_QUOTES.includes(quote.id)),
        speaker: speakerOf(quote).name,
        role: speakerOf(quote).role,
      })),
    );
  });
}

/** Console errors and warnings, uncaught errors and CSP violations the recorder saw. */
async function problems(tab) {
  const rec = await tab.record();
  return {
    console: rec.console.map((entry) => `${entry.level}: ${entry.text}`),
    uncaught: rec.errors.filter((entry) => entry.handled !== true).map((entry) => JSON.stringify(entry)),
    violations: rec.violations,
  };
}
const CLEAN = { console: [], uncaught: [], violations: [] };

/** The widget works: a tab click shows its panel, a quote opens and closes. */
async function assertWorks(tab, id) {
  await clickOn(tab, id, '[role=tab][id$="tab-funders"]');
  await assertSection(tab, id, 'funders');
  await clickOn(tab, id, '[role=tab][id$="tab-quotes"]');
  await assertSection(tab, id, 'quotes');
  await clickOn(tab, id, '[id$="quote-perez-testimony"] .cs-quote-toggle');
  await assertOpenQuotes(tab, id, ['perez-testimony']);
  await clickOn(tab, id, '[id$="quote-perez-testimony"] .cs-quote-toggle');
  await assertOpenQuotes(tab, id, []);
}

// ----------------------------------------------------------------- tests

/** Registers the cross-engine tests for `engineName` (one of ENGINES). */
export function crossEngineTests(engineName) {
  let engine;
  let server;
  let release; // lets the held (never answering) responses go after the tests
  const hold = new Promise((resolve) => {
    release = resolve;
  });
  const schemaError = structuredClone(SUMMARY);
  delete schemaError.quotes[2].speaker;

  before(async () => {
    server = await serve(DIST, {
      routes: {
        ...QUIET,
        ...RECORDER_ROUTE,
        '/one.html': page('<button id="before" type="button">before</button>\n<conference-summary id="w"></conference-summary>'),
        '/good.json': { body: alternativeSummary('A summary loaded by src'), type: 'application/json' },
        '/bad-html.json': { body: '<!doctype html><p>not JSON</p>', type: 'text/html; charset=utf-8' },
        '/bad-truncated.json': { body: SUMMARY_TEXT.slice(0, 500), type: 'application/json' },
        '/bad-schema.json': { body: JSON.stringify(schemaError), type: 'application/json' },
        '/bad-timeout.json': { body: SUMMARY_TEXT, type: 'application/json', until: hold },
        // Without script: dist/snippet.html as it is, in an iframe sandboxed
        // without allow-scripts (a document with scripting disabled, where
        // `@media (scripting: none)` applies, in every engine alike), whose
        // DOM the page can read (allow-same-origin).
        '/no-js.html': doc({
          body: '<iframe id="frame" sandbox="allow-same-origin" src="/snippet.html" style="width: 1000px; height: 800px"></iframe>',
        }),
        '/snippet-js.html': doc({ head: RECORDER_TAG, body: SNIPPET.replace('<conference-summary>', '<conference-summary id="pre">') }),
      },
    });
    assert.ok(SNIPPET.includes(SNIPPET_SCRIPT), 'dist/snippet.html loads embed.js');
    server.route('/csp.html', {
      body: page('<conference-summary id="w"></conference-summary>'),
      headers: { 'Content-Security-Policy': strictPolicy(server.origin) },
    });
    engine = await startEngine(engineName);
  });
  after(async () => {
    release();
    await engine?.close();
    await server?.close();
  });

  /** A test with a fresh page, closed afterwards. */
  const pageTest = (name, body, options = {}) =>
    test(`${engineName}: ${name}`, options, async (t) => {
      const tab = await engine.newPage();
      try {
        await body(tab, t);
      } finally {
        await tab.close();
      }
    });

  pageTest('an empty element renders the built-in summary, five tabs, and fires ready', async (tab) => {
    await tab.goto(`${server.url}/one.html`);
    await waitReady(tab, 'w');
    const state = await tab.evaluate(readState, 'w');
    assert.equal(state.headline, BUILT_IN_HEADLINE);
    assert.deepEqual(state.tabs, SECTION_NAMES);
    assert.equal(state.articles, 1);
    assert.equal(state.alerts, 0);
    await assertSection(tab, 'w', 'overview');
    assert.deepEqual(brief(await eventsOf(tab, 'w')), [['ready', {}]]);
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('tabs by mouse: a click shows its panel, hides the others, sets the section attribute', async (tab) => {
    await tab.goto(`${server.url}/one.html`);
    await waitReady(tab, 'w');
    for (const section of ['programme', 'participants', 'funders', 'quotes', 'overview']) {
      await clickOn(tab, 'w', `[role=tab][id$="tab-${section}"]`);
      await assertSection(tab, 'w', section);
      assert.equal((await tab.evaluate(readState, 'w')).attribute, section);
    }
    assert.deepEqual(
      brief((await eventsOf(tab, 'w')).filter((event) => event.type === 'section-change')),
      ['programme', 'participants', 'funders', 'quotes', 'overview'].map((section) => ['section-change', { section }]),
    );
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('tabs by keyboard: Tab reaches the selected tab; ArrowRight, ArrowLeft, Home, End select and focus', async (tab) => {
    await tab.goto(`${server.url}/one.html`);
    await waitReady(tab, 'w');
    await tab.evaluate(() => document.getElementById('before').focus());
    await tab.press('Tab');
    await eventually(async () => assert.equal((await tab.evaluate(readState, 'w')).focusedTab, 'overview'));
    // Automatic activation with wrap-around (src/view/tabs.rs).
    for (const [key, section] of [
      ['ArrowRight', 'quotes'],
      ['ArrowRight', 'programme'],
      ['ArrowLeft', 'quotes'],
      ['End', 'funders'],
      ['ArrowRight', 'overview'],
      ['ArrowLeft', 'funders'],
      ['Home', 'overview'],
    ]) {
      await tab.press(key);
      await assertSection(tab, 'w', section);
      await eventually(async () =>
        assert.equal((await tab.evaluate(readState, 'w')).focusedTab, section, `${key}: focus follows`),
      );
    }
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('quotes: click and Enter/Space open the full passage with speaker and role; expandAll(), collapseAll()', async (tab) => {
    await tab.goto(`${server.url}/one.html`);
    await waitReady(tab, 'w');
    await clickOn(tab, 'w', '[role=tab][id$="tab-quotes"]');
    await assertSection(tab, 'w', 'quotes');
    await assertPassages(tab, 'w', []);

    await clickOn(tab, 'w', '[id$="quote-perez-testimony"] .cs-quote-toggle');
    await assertOpenQuotes(tab, 'w', ['perez-testimony']);
    await assertPassages(tab, 'w', ['perez-testimony']);

    // The keyboard: a focused toggle opens with Enter and closes with Space.
    await tab.evaluate(() =>
      document.getElementById('w').shadowRoot.querySelector('[id$="quote-carty-global-crisis"] .cs-quote-toggle').focus(),
    );
    await tab.press('Enter');
    await assertOpenQuotes(tab, 'w', ['carty-global-crisis', 'perez-testimony']);
    await assertPassages(tab, 'w', ['carty-global-crisis', 'perez-testimony']);
    await tab.press('Space');
    await assertOpenQuotes(tab, 'w', ['perez-testimony']);
    await tab.press('Space');
    await assertOpenQuotes(tab, 'w', ['carty-global-crisis', 'perez-testimony']);

    await tab.evaluate(() => document.getElementById('w').expandAll());
    await assertOpenQuotes(tab, 'w', TRUNCATED_QUOTES);
    await assertPassages(tab, 'w', QUOTE_IDS);
    await tab.evaluate(() => document.getElementById('w').collapseAll());
    await assertOpenQuotes(tab, 'w', []);
    await assertPassages(tab, 'w', []);

    assert.deepEqual(
      brief((await eventsOf(tab, 'w')).filter((event) => event.type === 'quote-toggle')).slice(0, 4),
      [
        ['quote-toggle', { id: 'perez-testimony', open: true }],
        ['quote-toggle', { id: 'carty-global-crisis', open: true }],
        ['quote-toggle', { id: 'carty-global-crisis', open: false }],
        ['quote-toggle', { id: 'carty-global-crisis', open: true }],
      ],
    );
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('src failures: 404, content type, invalid JSON, invalid summary, timeout; a bad src after a good one keeps the summary', async (tab) => {
    const failures = [
      { id: 'missing', src: '/missing.json', reason: EN.http(404), message: named('/missing.json', 'the server answered HTTP 404$') },
      { id: 'html', src: '/bad-html.json', reason: EN.type, message: named('/bad-html.json', 'expected JSON, the server sent "text/html; charset=utf-8"$') },
      { id: 'truncated', src: '/bad-truncated.json', reason: EN.json, message: named('/bad-truncated.json', 'not valid JSON: \\S') },
      { id: 'schema', src: '/bad-schema.json', reason: EN.invalid, message: named('/bad-schema.json', 'quotes\\[2\\]\\.speaker: missing$') },
      { id: 'slow', src: '/bad-timeout.json', timeout: 300, reason: EN.timeout, message: named('/bad-timeout.json', 'no answer within 300 ms$') },
    ];
    server.route('/failures.html', page(`${failures
      .map(({ id, src, timeout }) => `<conference-summary id="${id}" src="${src}"${timeout ? ` timeout="${timeout}"` : ''}></conference-summary>`)
      .join('\n')}
<conference-summary id="good" src="/good.json"></conference-summary>`));
    await tab.goto(`${server.url}/failures.html`);
    const messages = {};
    for (const failure of failures) {
      const [message] = await errorMessages(tab, failure.id);
      messages[failure.id] = message;
      assert.match(message, failure.message, `#${failure.id}: the event names the problem`);
      // The error box renders after the event.
      await eventually(async () => {
        const state = await tab.evaluate(readState, failure.id);
        assert.deepEqual(state.alert, { shown: true, part: 'error', title: EN.title, reason: failure.reason, details: [message] }, `#${failure.id}`);
        assert.equal(state.alerts, 1);
        assert.equal(state.articles, 0, `#${failure.id}: no summary`);
        assert.deepEqual(state.tabs, [], `#${failure.id}: no tabs`);
      });
    }

    // A good summary, then a bad src: the summary stays, the error box above it.
    await waitReady(tab, 'good');
    assert.equal((await tab.evaluate(readState, 'good')).headline, 'A summary loaded by src');
    await tab.evaluate(() => document.getElementById('good').setAttribute('src', '/missing.json?after'));
    const [message] = await errorMessages(tab, 'good');
    messages.good = message;
    assert.match(message, named('/missing.json?after', 'the server answered HTTP 404$'));
    await eventually(async () => {
      const state = await tab.evaluate(readState, 'good');
      assert.deepEqual(state.alert, { shown: true, part: 'error', title: EN.title, reason: EN.http(404), details: [message] });
      assert.equal(state.articles, 1, 'the summary stays');
      assert.equal(state.headline, 'A summary loaded by src');
      assert.deepEqual(state.tabs, SECTION_NAMES);
    });

    // One console error each, the widget's; nothing else.
    await eventually(async () => {
      const seen = await problems(tab);
      // (In the order the loads failed, which is any order.)
      assert.deepEqual(
        [...seen.console].sort(),
        [...failures.map((failure) => failure.id), 'good'].map((id) => `error: conference-summary: ${messages[id]}`).sort(),
      );
      assert.deepEqual({ ...seen, console: [] }, CLEAN);
    });
  });

  pageTest("a page under docs/hosting.md's strict Content-Security-Policy: renders, tabs work, no violation", async (tab) => {
    await tab.goto(`${server.url}/csp.html`);
    await waitReady(tab, 'w');
    assert.equal((await tab.evaluate(readState, 'w')).headline, BUILT_IN_HEADLINE);
    await clickOn(tab, 'w', '[role=tab][id$="tab-programme"]');
    await assertSection(tab, 'w', 'programme');
    await tab.evaluate(() => document.getElementById('w').shadowRoot.querySelector('[role=tab][aria-selected="true"]').focus());
    await tab.press('ArrowRight');
    await assertSection(tab, 'w', 'participants');
    assert.deepEqual(await problems(tab), CLEAN);
    // The policy is in force, and the recorder hears its violations: an inline script is refused.
    const ran = await tab.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      return window.__inlineRan === true;
    });
    assert.equal(ran, false, 'an inline script ran under the policy');
    await eventually(async () =>
      assert.deepEqual(
        (await problems(tab)).violations.map((violation) => [violation.directive.replace(/-elem$/, ''), violation.blocked]),
        [['script-src', 'inline']],
      ),
    );
  });

  pageTest('dist/snippet.html without scripting shows every section, every quote in full, every funder', async (tab) => {
    const first = server.requests.length;
    await tab.goto(`${server.url}/no-js.html`);
    await eventually(async () =>
      assert.ok(
        await tab.evaluate(() => {
          const frame = document.getElementById('frame').contentDocument;
          return frame?.readyState === 'complete' && !!frame.querySelector('conference-summary');
        }),
        'the snippet has loaded in the frame',
      ),
    );
    const shown = await tab.evaluate(() => {
      const frame = document.getElementById('frame').contentDocument;
      const host = frame.querySelector('conference-summary');
      const root = host.shadowRoot;
      if (!root) return { root: false };
      const squash = (text) => text.replace(/\s+/g, ' ').trim();
      const visible = (element) =>
        element.getClientRects().length > 0 &&
        (element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true);
      return {
        root: true,
        scripting: frame.defaultView.matchMedia('(scripting: none)').matches ? 'none' : 'enabled',
        defined: frame.defaultView.customElements.get('conference-summary') !== undefined,
        headline: root.querySelector('h2.cs-headline')?.textContent ?? null,
        headings: [...root.querySelectorAll('h3.cs-panel-heading')].filter(visible).map((heading) => squash(heading.innerText)),
        panels: [...root.querySelectorAll('[role=tabpanel]')].filter(visible).map((panel) => panel.id),
        passages: [...root.querySelectorAll('li.cs-quote .cs-passage')].filter(visible).map((item) => squash(item.innerText)),
        funders: [...root.querySelectorAll('ul.cs-funders > li > .cs-text')].filter(visible).map((item) => squash(item.textContent)),
        tabList: visible(root.querySelector('[role=tablist]')),
        visibleButtons: [...root.querySelectorAll('button')].filter(visible).length,
        buttons: root.querySelectorAll('button').length,
      };
    });
    assert.deepEqual(shown, {
      root: true,
      scripting: 'none',
      defined: false,
      headline: BUILT_IN_HEADLINE,
      headings: SECTION_NAMES,
      panels: SECTIONS.map((section) => `cs-panel-${section}`),
      passages: SUMMARY.quotes.map((quote) => passage(quote, true)),
      funders: FUNDERS,
      tabList: false,
      visibleButtons: 0,
      buttons: shown.buttons,
    });
    assert.ok(shown.buttons > 0, 'the buttons are in the markup, hidden');
    const asked = server.requests.slice(first);
    // The loader is never run. The snippet's preloads may fetch the glue and
    // the wasm, once each (Firefox skips the module preload where scripts
    // cannot run); nothing else of the widget's code is asked for.
    const code = asked.filter((path) => /^\/conference-summary-[0-9a-f]+(\.js|_bg\.wasm)$/.test(path));
    assert.ok(code.length <= 2 && new Set(code).size === code.length, `requests: ${asked}`);
    assert.ok(code.some((path) => path.endsWith('_bg.wasm')), `the wasm is preloaded: ${asked}`);
    assert.ok(!asked.includes('/embed.js') || !shown.defined, 'the loader did not run');
  });

  pageTest('dist/snippet.html with its loader is replaced by a fresh render in one step and becomes interactive', async (tab) => {
    await tab.goto(`${server.url}/snippet-js.html`);
    await waitReady(tab, 'pre');
    assert.deepEqual(
      await tab.evaluate(() => {
        const root = document.getElementById('pre').shadowRoot;
        return {
          children: [...root.children].map((child) => child.className || child.localName),
          links: root.querySelectorAll('link').length,
          adopted: (root.adoptedStyleSheets ?? []).length,
        };
      }),
      { children: ['link', 'cs-mount'], links: 1, adopted: 0 },
      'the prerendered markup gave way to one mount, styled by the link it came with',
    );
    await assertSection(tab, 'pre', 'overview');
    await assertWorks(tab, 'pre');
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('events: ready, section-change, quote-toggle and error bubble, are composed, reach document', async (tab) => {
    server.route('/events.html', page(`<conference-summary id="w"></conference-summary>
<conference-summary id="broken" src="/missing.json?events"></conference-summary>`));
    await tab.goto(`${server.url}/events.html`);
    await waitReady(tab, 'w');
    const [message] = await errorMessages(tab, 'broken');
    await clickOn(tab, 'w', '[role=tab][id$="tab-quotes"]');
    await assertSection(tab, 'w', 'quotes');
    await clickOn(tab, 'w', '[id$="quote-carty-victims-younger"] .cs-quote-toggle');
    await assertOpenQuotes(tab, 'w', ['carty-victims-younger']);
    await tab.evaluate(() => {
      document.getElementById('w').section = 'funders';
    });
    await assertSection(tab, 'w', 'funders');
    await eventually(async () =>
      assert.deepEqual(brief(await eventsOf(tab, 'w')), [
        ['ready', {}],
        ['section-change', { section: 'quotes' }],
        ['quote-toggle', { id: 'carty-victims-younger', open: true }],
        ['section-change', { section: 'funders' }],
      ]),
    );
    assert.deepEqual(brief(await eventsOf(tab, 'broken')), [['error', { message }]]);
    assert.match(message, named('/missing.json?events', 'the server answered HTTP 404$'));
    for (const event of await eventsOf(tab)) {
      assert.deepEqual(
        { bubbles: event.bubbles, composed: event.composed, custom: event.custom },
        { bubbles: true, composed: true, custom: true },
        `${event.target} ${event.type}`,
      );
    }
    const seen = await problems(tab);
    assert.equal(seen.console.length, 1);
    assert.equal(seen.console[0], `error: conference-summary: ${message}`);
    assert.deepEqual({ ...seen, console: [] }, CLEAN);
  });

  // `panic-probe` panics in the element's call into the wasm, `panic-probe-later`
  // in a task that call spawns (robustness.test.mjs).
  for (const probe of ['panic-probe', 'panic-probe-later']) {
    pageTest(`a panic (section="${probe}"): that widget shows the error box and fires error, the other keeps working`, async (tab, t) => {
      assert.ok(
        existsSync(join(PANIC_DIST, 'embed.js')),
        `no panic-probe build in ${PANIC_DIST}: run \`scripts/release-build --features panic-probe --dist ${PANIC_DIST}\`, or set PANIC_DIST`,
      );
      const own = await serve(PANIC_DIST, {
        routes: {
          ...QUIET,
          ...RECORDER_ROUTE,
          '/panic.html': page(`<conference-summary id="one"></conference-summary>
<conference-summary id="two"></conference-summary>`),
        },
      });
      try {
        await tab.goto(`${own.url}/panic.html`);
        await waitReady(tab, 'one');
        await waitReady(tab, 'two');
        await tab.evaluate((section) => document.getElementById('two').setAttribute('section', section), probe);
        // What the engine reported, for the record (docs/architecture.md).
        const report = async () => {
          const rec = await tab.record();
          t.diagnostic(`${engineName} console: ${JSON.stringify(rec.console)}`);
          t.diagnostic(`${engineName} uncaught: ${JSON.stringify(rec.errors)}`);
        };
        try {
          const [message] = await errorMessages(tab, 'two');
          // Each engine words the trap its own way: "unreachable" (V8), "unreachable
          // executed" (SpiderMonkey), "Unreachable code should not be executed (…)" (JavaScriptCore).
          assert.match(message, /^internal error: RuntimeError: unreachable/i);
          await eventually(async () => {
            const state = await tab.evaluate(readState, 'two');
            assert.deepEqual(state.alert && { shown: state.alert.shown, reason: state.alert.reason }, { shown: true, reason: EN.internal });
            assert.equal(state.articles, 0);
          });
          // The other moves to a fresh instance (a second ready event) and works.
          await waitReady(tab, 'one', 2);
          await assertSection(tab, 'one', 'overview');
          const before = (await eventsOf(tab, 'one')).length;
          await assertWorks(tab, 'one');
          assert.deepEqual(
            brief((await eventsOf(tab, 'one')).slice(before)),
            [
              ['section-change', { section: 'funders' }],
              ['section-change', { section: 'quotes' }],
              ['quote-toggle', { id: 'perez-testimony', open: true }],
              ['quote-toggle', { id: 'perez-testimony', open: false }],
            ],
          );
          assert.equal((await tab.evaluate(readState, 'one')).alerts, 0);
          assert.equal((await eventsOf(tab, 'one')).filter((event) => event.type === 'error').length, 0);
          // One console error, the loader's; the page sees no uncaught error.
          // (Besides the warnings that the probe is no section.)
          const seen = await problems(tab);
          const unknown = `warn: conference-summary: section="${probe}" is not a section (${SECTIONS.join(', ')}); showing overview`;
          const errors = seen.console.filter((text) => text !== unknown);
          assert.equal(errors.length, 1, JSON.stringify(seen.console));
          assert.match(errors[0], /^error: conference-summary: internal error: RuntimeError: unreachable/i);
          assert.deepEqual({ ...seen, console: [] }, CLEAN);
        } finally {
          await report();
        }
      } finally {
        await own.close();
      }
    });
  }
}
