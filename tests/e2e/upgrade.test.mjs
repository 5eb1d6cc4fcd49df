// Snippets survive upgrades (docs/compatibility.md): a snippet prerendered by
// an earlier build, pasted into a page whose script is a later build.
// - Snippets of earlier releases (fixtures/releases/*/): the prerendered
//   markup stays on screen until this build's own render, styled, replaces it.
// - The build under test's own snippet with a later build (other code, the
//   panic-probe build): replaced the same way, styled by that build's
//   stylesheet (adopted), not the one the snippet links.
// Every time: no warning, no layout shift, one mount, no link, a working widget.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HASHED } from '../../scripts/release.mjs';
import { DIST, FILES, PANIC_DIST, panicBuildFiles } from './support/build.mjs';
import { doc } from './support/html.mjs';
import { assertNoProblems, useBrowserAndBuild } from './support/page.mjs';
import { gate } from './support/server.mjs';
import { SNIPPET, withId } from './support/snippet.mjs';
import { assertWorks, waitReady } from './support/widget.mjs';

const RELEASES = fileURLToPath(new URL('./fixtures/releases', import.meta.url));

const session = useBrowserAndBuild();

/** Serves every file of `folder` the widget loads under `prefix`, and `extra` files beside them. */
function mountBuild(prefix, folder, extra = {}) {
  const files = readdirSync(folder).filter((name) => name === 'embed.js' || HASHED.test(name));
  for (const name of files) session.server.route(`${prefix}${name}`, { body: readFileSync(join(folder, name)) });
  for (const [name, body] of Object.entries(extra)) session.server.route(`${prefix}${name}`, { body });
}

// Runs in the page before its scripts: sums layout shifts, as CLS does.
const LAYOUT_SHIFTS = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Opens `path`, whose script is held back until `release()` (once the
 * prerendered markup is on screen and marked); asserts that the widget then
 * works, its markup replaced by the script's render (`replacedBy` says by
 * what), styled by the shared sheet, without a warning or a layout shift.
 */
async function assertUpgraded(path, release, replacedBy) {
  // Not until "load": the held module script holds that back.
  const { page, problems, warnings, close } = await session.open(path, { init: LAYOUT_SHIFTS, waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => document.querySelector('conference-summary')?.shadowRoot?.querySelector('.cs-mount'));
    const marked = await page.evaluate(() => {
      const mount = document.querySelector('conference-summary').shadowRoot?.querySelector('.cs-mount');
      if (mount) mount.__prerendered = true;
      return { mount: !!mount, height: document.querySelector('conference-summary').getBoundingClientRect().height };
    });
    assert.ok(marked.mount && marked.height > 300, `the prerendered snippet shows before the script: ${JSON.stringify(marked)}`);
    release();
    await waitReady(page, 'upgraded');
    const after = await page.evaluate(() => {
      const root = document.querySelector('conference-summary').shadowRoot;
      const sheet = root.adoptedStyleSheets[0];
      return {
        kept: root.querySelector('.cs-mount')?.__prerendered === true,
        mounts: root.querySelectorAll('.cs-mount').length,
        top: [...root.children].map((child) => `${child.localName}.${child.className}`),
        stylesheets: [...root.querySelectorAll('link[rel=stylesheet]')].map((link) => new URL(link.href).pathname),
        adopted: root.adoptedStyleSheets.length,
        // The adopted sheet styles the card (a rule of the widget's stylesheet).
        styled: !!sheet && [...sheet.cssRules].some((rule) => rule.selectorText?.includes('.cs-headline')),
        fingerprints: root.querySelectorAll('[data-cs-render]').length,
        shift: window.__shift,
      };
    });
    await assertWorks(page.locator('#upgraded'));
    assertNoProblems(problems);
    const { shift, ...rest } = { ...after, warnings };
    assert.deepEqual(
      rest,
      { kept: false, mounts: 1, top: ['div.cs-mount'], stylesheets: [], adopted: 1, styled: true, fingerprints: 0, warnings: [] },
      replacedBy,
    );
    assert.equal(shift, 0, 'layout shift');
  } finally {
    await close();
  }
}

/** A page of `snippet` under `prefix`, its script (`build`'s loader) held until `release()`; its path. */
function page(prefix, snippet, build = DIST) {
  const script = gate();
  session.server.route(`${prefix}embed.js`, { body: readFileSync(join(build, 'embed.js')), until: script.until });
  session.server.route(`${prefix}page.html`, doc({ body: withId(snippet, 'upgraded') }));
  return { path: `${prefix}page.html`, release: script.open };
}

const stylesheet = FILES.stylesheet;

for (const release of readdirSync(RELEASES).filter((name) => existsSync(join(RELEASES, name, 'snippet.html')))) {
  test(`a snippet of release ${release} is replaced by this build’s render without a warning or a shift`, async () => {
    const folder = join(RELEASES, release);
    const snippet = readFileSync(join(folder, 'snippet.html'), 'utf8');
    const prefix = `/releases/${release}/`;
    const earlierFiles = Object.fromEntries(
      readdirSync(folder).filter((name) => HASHED.test(name)).map((name) => [name, readFileSync(join(folder, name))]),
    );
    mountBuild(prefix, DIST, earlierFiles);
    const { path, release: go } = page(prefix, snippet);
    await assertUpgraded(path, go, 'the prerendered markup is replaced by this build’s render, styled by the shared sheet');
    // The loader fetched this build's stylesheet for the shared sheet.
    assert.ok(session.server.requests.includes(`${prefix}${stylesheet}`), 'this build’s stylesheet fetched');
  });
}

test('this build’s snippet with a later build: replaced by its render, styled by that build’s stylesheet', async () => {
  const probe = panicBuildFiles();
  assert.notDeepEqual(
    readFileSync(join(PANIC_DIST, probe.wasm)),
    readFileSync(join(DIST, FILES.wasm)),
    'the two builds differ in code',
  );
  const prefix = '/later/';
  mountBuild(prefix, PANIC_DIST);
  // The snippet names an earlier hashed stylesheet, and preloads this build's
  // glue and wasm: a release folder keeps earlier hashed files beside the new.
  const earlier = 'conference-summary-00000000000000e1.css';
  session.server.route(`${prefix}${earlier}`, { body: readFileSync(join(DIST, stylesheet)) });
  for (const name of [FILES.glue, FILES.wasm]) {
    session.server.route(`${prefix}${name}`, { body: readFileSync(join(DIST, name)) });
  }
  const snippet = SNIPPET.replace(stylesheet, earlier);
  assert.ok(snippet.startsWith('<link rel="preload"'), 'the snippet preloads');
  const { path, release } = page(prefix, snippet, PANIC_DIST);
  await assertUpgraded(path, release, 'the old markup and its stylesheet link gave way to the later build’s render');
  assert.ok(session.server.requests.includes(`${prefix}${probe.stylesheet}`), 'the later build’s stylesheet fetched');
});
