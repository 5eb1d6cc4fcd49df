// The element's attributes on a page: section, expanded, theme and lang
// changed after mount; theme auto against the reader's colour scheme; the
// page's language and the element's own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { EN, interfaceStrings } from './support/i18n.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { QUOTE_IDS } from './support/summary.mjs';
import { assertOpenQuotes, assertSection, assertWorks, background, brief, DARK_BACKGROUND, events, LIGHT_BACKGROUND, waitReady, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild();

const FR = interfaceStrings('fr');
const DE = interfaceStrings('de');

test('attribute changes after mount: section, expanded, theme', async () => {
  session.server.route('/attributes.html', hostPage('<conference-summary id="w"></conference-summary>'));
  await session.visit('/attributes.html', async ({ page }) => {
    await waitReady(page, 'w');
    const widget = page.locator('#w');
    const set = (name, value) =>
      widget.evaluate((host, [name, value]) => {
        if (value === null) host.removeAttribute(name);
        else host.setAttribute(name, value);
      }, [name, value]);

    for (const section of ['programme', 'quotes', 'funders', 'participants', 'overview']) {
      await set('section', section);
      await assertSection(widget, section);
    }
    assert.deepEqual(
      brief((await events(page, 'w')).filter((event) => event.type === 'section-change')),
      ['programme', 'quotes', 'funders', 'participants', 'overview'].map((section) => [
        'section-change',
        { section },
      ]),
    );

    await set('section', 'quotes');
    await assertSection(widget, 'quotes');
    await set('expanded', '');
    await assertOpenQuotes(widget, QUOTE_IDS);
    assert.equal((await widgetState(widget)).expandAll, EN.collapseAll);
    await set('expanded', null);
    await assertOpenQuotes(widget, []);
    assert.equal((await widgetState(widget)).expandAll, EN.expandAll);

    assert.equal(await background(widget), LIGHT_BACKGROUND); // auto, light scheme
    await set('theme', 'dark');
    await eventually(async () => assert.equal(await background(widget), DARK_BACKGROUND));
    await set('theme', 'light');
    await eventually(async () => assert.equal(await background(widget), LIGHT_BACKGROUND));
    await set('theme', 'dark');
    await eventually(async () => assert.equal(await background(widget), DARK_BACKGROUND));
    await set('theme', null);
    await eventually(async () => assert.equal(await background(widget), LIGHT_BACKGROUND));

    // lang: the interface follows it, and falls back to the page's language.
    const tabs = () => widget.locator('[role=tab]').allTextContents();
    await set('lang', 'de-AT');
    await eventually(async () => assert.deepEqual(await tabs(), DE.sectionNames));
    assert.equal((await widgetState(widget)).expandAll, DE.expandAll);
    await set('lang', 'fr');
    await eventually(async () => assert.deepEqual(await tabs(), FR.sectionNames));
    await set('lang', null);
    await eventually(async () => assert.deepEqual(await tabs(), EN.sectionNames));
    await assertSection(widget, 'quotes');

    await assertWorks(widget);
  });
});

test('theme auto follows the reader\'s colour scheme; light and dark override it', async () => {
  session.server.route(
    '/themes.html',
    hostPage(`<conference-summary id="auto"></conference-summary>
<conference-summary id="light" theme="light"></conference-summary>
<conference-summary id="dark" theme="dark"></conference-summary>`),
  );
  await session.visit('/themes.html', { colorScheme: 'dark' }, async ({ page }) => {
    for (const id of ['auto', 'light', 'dark']) await waitReady(page, id);
    assert.deepEqual(
      [
        await background(page.locator('#auto')),
        await background(page.locator('#light')),
        await background(page.locator('#dark')),
      ],
      [DARK_BACKGROUND, LIGHT_BACKGROUND, DARK_BACKGROUND],
    );
  });
});

test("the page's <html lang> sets the interface language, an element's lang overrides it", async () => {
  session.server.route(
    '/french-page.html',
    hostPage(`<conference-summary id="page-lang"></conference-summary>
<conference-summary id="own-lang" lang="en"></conference-summary>`, { lang: 'fr' }),
  );
  await session.visit('/french-page.html', async ({ page }) => {
    await waitReady(page, 'page-lang');
    await waitReady(page, 'own-lang');
    assert.deepEqual(await page.locator('#page-lang [role=tab]').allTextContents(), FR.sectionNames);
    assert.deepEqual(await page.locator('#own-lang [role=tab]').allTextContents(), EN.sectionNames);
    // The content keeps its own language.
    assert.equal(await page.locator('#page-lang article.cs').getAttribute('lang'), 'en');
  });
});
