// The loader survives its own failures and leaves the page's to the page
// (issue #23), in every engine (Chromium, Firefox ESR, WebKitGTK;
// engines.mjs): a wasm that first answers 503 fails the widgets of that
// time, and a widget added later loads it again and renders, with a bounded
// number of tries; a trap in the host page's own WebAssembly, in a click
// handler on a widget's element, is the page's (the panic-probe's panics are
// still recovered: cross-engine-loading.test.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, FILES } from './support/build.mjs';
import { assertSection, assertWorks, clickOn, stateOf, waitReady } from './support/engine-widget.mjs';
import { eachEngine } from './support/engines.mjs';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { RECORDER_ROUTE, RECORDER_TAG } from './support/recorder.mjs';
import { serve } from './support/server.mjs';
import { errorMessages, events } from './support/widget.mjs';

/** A page for the cross-engine tests: the recorder first, then the loader, then `body`. */
const page = (body) => hostPage(body, { head: RECORDER_TAG });

const WASM = readFileSync(join(DIST, FILES.wasm));

/**
 * A server of the release build whose wasm answers 503 with `failBody`
 * while `failing.now` is true.
 */
async function flakyServer(routes, failBody) {
  const failing = { now: true };
  const server = await serve(DIST, { routes: { ...RECORDER_ROUTE, ...routes } });
  server.route(`/${FILES.wasm}`, {
    get body() {
      return failing.now ? failBody : WASM;
    },
    get type() {
      return failing.now && failBody !== WASM ? 'text/html' : 'application/wasm';
    },
    get status() {
      return failing.now ? 503 : 200;
    },
  });
  const wasmRequests = () => server.requests.filter((path) => path === `/${FILES.wasm}`).length;
  return { server, failing, wasmRequests };
}

/** Appends a <conference-summary id=…> to the page. */
const add = (tab, id) =>
  tab.evaluate((id) => {
    const element = document.createElement('conference-summary');
    element.id = id;
    document.body.append(element);
  }, id);

const LOAD_FAILED = /^the widget could not load: .*\b503\b/;

/** The (sole) error message of #id once it has one; asserts the widget never got ready. */
async function loadError(tab, id) {
  const [message] = await errorMessages(tab, id);
  assert.equal((await events(tab, id)).filter((event) => event.type === 'ready').length, 0, `#${id}: no ready event`);
  return message;
}

eachEngine((pageTest) => {
  pageTest('the wasm answers 503, then 200: the widgets of that time report it, one added later renders', async (tab) => {
    // An error page, as a CDN sends: the load fails whether or not the status is checked.
    const { server, failing, wasmRequests } = await flakyServer(
      { '/flaky.html': page('<conference-summary id="first"></conference-summary>') },
      '<!doctype html><title>503 Service Unavailable</title>',
    );
    try {
      await tab.goto(`${server.url}/flaky.html`);
      assert.match(await loadError(tab, 'first'), LOAD_FAILED);
      // Still failing: a widget added now tries again, and fails too.
      await add(tab, 'second');
      assert.match(await loadError(tab, 'second'), LOAD_FAILED);
      failing.now = false;
      const before = wasmRequests();
      await add(tab, 'third');
      await waitReady(tab, 'third');
      await assertWorks(tab, 'third');
      assert.equal(wasmRequests(), before + 1, 'one more request, which succeeded');
      // Loaded now: the next widget needs no request.
      await add(tab, 'fourth');
      await waitReady(tab, 'fourth');
      assert.equal(wasmRequests(), before + 1, 'loaded once');
      // The widgets that failed stay failed until the page adds them again.
      assert.equal((await stateOf(tab, 'first')).headline, null);
    } finally {
      await server.close();
    }
  });

  pageTest('the wasm always answers 503: the loader tries three loads, then every new widget fails at once', async (tab) => {
    // The wasm's own bytes: only the status says that the load failed.
    const { server, wasmRequests } = await flakyServer(
      { '/down.html': page('<conference-summary id="w1"></conference-summary>') },
      WASM,
    );
    try {
      await tab.goto(`${server.url}/down.html`);
      assert.match(await loadError(tab, 'w1'), LOAD_FAILED);
      await add(tab, 'w2');
      assert.match(await loadError(tab, 'w2'), LOAD_FAILED);
      await add(tab, 'w3');
      assert.match(await loadError(tab, 'w3'), LOAD_FAILED);
      const tried = wasmRequests();
      // A fetch and compile, then the fallback's fetch: at most two requests a load.
      assert.ok(tried >= 3 && tried <= 6, `${tried} requests for three loads`);
      await add(tab, 'w4');
      assert.match(await loadError(tab, 'w4'), LOAD_FAILED);
      assert.equal(wasmRequests(), tried, 'no fourth load');
    } finally {
      await server.close();
    }
  });

  pageTest("a trap in the page's own WebAssembly, in its click handler on a widget: the page's error, the widget goes on", async (tab) => {
    // (module (func (export "trap") unreachable)), compiled by the page, called
    // by its listener for clicks on the widget's element: a RuntimeError in the
    // same task as a reader's click on the widget, but not the widget's.
    const trapPage = page(`<conference-summary id="one"></conference-summary>
<script>
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
    0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b,
  ]);
  const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  window.__hostClicks = 0;
  document.getElementById('one').addEventListener('click', () => {
    window.__hostClicks += 1;
    exports.trap();
  });
</script>`);
    const server = await serve(DIST, { routes: { ...RECORDER_ROUTE, '/host-trap.html': trapPage } });
    try {
      await tab.goto(`${server.url}/host-trap.html`);
      await waitReady(tab, 'one');
      await clickOn(tab, 'one', '[role=tab][id$="tab-funders"]');
      await eventually(async () => assert.equal(await tab.evaluate(() => window.__hostClicks), 1));
      // The page sees its own trap, uncaught: nobody handled it.
      await eventually(async () => {
        const { errors } = await tab.record();
        assert.deepEqual(
          errors.map((entry) => ({ runtimeError: entry.error?.runtimeError, handled: entry.handled })),
          [{ runtimeError: true, handled: false }],
        );
      });
      // The widget took the click, and is still the one it was.
      await assertSection(tab, 'one', 'funders');
      await assertWorks(tab, 'one');
      const types = (await events(tab, 'one')).map((event) => event.type);
      assert.equal(types.filter((type) => type === 'ready').length, 1, 'no restart: one ready event');
      assert.equal(types.filter((type) => type === 'error').length, 0, 'no error event');
      const { console: logged } = await tab.record();
      assert.deepEqual(logged.filter((entry) => entry.text.startsWith('conference-summary:')), [], "no console error of the widget's");
    } finally {
      await server.close();
    }
  });
});
