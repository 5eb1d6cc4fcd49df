// Content at first paint, and no layout shift at all (issue "content at
// first paint"): with the WebAssembly held back, the demo page and the
// snippet page show the summary and its tabs before any script has run; once
// it arrives, the widget's own render takes the prerendered markup's place
// in one step: nothing moves, and a reader's focus stays where it was.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, FILES } from './support/build.mjs';
import { assertClean, launch, open } from './support/page.mjs';
import { assertReplaced } from './support/render-state.mjs';
import { gate, serve } from './support/server.mjs';
import { BUILT_IN_HEADLINE } from './support/summary.mjs';
import { squash } from './support/text.mjs';
import { events, waitAllReady, widgetState } from './support/widget.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** A server of the build whose WebAssembly waits until `release()` is called. */
async function slowWasmServer() {
  const wasm = gate();
  const held = await serve(DIST, {
    routes: {
      [`/${FILES.wasm}`]: { body: readFileSync(join(DIST, FILES.wasm)), type: 'application/wasm', until: wasm.until },
    },
  });
  let released = false;
  return {
    ...held,
    released: () => released,
    release: () => {
      released = true;
      wasm.open();
    },
  };
}

// Registered before the page's own scripts: every layout shift from navigation on.
const LAYOUT_SHIFTS = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        time: Math.round(entry.startTime),
        sources: entry.sources.map((source) => ({
          node: source.node ? `${source.node.nodeName}#${source.node.id ?? ''}.${source.node.className ?? ''}` : null,
          from: source.previousRect && JSON.stringify(source.previousRect),
          to: source.currentRect && JSON.stringify(source.currentRect),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** The layout shifts so far, once two frames have gone by (entries arrive after the frame). */
async function layoutShifts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__shifts))),
      ),
  );
}

/** Where the parts of every widget (and what follows them) are on the page. */
function geometry(page) {
  return page.evaluate(() => {
    const rect = (element) => {
      if (!element) return null;
      const { x, y, width, height } = element.getBoundingClientRect();
      return [x, y, width, height].map((n) => Math.round(n * 100) / 100).join(',');
    };
    return [...document.querySelectorAll('conference-summary')].map((host) => {
      const root = host.shadowRoot;
      return {
        host: rect(host),
        headline: rect(root?.querySelector('h2.cs-headline')),
        tablist: rect(root?.querySelector('[role=tablist]')),
        panel: rect(root?.querySelector('[role=tabpanel]:not([hidden])')),
        footer: rect(root?.querySelector('.cs-footer')),
        next: rect(host.nextElementSibling),
      };
    });
  });
}

for (const [name, path] of [
  ['the demo page', '/index.html'],
  ['the snippet page', '/snippet.html'],
]) {
  test(`${name}: content at first paint with the WebAssembly held back, and a Cumulative Layout Shift of 0`, async () => {
    const held = await slowWasmServer();
    let opened;
    try {
      opened = await open(browser, `${held.url}${path}`, { init: LAYOUT_SHIFTS, waitUntil: 'commit' });
      const { page } = opened;
      // First paint happened. The host page's own text may paint first: Chromium
      // shows a declarative shadow root's content once the stylesheet linked
      // in it is in. Then the widget's content is on screen, and the script
      // cannot have run, since its WebAssembly has not arrived (checked below).
      await page.waitForFunction(() =>
        performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
      );
      const hosts = page.locator('conference-summary');
      const count = await hosts.count();
      assert.ok(count >= 1);
      for (let i = 0; i < count; i += 1) {
        const host = hosts.nth(i);
        await host.locator('h2.cs-headline').waitFor({ state: 'visible' });
        assert.ok(await host.locator('h2.cs-headline').isVisible(), 'headline visible before the script');
        assert.equal(squash(await host.locator('h2.cs-headline').innerText()), BUILT_IN_HEADLINE);
        assert.ok(await host.locator('[role=tablist]').isVisible(), 'tabs visible before the script');
        const state = await widgetState(host);
        assert.equal(state.shownPanels.length, 1, 'one panel shown');
        assert.ok(await host.locator(`#cs-panel-${state.shownPanels[0]}`).isVisible());
      }
      assert.equal(held.released(), false);
      assert.deepEqual(await events(page), [], 'no ready event before the WebAssembly is in');
      // Mark the prerendered nodes, to tell them from the widget's own render.
      await page.evaluate(() => {
        for (const host of document.querySelectorAll('conference-summary')) {
          host.shadowRoot.querySelector('article.cs').__prerendered = true;
          host.shadowRoot.querySelector('h2.cs-headline').firstChild.__prerendered = true;
        }
      });
      // A reader has focused the first widget's selected tab in the prerendered markup.
      const focusedId = await page.evaluate(() => {
        const tab = document.querySelector('conference-summary').shadowRoot.querySelector('[role=tab][aria-selected="true"]');
        tab.__prerendered = true;
        tab.focus();
        return tab.id;
      });
      assert.match(focusedId, /^cs-tab-/);
      const before = await geometry(page);

      held.release();
      await waitAllReady(page);
      const shifts = await layoutShifts(page);
      const cls = shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0);
      assert.equal(cls, 0, `layout shifts: ${JSON.stringify(shifts, null, 1)}`);
      assert.deepEqual(await geometry(page), before, 'nothing moved when the script took over');
      // Replaced: none of the prerendered nodes is left, only the widget's own render.
      assert.deepEqual(
        await page.evaluate(() =>
          [...document.querySelectorAll('conference-summary')].map((host) => ({
            article: host.shadowRoot.querySelector('article.cs').__prerendered === true,
            text: host.shadowRoot.querySelector('h2.cs-headline').firstChild.__prerendered === true,
          })),
        ),
        Array.from({ length: count }, () => ({ article: false, text: false })),
      );
      await assertReplaced(page);
      // The reader's focus moved to the element with the same id in the new render.
      assert.deepEqual(
        await page.evaluate(() => {
          const host = document.querySelector('conference-summary');
          const focused = host.shadowRoot.activeElement;
          return {
            host: document.activeElement === host,
            id: focused?.id ?? null,
            fresh: focused ? focused.__prerendered !== true && focused.isConnected : null,
          };
        }),
        { host: true, id: focusedId, fresh: true },
        'focus kept across the swap',
      );
      assertClean(opened);
    } finally {
      held.release();
      await opened?.close();
      await held.close();
    }
  });
}
