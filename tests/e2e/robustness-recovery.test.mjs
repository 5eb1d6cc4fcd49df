// Panic recovery that cannot loop or leak (issue #23; the `panic-probe`
// build, $PANIC_DIST), in Chromium: a widget that panics whenever it renders
// its content comes back with the error box, once; the instances left by
// panics are freed (live WebAssembly.Memory objects after garbage
// collection, through CDP); past the page's panic limit (MAX_PANICS in
// assets/loader/instances.js, README.md) every widget shows the error box,
// and a panic after that stops the widgets with an error event each.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PANIC_DIST, panicBuildFiles } from './support/build.mjs';
import { hostPage } from './support/html.mjs';
import { EN } from './support/i18n.mjs';
import { launch, open } from './support/page.mjs';
import { serve } from './support/server.mjs';
import { assertWorks, errorMessages, eventCounts, waitReady, waitReadyEvents } from './support/widget.mjs';

/** The page's panic limit, as README.md documents it. */
const MAX_PANICS = 8;
const INTERNAL = /^internal error: RuntimeError: unreachable/;

let browser;
let server;
before(async () => {
  panicBuildFiles();
  browser = await launch();
  server = await serve(PANIC_DIST, {
    routes: {
      '/render-panic.html': hostPage(`<conference-summary id="one"></conference-summary>
<conference-summary id="bad" data-panic-probe></conference-summary>`),
      '/panics.html': hostPage(`<conference-summary id="one" deep-link></conference-summary>
<conference-summary id="two"></conference-summary>`),
    },
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The widget's "internal error" console errors. */
const internalErrors = (opened) => opened.errors.filter((text) => /^conference-summary: internal error/.test(text));

test('a widget that panics whenever it renders its content panics once: it comes back with the error box, not its content', async () => {
  const opened = await open(browser, `${server.url}/render-panic.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    const [message] = await errorMessages(page, 'bad');
    assert.match(message, INTERNAL);
    const alert = page.locator('#bad [role=alert]');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.locator('p').nth(1).textContent(), EN.errorInternal);
    assert.equal(await page.locator('#bad article.cs').count(), 0, 'the content that panicked is not rendered again');

    // The other widget restarted once and works; a widget added later too.
    await waitReady(page, 'one', 2);
    await assertWorks(page.locator('#one'));
    await page.evaluate(() => {
      const element = document.createElement('conference-summary');
      element.id = 'later';
      document.body.append(element);
    });
    await waitReady(page, 'later');
    // After all that, still the one panic: no fresh instance panicked again.
    assert.equal(internalErrors(opened).length, 1, `console errors: ${JSON.stringify(opened.errors)}`);
    assert.deepEqual(await eventCounts(page, 'bad'), { error: 1 });
    assert.deepEqual(await eventCounts(page, 'one'), { ready: 2, 'section-change': 2, 'quote-toggle': 2 });
    assert.deepEqual(opened.pageErrors, [], 'page errors');
  } finally {
    await opened.close();
  }
});

/**
 * Live WebAssembly.Memory objects after garbage collection: what keeps an
 * instance of the module alive keeps its memory.
 */
async function liveMemories(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: prototype.objectId });
  return result.value;
}

test(`panics free the instances they leave; past ${MAX_PANICS} panics every widget shows the error box, and one more stops them`, async (t) => {
  const opened = await open(browser, `${server.url}/panics.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    const cdp = await opened.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await waitReady(page, 'one');
    await waitReady(page, 'two');
    const panic = async () => {
      // From another section, so that the attribute changes.
      await page.evaluate(() => {
        const two = document.getElementById('two');
        two.setAttribute('section', 'overview');
        two.setAttribute('section', 'panic-probe');
      });
    };

    const memories = [await liveMemories(cdp)];
    for (let panics = 1; panics <= 6; panics += 1) {
      await panic();
      // #two comes back with the error box (an error event each time), #one with its summary.
      await errorMessages(page, 'two', panics);
      await waitReadyEvents(page, 'one', panics + 1);
      if (panics % 3 === 0) memories.push(await liveMemories(cdp));
    }
    // One instance, one memory, however many panics there were.
    assert.deepEqual(memories, [memories[0], memories[0], memories[0]], `live memories at 0, 3 and 6 panics: ${memories}`);
    assert.ok(memories[0] <= 2, `live memories: ${memories[0]}`);
    t.diagnostic(`live WebAssembly.Memory objects at 0, 3 and 6 panics: ${memories}`);
    await assertWorks(page.locator('#one'));
    // The released instances' window listeners (hashchange, here) are still on
    // the page and refuse to run: the page hears nothing of it, and the widget
    // of the current instance follows the fragment.
    await page.evaluate(() => {
      location.hash = '#conference-summary/funders';
    });
    await page.locator('#one #cs-panel-funders').waitFor({ state: 'visible' });
    assert.deepEqual(opened.pageErrors, [], 'page errors after a hashchange');

    for (let panics = 7; panics <= MAX_PANICS; panics += 1) {
      await panic();
      await errorMessages(page, 'two', panics);
      if (panics < MAX_PANICS) await waitReadyEvents(page, 'one', panics + 1);
    }
    // The last instance: every widget shows the error box, also one added later.
    await page.evaluate(() => {
      const element = document.createElement('conference-summary');
      element.id = 'later';
      document.body.append(element);
    });
    const stopped = `internal error: stopped after ${MAX_PANICS} panics on this page`;
    assert.deepEqual(await errorMessages(page, 'one'), [stopped]);
    assert.deepEqual(await errorMessages(page, 'later'), [stopped]);
    for (const id of ['one', 'two', 'later']) {
      const alert = page.locator(`#${id} [role=alert]`);
      await alert.waitFor({ state: 'visible' });
      assert.equal(await alert.locator('p').nth(1).textContent(), EN.errorInternal, `#${id}`);
      assert.equal(await page.locator(`#${id} article.cs`).count(), 0, `#${id}: no summary`);
    }
    assert.equal(await liveMemories(cdp), memories[0], 'still one instance');

    // One more panic, in the last instance: the widgets stop, each with an error event.
    await panic();
    const gone = `the widget could not load: internal error: stopped after ${MAX_PANICS + 1} panics on this page`;
    assert.deepEqual(await errorMessages(page, 'one', 2), [stopped, gone]);
    assert.deepEqual(await errorMessages(page, 'later', 2), [stopped, gone]);
    assert.equal((await errorMessages(page, 'two', MAX_PANICS + 1)).at(-1), gone);
    // And a widget added after that fails at once, without a new instance.
    await page.evaluate(() => {
      const element = document.createElement('conference-summary');
      element.id = 'last';
      document.body.append(element);
    });
    assert.deepEqual(await errorMessages(page, 'last'), [gone]);
    assert.equal(internalErrors(opened).length, MAX_PANICS + 1, 'one console error per panic, no loop');
    assert.deepEqual(opened.pageErrors, [], 'page errors');
  } finally {
    await opened.close();
  }
});
