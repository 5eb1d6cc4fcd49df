// Colour and motion, measured on the rendered widget: text contrast (WCAG
// 1.4.3) and the focus ring (1.4.11, 2.4.7) in both themes, no motion when the
// reader asks for less (2.3.3), and forced colours (Windows High Contrast).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { visitWidgetPage, setExpanded, setSourcesOpen, showSection } from './support/a11y.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { assertSection, DARK_BACKGROUND, LIGHT_BACKGROUND } from './support/widget.mjs';

const session = useBrowserAndBuild();

/** Visits a page with the widget between two links (visitWidgetPage); `options` may be left out. */
const visitBetweenLinks = (path, attributes, options, body) =>
  visitWidgetPage(session, path, { width: 720, attributes, links: true }, { viewport: { width: 800, height: 900 }, ...(body ? options : {}) }, body ?? options);

// What the issue names, each with the selector that finds it. Every text in
// the widget is measured; these groups must each have been among them.
const GROUPS = {
  headline: '.cs-headline',
  kicker: '.cs-kicker',
  meta: '.cs-meta',
  'unselected tab': '.cs-tab[aria-selected="false"]',
  'selected tab': '.cs-tab[aria-selected="true"]',
  'panel text': '.cs-panel .cs-text, .cs-passage, .cs-speaker',
  role: '.cs-role',
  heading: '.cs-heading',
  footer: '.cs-footer',
  'day note': '.cs-day-note',
  '¶ button': '.cs-source-toggle',
  'source paragraph': '.cs-source',
  'quote toggle': '.cs-quote-toggle',
  'expand-all button': '.cs-button',
  badge: '.cs-badge',
};

/** Contrast of every visible text in the widget (but visually hidden ones). */
function measureTexts(widget, groups) {
  return widget.evaluate((host, groups) => {
    const { textContrast, describe } = window.__a11y;
    const root = host.shadowRoot;
    const clipped = (element) => {
      for (let node = element; node && node !== root; node = node.parentNode) {
        if (getComputedStyle(node).clipPath !== 'none') return true;
      }
      return false;
    };
    const measured = [];
    for (const element of root.querySelectorAll('.cs *')) {
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim(),
      );
      if (!ownText || !element.checkVisibility({ visibilityProperty: true }) || clipped(element)) continue;
      const found = Object.entries(groups)
        .filter(([, selector]) => element.closest(selector))
        .map(([name]) => name);
      measured.push({ element: describe(element), text: element.textContent.trim().slice(0, 40), groups: found, ...textContrast(element) });
    }
    return measured;
  }, groups);
}

for (const theme of ['light', 'dark']) {
  test(`contrast, ${theme} theme: every text at least 4.5:1, the focus ring at least 3:1`, async () => {
    await visitBetweenLinks(`/contrast-${theme}.html`, `theme="${theme}"`, { colorScheme: theme }, async ({ page }) => {
      const widget = page.locator('#w');
      const background = await widget.locator('article.cs').evaluate((article) => getComputedStyle(article).backgroundColor);
      assert.equal(background, theme === 'light' ? LIGHT_BACKGROUND : DARK_BACKGROUND, 'the theme applies');

      // Text: every section, with quotes and source paragraphs open.
      await setExpanded(widget, true);
      const seen = new Set();
      const low = [];
      for (const section of SECTIONS) {
        await showSection(widget, section);
        await setSourcesOpen(widget, true);
        for (const text of await measureTexts(widget, GROUPS)) {
          text.groups.forEach((group) => seen.add(group));
          if (text.ratio < 4.5) {
            low.push(`${section}: ${text.element} "${text.text}" ${text.colour} on ${text.background}: ${text.ratio.toFixed(2)}:1`);
          }
        }
        await setSourcesOpen(widget, false);
      }
      assert.deepEqual([...Object.keys(GROUPS)].filter((group) => !seen.has(group)), [], 'groups never measured');
      assert.deepEqual(low, [], 'texts below 4.5:1');

      // The focus ring, reached by keyboard: every tab stop on the way from
      // the overview tab through the quotes panel.
      await setExpanded(widget, false);
      await showSection(widget, 'overview');
      await page.keyboard.press('Tab'); // the link before
      await page.keyboard.press('Tab'); // the overview tab
      const rings = [];
      const ring = () =>
        page.evaluate(() => {
          const { backgroundOf, parentOf, parse, over, ratio, hex, describe } = window.__a11y;
          const element = document.activeElement.shadowRoot?.activeElement;
          if (!element) return null;
          const style = getComputedStyle(element);
          // The outline is drawn outside the border box (outline-offset >= 0):
          // what is behind it is the parent's background.
          const behind = backgroundOf(parentOf(element));
          const outline = over(parse(style.outlineColor), behind);
          return {
            element: describe(element),
            focusVisible: element.matches(':focus-visible'),
            style: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            offset: parseFloat(style.outlineOffset),
            colour: hex(outline),
            behind: hex(behind),
            ratio: ratio(outline, behind),
          };
        });
      rings.push(await ring());
      await page.keyboard.press('ArrowRight'); // the quotes tab
      await assertSection(widget, 'quotes');
      rings.push(await ring());
      for (let step = 0; step < 4; step += 1) {
        await page.keyboard.press('Tab'); // panel, expand all, first quote toggle, its ¶ button
        rings.push(await ring());
      }
      assert.deepEqual(
        rings.map((ring) => ring?.element),
        [
          'button#cs-tab-overview.cs-tab',
          'button#cs-tab-quotes.cs-tab',
          'section#cs-panel-quotes.cs-panel',
          'button.cs-button',
          'button.cs-quote-toggle',
          'button.cs-source-toggle',
        ],
      );
      for (const ring of rings) {
        const label = `${ring.element}: outline ${ring.style} ${ring.width}px ${ring.colour} on ${ring.behind}`;
        assert.ok(ring.focusVisible, `${label}: not :focus-visible`);
        assert.notEqual(ring.style, 'none', `${label}: no outline`);
        assert.ok(ring.width >= 2, `${label}: thinner than 2px`);
        assert.ok(ring.offset >= 0, `${label}: the outline overlaps the element (offset ${ring.offset})`);
        assert.ok(ring.ratio >= 3, `${label}: ${ring.ratio.toFixed(2)}:1 against what is behind it, want 3:1`);
      }
    });
  });
}

