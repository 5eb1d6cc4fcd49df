// The element's properties (one for every attribute but `lang`, from the
// API constants: assets/loader/element.js): each reads what applies and sets
// or removes its attribute, and the widget follows; and the event aliases a
// framework listens to, for the widget's events and the loader's own error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILES } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { ALIAS_NAMES, ELEMENT } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { alternativeSummary, QUOTE_IDS } from './support/summary.mjs';
import { assertOpenQuotes, assertSection, background, DARK_BACKGROUND, waitReady } from './support/widget.mjs';

const session = useBrowserAndBuild({
  '/alternative.json': { body: alternativeSummary('Another headline'), type: 'application/json' },
});

test('every property reads what applies, sets and removes its attribute, and the widget follows', async () => {
  session.server.route('/properties.html', hostPage('<conference-summary id="w"></conference-summary>'));
  const allowed = [/theme="purple"/];
  await session.visit('/properties.html', { allowed }, async ({ page }) => {
    await waitReady(page, 'w');
    const widget = page.locator('#w');
    const read = () =>
      widget.evaluate((host) => ({
        section: host.section,
        theme: host.theme,
        src: host.src,
        timeout: host.timeout,
        expanded: host.expanded,
        deepLink: host.deepLink,
        loading: host.loading,
      }));
    const set = (name, value) => widget.evaluate((host, [name, value]) => {
      host[name] = value;
      return host.getAttribute(name === 'deepLink' ? 'deep-link' : name);
    }, [name, value]);
    // Every attribute but lang has its property, as the manifest says.
    const fields = ELEMENT.attributes.filter((attribute) => attribute.fieldName).map((attribute) => attribute.fieldName);
    assert.deepEqual(fields.sort(), ['deepLink', 'expanded', 'loading', 'section', 'src', 'theme', 'timeout']);

    assert.deepEqual(await read(), {
      section: 'overview', theme: 'auto', src: '', timeout: 10000, expanded: false, deepLink: null, loading: 'eager',
    });

    assert.equal(await set('theme', 'dark'), 'dark');
    await eventually(async () => assert.equal(await background(widget), DARK_BACKGROUND));
    assert.equal(await set('theme', 'purple'), 'purple');
    assert.equal((await read()).theme, 'auto', 'a theme the widget does not know reads as the default');
    assert.equal(await set('theme', null), null);

    // Quotes are shown in their section only.
    assert.equal(await set('section', 'quotes'), 'quotes');
    await assertSection(widget, 'quotes');
    assert.equal(await set('expanded', true), '');
    await assertOpenQuotes(widget, QUOTE_IDS);
    assert.equal((await read()).expanded, true);
    assert.equal(await set('expanded', false), null);
    await assertOpenQuotes(widget, []);

    assert.equal(await set('timeout', 5000), '5000');
    assert.equal((await read()).timeout, 5000);
    assert.equal(await set('timeout', 'soon'), 'soon');
    assert.equal((await read()).timeout, 10000, 'a timeout it refuses reads as the one that applies');
    assert.equal(await set('timeout', undefined), null);

    assert.equal(await set('deepLink', ''), '');
    assert.equal((await read()).deepLink, '');
    await page.evaluate(() => {
      location.hash = '#conference-summary/funders';
    });
    await assertSection(widget, 'funders');
    assert.equal((await read()).section, 'funders');
    assert.equal(await set('deepLink', null), null);
    assert.equal((await read()).deepLink, null);

    assert.equal(await set('section', 'programme'), 'programme');
    await assertSection(widget, 'programme');

    assert.equal(await set('loading', 'LAZY'), 'LAZY');
    assert.equal((await read()).loading, 'eager', 'only `lazy` is lazy');
    assert.equal(await set('loading', 'lazy'), 'lazy');
    assert.equal((await read()).loading, 'lazy');

    assert.equal(await set('src', '/alternative.json'), '/alternative.json');
    await waitReady(page, 'w', 2);
    assert.equal(await widget.locator('h2.cs-headline').textContent(), 'Another headline');
    assert.equal((await read()).src, '/alternative.json');
    assert.equal(await set('src', null), null);
    await waitReady(page, 'w', 3);
  });
});

test('a framework hears every event by its alias, with the same detail, the loader\'s own error too', async () => {
  session.server.route(
    '/aliases.html',
    hostPage(`<conference-summary id="w"></conference-summary>
<script>
  window.heard = [];
  for (const name of ${JSON.stringify(ALIAS_NAMES)}) {
    document.addEventListener(name, (event) => window.heard.push([event.type, event.target.id, event.detail]));
  }
</script>`),
  );
  await session.visit('/aliases.html', async ({ page }) => {
    await waitReady(page, 'w');
    await page.locator('#w').evaluate((host) => host.showSection('quotes'));
    await eventually(async () =>
      assert.deepEqual(await page.evaluate(() => window.heard), [
        ['conference-summary-ready', 'w', {}],
        ['conference-summary-section-change', 'w', { section: 'quotes' }],
      ]),
    );
  });

  // The module cannot load: the loader's own error event, and its alias.
  session.server.route(`/${FILES.wasm}`, { status: 404, body: 'gone', type: 'text/plain' });
  try {
    await session.visit('/aliases.html', { allowed: [/could not load/, /404/, /integrity/] }, async ({ page }) => {
      await eventually(async () => {
        const heard = await page.evaluate(() => window.heard);
        assert.deepEqual(heard.map(([type, id]) => [type, id]), [['conference-summary-error', 'w']]);
        assert.match(heard[0][2].message, /^the widget could not load/);
      });
    });
  } finally {
    session.server.route(`/${FILES.wasm}`, undefined);
  }
});
