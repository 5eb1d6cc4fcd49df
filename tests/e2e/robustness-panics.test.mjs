// A panic inside one element (issue "bad input, failed loads and hostile
// content"; the `panic-probe` build, $PANIC_DIST): that element shows the
// error box, the others restart and keep working; a trap in the host page's
// own WebAssembly is left to the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DIST, PANIC_DIST, panicBuildFiles } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { EN } from './support/i18n.mjs';
import { launch, open } from './support/page.mjs';
import { serve } from './support/server.mjs';
import { assertWorks, errorMessages, eventCounts, events, waitReady, widgetErrors } from './support/widget.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

// `panic-probe` panics during the element's call into the wasm; `panic-probe-later`
// in a task the call spawns, as a panic in a render or an event listener would.
for (const probe of ['panic-probe', 'panic-probe-later']) test(`a panic in one of three elements (section="${probe}"): that one shows the error box, the others and a new one keep working`, async (t) => {
  const panicStylesheet = panicBuildFiles().stylesheet;
  const own = await serve(PANIC_DIST, {
    routes: {
      '/panic.html': hostPage(`<conference-summary id="one"></conference-summary>
<conference-summary id="two"></conference-summary>
<conference-summary id="three" section="quotes"></conference-summary>`),
    },
  });
  const opened = await open(browser, `${own.url}/panic.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    for (const id of ['one', 'two', 'three']) await waitReady(page, id);
    // The page's one stylesheet, adopted by every widget, kept across the restart.
    await page.evaluate(() => {
      window.__sheet = document.querySelector('#one').shadowRoot.adoptedStyleSheets[0];
    });
    await page.locator('#two').evaluate((host, section) => host.setAttribute('section', section), probe);

    // The panicking element: the error box, one error event.
    const [message] = await errorMessages(page, 'two');
    assert.match(message, /^internal error: RuntimeError: unreachable/);
    const two = page.locator('#two');
    const alert = two.locator('[role=alert]');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.locator('p').nth(1).textContent(), EN.errorInternal);
    assert.equal(await two.locator('article.cs').count(), 0);

    // The others move to a fresh instance (a second ready event) and work.
    await waitReady(page, 'one', 2);
    await waitReady(page, 'three', 2);
    for (const id of ['one', 'three']) {
      const widget = page.locator(`#${id}`);
      const before = (await events(page, id)).length;
      await assertWorks(widget);
      const fired = (await events(page, id)).slice(before).map((event) => event.type);
      assert.ok(fired.includes('section-change'), `${id}: section-change fires after the panic: ${fired}`);
      assert.ok(fired.includes('quote-toggle'), `${id}: quote-toggle fires after the panic: ${fired}`);
      assert.equal(await widget.locator('[role=alert]').count(), 0, `${id}: no error box`);
    }

    // An element added later works.
    await page.evaluate(() => {
      const element = document.createElement('conference-summary');
      element.id = 'four';
      document.body.append(element);
    });
    await waitReady(page, 'four');
    await assertWorks(page.locator('#four'));

    // One console error, the loader's; one error event, on #two only.
    const internal = opened.errors.filter((text) => /internal error/.test(text));
    assert.equal(internal.length, 1, `console errors: ${JSON.stringify(opened.errors, null, 1)}`);
    assert.match(internal[0], /^conference-summary: internal error: RuntimeError: unreachable/);
    assert.deepEqual(opened.errors, internal, 'no other console error');
    for (const id of ['one', 'three', 'four']) {
      assert.equal((await eventCounts(page, id)).error, undefined, `${id}: no error event`);
    }
    assert.deepEqual(
      await page.evaluate(() =>
        ['one', 'two', 'three', 'four'].map((id) => {
          const root = document.getElementById(id).shadowRoot;
          return [id, root.adoptedStyleSheets.length, root.adoptedStyleSheets[0] === window.__sheet, root.querySelectorAll('link').length];
        }),
      ),
      [['one', 1, true, 0], ['two', 1, true, 0], ['three', 1, true, 0], ['four', 1, true, 0]],
      'one shared sheet before and after the restart, no link',
    );
    assert.equal(own.requests.filter((path) => path === `/${panicStylesheet}`).length, 1, 'the stylesheet fetched once');
    t.diagnostic(`panic message: ${message.split('\n')[0]}`);
    t.diagnostic(`page errors: ${JSON.stringify(opened.pageErrors)}; warnings: ${JSON.stringify(opened.warnings)}`);
    // The loader handles the trap: the page sees no uncaught error.
    assert.deepEqual(opened.pageErrors, [], 'page errors');
  } finally {
    await opened.close();
    await own.close();
  }
});

test("a trap in the host page's own WebAssembly is the page's: the widgets neither restart nor report it", async () => {
  const own = await serve(DIST, {
    routes: { '/host-trap.html': hostPage('<conference-summary id="one"></conference-summary>') },
  });
  const opened = await open(browser, `${own.url}/host-trap.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    await waitReady(page, 'one');
    // (module (func (export "trap") unreachable)), called from a timer: an
    // uncaught RuntimeError like the ones the loader handles, but not ours.
    await page.evaluate(() => {
      const bytes = new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
        0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b,
      ]);
      const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
      setTimeout(() => exports.trap());
    });
    await eventually(() => assert.equal(opened.pageErrors.length, 1, 'the page sees its own trap'));
    assert.match(opened.pageErrors[0], /unreachable/);

    await assertWorks(page.locator('#one'));
    const counts = await eventCounts(page, 'one');
    assert.equal(counts.ready, 1, 'no restart: one ready event');
    assert.equal(counts.error, undefined, 'no error event');
    assert.deepEqual(widgetErrors(opened), [], "no console error of the widget's");
    assert.equal(await page.locator('#one [role=alert]').count(), 0, 'no error box');
  } finally {
    await opened.close();
    await own.close();
  }
});
