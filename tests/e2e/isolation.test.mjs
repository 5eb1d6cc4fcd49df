// The widget on pages it does not control: hostile CSS, a strict
// Content-Security-Policy, another origin, and the README's two-line snippet.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DIST } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { doc, hostPage, strictPolicy } from './support/html.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { assertNoProblems, launch, open } from './support/page.mjs';
import { serve } from './support/server.mjs';
import { alternativeSummary } from './support/summary.mjs';
import { assertOpenQuotes, assertSection, assertWorks, pickTab, toggleQuote, waitAllReady, waitReady, widgetState } from './support/widget.mjs';

const ALT_HEADLINE = 'A summary fetched from the widget origin under a strict policy';

let browser;
let widgets; // dist/, with CORS: the widget's own origin
let pages; // host pages only: another origin

before(async () => {
  browser = await launch();
  widgets = await serve(DIST, { headers: { 'Access-Control-Allow-Origin': '*' } });
  pages = await serve(null);
  widgets.route('/alt-summary.json', {
    body: alternativeSummary(ALT_HEADLINE),
    type: 'application/json',
  });
});

after(async () => {
  await browser?.close();
  await widgets?.close();
  await pages?.close();
});

// ---------------------------------------------------------------- hostile CSS

const HOSTILE_CSS = `
* { all: unset !important; }
button { display: none !important; }
div { color: red !important; font-size: 40px !important; }
:root { --anything: red; }
`;

// Both pages put the widget in a div in a margin-less body, so that the only
// difference between them is the hostile style sheet.
const cssPage = (style) =>
  hostPage(
    `<div class="host-wrapper"><conference-summary id="w"></conference-summary></div>
<button type="button">A host button</button>`,
    { head: `<style>${style}</style>` },
  );

/** What the reader sees of the widget: sizes, colours, fonts, visibility. */
function looks(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const box = (element) => {
      const { width, height } = element.getBoundingClientRect();
      return { width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100 };
    };
    const style = (element, ...names) => {
      const computed = getComputedStyle(element);
      return Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)]));
    };
    const article = root.querySelector('article.cs');
    const panel = root.querySelector('[role=tabpanel]:not([hidden])');
    return {
      article: {
        ...box(article),
        ...style(article, 'color', 'background-color', 'font-size', 'font-family', 'padding', 'border'),
      },
      headline: {
        ...box(root.querySelector('h2.cs-headline')),
        ...style(
          root.querySelector('h2.cs-headline'),
          'color',
          'font-size',
          'font-family',
          'font-weight',
          'line-height',
        ),
      },
      tabs: [...root.querySelectorAll('[role=tab]')].map((tab) => ({
        id: tab.id,
        ...box(tab),
        ...style(tab, 'display', 'visibility', 'color', 'background-color', 'font-size', 'padding'),
      })),
      panel: { id: panel.id, ...box(panel), ...style(panel, 'color', 'font-size') },
      buttons: [...root.querySelectorAll('button')].map((button) => ({
        ...box(button),
        ...style(button, 'display', 'color', 'font-size'),
      })),
    };
  });
}

for (const width of [1024, 360]) {
  test(`hostile host CSS changes nothing in the widget (${width} px wide)`, async () => {
    widgets.route('/clean.html', cssPage('body { margin: 0; }'));
    widgets.route('/hostile.html', cssPage(HOSTILE_CSS));
    const viewport = { width, height: 900 };
    const clean = await open(browser, `${widgets.url}/clean.html`, { viewport });
    const hostile = await open(browser, `${widgets.url}/hostile.html`, { viewport });
    try {
      const cleanWidget = clean.page.locator('#w');
      const hostileWidget = hostile.page.locator('#w');
      await waitReady(clean.page, 'w');
      await waitReady(hostile.page, 'w');

      // The host page's rules do reach its own elements (the test is real).
      assert.equal(await hostile.page.locator('body > button').isVisible(), false);
      assert.equal(
        await hostile.page.locator('.host-wrapper').evaluate((div) => getComputedStyle(div).color),
        'rgb(255, 0, 0)',
      );

      for (const tab of SECTIONS) {
        assert.ok(await hostileWidget.locator(`#cs-tab-${tab}`).isVisible(), `tab ${tab} visible`);
      }
      assert.deepEqual(await looks(hostileWidget), await looks(cleanWidget), 'first view');

      for (const section of SECTIONS) {
        await pickTab(cleanWidget, section);
        await pickTab(hostileWidget, section);
        await assertSection(hostileWidget, section);
        assert.deepEqual(await looks(hostileWidget), await looks(cleanWidget), section);
      }

      await pickTab(hostileWidget, 'quotes');
      await pickTab(cleanWidget, 'quotes');
      await toggleQuote(hostileWidget, 'carty-victims-younger');
      await toggleQuote(cleanWidget, 'carty-victims-younger');
      await assertOpenQuotes(hostileWidget, ['carty-victims-younger']);
      await assertOpenQuotes(cleanWidget, ['carty-victims-younger']);
      assert.deepEqual(await looks(hostileWidget), await looks(cleanWidget), 'a quote open');

      await pickTab(hostileWidget, 'funders');
      await pickTab(cleanWidget, 'funders');
      for (const widget of [hostileWidget, cleanWidget]) {
        const toggle = widget.locator('ul.cs-funders > li').first().locator('.cs-source-toggle');
        await toggle.click();
        await widget
          .locator('ul.cs-funders > li')
          .first()
          .locator('.cs-source')
          .waitFor({ state: 'visible' });
      }
      assert.deepEqual(await looks(hostileWidget), await looks(cleanWidget), 'a source open');

      assertNoProblems(clean.problems);
      assertNoProblems(hostile.problems);
    } finally {
      await clean.close();
      await hostile.close();
    }
  });
}

