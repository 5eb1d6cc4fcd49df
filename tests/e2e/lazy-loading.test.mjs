// loading="lazy" (assets/loader/lazy.js): a widget below the fold has the
// page fetch neither the WebAssembly nor its glue nor the stylesheet until it
// nears the viewport; then it renders and fires ready. An eager widget still
// starts at once, also when the loader runs before the page's elements are
// parsed; a lazy one switched to eager starts at once; a prerendered lazy
// snippet stays readable until it is swapped.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, FILES } from './support/build.mjs';
import { hostPage } from './support/html.mjs';
import { useBrowserAndBuild, VIEWPORT } from './support/page.mjs';
import { assertReplaced } from './support/render-state.mjs';
import { elementOnly, SNIPPET, withAttributes } from './support/snippet.mjs';
import { gate } from './support/server.mjs';
import { BUILT_IN_HEADLINE } from './support/summary.mjs';
import { events, waitReady } from './support/widget.mjs';

const session = useBrowserAndBuild();

/** Room enough below the top of the page that the element is far from the viewport. */
const FOLD = `<div style="height: ${VIEWPORT.height * 4}px">above the fold</div>`;

/** The widget's files among the URLs a page requested. */
const widgetFiles = (requests) =>
  [FILES.wasm, FILES.glue, FILES.stylesheet].filter((name) => requests.some((url) => new URL(url).pathname === `/${name}`));

/** Lets the page run what it queued: a frame, then a task. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

test('a lazy widget below the fold fetches nothing of the widget until it nears the viewport', async () => {
  session.server.route('/lazy.html', hostPage(`${FOLD}\n<conference-summary id="lazy" loading="lazy"></conference-summary>`));
  await session.visit('/lazy.html', async ({ page, requests }) => {
    await page.waitForFunction(() => customElements.get('conference-summary'));
    await settle(page);
    assert.deepEqual(widgetFiles(requests), [], 'requested before the element neared the viewport');
    assert.equal(await page.locator('#lazy').evaluate((host) => host.loading), 'lazy');
    assert.deepEqual(await events(page, 'lazy'), []);

    // Near, not yet in view: within the margin below the viewport.
    await page.evaluate(() => {
      const top = document.querySelector('#lazy').getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight - 100);
    });
    await waitReady(page, 'lazy');
    assert.deepEqual(widgetFiles(requests).sort(), [FILES.glue, FILES.stylesheet, FILES.wasm].sort());
  });
});

test('an eager widget below the fold loads at once, beside a lazy one', async () => {
  session.server.route(
    '/eager.html',
    hostPage(`${FOLD}\n<conference-summary id="eager"></conference-summary>\n${FOLD}\n<conference-summary id="lazy" loading="lazy"></conference-summary>`),
  );
  await session.visit('/eager.html', async ({ page, requests }) => {
    await waitReady(page, 'eager');
    assert.ok(widgetFiles(requests).includes(FILES.wasm));
    await settle(page);
    assert.deepEqual(await events(page, 'lazy'), [], 'the lazy one waits for the viewport');
    await page.locator('#lazy').scrollIntoViewIfNeeded();
    await waitReady(page, 'lazy');
  });
});

test('a lazy widget set to eager starts at once, without a scroll', async () => {
  session.server.route('/switch.html', hostPage(`${FOLD}\n<conference-summary id="lazy" loading="lazy"></conference-summary>`));
  await session.visit('/switch.html', async ({ page, requests }) => {
    await page.waitForFunction(() => customElements.get('conference-summary'));
    await settle(page);
    assert.deepEqual(widgetFiles(requests), []);
    await page.locator('#lazy').evaluate((host) => {
      host.loading = 'eager';
    });
    await waitReady(page, 'lazy');
    assert.equal(await page.evaluate(() => scrollY), 0, 'no scroll');
    assert.equal(await page.locator('#lazy').getAttribute('loading'), 'eager');
  });
});

test('a prerendered lazy snippet stays readable, and is swapped once near', async () => {
  const lazy = withAttributes(elementOnly(SNIPPET), ' id="snippet" loading="lazy"');
  session.server.route('/snippet.html', hostPage(`${FOLD}\n${lazy}`));
  await session.visit('/snippet.html', async ({ page, requests }) => {
    await page.waitForFunction(() => customElements.get('conference-summary'));
    await settle(page);
    // Its own stylesheet link is the snippet's; the wasm and glue wait.
    assert.deepEqual(widgetFiles(requests).filter((name) => name !== FILES.stylesheet), []);
    const headline = page.locator('#snippet h2.cs-headline');
    assert.equal(await headline.textContent(), BUILT_IN_HEADLINE);
    await page.locator('#snippet').scrollIntoViewIfNeeded();
    await waitReady(page, 'snippet');
    await assertReplaced(page, '#snippet');
  });
});

test('the loader run before the page is parsed starts the load as soon as an eager element is parsed', async () => {
  // The page arrives in three parts: its head with the loader and a lazy
  // element; once the loader has run, an eager element; and only once the
  // wasm has been asked for, the end of the document. Nothing but the
  // parsed eager element can then have started the load: the element is
  // defined (and would start it) only once the document is complete.
  const parts = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>streamed</title>
<script type="module" async src="/embed.js"></script></head><body>
<conference-summary id="early" loading="lazy"></conference-summary>
${' '.repeat(4096)}`,
    `<conference-summary id="streamed"></conference-summary>\n${' '.repeat(4096)}`,
    '</body></html>\n',
  ];
  const loaderRan = gate();
  const wasmAsked = gate();
  session.server.route('/streamed.html', {
    handle: async (request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.write(parts[0]);
      await loaderRan.until;
      response.write(parts[1]);
      await wasmAsked.until;
      response.end(parts[2]);
    },
  });
  session.server.route(`/${FILES.wasm}`, {
    handle: async (request, response) => {
      wasmAsked.open();
      response.writeHead(200, { 'Content-Type': 'application/wasm', 'Cache-Control': 'no-store' });
      response.end(await readFile(join(DIST, FILES.wasm)));
    },
  });
  // The loader's first act on the page: it listens for the document's end.
  const init = () => {
    const add = Document.prototype.addEventListener;
    Document.prototype.addEventListener = function (type, ...rest) {
      if (type === 'DOMContentLoaded') window.__loaderRan = true;
      return add.call(this, type, ...rest);
    };
  };
  try {
    await session.visit('/streamed.html', { init, waitUntil: 'commit' }, async ({ page, requests }) => {
      await page.waitForFunction(() => window.__loaderRan);
      assert.equal(await page.evaluate(() => document.readyState), 'loading');
      assert.deepEqual(widgetFiles(requests), [], 'a lazy element alone asks for nothing');
      loaderRan.open();
      await wasmAsked.until;
      await waitReady(page, 'streamed');
    });
  } finally {
    loaderRan.open();
    wasmAsked.open();
    session.server.route(`/${FILES.wasm}`, undefined);
  }
});
