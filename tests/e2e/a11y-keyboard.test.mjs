// Keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3): a reader who never touches the
// mouse gets into the widget, moves between its tabs after the WAI-ARIA tabs
// pattern, reaches every control of every panel in order, works the quote
// toggles with Enter and Space, and gets out again. Only page.keyboard moves
// focus or presses anything here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { visitWidgetPage } from './support/a11y.mjs';
import { eventually } from './support/eventually.mjs';
import { SECTIONS } from './support/manifest.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { QUOTE_IDS, SUMMARY } from './support/summary.mjs';
import { squash } from './support/text.mjs';
import { assertSection, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild();

/** Where focus is: the page's element and, when it is the widget, the element in its shadow root. */
function focus(page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? null;
    return {
      page: active?.id || active?.localName || null,
      inner: inner ? window.__a11y.describe(inner) : null,
      innerId: inner?.id || null,
      focusVisible: (inner ?? active)?.matches(':focus-visible') ?? false,
    };
  });
}

/** Asserts that focus is on the element with id `id` inside the widget, and visibly so. */
async function assertFocusIn(page, id, message) {
  const where = await focus(page);
  assert.equal(where.page, 'w', `${message}: focus should be in the widget, is on ${where.page}`);
  assert.equal(where.innerId, id, `${message}: focus is on ${where.inner}`);
  assert.ok(where.focusVisible, `${message}: ${where.inner} has focus but does not match :focus-visible`);
}

/** The widget's tabbable elements in tab order (DOM order; every tabindex is 0 or -1), as ids. */
function expectedTabOrder(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const visible = (element) => element.checkVisibility({ visibilityProperty: true });
    const tabbable = [...root.querySelectorAll('button, [tabindex], a[href]')].filter(
      (element) => element.tabIndex >= 0 && !element.disabled && visible(element),
    );
    return tabbable.map((element) => element.id || window.__a11y.describe(element) + '@' + element.getAttribute('aria-controls'));
  });
}

/** A focused element's id, or its description and aria-controls (buttons in panels have no id). */
function focusKey(page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.id !== 'w') return `page:${active?.id || active?.localName}`;
    const inner = active.shadowRoot.activeElement;
    if (!inner) return 'w:(nothing)';
    return inner.id || window.__a11y.describe(inner) + '@' + inner.getAttribute('aria-controls');
  });
}

/** The text a reader sees in the passage a quote toggle controls. */
function passageText(widget, id) {
  return widget.evaluate((host, id) => {
    const toggle = host.shadowRoot.querySelector(`#cs-quote-${id} .cs-quote-toggle`);
    const passage = host.shadowRoot.getElementById(toggle.getAttribute('aria-controls'));
    return passage.innerText;
  }, id).then(squash);
}
const fullText = Object.fromEntries(SUMMARY.quotes.map((quote) => [quote.id, squash(quote.text)]));

