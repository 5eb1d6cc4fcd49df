// The prerendered embed without JavaScript (issue "content at first paint"):
// the demo page and dist/snippet.html, with scripting off, show every
// section under its heading, every quote in full and every funder, and no
// control that would need the script; the loader is never asked for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILES } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { EN } from './support/i18n.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { BUILT_IN_HEADLINE, FUNDERS, SUMMARY } from './support/summary.mjs';
import { passage, squash } from './support/text.mjs';

const session = useBrowserAndBuild();

/** Everything the reader must see of one prerendered widget without JavaScript. */
async function assertAllShown(host, label) {
  await host.locator('h2.cs-headline').waitFor({ state: 'visible' });
  // Every section under its heading, one after another.
  const names = EN.sectionNames;
  const headings = host.locator('h3.cs-panel-heading');
  assert.deepEqual((await headings.allInnerTexts()).map(squash), names, `${label}: headings`);
  for (let i = 0; i < names.length; i += 1) {
    const heading = headings.nth(i);
    assert.ok(await heading.isVisible(), `${label}: heading ${names[i]} visible`);
    const box = await heading.boundingBox();
    assert.ok(box.width > 20 && box.height > 8, `${label}: heading ${names[i]} is not visually hidden: ${JSON.stringify(box)}`);
  }
  for (const section of SECTIONS) {
    assert.ok(await host.locator(`#cs-panel-${section}`).isVisible(), `${label}: panel ${section} visible`);
  }
  // Every quote in full.
  assert.equal(await host.locator('li.cs-quote').count(), SUMMARY.quotes.length, `${label}: quotes`);
  for (const quote of SUMMARY.quotes) {
    const shown = host.locator(`#cs-quote-${quote.id} .cs-passage`);
    assert.ok(await shown.isVisible(), `${label}: quote ${quote.id} visible`);
    assert.equal(squash(await shown.innerText()), squash(passage(quote, true)), `${label}: quote ${quote.id} in full`);
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
    const { page, requests, close } = await session.open(path, { javaScriptEnabled: false });
    try {
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
      const paths = requests.map((url) => new URL(url).pathname);
      assert.ok(!paths.includes('/embed.js'), `requests: ${paths}`);
      assert.deepEqual(
        paths.filter((request) => /\.(js|wasm)$/.test(request)).sort(),
        path === '/snippet.html' ? [`/${FILES.glue}`, `/${FILES.wasm}`].sort() : [],
        `requests: ${paths}`,
      );
    } finally {
      await close();
    }
  });
}
