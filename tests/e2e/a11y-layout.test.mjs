// Layout for readers who zoom or print: no horizontal overflow in a narrow
// or a wide container, nor at 200 % text size (WCAG 1.4.4, 1.4.10), and a
// print of the whole summary, every quote in full, without controls.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eachState, showSection, visitWidgetPage } from './support/a11y.mjs';
import { eventually } from './support/eventually.mjs';
import { EN } from './support/i18n.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { QUOTE_IDS, SUMMARY } from './support/summary.mjs';
import { squash } from './support/text.mjs';
import { assertOpenQuotes, assertSection } from './support/widget.mjs';

const session = useBrowserAndBuild();

/**
 * Everything in the widget that reaches past the article's left or right edge
 * (elements and lines of text, but visually hidden ones), whether the page
 * scrolls sideways, and the tabs' boxes.
 */
function measureOverflow(page) {
  return page.evaluate(() => {
    const { describe } = window.__a11y;
    const host = document.querySelector('#w');
    const root = host.shadowRoot;
    const article = root.querySelector('article.cs');
    const edge = article.getBoundingClientRect();
    const box = document.querySelector('#box').getBoundingClientRect();
    const clipped = (element) => {
      for (let node = element; node && node !== root; node = node.parentNode) {
        if (getComputedStyle(node).clipPath !== 'none') return true;
      }
      return false;
    };
    const out = [];
    const check = (what, rect) => {
      if (rect.width === 0 && rect.height === 0) return;
      const by = Math.max(rect.right - edge.right, edge.left - rect.left);
      if (by > 1) {
        out.push({
          by,
          what: `${what}: ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(edge.left)}–${Math.round(edge.right)}`,
        });
      }
    };
    let elements = 0;
    let lines = 0;
    for (const element of article.querySelectorAll('*')) {
      if (!element.checkVisibility() || clipped(element)) continue;
      elements += 1;
      check(describe(element), element.getBoundingClientRect());
      for (const node of element.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) {
          lines += 1;
          check(`text "${node.textContent.trim().slice(0, 30)}" in ${describe(element)}`, rect);
        }
      }
    }
    const scroller = document.scrollingElement;
    return {
      out,
      elements,
      lines,
      article: { left: edge.left, right: edge.right, width: edge.width },
      box: { left: box.left, right: box.right, width: box.width },
      pageScrolls: scroller.scrollWidth > scroller.clientWidth,
      fontSize: getComputedStyle(article).fontSize,
      tabs: [...root.querySelectorAll('[role=tab]')].map((tab) => {
        const { left, right, top, bottom } = tab.getBoundingClientRect();
        return { id: tab.id, left, right, top, bottom };
      }),
    };
  });
}

/** Pairs of tabs whose boxes overlap. */
function overlapping(tabs) {
  const pairs = [];
  for (const [index, one] of tabs.entries()) {
    for (const two of tabs.slice(index + 1)) {
      const apart =
        one.right <= two.left + 0.5 || two.right <= one.left + 0.5 || one.bottom <= two.top + 0.5 || two.bottom <= one.top + 0.5;
      if (!apart) pairs.push(`${one.id} and ${two.id}`);
    }
  }
  return pairs;
}

const LAYOUTS = [
  { name: '280 px container', width: 280, viewport: 320, fontSize: null },
  { name: '1200 px container', width: 1200, viewport: 1280, fontSize: null },
  { name: '320 px container at 200 % text (--cs-font-size: 32px)', width: 320, viewport: 360, fontSize: '32px' },
  // Interface languages with longer words than English.
  { name: '280 px container, German interface', width: 280, viewport: 320, fontSize: null, lang: 'de' },
  { name: '280 px container, Russian interface', width: 280, viewport: 320, fontSize: null, lang: 'ru' },
];

for (const layout of LAYOUTS) {
  test(`reflow, ${layout.name}: nothing overflows sideways and the tabs do not overlap`, async () => {
    const path = `/reflow-${layout.width}-${layout.fontSize ?? 'medium'}-${layout.lang ?? 'en'}.html`;
    const style = layout.fontSize ? ` style="--cs-font-size: ${layout.fontSize}"` : '';
    const lang = layout.lang ? ` lang="${layout.lang}"` : '';
    await visitWidgetPage(session, path, { width: layout.width, attributes: `theme="light"${style}${lang}` }, {
      viewport: { width: layout.viewport, height: 800 },
    }, async ({ page }) => {
      const widget = page.locator('#w');
      const failures = [];
      await eachState(widget, async (section, open) => {
        const measured = await measureOverflow(page);
        const label = `${section}, ${open ? 'quotes and sources open' : 'closed'}`;
        assert.equal(measured.fontSize, layout.fontSize ?? '16px', `${label}: the widget's font size`);
        assert.ok(Math.abs(measured.box.width - layout.width) < 0.5, `${label}: container ${measured.box.width} px`);
        assert.ok(
          measured.article.right <= measured.box.right + 1 && measured.article.left >= measured.box.left - 1,
          `${label}: the article (${JSON.stringify(measured.article)}) is wider than its container (${JSON.stringify(measured.box)})`,
        );
        assert.ok(measured.elements > 20 && measured.lines > 10, `${label}: looked at too little: ${measured.elements} elements, ${measured.lines} lines`);
        assert.equal(measured.tabs.length, 5);
        if (measured.out.length) {
          const worst = Math.max(...measured.out.map((item) => item.by));
          failures.push(
            `${label}: ${measured.out.length} boxes or lines reach past the article by up to ${worst.toFixed(1)} px, e.g. ` +
              [...measured.out].sort((one, two) => two.by - one.by).slice(0, 4).map((item) => item.what).join('; '),
          );
        }
        if (measured.pageScrolls) failures.push(`${label}: the page scrolls sideways`);
        failures.push(...overlapping(measured.tabs).map((pair) => `${label}: tabs overlap: ${pair}`));
      });
      assert.deepEqual(failures, [], 'overflow');
    });
  });
}

