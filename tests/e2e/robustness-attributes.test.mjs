// Unknown attribute values (issue "bad input, failed loads and hostile
// content"): the default, and one warning each, not repeated when another
// attribute changes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { EN } from './support/i18n.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { open, useBrowserAndBuild } from './support/page.mjs';
import { SUMMARY } from './support/summary.mjs';
import { assertSection, background, DARK_BACKGROUND, pickTab, waitReady, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild({
  '/attributes.html': hostPage(`<conference-summary id="theme" theme="purple"></conference-summary>
<conference-summary id="section" section="nowhere"></conference-summary>
<conference-summary id="lang" lang="xx"></conference-summary>`),
});

test('unknown theme, section and lang fall back to the default with one warning each, not repeated when another attribute changes', async () => {
  // A dark colour scheme: `auto`, the default theme, follows it.
  const opened = await open(session.browser, `${session.server.url}/attributes.html`, { colorScheme: 'dark', loopbackOnly: true });
  try {
    const { page } = opened;
    for (const id of ['theme', 'section', 'lang']) await waitReady(page, id);
    const expected = [
      /^conference-summary: theme="purple" is not auto, light or dark; using auto$/,
      new RegExp(`^conference-summary: section="nowhere" is not a section \\(${SECTIONS.join(', ')}\\); showing overview$`),
      /^conference-summary: lang="xx" is not a language the interface speaks \([a-z, ]+\); using English$/,
    ];
    const assertWarnings = (patterns, when) => {
      assert.equal(opened.warnings.length, patterns.length, `${when}: ${JSON.stringify(opened.warnings, null, 1)}`);
      for (const pattern of patterns) {
        assert.equal(opened.warnings.filter((text) => pattern.test(text)).length, 1, `${when}: one warning matching ${pattern}`);
      }
    };
    await eventually(async () => assertWarnings(expected, 'on connect'));

    // The defaults.
    assert.equal(await background(page.locator('#theme')), DARK_BACKGROUND, 'theme: auto (follows the dark scheme)');
    const section = await widgetState(page.locator('#section'));
    assert.deepEqual([section.selected, section.shownPanels], [['overview'], ['overview']], 'section: overview');
    assert.deepEqual(await page.locator('#lang [role=tab]').allTextContents(), EN.sectionNames, 'lang: English');
    assert.equal(await page.locator('#lang .cs-kicker').textContent(), EN.widgetLabel);

    // Other attributes change: no warning again.
    for (const id of ['theme', 'section', 'lang']) {
      const widget = page.locator(`#${id}`);
      await widget.evaluate((host) => host.setAttribute('expanded', ''));
      // Only the panel shown has content: the quotes are seen open once shown.
      await pickTab(widget, 'quotes');
      await eventually(async () => assert.equal((await widgetState(widget)).openQuotes.length, SUMMARY.quotes.length, `${id}: expanded`));
    }
    for (const id of ['theme', 'lang']) {
      const widget = page.locator(`#${id}`);
      await widget.evaluate((host) => host.setAttribute('section', 'funders'));
      await assertSection(widget, 'funders');
    }
    await page.locator('#section').evaluate((host) => host.setAttribute('theme', 'light'));
    await pickTab(page.locator('#section'), 'quotes');
    await assertSection(page.locator('#section'), 'quotes');
    // A round trip through every widget, so that any warning would be in by now.
    for (const id of ['theme', 'section', 'lang']) await widgetState(page.locator(`#${id}`));
    assertWarnings(expected, 'after other attributes changed');

    // The bad attribute itself changes to another unknown value: one warning more.
    await page.locator('#theme').evaluate((host) => host.setAttribute('theme', 'neon'));
    await eventually(async () =>
      assertWarnings([...expected, /^conference-summary: theme="neon" is not auto, light or dark; using auto$/], 'theme changed'),
    );
    assert.deepEqual(opened.errors, [], 'console errors');
    assert.deepEqual(opened.pageErrors, [], 'page errors');
  } finally {
    await opened.close();
  }
});
