// How the widget comes onto a page, in every engine (Chromium, Firefox ESR,
// WebKitGTK; engines.mjs): failed `src` loads, the strict
// Content-Security-Policy of docs/hosting.md, dist/snippet.html with and
// without scripting, and a panic inside one widget (the panic-probe build,
// $PANIC_DIST). One browser per engine, a fresh page per test.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { DIST, PANIC_DIST, panicBuildFiles } from './support/build.mjs';
import { assertSection, assertWorks, CLEAN, clickOn, named, problems, stateOf, waitReady } from './support/engine-widget.mjs';
import { eachEngine } from './support/engines.mjs';
import { eventually } from './support/eventually.mjs';
import { doc, hostPage, strictPolicy } from './support/html.mjs';
import { EN, httpReason } from './support/i18n.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { RECORDER_ROUTE, RECORDER_TAG } from './support/recorder.mjs';
import { gate, serve } from './support/server.mjs';
import { SNIPPET } from './support/snippet.mjs';
import { alternativeSummary, BUILT_IN_HEADLINE, FUNDERS, SUMMARY, SUMMARY_TEXT } from './support/summary.mjs';
import { passage, squash } from './support/text.mjs';
import { brief, errorMessages, events } from './support/widget.mjs';

const SNIPPET_SCRIPT = '<script type="module" async src="embed.js"></script>';

/** A page for the cross-engine tests: the recorder first, then the loader, then `body`. */
const page = (body) => hostPage(body, { head: RECORDER_TAG });

let server;
// Lets the held (never answering) responses go after the tests.
const held = gate();

before(async () => {
  const schemaError = structuredClone(SUMMARY);
  delete schemaError.quotes[2].speaker;
  server = await serve(DIST, {
    routes: {
      ...RECORDER_ROUTE,
      '/good.json': { body: alternativeSummary('A summary loaded by src'), type: 'application/json' },
      '/bad-html.json': { body: '<!doctype html><p>not JSON</p>', type: 'text/html; charset=utf-8' },
      '/bad-truncated.json': { body: SUMMARY_TEXT.slice(0, 500), type: 'application/json' },
      '/bad-schema.json': { body: JSON.stringify(schemaError), type: 'application/json' },
      '/bad-timeout.json': { body: SUMMARY_TEXT, type: 'application/json', until: held.until },
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
});
after(async () => {
  held.open();
  await server?.close();
});

eachEngine((pageTest, engineName) => {
  pageTest('src failures: 404, content type, invalid JSON, invalid summary, timeout; a bad src after a good one keeps the summary', async (tab) => {
    const failures = [
      { id: 'missing', src: '/missing.json', reason: httpReason(EN, 404), message: named('/missing.json', 'the server answered HTTP 404$') },
      { id: 'html', src: '/bad-html.json', reason: EN.errorType, message: named('/bad-html.json', 'expected JSON, the server sent "text/html; charset=utf-8"$') },
      { id: 'truncated', src: '/bad-truncated.json', reason: EN.errorJson, message: named('/bad-truncated.json', 'not valid JSON: \\S') },
      { id: 'schema', src: '/bad-schema.json', reason: EN.errorInvalid, message: named('/bad-schema.json', 'quotes\\[2\\]\\.speaker: missing$') },
      { id: 'slow', src: '/bad-timeout.json', timeout: 300, reason: EN.errorTimeout, message: named('/bad-timeout.json', 'no answer within 300 ms$') },
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
        const state = await stateOf(tab, failure.id);
        assert.deepEqual(state.alert, { shown: true, part: 'error', title: EN.error, reason: failure.reason, details: [message] }, `#${failure.id}`);
        assert.equal(state.alerts, 1);
        assert.equal(state.articles, 0, `#${failure.id}: no summary`);
        assert.deepEqual(state.tabs, [], `#${failure.id}: no tabs`);
      });
    }

    // A good summary, then a bad src: the summary stays, the error box above it.
    await waitReady(tab, 'good');
    assert.equal((await stateOf(tab, 'good')).headline, 'A summary loaded by src');
    await tab.evaluate(() => document.getElementById('good').setAttribute('src', '/missing.json?after'));
    const [message] = await errorMessages(tab, 'good');
    messages.good = message;
    assert.match(message, named('/missing.json?after', 'the server answered HTTP 404$'));
    await eventually(async () => {
      const state = await stateOf(tab, 'good');
      assert.deepEqual(state.alert, { shown: true, part: 'error', title: EN.error, reason: httpReason(EN, 404), details: [message] });
      assert.equal(state.articles, 1, 'the summary stays');
      assert.equal(state.headline, 'A summary loaded by src');
      assert.deepEqual(state.tabs, EN.sectionNames);
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
    assert.equal((await stateOf(tab, 'w')).headline, BUILT_IN_HEADLINE);
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
      const visible = (element) =>
        element.getClientRects().length > 0 &&
        (element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true);
      return {
        root: true,
        scripting: frame.defaultView.matchMedia('(scripting: none)').matches ? 'none' : 'enabled',
        defined: frame.defaultView.customElements.get('conference-summary') !== undefined,
        headline: root.querySelector('h2.cs-headline')?.textContent ?? null,
        headings: [...root.querySelectorAll('h3.cs-panel-heading')].filter(visible).map((heading) => heading.innerText),
        panels: [...root.querySelectorAll('[role=tabpanel]')].filter(visible).map((panel) => panel.id),
        passages: [...root.querySelectorAll('li.cs-quote .cs-passage')].filter(visible).map((item) => item.innerText),
        funders: [...root.querySelectorAll('ul.cs-funders > li > .cs-text')].filter(visible).map((item) => item.textContent),
        tabList: visible(root.querySelector('[role=tablist]')),
        visibleButtons: [...root.querySelectorAll('button')].filter(visible).length,
        buttons: root.querySelectorAll('button').length,
      };
    });
    for (const key of ['headings', 'passages', 'funders']) shown[key] = shown[key]?.map(squash);
    assert.deepEqual(shown, {
      root: true,
      scripting: 'none',
      defined: false,
      headline: BUILT_IN_HEADLINE,
      headings: EN.sectionNames,
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

  // `panic-probe` panics in the element's call into the wasm, `panic-probe-later`
  // in a task that call spawns (robustness-panics.test.mjs).
  for (const probe of ['panic-probe', 'panic-probe-later']) {
    pageTest(`a panic (section="${probe}"): that widget shows the error box and fires error, the other keeps working`, async (tab, t) => {
      panicBuildFiles();
      const own = await serve(PANIC_DIST, {
        routes: {
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
            const state = await stateOf(tab, 'two');
            assert.deepEqual(state.alert && { shown: state.alert.shown, reason: state.alert.reason }, { shown: true, reason: EN.errorInternal });
            assert.equal(state.articles, 0);
          });
          // The other moves to a fresh instance (a second ready event) and works.
          await waitReady(tab, 'one', 2);
          await assertSection(tab, 'one', 'overview');
          const before = (await events(tab, 'one')).length;
          await assertWorks(tab, 'one');
          assert.deepEqual(
            brief((await events(tab, 'one')).slice(before)),
            [
              ['section-change', { section: 'funders' }],
              ['section-change', { section: 'quotes' }],
              ['quote-toggle', { id: 'perez-testimony', open: true }],
              ['quote-toggle', { id: 'perez-testimony', open: false }],
            ],
          );
          assert.equal((await stateOf(tab, 'one')).alerts, 0);
          assert.equal((await events(tab, 'one')).filter((event) => event.type === 'error').length, 0);
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
});
