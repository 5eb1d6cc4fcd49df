// The prerendered embed (issue "content at first paint"): the summary is in the
// page before any script runs, without JavaScript it shows everything, with
// JavaScript the widget renders afresh off the page and, once styled, takes the
// prerendered markup's place in one step (nothing moves, the DOM is what a
// client render makes, a reader's focus stays), whatever the snippet was made
// for, without a warning (upgrade.test.mjs: snippets of earlier releases), and
// the prerender command itself.
//
// The tests call the prerender command (`cargo run --features ssr --bin prerender`) in the
// repository, or in $PRERENDER_ROOT: it must be built from the same sources as
// the release build under test ($DIST), whose snippet.html it must reproduce.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import {
  assertNoProblems,
  assertSection,
  assertWorks,
  BUILT_IN_HEADLINE,
  DIST,
  distFile,
  doc,
  eventually,
  FUNDERS,
  openPage,
  pickTab,
  QUIET,
  REPO_ROOT,
  runPrerender,
  SECTION_NAMES,
  SECTIONS,
  SUMMARY,
  SUMMARY_TEXT,
  widgetState,
} from './helpers.mjs';

const GERMAN_SECTION_NAMES = ['Überblick', 'Zitate', 'Programm', 'Teilnehmende', 'Geldgeber'];
const PANIC = /unreachable|panicked|RuntimeError/i;

const STYLESHEET = distFile(/^conference-summary-[0-9a-f]+\.css$/);
const WASM = distFile(/^conference-summary-[0-9a-f]+_bg\.wasm$/);
const GLUE = distFile(/^conference-summary-[0-9a-f]+\.js$/);
const SNIPPET = readFileSync(join(DIST, 'snippet.html'), 'utf8');

let browser;
let server;
let scratch;

// ------------------------------------------------------------------ utilities

/** Runs the prerender command; resolves to { code, stdout, stderr }, never rejects. */
const prerender = runPrerender;

/**
 * A snippet from the prerender command, which must succeed; with the preloads
 * of the glue and the wasm, as scripts/write-loader writes dist/snippet.html.
 */
