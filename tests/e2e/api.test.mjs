// What the host page's scripts see and do: events, the section property,
// showSection/expandAll/collapseAll, and deep links in the URL fragment.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, FILES } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { EN } from './support/i18n.mjs';
import { EVENT_NAMES } from './support/manifest.mjs';
import { assertNoProblems, open, useBrowserAndBuild } from './support/page.mjs';
import { gate, serve } from './support/server.mjs';
import { alternativeSummary, QUOTE_IDS } from './support/summary.mjs';
import { assertOpenQuotes, assertSection, assertWorks, brief, events, pickTab, toggleQuote, waitReady, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild({
  // The host page's own listener, on the element itself (an external script,
  // so that it would also run under a strict policy).
  '/listen.js': {
    type: 'text/javascript',
    body: `
window.onElement = [];
for (const name of ${JSON.stringify(EVENT_NAMES)}) {
  document.querySelector('#ev').addEventListener(name, (event) => {
    window.onElement.push([name.slice(name.indexOf(':') + 1), event.detail]);
  });
}`,
  },
});

test('events, the section property and the methods, as the host page sees them', async () => {
  session.server.route(
    '/events.html',
    hostPage(`<conference-summary id="ev"></conference-summary>
<conference-summary id="bystander"></conference-summary>
<script src="/listen.js"></script>`),
  );
  await session.visit('/events.html', async ({ page }) => {
    await waitReady(page, 'ev');
    await waitReady(page, 'bystander');
    const widget = page.locator('#ev');
    const call = (method, ...args) =>
      widget.evaluate((host, [method, args]) => host[method](...args), [method, args]);
    let seen = 0;
    /** Waits for exactly `expected` (as [type, detail]) to be the next events of #ev. */
    const expectEvents = async (expected) => {
      await eventually(async () => {
        assert.deepEqual(brief((await events(page, 'ev')).slice(seen)), expected);
      });
      seen += expected.length;
    };

    await expectEvents([['ready', {}]]);
    const [ready] = await events(page, 'ev');
    assert.deepEqual(
      { bubbles: ready.bubbles, composed: ready.composed, custom: ready.custom },
      { bubbles: true, composed: true, custom: true },
    );
    assert.equal(await widget.evaluate((host) => host.section), 'overview');

    // A tab click: event, attribute and property.
    await pickTab(widget, 'quotes');
    await expectEvents([['section-change', { section: 'quotes' }]]);
    await assertSection(widget, 'quotes');

    // Keys move between tabs and select at once.
    await widget.locator('#cs-tab-quotes').press('ArrowRight');
    await expectEvents([['section-change', { section: 'programme' }]]);
    await assertSection(widget, 'programme');
    assert.equal(
      await widget.evaluate((host) => host.shadowRoot.activeElement?.id),
      'cs-tab-programme',
    );

    // showSection and the section property.
    await call('showSection', 'funders');
    await expectEvents([['section-change', { section: 'funders' }]]);
    await assertSection(widget, 'funders');
    await widget.evaluate((host) => {
      host.section = 'participants';
    });
    await expectEvents([['section-change', { section: 'participants' }]]);
    await assertSection(widget, 'participants');
    // Showing the section already shown is no change.
    await call('showSection', 'participants');
    await pickTab(widget, 'participants');

    // Quote toggles.
    await call('showSection', 'quotes');
    await expectEvents([['section-change', { section: 'quotes' }]]);
    await toggleQuote(widget, 'carty-global-crisis');
    await expectEvents([['quote-toggle', { id: 'carty-global-crisis', open: true }]]);
    await assertOpenQuotes(widget, ['carty-global-crisis']);
    // What the reader sees (innerText: hidden parts left out).
    const passage = widget.locator('#cs-quote-carty-global-crisis .cs-passage');
    assert.equal(
      await passage.innerText(),
      '“Child pornography has become a global crisis, and is estimated to be a multi-billion dollar industry world-wide, fuelled by the Internet”',
    );
    assert.equal(
      await widget.locator('#cs-quote-carty-global-crisis .cs-quote-toggle').getAttribute('aria-controls'),
      'cs-quote-carty-global-crisis-text',
    );
    await toggleQuote(widget, 'carty-global-crisis');
    await expectEvents([['quote-toggle', { id: 'carty-global-crisis', open: false }]]);
    // Closed: the opening words only, then an ellipsis.
    const closed = await passage.innerText();
    assert.match(closed, /^“Child pornography has become a global crisis, [^”]*…”$/);
    assert.ok(!closed.includes('fuelled by the Internet'), closed);

    // expandAll / collapseAll: one event per quote that changed.
    await toggleQuote(widget, 'carty-primary-aim');
    await expectEvents([['quote-toggle', { id: 'carty-primary-aim', open: true }]]);
    await call('expandAll');
    await expectEvents(
      QUOTE_IDS.filter((id) => id !== 'carty-primary-aim').map((id) => ['quote-toggle', { id, open: true }]),
    );
    await assertOpenQuotes(widget, QUOTE_IDS);
    assert.equal((await widgetState(widget)).expandAll, EN.collapseAll);
    await call('expandAll');
    await call('collapseAll');
    await expectEvents(QUOTE_IDS.map((id) => ['quote-toggle', { id, open: false }]));
    await assertOpenQuotes(widget, []);
    assert.equal((await widgetState(widget)).expandAll, EN.expandAll);

    // The expand-all button does the same.
    await widget.locator('button.cs-button').click();
    await expectEvents(QUOTE_IDS.map((id) => ['quote-toggle', { id, open: true }]));
    await widget.locator('button.cs-button').click();
    await expectEvents(QUOTE_IDS.map((id) => ['quote-toggle', { id, open: false }]));

    // The listener on the element heard what the window heard; the other
    // element heard nothing but its own ready.
    assert.deepEqual(await page.evaluate(() => window.onElement), brief(await events(page, 'ev')));
    assert.deepEqual(brief(await events(page, 'bystander')), [['ready', {}]]);
    await assertSection(page.locator('#bystander'), 'overview');
  });
});

test('methods called before the WebAssembly has loaded take effect', async () => {
  session.server.route(
    '/early.js',
    {
      type: 'text/javascript',
      body: `
customElements.whenDefined('conference-summary').then(() => {
  const host = document.querySelector('#early');
  window.earlyLoaded = Boolean(host.shadowRoot?.querySelector('.cs-mount'));
  host.showSection('quotes');
  host.expandAll();
});`,
    },
  );
  session.server.route(
    '/early.html',
    hostPage('<conference-summary id="early"></conference-summary><script src="/early.js"></script>'),
  );
  await session.visit('/early.html', async ({ page }) => {
    await waitReady(page, 'early');
    assert.equal(await page.evaluate(() => window.earlyLoaded), false, 'called before mount');
    const widget = page.locator('#early');
    await assertSection(widget, 'quotes');
    await assertOpenQuotes(widget, QUOTE_IDS);
  });
});

test('methods called while a src summary is loading take effect once it has rendered', async () => {
  const arrival = gate();
  session.server.route('/gated.json', {
    body: alternativeSummary('A summary that arrives when the test says so'),
    type: 'application/json',
    until: arrival.until,
  });
  session.server.route(
    '/loading.html',
    hostPage('<conference-summary id="loading" src="/gated.json"></conference-summary>'),
  );
  const { page, problems, close } = await session.open('/loading.html');
  try {
    const widget = page.locator('#loading');
    await widget.locator('.cs-loading[aria-busy="true"]').waitFor({ state: 'attached' });
    await widget.evaluate((host) => {
      host.showSection('quotes');
      host.expandAll();
    });
    arrival.open();
    await waitReady(page, 'loading');
    assert.equal(
      (await widgetState(widget)).headline,
      'A summary that arrives when the test says so',
    );
    await assertSection(widget, 'quotes');
    await assertOpenQuotes(widget, QUOTE_IDS);
    assertNoProblems(problems);
  } finally {
    arrival.open();
    await close();
  }
});

test('deep links: the fragment opens a quote, tabs and quotes write it, hashchange follows it', async () => {
  session.server.route(
    '/deep.html',
    hostPage(`<div style="height: 3000px">Tall host content above the widgets.</div>
<conference-summary id="linked" deep-link></conference-summary>
<conference-summary id="plain"></conference-summary>
<conference-summary id="keyed" deep-link="second"></conference-summary>`),
  );
  await session.visit('/deep.html#conference-summary/quotes/perez-testimony', async ({ page }) => {
    const hash = () => page.evaluate(() => location.hash);
    const expectHash = (value) => eventually(async () => assert.equal(await hash(), value));
    for (const id of ['linked', 'plain', 'keyed']) await waitReady(page, id);
    const [linked, plain, keyed] = ['#linked', '#plain', '#keyed'].map((id) => page.locator(id));

    await assertSection(linked, 'quotes');
    await assertOpenQuotes(linked, ['perez-testimony']);
    assert.equal(
      await linked.locator('#cs-quote-perez-testimony .cs-quote-toggle').getAttribute('aria-expanded'),
      'true',
    );
    await assertSection(plain, 'overview');
    await assertSection(keyed, 'overview');
    await expectHash('#conference-summary/quotes/perez-testimony');
    // The reader's choices are written to the fragment, without history entries.
    const historyLength = await page.evaluate(() => history.length);
    await pickTab(linked, 'funders');
    await expectHash('#conference-summary/funders');
    await pickTab(linked, 'quotes');
    await expectHash('#conference-summary/quotes');
    await toggleQuote(linked, 'carty-global-crisis');
    await expectHash('#conference-summary/quotes/carty-global-crisis');
    await toggleQuote(linked, 'carty-global-crisis');
    await expectHash('#conference-summary/quotes');
    await pickTab(keyed, 'programme');
    await expectHash('#second/programme');
    await pickTab(plain, 'participants');
    await assertSection(plain, 'participants');
    assert.equal(await hash(), '#second/programme', 'a widget without deep-link leaves the fragment alone');
    assert.equal(await page.evaluate(() => history.length), historyLength);

    // hashchange: the widget whose key it names follows.
    const navigate = (fragment) =>
      page.evaluate((fragment) => {
        location.hash = fragment;
      }, fragment);
    await navigate('#conference-summary/programme');
    await assertSection(linked, 'programme');
    await assertSection(keyed, 'programme');
    await assertSection(plain, 'participants');
    await navigate('#second/funders');
    await assertSection(keyed, 'funders');
    await assertSection(linked, 'programme');
    await navigate('#conference-summary/quotes/carty-connect-the-dots');
    await assertSection(linked, 'quotes');
    await assertOpenQuotes(linked, ['carty-connect-the-dots', 'perez-testimony']);
    await assertSection(keyed, 'funders');
    // A fragment for no widget, or malformed, changes nothing.
    await navigate('#conference-summary/nowhere');
    await navigate('#top');
    await navigate('#second/overview');
    await assertSection(keyed, 'overview');
    await assertSection(linked, 'quotes');
    await assertOpenQuotes(linked, ['carty-connect-the-dots', 'perez-testimony']);
    // Back and forward move through the fragments set by navigation.
    await page.goBack();
    await assertSection(linked, 'quotes');
    await expectHash('#top');
    await page.goBack();
    await page.goBack();
    await expectHash('#conference-summary/quotes/carty-connect-the-dots');
    await assertSection(keyed, 'overview');

    const linkedEvents = brief(await events(page, 'linked'));
    assert.deepEqual(linkedEvents.slice(0, 3), [
      ['ready', {}],
      ['section-change', { section: 'quotes' }],
      ['quote-toggle', { id: 'perez-testimony', open: true }],
    ]);
    await assertWorks(linked);
  });
});

test('ready waits for the stylesheet, and a deep-linked quote is then scrolled into view', async () => {
  // The widget's stylesheet is held back until the widget has rendered: the
  // order a slow network or a cold cache gives.
  const css = FILES.stylesheet;
  const stylesheet = gate();
  const slow = await serve(DIST, {
    routes: {
      [`/${css}`]: { body: readFileSync(join(DIST, css)), type: 'text/css', until: stylesheet.until },
      '/scroll.html': hostPage(`<div style="height: 3000px">Tall host content above the widget.</div>
<conference-summary id="linked" deep-link></conference-summary>
<div style="height: 3000px">Tall host content below the widget.</div>`),
    },
  });
  const url = `${slow.url}/scroll.html#conference-summary/quotes/perez-testimony`;
  // Not until "load": the held stylesheet holds that back.
  const { page, problems, close } = await open(session.browser, url, { waitUntil: 'commit' });
  try {
    // The stylesheet is asked for; until it is in, the widget renders off the
    // page (nothing unstyled shows) and is not ready.
    await eventually(() => assert.ok(slow.requests.includes(`/${css}`), 'the stylesheet is requested'));
    assert.equal(await page.locator('#linked').evaluate((host) => host.shadowRoot?.querySelector('.cs-mount') ?? null), null);
    assert.equal((await events(page, 'linked')).filter((event) => event.type === 'ready').length, 0);
    stylesheet.open();
    await waitReady(page, 'linked');
    const linked = page.locator('#linked');
    await assertSection(linked, 'quotes');
    await assertOpenQuotes(linked, ['perez-testimony']);
    await eventually(async () => {
      const where = await linked.locator('#cs-quote-perez-testimony').evaluate((quote) => {
        const { top, bottom } = quote.getBoundingClientRect();
        return { top, bottom, viewport: innerHeight, scrollY };
      });
      assert.ok(
        where.top < where.viewport && where.bottom > 0,
        `the linked quote is in view: ${JSON.stringify(where)}`,
      );
    });
    assertNoProblems(problems);
  } finally {
    stylesheet.open();
    await close();
    await slow.close();
  }
});
