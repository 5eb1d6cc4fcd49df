// The widget in every engine (Chromium, Firefox ESR, WebKitGTK; engines.mjs),
// worked as a reader works it, with real clicks and key presses: the
// built-in summary, tabs by mouse and by keyboard, quotes, and the events
// the page hears. One browser per engine, a fresh page per test.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { DIST } from './support/build.mjs';
import { assertOpenQuotes, assertPassages, assertSection, CLEAN, clickOn, named, problems, stateOf, TRUNCATED_QUOTES, waitReady } from './support/engine-widget.mjs';
import { eachEngine } from './support/engines.mjs';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { EN } from './support/i18n.mjs';
import { RECORDER_ROUTE, RECORDER_TAG } from './support/recorder.mjs';
import { serve } from './support/server.mjs';
import { BUILT_IN_HEADLINE, QUOTE_IDS } from './support/summary.mjs';
import { brief, errorMessages, events } from './support/widget.mjs';

let server;
before(async () => {
  server = await serve(DIST, {
    routes: {
      ...RECORDER_ROUTE,
      '/one.html': hostPage('<button id="before" type="button">before</button>\n<conference-summary id="w"></conference-summary>', { head: RECORDER_TAG }),
      '/events.html': hostPage(`<conference-summary id="w"></conference-summary>
<conference-summary id="broken" src="/missing.json?events"></conference-summary>`, { head: RECORDER_TAG }),
    },
  });
});
after(() => server?.close());

eachEngine((pageTest) => {
  pageTest('an empty element renders the built-in summary, five tabs, and fires ready', async (tab) => {
    await tab.goto(`${server.url}/one.html`);
    await waitReady(tab, 'w');
    const state = await stateOf(tab, 'w');
    assert.equal(state.headline, BUILT_IN_HEADLINE);
    assert.deepEqual(state.tabs, EN.sectionNames);
    assert.equal(state.articles, 1);
    assert.equal(state.alerts, 0);
    await assertSection(tab, 'w', 'overview');
    assert.deepEqual(brief(await events(tab, 'w')), [['ready', {}]]);
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('tabs by mouse: a click shows its panel, hides the others, sets the section attribute', async (tab) => {
    await tab.goto(`${server.url}/one.html`);
    await waitReady(tab, 'w');
    const order = ['programme', 'participants', 'funders', 'quotes', 'overview'];
    for (const section of order) {
      await clickOn(tab, 'w', `[role=tab][id$="tab-${section}"]`);
      await assertSection(tab, 'w', section);
      assert.equal((await stateOf(tab, 'w')).attribute, section);
    }
    assert.deepEqual(
      brief((await events(tab, 'w')).filter((event) => event.type === 'section-change')),
      order.map((section) => ['section-change', { section }]),
    );
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('tabs by keyboard: Tab reaches the selected tab; ArrowRight, ArrowLeft, Home, End select and focus', async (tab) => {
    await tab.goto(`${server.url}/one.html`);
    await waitReady(tab, 'w');
    await tab.evaluate(() => document.getElementById('before').focus());
    await tab.press('Tab');
    await eventually(async () => assert.equal((await stateOf(tab, 'w')).focusedTab, 'overview'));
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
        assert.equal((await stateOf(tab, 'w')).focusedTab, section, `${key}: focus follows`),
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
      brief((await events(tab, 'w')).filter((event) => event.type === 'quote-toggle')).slice(0, 4),
      [
        ['quote-toggle', { id: 'perez-testimony', open: true }],
        ['quote-toggle', { id: 'carty-global-crisis', open: true }],
        ['quote-toggle', { id: 'carty-global-crisis', open: false }],
        ['quote-toggle', { id: 'carty-global-crisis', open: true }],
      ],
    );
    assert.deepEqual(await problems(tab), CLEAN);
  });

  pageTest('events: ready, section-change, quote-toggle and error bubble, are composed, reach document', async (tab) => {
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
      assert.deepEqual(brief(await events(tab, 'w')), [
        ['ready', {}],
        ['section-change', { section: 'quotes' }],
        ['quote-toggle', { id: 'carty-victims-younger', open: true }],
        ['section-change', { section: 'funders' }],
      ]),
    );
    assert.deepEqual(brief(await events(tab, 'broken')), [['error', { message }]]);
    assert.match(message, named('/missing.json?events', 'the server answered HTTP 404$'));
    for (const event of await events(tab)) {
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
});
