// Trusted Types (issue #23): on a page served with
// `require-trusted-types-for 'script'` besides the strict policy of
// docs/hosting.md, the widget renders, follows a change of `src`, and is
// removed, and nothing it does needs an HTML string (innerHTML and the like
// would be refused and reported). Chromium: the only engine here with
// Trusted Types.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DIST } from './support/build.mjs';
import { hostPage } from './support/html.mjs';
import { launch, open } from './support/page.mjs';
import { serve } from './support/server.mjs';
import { alternativeSummary } from './support/summary.mjs';
import { events, waitReady } from './support/widget.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(DIST, {
    routes: { '/other.json': { body: alternativeSummary('A summary loaded by src'), type: 'application/json' } },
  });
  server.route('/trusted-types.html', {
    body: hostPage('<conference-summary id="one"></conference-summary>'),
    headers: {
      'Content-Security-Policy': `require-trusted-types-for 'script'; default-src 'none'; script-src ${server.origin} 'wasm-unsafe-eval'; style-src ${server.origin}; connect-src ${server.origin}; img-src ${server.origin}`,
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("under require-trusted-types-for 'script' and the strict policy: renders, changes src, is removed, no violation", async () => {
  const opened = await open(browser, `${server.url}/trusted-types.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    // The page really requires Trusted Types: an HTML string is refused.
    assert.equal(
      await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '';
          return 'accepted';
        } catch (error) {
          return error.name;
        }
      }),
      'TypeError',
    );
    await page.evaluate(() => window.__cs.violations.splice(0));
    opened.errors.splice(0);
    opened.csp.splice(0);

    await waitReady(page, 'one');
    await page.evaluate(() => document.getElementById('one').setAttribute('src', '/other.json'));
    await page.locator('#one h2.cs-headline', { hasText: 'A summary loaded by src' }).waitFor();
    // Removed: the widget takes its app out of the shadow root and frees itself.
    await page.evaluate(() => document.getElementById('one').remove());
    // A widget added after that renders too, reusing the removed one's app.
    await page.evaluate(() => {
      const element = document.createElement('conference-summary');
      element.id = 'two';
      document.body.append(element);
    });
    await waitReady(page, 'two');
    assert.equal(
      await page.evaluate(() => document.querySelector('conference-summary') === document.getElementById('two')),
      true,
    );

    assert.deepEqual(await page.evaluate(() => window.__cs.violations), [], 'securitypolicyviolation events');
    assert.deepEqual(opened.csp, [], 'CSP console messages');
    assert.deepEqual(opened.errors, [], 'console errors');
    assert.deepEqual(opened.pageErrors, [], 'page errors');
    assert.deepEqual((await events(page, 'one')).filter((event) => event.type === 'error'), [], 'no error event');
  } finally {
    await opened.close();
  }
});
