// Deep links respect the host page (issue #23), in Chromium: on
// /articles/42.html with `<base href="/">` (as Angular apps have) and a
// router's state in the history entry, the widget's deep link changes only
// the URL's fragment, keeps the router's state, adds no history entry and
// fires no hashchange (it replaces the entry; the page hears hashchange
// only for its own fragment changes, which the widget follows).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hostPage } from './support/html.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { assertSection, pickTab, toggleQuote, waitReady } from './support/widget.mjs';

// The page's router: its state in the current entry, and every hashchange it hears.
const ROUTER = `<script type="module">
  history.replaceState({ route: 'article', id: 42 }, '', location.href);
  window.__hashchanges = [];
  addEventListener('hashchange', () => window.__hashchanges.push(location.hash));
</script>`;

const session = useBrowserAndBuild({
  '/articles/42.html': hostPage(`<conference-summary id="linked" deep-link></conference-summary>${ROUTER}`, {
    head: '<base href="/">',
  }),
});

test('a deep link on a page with <base href="/"> and router state: only the fragment changes, the state stays, no hashchange', async () => {
  await session.visit('/articles/42.html?ref=home', async ({ page }) => {
    await waitReady(page, 'linked');
    const widget = page.locator('#linked');
    const where = () =>
      page.evaluate(() => ({
        path: location.pathname + location.search,
        hash: location.hash,
        state: history.state,
        entries: history.length,
        hashchanges: window.__hashchanges,
      }));
    const start = await where();
    assert.deepEqual(start.state, { route: 'article', id: 42 });

    await pickTab(widget, 'programme');
    await assertSection(widget, 'programme');
    assert.deepEqual(await where(), {
      path: '/articles/42.html?ref=home',
      hash: '#conference-summary/programme',
      state: { route: 'article', id: 42 },
      entries: start.entries,
      hashchanges: [],
    });

    await pickTab(widget, 'quotes');
    await toggleQuote(widget, 'perez-testimony');
    await page.waitForFunction(() => location.hash === '#conference-summary/quotes/perez-testimony');
    assert.deepEqual(await where(), {
      path: '/articles/42.html?ref=home',
      hash: '#conference-summary/quotes/perez-testimony',
      state: { route: 'article', id: 42 },
      entries: start.entries,
      hashchanges: [],
    });

    // The page's own fragment change: the page hears it, once, and the widget follows it.
    await page.evaluate(() => {
      location.hash = '#conference-summary/funders';
    });
    await assertSection(widget, 'funders');
    const after = await where();
    assert.equal(after.path, '/articles/42.html?ref=home');
    assert.equal(after.hash, '#conference-summary/funders');
    assert.deepEqual(after.hashchanges, ['#conference-summary/funders']);
  });
});