async function snippet(...args) {
  const result = await prerender('--stylesheet', STYLESHEET, '--preload', GLUE, '--preload', WASM, ...args);
  assert.equal(result.code, 0, `prerender ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Gives the snippet's (first) element an id. */
const withId = (html, id) => html.replace('<conference-summary', `<conference-summary id="${id}"`);

/** The attributes of the snippet's element, as written: ` lang="fr" section="quotes" expanded`. */
const attributesOf = (html) => html.match(/<conference-summary([^>]*)>/)[1];

/** The snippet without its preloads, JSON-LD and script tag (for a second copy on a page). */
const elementOnly = (html) =>
  html.slice(html.indexOf('<conference-summary'), html.indexOf('</conference-summary>') + '</conference-summary>'.length);

/** The JSON-LD of a snippet. */
function jsonLd(html) {
  const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  assert.ok(match, 'the snippet has a <script type="application/ld+json">');
  return JSON.parse(match[1]);
}

/** Opens a page, recording console warnings beside openPage's console errors and page errors. */
async function open(url, options = {}) {
  const opened = await openPage(browser, url, { ...options, goto: false });
  opened.warnings = [];
  opened.messages = [];
  opened.page.on('console', (message) => {
    opened.messages.push(message.text());
    if (message.type() === 'warning') opened.warnings.push(message.text());
  });
  if (options.initScript) await opened.page.addInitScript(options.initScript);
  await opened.page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return opened;
}

/** Waits until every <conference-summary> on the page has fired one ready event. */
async function waitAllReady(page, timeout = 15_000) {
  await eventually(async () => {
    const count = await page.locator('conference-summary').count();
    const ready = (await page.evaluate(() => window.__cs.events)).filter((event) => event.type === 'ready');
    assert.equal(ready.length, count, `${ready.length} ready events for ${count} elements`);
  }, { timeout });
}

/** No warnings, no console errors or page errors, and nothing that looks like a panic. */
function assertClean(opened) {
  assert.deepEqual(opened.warnings, [], 'console warnings');
  assertNoProblems(opened.problems);
  assert.deepEqual(opened.messages.filter((text) => PANIC.test(text)), [], 'panics');
}

/**
 * The shadow root of `host` as lines: the elements of the `.cs-mount` subtree
 * with sorted attributes (the mount's own `class="cs-mount"` left out) and
 * their text (adjacent text nodes joined, empty ones dropped). Yew's component
 * markers (`<!--<[…]>-->`, which hydration leaves) are left out and counted;
 * any other comment stays. `top` is what stands in the shadow root beside the
 * mount, `sheets` how many stylesheets it adopts.
 */
function shadowDom(host) {
  return host.evaluate((host) => {
    const root = host.shadowRoot;
    const mount = root.querySelector('.cs-mount');
    const lines = [];
    let markers = 0;
    const attributes = (element) =>
      [...element.attributes]
        .filter(
          (attribute) =>
            element !== mount || !(attribute.name === 'class' && attribute.value === 'cs-mount'),
        )
        .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
        .sort();
    const walk = (element, depth) => {
      const indent = '  '.repeat(depth);
      lines.push(`${indent}<${element.localName}${attributes(element).map((a) => ` ${a}`).join('')}>`);
      let text = '';
      const flush = () => {
        if (text !== '') lines.push(`${indent}  ${JSON.stringify(text)}`);
        text = '';
      };
      for (const child of element.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          text += child.data;
        } else if (child.nodeType === Node.COMMENT_NODE) {
          if (/^<\/?\[[\s\S]*\]>$/.test(child.data)) markers += 1;
          else {
            flush();
            lines.push(`${indent}  <!--${child.data}-->`);
          }
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          flush();
          walk(child, depth + 1);
        }
      }
      flush();
    };
    walk(mount, 0);
    return {
      // What stands in the shadow root beside the mount point.
      top: [...root.childNodes].map((node) =>
        node.localName === 'link' ? `link rel=${node.rel} ${node.href}` : node.nodeName.toLowerCase(),
      ),
      sheets: root.adoptedStyleSheets.length,
      lines,
      markers,
    };
  });
}

/**
 * How each widget on the page stands once its own render has replaced the
 * prerendered markup: the prerendered `<link>` to this build's stylesheet,
 * kept and loaded, then the mount; no sheet adopted, one card, no
 * `data-cs-render` fingerprint and no comment anywhere (no hydration markers).
 */
async function assertReplaced(page, selector = 'conference-summary', stylesheet = STYLESHEET) {
  const states = await page.evaluate((selector) => {
    const hosts = [...document.querySelectorAll(selector)];
    return hosts.map((host) => {
      const root = host.shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
      let comments = 0;
      while (walker.nextNode()) comments += 1;
      return {
        id: host.id,
        top: [...root.children].map((child) => `${child.localName}.${child.className}`),
        sheets: root.adoptedStyleSheets.length,
        links: [...root.querySelectorAll('link')].map((link) => `${link.getAttribute('href')} ${link.sheet ? 'loaded' : 'not loaded'}`),
        cards: root.querySelectorAll('article.cs').length,
        fingerprints: root.querySelectorAll('[data-cs-render]').length + (host.hasAttribute('data-cs-render') ? 1 : 0),
        comments,
        hidden: root.querySelector('.cs-mount').hidden,
      };
    });
  }, selector);
  assert.ok(states.length > 0, `no ${selector}`);
  assert.deepEqual(
    states,
    states.map(({ id }) => ({
      id,
      top: ['link.', 'div.cs-mount'],
      sheets: 0,
      links: [`${stylesheet} loaded`],
      cards: 1,
      fingerprints: 0,
      comments: 0,
      hidden: false,
    })),
    'replaced: the link it came with and one mount, nothing else of the prerendered markup',
  );
}

/** Text as the reader sees it, whitespace collapsed. */
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** The passage of a quote as shown in full. */
const fullPassage = (quote) => (quote.kind === 'paraphrase' ? quote.text : `“${quote.text}”`);

/** A server of the build whose WebAssembly waits until `release()` is called. */
async function slowWasmServer() {
  let release;
  const until = new Promise((resolve) => {
    release = resolve;
  });
  const held = await serve(DIST, {
    routes: {
      ...QUIET,
      [`/${WASM}`]: { body: readFileSync(join(DIST, WASM)), type: 'application/wasm', until },
    },
  });
  let released = false;
  return {
    ...held,
    released: () => released,
    release: () => {
      released = true;
      release();
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

// ---------------------------------------------------------------- set-up

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'cs-prerender-'));
  browser = await launch();
  server = await serve(DIST, { routes: QUIET });
  // Builds the command once (a no-op when it is up to date), so that the
  // tests' own calls are quick.
  const built = await prerender('--stylesheet', STYLESHEET);
  assert.equal(built.code, 0, `the prerender command does not run:\n${built.stderr}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// ------------------------------------------------------------- the command

test('the prerender command, run for the built-in summary, writes what the build put in snippet.html', async () => {
  // If this fails, $DIST was built from other sources than the command, and
  // the other tests compare a render of one with markup of the other.
  assert.equal(await snippet(), SNIPPET);
  // The snippet begins with the preloads of the glue and the wasm.
  assert.ok(
    SNIPPET.startsWith(
      `<link rel="preload" href="${GLUE}" as="script" crossorigin>\n` +
        `<link rel="preload" href="${WASM}" as="fetch" type="application/wasm" crossorigin>\n<conference-summary>`,
    ),
    SNIPPET.slice(0, 300),
  );
});

// ------------------------------------------------------ 1. without JavaScript

/** Everything the reader must see of one prerendered widget without JavaScript. */
async function assertAllShown(host, label) {
  await host.locator('h2.cs-headline').waitFor({ state: 'visible' });
  // Every section under its heading, one after another.
  const headings = host.locator('h3.cs-panel-heading');
  assert.deepEqual((await headings.allInnerTexts()).map(squash), SECTION_NAMES, `${label}: headings`);
  for (let i = 0; i < SECTION_NAMES.length; i += 1) {
    const heading = headings.nth(i);
    assert.ok(await heading.isVisible(), `${label}: heading ${SECTION_NAMES[i]} visible`);
    const box = await heading.boundingBox();
    assert.ok(box.width > 20 && box.height > 8, `${label}: heading ${SECTION_NAMES[i]} is not visually hidden: ${JSON.stringify(box)}`);
  }
  for (const section of SECTIONS) {
    assert.ok(await host.locator(`#cs-panel-${section}`).isVisible(), `${label}: panel ${section} visible`);
  }
  // Every quote in full.
  assert.equal(await host.locator('li.cs-quote').count(), SUMMARY.quotes.length, `${label}: quotes`);
  for (const quote of SUMMARY.quotes) {
    const passage = host.locator(`#cs-quote-${quote.id} .cs-passage`);
    assert.ok(await passage.isVisible(), `${label}: quote ${quote.id} visible`);
    assert.equal(squash(await passage.innerText()), squash(fullPassage(quote)), `${label}: quote ${quote.id} in full`);
  }
  const rests = host.locator('.cs-passage-rest');
  for (let i = 0; i < (await rests.count()); i += 1) {
    if ((await rests.nth(i).textContent()).trim() !== '') {
      assert.ok(await rests.nth(i).isVisible(), `${label}: rest of passage ${i} visible`);
    }
  }
  const ellipses = host.locator('.cs-ellipsis');
  for (let i = 0; i < (await ellipses.count()); i += 1) {
    assert.ok(await ellipses.nth(i).isHidden(), `${label}: ellipsis ${i} hidden`);
  }
  // Every funder (textContent: the list's ::first-letter capitalises what innerText reports).
  const funders = host.locator('ul.cs-funders > li > .cs-text');
  assert.deepEqual((await funders.allTextContents()).map(squash), FUNDERS, `${label}: funders`);
  for (let i = 0; i < FUNDERS.length; i += 1) {
    assert.ok(await funders.nth(i).isVisible(), `${label}: funder ${FUNDERS[i]} visible`);
  }
  // No tab list, no buttons: they would need the script.
  assert.equal(await host.locator('[role=tablist]').count(), 1, `${label}: the tab list is in the markup`);
  assert.ok(await host.locator('[role=tablist]').isHidden(), `${label}: tab list hidden`);
  const buttons = host.locator('button');
  assert.ok((await buttons.count()) > 0);
  for (let i = 0; i < (await buttons.count()); i += 1) {
    assert.ok(await buttons.nth(i).isHidden(), `${label}: button ${i} hidden`);
  }
}

for (const [name, path, count] of [
  ['the demo page', '/index.html', 2],
  ['a page holding only dist/snippet.html', '/snippet.html', 1],
]) {
  test(`without JavaScript, ${name} shows every section, every quote in full, every funder`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const requests = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`${server.url}${path}`);
      const hosts = page.locator('conference-summary');
      assert.equal(await hosts.count(), count);
      for (let i = 0; i < count; i += 1) {
        const host = hosts.nth(i);
        const label = `${path} #${(await host.getAttribute('id')) ?? i}`;
        assert.ok(
          await host.evaluate((element) => element.shadowRoot !== null),
          `${label}: the declarative shadow root is attached`,
        );
        // As a reader scrolls to it: a widget far off screen is not laid out
        // until then (content-visibility: auto), and has no rendered text.
        await host.scrollIntoViewIfNeeded();
        await eventually(async () =>
          assert.equal(squash(await host.locator('h2.cs-headline').innerText()), BUILT_IN_HEADLINE),
        );
        await assertAllShown(host, label);
      }
      // Nothing of the script ran: the loader was never asked for. The
      // snippet's preloads fetch the glue and the wasm, once each, as a
      // browser does for any preload; the demo page has none.
      assert.ok(!requests.includes('/embed.js'), `requests: ${requests}`);
      assert.deepEqual(
        requests.filter((request) => /\.(js|wasm)$/.test(request)).sort(),
        path === '/snippet.html' ? [`/${GLUE}`, `/${WASM}`].sort() : [],
        `requests: ${requests}`,
      );
    } finally {
      await context.close();
    }
  });
}

