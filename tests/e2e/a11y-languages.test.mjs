// Language of parts (WCAG 3.1.2): the interface speaks the language asked
// for, and every element that shows interface words says which language they
// are in, while the content (the summary) keeps its own, English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AXE_PATH, WCAG_TAGS, widgetPage } from './support/a11y.mjs';
import { eventually } from './support/eventually.mjs';
import { hostPage } from './support/html.mjs';
import { EN, interfaceStrings } from './support/i18n.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { BUILT_IN_HEADLINE } from './support/summary.mjs';
import { waitReady } from './support/widget.mjs';

const LANGUAGES = ['fr', 'de', 'it', 'ru', 'es'];

const session = useBrowserAndBuild();

/** The interface words the widget shows, and the lang of each element that shows them. */
function interfaceOf(page, id) {
  return page.locator(`#${id}`).evaluate((host) => {
    const root = host.shadowRoot;
    const one = (selector) => root.querySelector(selector);
    const all = (selector) => [...root.querySelectorAll(selector)];
    const tablist = one('[role=tablist]');
    return {
      article: one('article.cs').getAttribute('lang'),
      headline: one('.cs-headline').textContent,
      tabs: all('[role=tab]').map((tab) => tab.textContent.trim()),
      tablist: { lang: tablist.getAttribute('lang'), label: tablist.getAttribute('aria-label') },
      kicker: { lang: one('.cs-kicker').getAttribute('lang'), text: one('.cs-kicker').textContent },
      expandAll: { lang: one('.cs-button').getAttribute('lang'), text: one('.cs-button').textContent },
      toggles: all('.cs-quote-toggle').map((toggle) => ({
        lang: toggle.getAttribute('lang'),
        // The visible words, without the speaker's name kept for screen readers.
        text: [...toggle.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim(),
        // The element whose language a screen reader uses for it.
        closestLang: toggle.closest('[lang]').getAttribute('lang'),
      })),
      headingLangs: [...new Set(all('.cs-panel-heading').map((heading) => heading.getAttribute('lang')))],
      sourceLabels: [...new Set(all('.cs-source-toggle .cs-visually-hidden').map((span) => `${span.getAttribute('lang')}:${span.textContent.trim()}`))],
    };
  });
}

/**
 * The heading of every panel, as each is shown in turn (only the panel shown
 * has content); leaves the quotes panel shown, where the quote toggles, the
 * expand-all button and the ¶ buttons are.
 */
async function panelHeadings(page, id) {
  const widget = page.locator(`#${id}`);
  const headings = [];
  for (const section of [...SECTIONS.filter((section) => section !== 'quotes'), 'quotes']) {
    await widget.evaluate((host, section) => host.setAttribute('section', section), section);
    headings.push(
      await eventually(() =>
        widget.evaluate((host, section) => {
          const panels = [...host.shadowRoot.querySelectorAll('[role=tabpanel]:not([hidden])')];
          if (panels.length !== 1 || panels[0].id !== `cs-panel-${section}`) throw new Error(`${section} not shown`);
          const heading = panels[0].querySelector('.cs-panel-heading');
          return { section, lang: heading.getAttribute('lang'), text: heading.textContent };
        }, section),
      ),
    );
  }
  return headings;
}

/** Asserts widget `id` speaks `lang` (a language whose strings are in src/i18n). */
async function assertSpeaks(page, id, lang, why) {
  const expected = interfaceStrings(lang);
  assert.equal(expected.sectionNames.length, SECTIONS.length, `${lang}.rs: section_names`);
  const headings = await panelHeadings(page, id);
  assert.deepEqual(
    headings.map(({ section, lang, text }) => [section, lang, text]),
    headings.map(({ section }) => [section, expected.lang, expected.sectionNames[SECTIONS.indexOf(section)]]),
    `${why}: panel headings`,
  );
  const seen = await interfaceOf(page, id);
  assert.equal(seen.article, 'en', `${why}: the content keeps lang="en"`);
  assert.equal(seen.headline, BUILT_IN_HEADLINE, `${why}: the content is not translated`);
  assert.deepEqual(seen.tabs, expected.sectionNames, `${why}: tab names`);
  assert.deepEqual(seen.tablist, { lang: expected.lang, label: expected.sectionsLabel }, `${why}: tab list`);
  assert.deepEqual(seen.kicker, { lang: expected.lang, text: expected.widgetLabel }, `${why}: kicker`);
  assert.deepEqual(seen.expandAll, { lang: expected.lang, text: expected.expandAll }, `${why}: expand-all button`);
  assert.equal(seen.toggles.length, 6);
  for (const toggle of seen.toggles) {
    assert.equal(toggle.lang, expected.lang, `${why}: quote toggle lang`);
    assert.ok([expected.showFullQuote, expected.showFullText].includes(toggle.text), `${why}: quote toggle says "${toggle.text}"`);
  }
  assert.deepEqual(seen.headingLangs, [expected.lang], `${why}: panel headings' lang`);
  assert.deepEqual(seen.sourceLabels, [`${expected.lang}:${expected.sourceParagraph}`], `${why}: ¶ buttons' words`);
  return seen;
}

test('interface languages: fr, de, it, ru and es, fr-CA as French, pt as English', async () => {
  const widgets = [...LANGUAGES, 'fr-CA', 'pt'];
  const id = (lang) => `w-${lang}`;
  session.server.route(
    '/languages.html',
    hostPage(widgets.map((lang) => `<conference-summary id="${id(lang)}" lang="${lang}"></conference-summary>`).join('\n')),
  );
  await session.visit('/languages.html', async ({ page }) => {
    for (const lang of widgets) await waitReady(page, id(lang));
    for (const lang of LANGUAGES) {
      const seen = await assertSpeaks(page, id(lang), lang, `lang="${lang}"`);
      assert.notDeepEqual(seen.tabs, EN.sectionNames, `lang="${lang}": the tabs are not English`);
      assert.notEqual(seen.tabs[0], EN.sectionNames[0], `lang="${lang}": the first tab is not "Overview"`);
      assert.notEqual(seen.kicker.text, EN.widgetLabel, `lang="${lang}": the kicker is not English`);
      assert.notEqual(seen.toggles[0].text, EN.showFullQuote, `lang="${lang}": the quote toggles are not English`);
    }
    await assertSpeaks(page, id('fr-CA'), 'fr', 'lang="fr-CA"');
    await assertSpeaks(page, id('pt'), 'en', 'lang="pt"');

    // axe-core agrees: every lang is valid, nothing else is wrong in any language.
    await page.addScriptTag({ path: AXE_PATH });
    const axe = await page.evaluate(async (tags) => {
      const results = await window.axe.run(
        { include: [...document.querySelectorAll('conference-summary')].map((host) => [`#${host.id}`]) },
        { runOnly: { type: 'tag', values: tags } },
      );
      return {
        violations: results.violations.map((rule) => ({
          id: rule.id,
          help: rule.help,
          nodes: rule.nodes.map((node) => ({ target: node.target, summary: node.failureSummary })),
        })),
        validLang: results.passes.find((rule) => rule.id === 'valid-lang')?.nodes.length ?? 0,
      };
    }, WCAG_TAGS);
    assert.deepEqual(axe.violations, [], 'axe-core violations');
    assert.ok(axe.validLang >= widgets.length * 10, `axe checked only ${axe.validLang} lang attributes`);

    // Changing the attribute changes the language; removing it falls back to the page's.
    await page.locator(`#${id('fr')}`).evaluate((host) => host.setAttribute('lang', 'ru'));
    await eventually(() => assertSpeaks(page, id('fr'), 'ru', 'lang changed from fr to ru'));
    await page.locator(`#${id('fr')}`).evaluate((host) => host.removeAttribute('lang'));
    await eventually(() => assertSpeaks(page, id('fr'), 'en', 'lang removed on an English page'));
  });
});

test('no lang attribute: the page\'s <html lang="de"> gives German', async () => {
  session.server.route('/german-page.html', widgetPage({ width: 720, htmlLang: 'de' }));
  await session.visit('/german-page.html', async ({ page }) => {
    await waitReady(page, 'w');
    assert.equal(await page.locator('#w').getAttribute('lang'), null);
    await assertSpeaks(page, 'w', 'de', '<html lang="de">');
  });
});