/** The ids of the widget's panels that have content. */
const filledPanels = (widget) =>
  widget.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('[role=tabpanel]')].filter((panel) => panel.childNodes.length > 0).map((panel) => panel.id),
  );

test('print: every panel under its heading, every quote in full, no buttons', async () => {
  await visitWidgetPage(session, '/print.html', { width: 720, attributes: 'theme="light"' }, async ({ page }) => {
    const widget = page.locator('#w');

    // As loaded, and after a reader opened one quote and one source paragraph.
    for (const state of ['as loaded', 'one quote and one source open']) {
      if (state !== 'as loaded') {
        await showSection(widget, 'quotes');
        await widget.locator('#cs-quote-carty-victims-younger .cs-quote-toggle').click();
        await widget.locator('#cs-quote-perez-testimony .cs-source-toggle').click();
        await widget.locator('#cs-quote-perez-testimony .cs-source').waitFor({ state: 'visible' });
      }
      // Only the panel shown has content on screen; printing renders every
      // panel. Playwright's print emulation does not fire beforeprint: the
      // test fires it, as the browser does before it lays the page out for
      // print, and wants every panel filled by the next frame.
      assert.deepEqual(await filledPanels(widget), [state === 'as loaded' ? 'cs-panel-overview' : 'cs-panel-quotes'], `${state}: on screen only the shown panel has content`);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.evaluate(() => matchMedia('print').matches));
      await page.evaluate(async () => {
        window.dispatchEvent(new Event('beforeprint'));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      });
      assert.deepEqual(await filledPanels(widget), SECTIONS.map((section) => `cs-panel-${section}`), `${state}: after beforeprint every panel has content`);
      const printed = await widget.evaluate((host) => {
        const root = host.shadowRoot;
        const { describe } = window.__a11y;
        const shown = (element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
        return {
          panels: [...root.querySelectorAll('[role=tabpanel]')].map((panel) => {
            const heading = panel.querySelector('h3.cs-panel-heading');
            const style = getComputedStyle(heading);
            const { width, height } = heading.getBoundingClientRect();
            return {
              id: panel.id,
              shown: shown(panel) && getComputedStyle(panel).display !== 'none',
              heading: heading.innerText.trim(),
              headingShown: shown(heading) && width > 1 && height > 1 && style.clipPath === 'none',
            };
          }),
          quotes: [...root.querySelectorAll('li.cs-quote')].map((quote) => ({ id: quote.id, text: quote.innerText })),
          buttons: [...root.querySelectorAll('button')].filter(shown).map((button) => `${describe(button)} "${button.innerText}"`),
          buttonCount: root.querySelectorAll('button').length,
          ellipses: [...root.querySelectorAll('.cs-ellipsis')].filter(shown).length,
          sources: [...root.querySelectorAll('.cs-source')].filter(shown).length,
        };
      });
      assert.deepEqual(
        printed.panels,
        SECTIONS.map((section, index) => ({ id: `cs-panel-${section}`, shown: true, heading: EN.sectionNames[index], headingShown: true })),
        `${state}: every panel shows under its visible heading`,
      );
      assert.deepEqual(printed.quotes.map((quote) => quote.id), QUOTE_IDS.map((id) => `cs-quote-${id}`));
      for (const quote of SUMMARY.quotes) {
        const text = squash(printed.quotes.find((printedQuote) => printedQuote.id === `cs-quote-${quote.id}`).text);
        assert.ok(text.includes(squash(quote.text)), `${state}: ${quote.id} prints "${text}", not the full passage`);
      }
      assert.ok(printed.buttonCount > 20, `${state}: ${printed.buttonCount} buttons in the widget`);
      assert.deepEqual(printed.buttons, [], `${state}: buttons that print`);
      assert.equal(printed.ellipses, 0, `${state}: ellipses that print`);
      assert.equal(printed.sources, 0, `${state}: source paragraphs that print`);
      await page.emulateMedia({ media: 'screen' });
      assert.ok(!(await page.evaluate(() => matchMedia('print').matches)));
      // afterprint: back to the panel shown alone, the reader's state kept.
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      const shownSection = state === 'as loaded' ? 'overview' : 'quotes';
      await eventually(async () =>
        assert.deepEqual(await filledPanels(widget), [`cs-panel-${shownSection}`], `${state}: after afterprint only the shown panel has content`),
      );
      await assertSection(widget, shownSection);
      if (state !== 'as loaded') {
        await assertOpenQuotes(widget, ['carty-victims-younger']);
        assert.equal(await widget.locator('#cs-quote-perez-testimony .cs-source-toggle').getAttribute('aria-expanded'), 'true');
        await widget.locator('#cs-quote-perez-testimony .cs-source').waitFor({ state: 'visible' });
      }
    }
  });
});