// ------------------------- 2. with JavaScript: replaced by a fresh render, same DOM

test('with JavaScript, the demo page replaces both widgets with their own render: ready, no warning or error, tabs and quotes work', async () => {
  const opened = await open(`${server.url}/index.html`);
  try {
    await waitAllReady(opened.page);
    const light = opened.page.locator('#summary-light');
    const dark = opened.page.locator('#summary-dark');
    await assertSection(light, 'overview');
    await assertSection(dark, 'quotes');
    // Replaced: the widget's own render alone, styled by the shared sheet.
    await assertReplaced(opened.page);
    await assertWorks(light);
    await assertWorks(dark);
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

/** A page with the prerendered element (#pre) and a bare one with the same attributes (#bare). */
function twinPage(html, extraBody = '') {
  return doc({
    body: `${withId(html, 'pre')}
<conference-summary id="bare"${attributesOf(html)}></conference-summary>
${extraBody}`,
  });
}

/** Asserts that #pre's prerendered markup was replaced by exactly the DOM that #bare was rendered into. */
async function assertTwins(t, opened, pre, bare) {
  await waitAllReady(opened.page);
  const replaced = await shadowDom(opened.page.locator(pre));
  const rendered = await shadowDom(opened.page.locator(bare));
  t.diagnostic(`${pre}: ${replaced.lines.length} lines; ${bare}: ${rendered.lines.length}`);
  const link = `link rel=stylesheet ${new URL(STYLESHEET, opened.page.url()).href}`;
  assert.deepEqual(replaced.top, [link, 'div'], `${pre}: the link it came with, then the mount`);
  assert.deepEqual(rendered.top, ['div'], `${bare}: the mount alone`);
  assert.deepEqual([replaced.sheets, rendered.sheets], [0, 1], 'the shared sheet adopted by the client render');
  assert.deepEqual([replaced.markers, rendered.markers], [0, 0], 'no yew hydration markers');
  assert.deepEqual(replaced.lines, rendered.lines, 'the .cs-mount subtree');
  await assertReplaced(opened.page, pre);
  return replaced;
}

test('replaced DOM equals a client render with the same attributes (the built-in snippet)', async (t) => {
  server.route('/twins-default.html', twinPage(SNIPPET));
  const opened = await open(`${server.url}/twins-default.html`);
  try {
    await assertTwins(t, opened, '#pre', '#bare');
    await assertWorks(opened.page.locator('#pre'));
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

test('replaced DOM equals a client render with the same attributes (lang=fr section=quotes expanded)', async (t) => {
  const html = await snippet('--lang', 'fr', '--section', 'quotes', '--expanded');
  assert.match(attributesOf(html), /^ lang="fr" section="quotes" expanded$/);
  server.route('/twins-fr.html', twinPage(html));
  const opened = await open(`${server.url}/twins-fr.html`);
  try {
    await assertTwins(t, opened, '#pre', '#bare');
    const pre = opened.page.locator('#pre');
    await assertSection(pre, 'quotes');
    assert.deepEqual(
      (await widgetState(pre)).openQuotes,
      SUMMARY.quotes.map((quote) => quote.id),
      'expanded: every quote open',
    );
    assert.equal(await pre.locator('#cs-tab-quotes').textContent(), 'Citations');
    await assertWorks(pre);
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

test('replaced DOM equals a client render with the same attributes (the demo page)', async (t) => {
  // The demo page with a bare twin after each prerendered widget.
  const demo = readFileSync(join(DIST, 'index.html'), 'utf8')
    .replace(
      '</main>',
      `<conference-summary id="bare-light" theme="light" deep-link></conference-summary>
<conference-summary id="bare-dark" theme="dark" section="quotes"></conference-summary>
</main>`,
    );
  assert.match(demo, /<conference-summary id="summary-light" theme="light" deep-link>/);
  assert.match(demo, /<conference-summary id="summary-dark" theme="dark" section="quotes">/);
  server.route('/twins-demo.html', demo);
  const opened = await open(`${server.url}/twins-demo.html`);
  try {
    await assertTwins(t, opened, '#summary-light', '#bare-light');
    await assertTwins(t, opened, '#summary-dark', '#bare-dark');
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

// ------------------------------------------------- 3. no layout shift at all

for (const [name, path] of [
  ['the demo page', '/index.html'],
  ['the snippet page', '/snippet.html'],
]) {
  test(`${name}: content at first paint with the WebAssembly held back, and a Cumulative Layout Shift of 0`, async () => {
    const held = await slowWasmServer();
    let opened;
    try {
      opened = await open(`${held.url}${path}`, { initScript: LAYOUT_SHIFTS, waitUntil: 'commit' });
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
      assert.deepEqual(
        await page.evaluate(() => window.__cs.events),
        [],
        'no ready event before the WebAssembly is in',
      );
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

// ------------------------------- 4. markup made for something else: replaced too

/**
 * Asserts the page replaced #bad's markup quietly (no warning: a snippet made
 * for other attributes, or of another release, is no error), and #good's too,
 * both with their own render.
 */
async function assertFallback(opened, expectedTabs) {
  const { page } = opened;
  await waitAllReady(page);
  assert.deepEqual(opened.warnings, [], 'console warnings');
  assertNoProblems(opened.problems);
  assert.deepEqual(opened.messages.filter((text) => PANIC.test(text)), [], 'panics');

  const bad = page.locator('#bad');
  const good = page.locator('#good');
  // Rendered afresh: one shared sheet, one mount point, one card, nothing of
  // the prerendered markup.
  await assertReplaced(page, '#bad, #good');
  assert.deepEqual(await bad.locator('[role=tab]').allTextContents(), expectedTabs);
  assert.equal((await widgetState(bad)).headline, BUILT_IN_HEADLINE);
  await assertWorks(bad);
  await assertWorks(good);
  await pickTab(bad, 'overview');
  await assertSection(good, 'quotes');
}

test('a snippet whose markup differs from this build\'s render: replaced by it without a warning, works; a matching one beside it too', async () => {
  const STALE = 'A stale headline that this build does not render';
  const tampered = SNIPPET.replace(`>${BUILT_IN_HEADLINE}</h2>`, `>${STALE}</h2>`).replace(
    'class="cs-header"',
    'class="cs-header cs-header-of-another-build"',
  );
  assert.ok(tampered.includes(STALE) && tampered.includes('cs-header-of-another-build'));
  server.route('/mismatch-markup.html', doc({ body: `${withId(tampered, 'bad')}\n${withId(elementOnly(SNIPPET), 'good')}` }));
  const opened = await open(`${server.url}/mismatch-markup.html`);
  try {
    await assertFallback(opened, SECTION_NAMES);
    const bad = opened.page.locator('#bad');
    assert.equal(await bad.locator('.cs-header-of-another-build').count(), 0);
    assert.ok(!(await bad.evaluate((host) => host.shadowRoot.textContent.includes('stale headline'))));
  } finally {
    await opened.close();
  }
});

test('a snippet prerendered with --lang fr on an element that says lang="de": no warning, German widget, works', async () => {
  const french = await snippet('--lang', 'fr');
  const german = french.replace('<conference-summary lang="fr"', '<conference-summary lang="de"');
  assert.notEqual(german, french);
  server.route('/mismatch-lang.html', doc({ body: `${withId(german, 'bad')}\n${withId(elementOnly(SNIPPET), 'good')}` }));
  const opened = await open(`${server.url}/mismatch-lang.html`);
  try {
    await assertFallback(opened, GERMAN_SECTION_NAMES);
    const bad = opened.page.locator('#bad');
    assert.equal(await bad.locator('[role=tablist]').getAttribute('aria-label'), 'Abschnitte');
    // Only the panel shown has content: each panel's heading, as it is shown.
    const headings = [];
    for (const section of SECTIONS) {
      await pickTab(bad, section);
      headings.push(await bad.locator(`#cs-panel-${section} h3.cs-panel-heading`).textContent());
    }
    assert.deepEqual(headings, GERMAN_SECTION_NAMES);
    assert.equal(await bad.locator('h3.cs-panel-heading').count(), 1);
  } finally {
    await opened.close();
  }
});

// ------------------------------------------------------------- 5. JSON-LD

const JSON_LD_KEYS = [
  '@context',
  '@type',
  'name',
  'description',
  'inLanguage',
  'startDate',
  'endDate',
  'location',
  'organizer',
  'funder',
];

/** Asserts the snippet's JSON-LD describes the conference, with `name` as its name. */
function assertEventJsonLd(html, name) {
  const event = jsonLd(html);
  assert.equal(event['@context'], 'https://schema.org');
  assert.equal(event['@type'], 'Event');
  assert.equal(event.name, name);
  assert.equal(event.startDate, '2007-09-20');
  assert.equal(event.endDate, '2007-09-21');
  assert.equal(event.location?.name, 'Vienna');
  assert.equal(event.organizer?.name, 'OSCE Strategic Police Matters Unit');
  assert.ok(Array.isArray(event.funder), 'funder is a list');
  assert.deepEqual(event.funder.map((funder) => funder.name), FUNDERS);
  assert.match(event.description, /sexual exploitation of children over the Internet/);
  const unknown = Object.keys(event).filter((key) => !JSON_LD_KEYS.includes(key));
  assert.deepEqual(unknown, [], 'keys beyond the known ones');
  for (const nested of [event.location, event.organizer, ...event.funder]) {
    assert.deepEqual(
      Object.keys(nested).filter((key) => !['@type', 'name'].includes(key)),
      [],
      `keys beyond @type and name in ${JSON.stringify(nested)}`,
    );
  }
  return event;
}

test("the snippet's JSON-LD is the conference as a schema.org Event", () => {
  const event = assertEventJsonLd(SNIPPET, SUMMARY.headline);
  assert.equal(event.name, BUILT_IN_HEADLINE);
  assert.equal(event.location['@type'], 'Place');
  assert.equal(event.organizer['@type'], 'Organization');
  assert.ok(event.funder.every((funder) => funder['@type'] === 'Organization'));
});

// -------------------------------------------------- 6. the command, --src

/** Writes a summary file for --src; returns its path. */
function summaryFile(name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const ALT_HEADLINE = 'Prerendered from another summary: the headline is all that differs';

test('--src: the summary goes inline into the snippet, whose widget renders and shows it', async (t) => {
  const headlineJson = JSON.stringify(SUMMARY.headline);
  assert.ok(SUMMARY_TEXT.includes(headlineJson));
  const variants = [
    // Compact JSON with no line break at the end.
    ['compact JSON, as JSON.stringify writes it', ALT_HEADLINE, (headline) => JSON.stringify({ ...SUMMARY, headline })],
    // assets/summary.json as it is (indented, ending in a line break) with another headline.
    [
      'assets/summary.json with only its headline changed (formatting and final line break kept)',
      ALT_HEADLINE,
      (headline) => SUMMARY_TEXT.replace(headlineJson, JSON.stringify(headline)),
    ],
    // A headline with characters that need escaping inside <script>.
    [
      'a headline with < and &',
      'Safety <online> & offline: a headline with markup characters',
      (headline) => JSON.stringify({ ...SUMMARY, headline }),
    ],
  ];
  for (const [index, [label, headline, make]] of variants.entries()) {
    await t.test(label, async () => {
      const path = summaryFile(`alt-${index}.json`, make(headline));
      const html = await snippet('--src', path);
      // The summary, inline, inside the element after its shadow root.
      const inside = html.match(/<conference-summary[^>]*>([\s\S]*)<\/conference-summary>/)[1];
      const inline = inside.match(/<\/template><script type="application\/json">([\s\S]*?)<\/script>$/);
      assert.ok(inline, 'a <script type="application/json"> inside the element, after the template');
      assert.equal(JSON.parse(inline[1]).headline, headline);
      assertEventJsonLd(html, headline);

      server.route(`/alt-${index}.html`, doc({ body: withId(html, 'alt') }));
      const opened = await open(`${server.url}/alt-${index}.html`);
      try {
        const { page } = opened;
        await waitAllReady(page);
        const widget = page.locator('#alt');
        assert.equal((await widgetState(widget)).headline, headline);
        // No warning; the prerendered markup replaced by the widget's own render.
        assertClean(opened);
        await assertReplaced(page);
        await assertWorks(widget);
      } finally {
        await opened.close();
      }
    });
  }
});

test('invalid input: the command exits non-zero and names the problem', async () => {
  const unknownSpeaker = structuredClone(SUMMARY);
  unknownSpeaker.quotes[2].speaker = 'nobody-at-all';
  const cases = [
    [['--theme', 'purple'], /theme.*purple/],
    [['--section', 'nowhere'], /section.*nowhere/],
    [['--src', summaryFile('unknown-speaker.json', JSON.stringify(unknownSpeaker))], /quotes\[2\]\.speaker.*nobody-at-all/],
  ];
  const results = await Promise.all(cases.map(([args]) => prerender('--stylesheet', STYLESHEET, ...args)));
  for (const [index, [args, message]] of cases.entries()) {
    const { code, stdout, stderr } = results[index];
    assert.notEqual(code, 0, `prerender ${args.join(' ')} exited 0`);
    assert.match(stderr, message, `prerender ${args.join(' ')}`);
    assert.equal(stdout, '', `prerender ${args.join(' ')} printed no snippet`);
  }
});