test('keyboard only: into the widget, through the tabs, every panel and every control, and out', async () => {
  await visitWidgetPage(session, '/keyboard.html', { width: 720, links: true }, {
    viewport: { width: 800, height: 700 },
  }, async ({ page }) => {
    const widget = page.locator('#w');
    const key = async (name) => page.keyboard.press(name);

    // Into the page, then into the widget: focus lands on the selected tab.
    await key('Tab');
    assert.equal((await focus(page)).page, 'before');
    await key('Tab');
    await assertFocusIn(page, 'cs-tab-overview', 'Tab from the link before');
    await assertSection(widget, 'overview');

    // Arrow keys move focus and selection together; both ends wrap.
    const moves = [
      ['ArrowRight', 'quotes'],
      ['ArrowRight', 'programme'],
      ['ArrowRight', 'participants'],
      ['ArrowRight', 'funders'],
      ['ArrowRight', 'overview'], // wraps forward
      ['ArrowLeft', 'funders'], // wraps back
      ['ArrowLeft', 'participants'],
      ['Home', 'overview'],
      ['End', 'funders'],
      ['ArrowLeft', 'participants'],
      ['ArrowRight', 'funders'],
      ['Home', 'overview'],
    ];
    for (const [name, section] of moves) {
      await key(name);
      await assertSection(widget, section); // aria-selected, tabindex 0/-1, the panel shown
      await assertFocusIn(page, `cs-tab-${section}`, `${name} to ${section}`);
    }

    // Up and Down are left to the page: neither focus nor selection moves.
    for (const name of ['ArrowDown', 'ArrowUp']) {
      await key(name);
      await assertSection(widget, 'overview');
      await assertFocusIn(page, 'cs-tab-overview', name);
    }

    // Every section: Tab goes from the tab to its panel, then through every
    // control in the panel, then out of the widget to the next link; Shift+Tab
    // walks back the same way to the link before.
    for (const [index, section] of SECTIONS.entries()) {
      if (index > 0) {
        await key('ArrowRight');
        await assertSection(widget, section);
        await assertFocusIn(page, `cs-tab-${section}`, `ArrowRight to ${section}`);
      }
      const order = await expectedTabOrder(widget);
      assert.equal(order[0], `cs-tab-${section}`, `${section}: the selected tab is the widget's first tab stop`);
      assert.equal(order[1], `cs-panel-${section}`, `${section}: the panel is the second tab stop`);
      // Every panel has buttons: ¶ buttons, and in quotes expand-all and a
      // toggle and a ¶ button per quote.
      const buttons = section === 'quotes' ? 1 + 2 * QUOTE_IDS.length : order.length - 2;
      assert.ok(buttons > 0 && order.length === 2 + buttons, `${section}: tab stops ${order}`);
      assert.ok(
        order.slice(2).every((id) => id.startsWith('button')),
        `${section}: after the panel only its buttons are tab stops: ${order}`,
      );

      // Forward: tab, panel, the panel's buttons, then out.
      await key('Tab');
      await assertFocusIn(page, `cs-panel-${section}`, `Tab from the ${section} tab`);
      const forward = [`cs-tab-${section}`, `cs-panel-${section}`];
      for (let step = 0; step < 200; step += 1) {
        await key('Tab');
        const where = await focusKey(page);
        if (where.startsWith('page:')) {
          assert.equal(where, 'page:after', `${section}: Tab out of the widget lands on the link after it`);
          break;
        }
        forward.push(where);
      }
      assert.deepEqual(forward, order, `${section}: Tab visits every control once, in order`);

      // Back: Shift+Tab from the link after re-enters at the last control.
      const backward = [];
      for (let step = 0; step < 200; step += 1) {
        await key('Shift+Tab');
        const where = await focusKey(page);
        if (where.startsWith('page:')) {
          assert.equal(where, 'page:before', `${section}: Shift+Tab out of the widget lands on the link before it`);
          break;
        }
        backward.push(where);
      }
      assert.deepEqual(backward, [...order].reverse(), `${section}: Shift+Tab visits the same stops in reverse`);

      // Back in, on the selected tab.
      await key('Tab');
      await assertFocusIn(page, `cs-tab-${section}`, `Tab back into the widget on ${section}`);
    }

    // The quotes panel: the expand-all button and every quote toggle, by keyboard.
    await key('Home');
    await key('ArrowRight');
    await assertSection(widget, 'quotes');
    await assertFocusIn(page, 'cs-tab-quotes', 'ArrowRight to quotes');
    await key('Tab'); // the panel
    await key('Tab'); // expand all
    const expandAll = await page.evaluate(() =>
      document.activeElement.shadowRoot.activeElement.classList.contains('cs-button'),
    );
    assert.ok(expandAll, `Tab from the quotes panel reaches the expand-all button, not ${await focusKey(page)}`);
    for (const [name, open] of [['Enter', true], ['Space', false], ['Space', true], ['Enter', false]]) {
      await key(name);
      await eventually(async () => {
        assert.equal((await widgetState(widget)).openQuotes.length, open ? QUOTE_IDS.length : 0, `${name} on expand all`);
      });
      assert.ok(
        await page.evaluate(() => document.activeElement.shadowRoot.activeElement?.classList.contains('cs-button')),
        `${name}: focus stays on the expand-all button`,
      );
    }
    for (const id of QUOTE_IDS) {
      await key('Tab');
      const where = await page.evaluate(() => {
        const inner = document.activeElement.shadowRoot?.activeElement;
        return { quote: inner?.closest('.cs-quote')?.id, toggle: inner?.classList.contains('cs-quote-toggle') };
      });
      assert.deepEqual(where, { quote: `cs-quote-${id}`, toggle: true }, `Tab reaches the toggle of ${id}`);
      const toggle = widget.locator(`#cs-quote-${id} .cs-quote-toggle`);
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.ok(!(await passageText(widget, id)).includes(fullText[id]), `${id}: closed, the passage is cut`);
      assert.match(await passageText(widget, id), /…/, `${id}: closed, the passage ends in an ellipsis`);
      // Enter opens and Space closes; then Space opens and Enter closes.
      for (const [name, open] of [['Enter', true], ['Space', false], ['Space', true], ['Enter', false]]) {
        await key(name);
        await eventually(async () => assert.equal(await toggle.getAttribute('aria-expanded'), String(open), `${name} on ${id}`));
        const text = await passageText(widget, id);
        if (open) {
          assert.ok(text.includes(fullText[id]), `${id}: after ${name} the passage shows the full text, shows "${text}"`);
          assert.doesNotMatch(text, /…/, `${id}: open, no ellipsis`);
        } else {
          assert.ok(!text.includes(fullText[id]), `${id}: after ${name} the passage is cut again`);
        }
        const still = await page.evaluate(() =>
          document.activeElement.shadowRoot.activeElement?.closest('.cs-quote')?.id,
        );
        assert.equal(still, `cs-quote-${id}`, `${name} on ${id}: focus stays on the toggle`);
      }
      // Its ¶ button comes next; Enter opens the source paragraph, Space closes it.
      await key('Tab');
      const source = await page.evaluate(() => {
        const inner = document.activeElement.shadowRoot.activeElement;
        return { quote: inner?.closest('.cs-quote')?.id, source: inner?.classList.contains('cs-source-toggle') };
      });
      assert.deepEqual(source, { quote: `cs-quote-${id}`, source: true }, `Tab reaches the ¶ button of ${id}`);
      const sourceButton = widget.locator(`#cs-quote-${id} .cs-source-toggle`);
      const sourceText = widget.locator(`#cs-quote-${id} .cs-source`);
      await key('Enter');
      await eventually(async () => assert.equal(await sourceButton.getAttribute('aria-expanded'), 'true'));
      await sourceText.waitFor({ state: 'visible' });
      await key('Space');
      await eventually(async () => assert.equal(await sourceButton.getAttribute('aria-expanded'), 'false'));
      await sourceText.waitFor({ state: 'hidden' });
    }
    // Past the last quote: out of the widget (no trap).
    await key('Tab');
    assert.equal(await focusKey(page), 'page:after');
    // Shift+Tab goes back to the last ¶ button, then the last quote toggle.
    await key('Shift+Tab');
    assert.match(await focusKey(page), /^button\.cs-source-toggle@cs-quote-perez-testimony-source$/);
    await key('Shift+Tab');
    assert.match(await focusKey(page), /^button\.cs-quote-toggle@cs-quote-perez-testimony-text$/);
    await assertSection(widget, 'quotes');
  });
});
