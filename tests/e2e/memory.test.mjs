// Memory and scale (issue "bad input, failed loads and hostile content"):
// 1,000 mount/unmount cycles leave the JS heap, the WebAssembly memory and
// the DOM where they were; 200 instances on one page all render and each
// works on its own. (bench/memory.mjs prints the same figures.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { CYCLE_PAGE, describe, measure, openCyclePage, runCycles } from './support/memory.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { events, pickTab } from './support/widget.mjs';

const MB = 1024 * 1024;

const shared = useBrowserAndBuild({ '/cycles.html': CYCLE_PAGE });

test('1,000 mount/unmount cycles: JS heap, wasm memory and DOM do not grow between cycle 100 and cycle 1,000', { timeout: 120_000 }, async (t) => {
  const session = await openCyclePage(shared.browser, `${shared.server.url}/cycles.html`);
  try {
    // The first element brings the WebAssembly in.
    await runCycles(session, 1, 1);
    const start = await measure(session);
    await runCycles(session, 99, 10);
    const hundred = await measure(session);
    await runCycles(session, 900, 10);
    const thousand = await measure(session);
    for (const figures of [start, hundred, thousand]) t.diagnostic(describe(figures));
    const growth = {
      jsHeapUsed: thousand.jsHeapUsed - hundred.jsHeapUsed,
      wasmMemory: thousand.wasmMemory - hundred.wasmMemory,
      nodes: thousand.nodes - hundred.nodes,
      listeners: thousand.listeners - hundred.listeners,
    };
    t.diagnostic(`growth from 100 to 1000 cycles: ${JSON.stringify(growth)}`);

    assert.equal(thousand.elements, 0, 'every element was removed');
    assert.deepEqual([...session.problems, ...session.warnings], [], 'console errors, warnings or page errors during the cycles');
    await t.test('the JS heap grows by less than 1 MB', () => {
      assert.ok(growth.jsHeapUsed < MB, `JS heap used grew by ${growth.jsHeapUsed} bytes`);
    });
    await t.test('the WebAssembly memory grows by less than 1 MB', () => {
      assert.ok(
        growth.wasmMemory < MB,
        `wasm memory grew by ${growth.wasmMemory} bytes (${(growth.wasmMemory / 900).toFixed(0)} bytes a cycle): ${describe(hundred)} → ${describe(thousand)}`,
      );
    });
    await t.test('removed elements are released: DOM nodes and event listeners do not pile up', () => {
      // Measured after garbage collection: a node or listener per cycle means
      // something still holds every removed widget.
      assert.ok(growth.nodes < 50, `DOM nodes grew by ${growth.nodes} over 900 cycles`);
      assert.ok(growth.listeners < 50, `JS event listeners grew by ${growth.listeners} over 900 cycles`);
    });
  } finally {
    await session.close();
  }
});

test('200 instances on one page: 200 ready events; a tab click in the 1st, 100th and 200th switches only that one', { timeout: 60_000 }, async () => {
  const COUNT = 200;
  const ids = Array.from({ length: COUNT }, (_, i) => `w${i + 1}`);
  shared.server.route(
    '/many.html',
    hostPage(ids.map((id) => `<conference-summary id="${id}"></conference-summary>`).join('\n')),
  );
  const opened = await shared.open('/many.html');
  try {
    const { page } = opened;
    await eventually(async () => {
      const ready = (await events(page)).filter((event) => event.type === 'ready');
      assert.equal(ready.length, COUNT, `${ready.length} ready events`);
      assert.deepEqual([...new Set(ready.map((event) => event.target))].sort(), [...ids].sort());
    }, { timeout: 30_000 });

    /** The shown section of every instance, in page order. */
    const shown = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('conference-summary')].map((host) => {
          const root = host.shadowRoot;
          const selected = [...root.querySelectorAll('[role=tab][aria-selected="true"]')].map((tab) => tab.id);
          const panels = [...root.querySelectorAll('[role=tabpanel]:not([hidden])')].map((panel) => panel.id);
          return `${selected.join(',')}|${panels.join(',')}`;
        }),
      );
    const overview = 'cs-tab-overview|cs-panel-overview';
    assert.deepEqual(await shown(), ids.map(() => overview), 'every instance shows the overview');

    const clicks = { w1: 'funders', w100: 'quotes', w200: 'programme' };
    for (const [id, section] of Object.entries(clicks)) {
      const widget = page.locator(`#${id}`);
      await widget.scrollIntoViewIfNeeded();
      await pickTab(widget, section);
    }
    const expected = ids.map((id) => (clicks[id] ? `cs-tab-${clicks[id]}|cs-panel-${clicks[id]}` : overview));
    await eventually(async () => assert.deepEqual(await shown(), expected, 'only the clicked instances switched'));
    const changes = (await events(page)).filter((event) => event.type === 'section-change');
    assert.deepEqual(
      changes.map((event) => [event.target, event.detail.section]),
      Object.entries(clicks),
      'one section-change event from each clicked instance, none from the others',
    );
    assert.deepEqual(
      await page.evaluate(() => [...document.querySelectorAll('conference-summary[section]')].map((host) => [host.id, host.section])),
      Object.entries(clicks),
      'the section attribute moved on the clicked instances only',
    );
    assert.deepEqual((await events(page)).filter((event) => event.type === 'error'), [], 'error events');
    assert.deepEqual(opened.problems, [], 'console errors or page errors');
  } finally {
    await opened.close();
  }
});
