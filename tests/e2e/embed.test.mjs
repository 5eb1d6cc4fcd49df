// The element on a page: several instances, the script included twice,
// removal, re-insertion and moves, the stylesheet's fallback, and many widgets
// on one page. (embed-attributes.test.mjs: attributes changed after mount.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually } from './support/eventually.mjs';
import { doc, hostPage } from './support/html.mjs';
import { EN, interfaceStrings } from './support/i18n.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { FUNDERS, QUOTE_IDS } from './support/summary.mjs';
import { assertOpenQuotes, assertSection, assertWorks, background, brief, DARK_BACKGROUND, events, LIGHT_BACKGROUND, pickTab, toggleQuote, waitReady, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild();

const FR = interfaceStrings('fr');

/** Paths requested since `from`, with content hashes replaced by HASH. */
const requestedSince = (from) =>
  session.server.requests
    .slice(from)
    .filter((path) => path !== '/favicon.ico')
    .map((path) => path.replace(/-[0-9a-f]{8,16}(?=[._])/, '-HASH'));

test('three instances with different attributes each keep their own state', async () => {
  session.server.route(
    '/three.html',
    hostPage(`
<conference-summary id="one" section="funders" theme="dark"></conference-summary>
<conference-summary id="two" expanded></conference-summary>
<conference-summary id="three" lang="fr" section="quotes"></conference-summary>`),
  );
  const from = session.server.requests.length;
  await session.visit('/three.html', async ({ page }) => {
    for (const id of ['one', 'two', 'three']) await waitReady(page, id);
    const [one, two, three] = ['#one', '#two', '#three'].map((id) => page.locator(id));

    // Each starts as its attributes say.
    await assertSection(one, 'funders');
    assert.deepEqual(await one.locator('ul.cs-funders > li > .cs-text').allTextContents(), FUNDERS);
    assert.equal(await background(one), DARK_BACKGROUND);
    await assertSection(two, 'overview');
    // Only the panel shown has content: two's quotes (open, `expanded`) are
    // checked once its quotes panel is shown.
    assert.equal(await two.locator('#cs-panel-quotes').evaluate((panel) => panel.childNodes.length), 0);
    assert.equal(await background(two), LIGHT_BACKGROUND);
    await assertSection(three, 'quotes');
    await assertOpenQuotes(three, []);
    // lang="fr" gives one element a French interface, and only that one.
    assert.equal((await widgetState(three)).expandAll, FR.expandAll);
    assert.deepEqual(await three.locator('[role=tab]').allTextContents(), FR.sectionNames);
    assert.equal(await three.locator('[role=tablist]').getAttribute('lang'), 'fr');
    for (const widget of [one, two]) {
      assert.deepEqual(await widget.locator('[role=tab]').allTextContents(), EN.sectionNames);
      assert.equal(await widget.locator('[role=tablist]').getAttribute('lang'), 'en');
    }

    // One stylesheet for the page, adopted by every shadow root: no link.
    assert.deepEqual(
      await page.evaluate(() => {
        const roots = [...document.querySelectorAll('conference-summary')].map((host) => host.shadowRoot);
        const sheet = roots[0].adoptedStyleSheets[0];
        return roots.map((root) => [
          root.adoptedStyleSheets.length,
          root.adoptedStyleSheets[0] === sheet,
          root.querySelectorAll('link, style').length,
        ]).concat([[sheet instanceof CSSStyleSheet, sheet.cssRules.length > 10]]);
      }),
      [[1, true, 0], [1, true, 0], [1, true, 0], [true, true]],
    );

    // The same ids in three shadow roots, none in the page's document.
    assert.deepEqual(
      await page.evaluate(() => [
        ...[...document.querySelectorAll('conference-summary')].map(
          (host) => host.shadowRoot.querySelectorAll('#cs-tab-overview').length,
        ),
        document.querySelectorAll('[id^="cs-"]').length,
      ]),
      [1, 1, 1, 0],
    );

    // One module and one WebAssembly compile for the page, however many elements.
    assert.deepEqual(requestedSince(from).filter((path) => !path.endsWith('.html')).sort(), [
      '/conference-summary-HASH.css',
      '/conference-summary-HASH.js',
      '/conference-summary-HASH_bg.wasm',
      '/embed.js',
    ]);

    // A click in one changes only that one.
    await pickTab(one, 'programme');
    await assertSection(one, 'programme');
    await assertSection(two, 'overview');
    await assertSection(three, 'quotes');

    await toggleQuote(three, 'carty-global-crisis');
    await assertOpenQuotes(three, ['carty-global-crisis']);

    await pickTab(two, 'quotes');
    await assertOpenQuotes(two, QUOTE_IDS);
    assert.equal((await widgetState(two)).expandAll, EN.collapseAll);
    await toggleQuote(two, 'perez-testimony');
    await assertOpenQuotes(two, QUOTE_IDS.slice(0, -1));
    await assertOpenQuotes(three, ['carty-global-crisis']);
    assert.equal((await widgetState(two)).expandAll, EN.expandAll);

    await three.locator('button.cs-button').click();
    await eventually(async () =>
      assert.equal((await widgetState(three)).expandAll, FR.collapseAll),
    );
    await assertOpenQuotes(three, QUOTE_IDS);
    await assertOpenQuotes(two, QUOTE_IDS.slice(0, -1));
    await assertSection(one, 'programme');

    // A source paragraph opened in one stays closed in the others.
    await pickTab(one, 'funders');
    await pickTab(two, 'funders');
    await one.locator('ul.cs-funders > li').first().locator('.cs-source-toggle').click();
    await one.locator('ul.cs-funders > li').first().locator('.cs-source').waitFor();
    assert.equal(
      await two.locator('ul.cs-funders > li').first().locator('.cs-source-toggle').getAttribute('aria-expanded'),
      'false',
    );
    assert.equal(await two.locator('ul.cs-funders .cs-source').first().isVisible(), false);

    // Each element's events name that element and only what happened to it.
    assert.deepEqual(brief(await events(page, 'one')), [
      ['ready', {}],
      ['section-change', { section: 'programme' }],
      ['section-change', { section: 'funders' }],
    ]);
    assert.deepEqual(brief(await events(page, 'two')), [
      ['ready', {}],
      ['section-change', { section: 'quotes' }],
      ['quote-toggle', { id: 'perez-testimony', open: false }],
      ['section-change', { section: 'funders' }],
    ]);
    assert.deepEqual(brief(await events(page, 'three')), [
      ['ready', {}],
      ['quote-toggle', { id: 'carty-global-crisis', open: true }],
      ...QUOTE_IDS.filter((id) => id !== 'carty-global-crisis').map((id) => [
        'quote-toggle',
        { id, open: true },
      ]),
    ]);
    // One's quotes were never touched: all closed when shown.
    await pickTab(one, 'quotes');
    await assertOpenQuotes(one, []);
    await assertOpenQuotes(three, QUOTE_IDS);
  });
});

test('the script included twice, with different query strings: defined once, works', async () => {
  session.server.route(
    '/twice.html',
    doc({
      head: '<script type="module" src="/embed.js?v=1"></script>',
      body: `<conference-summary id="a"></conference-summary>
<conference-summary id="b" section="quotes"></conference-summary>
<script type="module" src="/embed.js?v=2"></script>`,
    }),
  );
  const from = session.server.requests.length;
  await session.visit('/twice.html', async ({ page }) => {
    await waitReady(page, 'a');
    await waitReady(page, 'b');
    const loaded = requestedSince(from);
    assert.ok(loaded.includes('/embed.js?v=1') && loaded.includes('/embed.js?v=2'), loaded.join());
    assert.equal(loaded.filter((path) => path.endsWith('_bg.wasm')).length, 1, loaded.join());
    assert.equal(loaded.filter((path) => path === '/conference-summary-HASH.js').length, 1, loaded.join());
    assert.deepEqual(
      await page.evaluate(() => {
        const Element = customElements.get('conference-summary');
        return [...document.querySelectorAll('conference-summary')].map((host) => [
          host instanceof Element,
          host.shadowRoot.querySelectorAll('article.cs').length,
          host.shadowRoot.querySelectorAll('link[rel=stylesheet]').length,
          host.shadowRoot.adoptedStyleSheets.length,
          host.shadowRoot.adoptedStyleSheets[0] === document.querySelector('#a').shadowRoot.adoptedStyleSheets[0],
        ]);
      }),
      [
        [true, 1, 0, 1, true],
        [true, 1, 0, 1, true],
      ],
    );
    // One stylesheet request for the page, whichever copy of the script ran.
    assert.equal(loaded.filter((path) => path === '/conference-summary-HASH.css').length, 1, loaded.join());
    assert.equal((await events(page, 'a')).filter((event) => event.type === 'ready').length, 1);
    await assertWorks(page.locator('#a'));
    await assertWorks(page.locator('#b'));
  });
});

test('moving an element keeps its state; removing and re-inserting it works again', async () => {
  session.server.route(
    '/move.html',
    hostPage(`<div id="first"><conference-summary id="w"></conference-summary></div>
<div id="second"></div>`),
  );
  await session.visit('/move.html', async ({ page }) => {
    await waitReady(page, 'w');
    const widget = page.locator('#w');
    await pickTab(widget, 'quotes');
    await toggleQuote(widget, 'perez-testimony');
    await assertOpenQuotes(widget, ['perez-testimony']);
    await widget.evaluate((host) => {
      host.shadowRoot.querySelector('article.cs').marked = true;
    });

    // A move: disconnect and connect in one task.
    await page.evaluate(() => document.querySelector('#second').append(document.querySelector('#w')));
    assert.equal(await page.locator('#second > #w').count(), 1);
    await assertSection(widget, 'quotes');
    await assertOpenQuotes(widget, ['perez-testimony']);
    assert.equal(
      await widget.evaluate((host) => host.shadowRoot.querySelector('article.cs').marked),
      true,
      'the same rendered widget, not a new one',
    );
    assert.equal((await events(page, 'w')).filter((event) => event.type === 'ready').length, 1);
    await assertWorks(widget);
    await toggleQuote(widget, 'carty-primary-aim');
    await assertOpenQuotes(widget, ['carty-primary-aim', 'perez-testimony']);

    // Removal unmounts the widget: its shadow root is emptied.
    await page.evaluate(() => {
      window.removed = document.querySelector('#w');
      window.removed.remove();
    });
    await eventually(async () =>
      assert.equal(await page.evaluate(() => window.removed.shadowRoot.childNodes.length), 0),
    );
    const eventsBefore = (await events(page, 'w')).length;
    // Changing it while it is out of the page is harmless.
    await page.evaluate(() => window.removed.showSection('funders'));

    // Re-inserted, it mounts afresh, with the section its attribute names.
    await page.evaluate(() => document.querySelector('#first').append(window.removed));
    await waitReady(page, 'w', 2);
    assert.deepEqual(
      await widget.evaluate((host) => [
        host.shadowRoot.querySelectorAll('article.cs').length,
        host.shadowRoot.querySelectorAll('link[rel=stylesheet]').length,
        host.shadowRoot.adoptedStyleSheets.length,
        host.shadowRoot.querySelectorAll('.cs-mount').length,
      ]),
      [1, 0, 1, 1],
    );
    await assertSection(widget, 'funders');
    assert.deepEqual(brief((await events(page, 'w')).slice(eventsBefore)), [['ready', {}]]);
    await assertWorks(widget);
    await pickTab(widget, 'programme');
    await assertSection(widget, 'programme');
  });
});

// Where constructable stylesheets are unavailable, or the loader cannot fetch
// the stylesheet, each widget links the hashed stylesheet instead.
for (const [why, init] of [
  [
    'no adoptedStyleSheets in this browser',
    () => {
      delete ShadowRoot.prototype.adoptedStyleSheets;
    },
  ],
  [
    'the stylesheet fetch fails',
    () => {
      const fetch = window.fetch;
      window.fetch = (input, options) =>
        String(input?.url ?? input).endsWith('.css')
          ? Promise.reject(new TypeError('Failed to fetch (test)'))
          : fetch(input, options);
    },
  ],
]) {
  test(`stylesheet fallback, ${why}: each widget links the stylesheet, styled, and works`, async () => {
    const path = `/fallback-${why.replace(/\W+/g, '-')}.html`;
    session.server.route(
      path,
      hostPage(`<conference-summary id="one" theme="dark"></conference-summary>
<conference-summary id="two" section="quotes"></conference-summary>`),
    );
    await session.visit(path, { goto: false }, async ({ page, context }) => {
      await context.addInitScript(init);
      // At ready, the stylesheet has loaded: what the page hears of is styled.
      await context.addInitScript(() => {
        window.__linksAtReady = {};
        window.addEventListener('conference-summary:ready', (event) => {
          const links = [...event.target.shadowRoot.querySelectorAll('link[rel=stylesheet]')];
          window.__linksAtReady[event.target.id] = links.map((link) => [link.sheet !== null, link.media]);
        });
      });
      await page.goto(`${session.server.url}${path}`);
      await waitReady(page, 'one');
      await waitReady(page, 'two');
      const css = await page.evaluate(() =>
        [...document.querySelectorAll('conference-summary')].map((host) => {
          const root = host.shadowRoot;
          const links = [...root.querySelectorAll('link[rel=stylesheet]')];
          return {
            links: links.map((link) => new URL(link.href).pathname.replace(/-[0-9a-f]{8,16}(?=\.css)/, '-HASH')),
            loaded: links.every((link) => link.sheet !== null),
            media: links.map((link) => link.getAttribute('media')),
            adopted: root.adoptedStyleSheets?.length ?? null,
            mounts: [...root.children].filter((child) => child.matches('div.cs-mount')).length,
          };
        }),
      );
      const adopted = why.startsWith('no adopted') ? null : 0;
      const one = { links: ['/conference-summary-HASH.css'], loaded: true, media: [null], adopted, mounts: 1 };
      assert.deepEqual(css, [one, one]);
      assert.deepEqual(await page.evaluate(() => window.__linksAtReady), {
        one: [[true, '']],
        two: [[true, '']],
      });
      // Styled: the theme applies, the hidden panels stay hidden.
      assert.equal(await background(page.locator('#one')), DARK_BACKGROUND);
      assert.equal(await background(page.locator('#two')), LIGHT_BACKGROUND);
      await assertSection(page.locator('#two'), 'quotes');
      await assertWorks(page.locator('#one'));
      await assertWorks(page.locator('#two'));
    });
  });
}

test('off-screen widgets skip layout only on a page with more than four: the others report their own height on ready', async () => {
  const widgets = (count) =>
    Array.from({ length: count }, (_, i) => `<conference-summary id="w${i}"></conference-summary>`).join('\n');
  session.server.route('/four.html', hostPage(widgets(4)));
  session.server.route('/five.html', hostPage(widgets(5)));
  for (const [path, count, crowded] of [['/four.html', 4, false], ['/five.html', 5, true]]) {
    await session.visit(path, async ({ page }) => {
      for (let i = 0; i < count; i += 1) await waitReady(page, `w${i}`);
      const mounts = await page.evaluate(() =>
        [...document.querySelectorAll('conference-summary')].map((host) => {
          const mount = host.shadowRoot.querySelector('.cs-mount');
          return { crowded: mount.classList.contains('cs-crowded'), visibility: getComputedStyle(mount).contentVisibility };
        }),
      );
      assert.deepEqual(
        mounts,
        Array(count).fill({ crowded, visibility: crowded ? 'auto' : 'visible' }),
        `${path}: every widget ${crowded ? 'skips' : 'keeps'} layout off screen`,
      );
      if (!crowded) {
        // The last widget is far below the viewport, and still has its height.
        const height = await page.locator(`#w${count - 1}`).evaluate((host) => host.getBoundingClientRect().height);
        assert.ok(height > 700, `${path}: the last widget's own height, not a placeholder: ${height}`);
      }
    });
  }
});