test('prefers-reduced-motion: no transition and no animation anywhere in the widget', async () => {
  await visitBetweenLinks('/motion.html', 'theme="light" expanded', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.ok(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches));
    const widget = page.locator('#w');
    for (const section of SECTIONS) {
      await showSection(widget, section);
      await setSourcesOpen(widget, true);
      const moving = await widget.evaluate((host) => {
        const found = [];
        const count = { elements: 0 };
        for (const element of host.shadowRoot.querySelectorAll('*')) {
          count.elements += 1;
          for (const pseudo of [null, '::before', '::after', '::first-letter', '::marker']) {
            const style = getComputedStyle(element, pseudo);
            const durations = style.transitionDuration.split(',').map((value) => parseFloat(value));
            if (durations.some((value) => value !== 0) || style.animationName !== 'none') {
              found.push(
                `${window.__a11y.describe(element)}${pseudo ?? ''}: transition-duration ${style.transitionDuration}, animation-name ${style.animationName}`,
              );
            }
          }
        }
        return { found, count };
      });
      assert.ok(moving.count.elements > 50, `${section}: only ${moving.count.elements} elements looked at`);
      assert.deepEqual(moving.found, [], `${section}: moving elements`);
      await setSourcesOpen(widget, false);
    }
  });
});

test('forced colours: the selected tab stands out, every button has a border, focus keeps an outline', async () => {
  await visitBetweenLinks('/forced.html', 'theme="light" section="quotes"', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    assert.ok(await page.evaluate(() => matchMedia('(forced-colors: active)').matches));
    const widget = page.locator('#w');
    await assertSection(widget, 'quotes');

    const tabs = await widget.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('[role=tab]')].map((tab) => {
        const style = getComputedStyle(tab);
        return {
          id: tab.id,
          selected: tab.getAttribute('aria-selected') === 'true',
          background: style.backgroundColor,
          border: style.borderTopColor,
          colour: style.color,
        };
      }),
    );
    const selected = tabs.filter((tab) => tab.selected);
    assert.deepEqual(selected.map((tab) => tab.id), ['cs-tab-quotes']);
    for (const tab of tabs.filter((tab) => !tab.selected)) {
      assert.ok(
        tab.background !== selected[0].background || tab.border !== selected[0].border,
        `${tab.id} looks like the selected tab: ${JSON.stringify(tab)} vs ${JSON.stringify(selected[0])}`,
      );
    }
    assert.notEqual(selected[0].colour, selected[0].background, 'the selected tab text is readable');

    // Every visible button, in every section, keeps a border.
    for (const section of SECTIONS) {
      await showSection(widget, section);
      const borderless = await widget.evaluate((host) =>
        [...host.shadowRoot.querySelectorAll('button')]
          .filter((button) => button.checkVisibility())
          .flatMap((button) => {
            const style = getComputedStyle(button);
            const sides = ['Top', 'Right', 'Bottom', 'Left'].filter(
              (side) => style[`border${side}Style`] === 'none' || parseFloat(style[`border${side}Width`]) === 0,
            );
            return sides.length
              ? [`${window.__a11y.describe(button)}@${button.getAttribute('aria-controls')}: no border on ${sides}`]
              : [];
          }),
      );
      assert.deepEqual(borderless, [], `${section}: buttons without a border`);
    }

    // Focus, by keyboard, on a tab and on a quote toggle.
    await showSection(widget, 'quotes');
    const outline = () =>
      page.evaluate(() => {
        const element = document.activeElement.shadowRoot?.activeElement;
        const style = getComputedStyle(element);
        return {
          element: window.__a11y.describe(element),
          style: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          colour: style.outlineColor,
        };
      });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const onTab = await outline();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('Tab');
    const onToggle = await outline();
    assert.deepEqual([onTab.element, onToggle.element], ['button#cs-tab-quotes.cs-tab', 'button.cs-quote-toggle']);
    for (const ring of [onTab, onToggle]) {
      assert.notEqual(ring.style, 'none', `${ring.element}: no focus outline in forced colours`);
      assert.ok(ring.width >= 2, `${ring.element}: focus outline ${ring.width}px`);
    }
  });
});