// ------------------------------------------------------ Content-Security-Policy

/** Asserts no violation was reported, by event or by console. */
async function assertNoViolations(opened) {
  assert.deepEqual(await opened.page.evaluate(() => window.__cs.violations), []);
  assert.deepEqual(opened.csp, []);
}

/**
 * Proves the violation listener and console capture work on this page:
 * an inline style element must be refused and reported.
 */
async function assertViolationsWouldBeSeen(opened) {
  await opened.page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  });
  await eventually(async () => {
    const violations = await opened.page.evaluate(() => window.__cs.violations);
    assert.equal(violations.length, 1);
    assert.match(violations[0].directive, /^style-src/);
  });
  await eventually(() => assert.equal(opened.csp.length, 1));
}

const cspPage = (widgetOrigin) =>
  doc({
    head: `<script type="module" src="${widgetOrigin}/embed.js"></script>`,
    body: `<h1>A page with a strict Content-Security-Policy</h1>
<conference-summary id="built-in"></conference-summary>
<conference-summary id="fetched" src="${widgetOrigin}/alt-summary.json" section="quotes"></conference-summary>`,
  });

async function checkStrictPage(opened) {
  const { page } = opened;
  await waitReady(page, 'built-in');
  await waitReady(page, 'fetched');
  const builtIn = page.locator('#built-in');
  const fetched = page.locator('#fetched');
  // The stylesheet applied: the card has its border and the tabs their styles.
  assert.equal(
    await builtIn.locator('article.cs').evaluate((article) => getComputedStyle(article).borderTopStyle),
    'solid',
  );
  assert.equal((await widgetState(fetched)).headline, ALT_HEADLINE);
  await assertSection(fetched, 'quotes');
  await assertWorks(builtIn);
  await assertWorks(fetched);
  await assertNoViolations(opened);
  assertNoProblems(opened.problems);
  await assertViolationsWouldBeSeen(opened);
}

test('strict CSP, same origin: the widget works and violates nothing', async () => {
  const server = await serve(DIST, {
    headers: (path) =>
      path.endsWith('.html') ? { 'Content-Security-Policy': strictPolicy(origin) } : {},
  });
  const { origin } = server;
  server.route('/alt-summary.json', { body: alternativeSummary(ALT_HEADLINE), type: 'application/json' });
  server.route('/strict.html', cspPage(origin));
  const opened = await open(browser, `${origin}/strict.html`);
  try {
    await checkStrictPage(opened);
  } finally {
    await opened.close();
    await server.close();
  }
});

test('strict CSP naming the widget origin, page on another origin: works, violates nothing', async () => {
  pages.route('/strict-cross.html', {
    body: cspPage(widgets.origin),
    headers: { 'Content-Security-Policy': strictPolicy(widgets.origin) },
  });
  const opened = await open(browser, `${pages.url}/strict-cross.html`);
  try {
    await checkStrictPage(opened);
  } finally {
    await opened.close();
  }
});

// ------------------------------------------------------------------ cross-origin

test('cross-origin: widget files from one port, host page from another', async () => {
  pages.route(
    '/cross.html',
    doc({
      head: `<script type="module" src="${widgets.origin}/embed.js"></script>`,
      body: `<conference-summary id="a"></conference-summary>
<conference-summary id="b" section="funders" src="${widgets.origin}/alt-summary.json"></conference-summary>`,
    }),
  );
  const before = widgets.requests.length;
  const pageRequests = pages.requests.length;
  const opened = await open(browser, `${pages.url}/cross.html`);
  try {
    await waitReady(opened.page, 'a');
    await waitReady(opened.page, 'b');
    assert.equal((await widgetState(opened.page.locator('#b'))).headline, ALT_HEADLINE);
    await assertWorks(opened.page.locator('#a'));
    await assertWorks(opened.page.locator('#b'));
    // Everything but the page came from the widget origin: the loader found
    // its files relative to its own URL, not the page's.
    const notIcon = (path) => path !== '/favicon.ico';
    assert.deepEqual(pages.requests.slice(pageRequests).filter(notIcon), ['/cross.html']);
    const fetched = widgets.requests
      .slice(before)
      .filter(notIcon)
      .map((path) => path.replace(/-[0-9a-f]{8,16}(?=[._])/, '-HASH'));
    assert.deepEqual(fetched.sort(), [
      '/alt-summary.json',
      '/conference-summary-HASH.css',
      '/conference-summary-HASH.js',
      '/conference-summary-HASH_bg.wasm',
      '/embed.js',
    ]);
    assertNoProblems(opened.problems);
  } finally {
    await opened.close();
  }
});

// --------------------------------------------------------------- README snippet

test("the README's two lines, alone in a file on another origin, show a working widget", async () => {
  pages.route(
    '/snippet.html',
    `<script type="module" src="${widgets.origin}/embed.js"></script><conference-summary></conference-summary>`,
  );
  const opened = await open(browser, `${pages.url}/snippet.html`);
  try {
    const widget = opened.page.locator('conference-summary');
    await waitAllReady(opened.page);
    await widget.locator('h2.cs-headline').waitFor({ state: 'visible' });
    const box = await widget.locator('article.cs').boundingBox();
    assert.ok(box.width > 300 && box.height > 200, `a real card: ${JSON.stringify(box)}`);
    const state = await widgetState(widget);
    assert.deepEqual(state.selected, ['overview']);
    assert.deepEqual(state.shownPanels, ['overview']);
    assert.equal(state.attribute, null);
    assert.equal(state.property, 'overview');
    await assertWorks(widget);
    assertNoProblems(opened.problems);
  } finally {
    await opened.close();
  }
});
