// The example yew app (examples/yew-app), built by trunk into
// $YEW_APP_DIST (else target/yew-app-dist): the ConferenceSummary component in
// a plain yew app, no custom element and no embed.js, in headless Chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { YEW_APP_DIST } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { EN, interfaceStrings } from './support/i18n.mjs';
import { sectionName } from './support/manifest.mjs';
import { assertNoProblems, launch, open } from './support/page.mjs';
import { serve } from './support/server.mjs';
import { FUNDERS, QUOTE_IDS } from './support/summary.mjs';
import { DARK_BACKGROUND } from './support/widget.mjs';

const FR = interfaceStrings('fr');

let browser;
let server;
before(async () => {
  assert.ok(existsSync(`${YEW_APP_DIST}/index.html`), `no example app in ${YEW_APP_DIST}: run \`trunk build\` in examples/yew-app`);
  server = await serve(YEW_APP_DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** What a host's shadow root shows: its tabs, the selected one, its theme. */
function shown(page, selector) {
  return page.locator(selector).evaluate((host) => {
    const root = host.shadowRoot;
    const texts = (query) => [...(root?.querySelectorAll(query) ?? [])].map((element) => element.textContent.trim());
    return {
      tabs: texts('[role=tab]'),
      selected: texts('[role=tab][aria-selected=true]'),
      theme: host.getAttribute('theme'),
      sheets: root?.adoptedStyleSheets.length ?? 0,
    };
  });
}

/** The lines of the app's log of what the callbacks reported. */
const heard = (page) => page.locator('#heard li').allTextContents();

test('the example yew app shows two summaries through the component, which open, switch and report', async () => {
  const { page, problems, close } = await open(browser, `${server.url}/index.html`);
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  try {
    await page.reload();
    // Both summaries, each in its own shadow root, styled; no custom element.
    await eventually(async () => assert.deepEqual((await shown(page, '.built-in')).tabs, EN.sectionNames));
    await eventually(async () => assert.deepEqual((await shown(page, '.second')).selected, [sectionName(EN, 'funders')]));
    assert.equal(await page.locator('conference-summary').count(), 0, 'no <conference-summary> element');
    assert.ok(!asked.some((path) => path.endsWith('embed.js')), `requests: ${asked}`);
    assert.ok(asked.includes('/summary.json'), 'the second summary fetched as JSON');
    assert.deepEqual(await shown(page, '.built-in'), {
      tabs: EN.sectionNames,
      selected: [sectionName(EN, 'overview')],
      theme: null,
      sheets: 1,
    });

    // The second, from JSON, opened on its funders (the `section` property).
    const funders = await page.locator('.second [part=funder-list] li').allTextContents();
    assert.deepEqual(funders.length, FUNDERS.length);
    FUNDERS.forEach((funder, index) => assert.ok(funders[index].startsWith(funder), `${funders[index]} is ${funder}`));

    // The reader picks the quotes and opens the first quote.
    const builtIn = page.locator('.built-in');
    await builtIn.locator('[role=tab]', { hasText: sectionName(EN, 'quotes') }).click();
    const toggle = builtIn.locator(`[id$="quote-${QUOTE_IDS[0]}"] .cs-quote-toggle`);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'the quote is open');
    const passage = await builtIn.locator(`[id$="quote-${QUOTE_IDS[0]}"]`).innerText();
    assert.match(passage, /Carty/, 'the speaker shown with the full passage');
    await eventually(async () =>
      assert.deepEqual(await heard(page), [
        'built-in: section quotes',
        `built-in: quote ${QUOTE_IDS[0]} opened`,
      ]),
    );

    // The app's own controls: the interface language and the theme, for both.
    await page.selectOption('#lang', 'fr');
    await eventually(async () =>
      assert.deepEqual((await shown(page, '.built-in')).selected, [sectionName(FR, 'quotes')], 'French, on the same section'),
    );
    assert.deepEqual((await shown(page, '.second')).selected, [sectionName(FR, 'funders')]);
    await page.selectOption('#theme', 'dark');
    await eventually(async () => assert.equal((await shown(page, '.built-in')).theme, 'dark'));
    assert.equal((await shown(page, '.second')).theme, 'dark');
    const background = await builtIn.evaluate(
      (host) => getComputedStyle(host.shadowRoot.querySelector('article.cs') ?? host.shadowRoot.querySelector('.cs')).backgroundColor,
    );
    assert.equal(background, DARK_BACKGROUND, 'the dark theme applied');
    assertNoProblems(problems);
  } finally {
    await close();
  }
});
