// A widget on a Playwright page, as the tests read and work it: its events
// (as the recorder heard them), its state read from its shadow root, the
// reader's actions, and the assertions most tests share. The event helpers
// only evaluate a function in the page, so they serve an engine's page
// (engines.mjs) as well.
import assert from 'node:assert/strict';
import { eventually } from './eventually.mjs';
import { SECTIONS } from './manifest.mjs';
import { FUNDERS, QUOTE_IDS } from './summary.mjs';

/** Computed colours of the two themes' cards (assets/conference-summary.css). */
export const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
export const DARK_BACKGROUND = 'rgb(21, 25, 30)';

/** The widget's events recorded on the page, optionally only those of one element. */
export async function events(page, target) {
  const all = await page.evaluate(() => window.__cs.events);
  return target ? all.filter((event) => event.target === target) : all;
}

/** Events as [type, detail] pairs, for compact comparisons. */
export const brief = (list) => list.map((event) => [event.type, event.detail]);

/** Counts of one element's events by type. */
export async function eventCounts(page, target) {
  const counts = {};
  for (const event of await events(page, target)) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}

/** Waits until `target` has fired at least `count` ready events. */
export async function waitReadyEvents(page, target, count = 1, timeout = 15_000) {
  await eventually(async () => {
    const ready = (await events(page, target)).filter((event) => event.type === 'ready');
    assert.ok(ready.length >= count, `#${target}: ${ready.length} ready events, want ${count}`);
  }, { timeout });
}

/** Waits until `target` has fired `count` ready events and its content shows. */
export async function waitReady(page, target, count = 1) {
  await waitReadyEvents(page, target, count);
  await page.locator(`#${target} article.cs h2.cs-headline`).waitFor({ state: 'visible' });
}

/** Waits until every <conference-summary> on the page has fired one ready event. */
export async function waitAllReady(page, timeout = 15_000) {
  await eventually(async () => {
    const count = await page.locator('conference-summary').count();
    const ready = (await events(page)).filter((event) => event.type === 'ready');
    assert.equal(ready.length, count, `${ready.length} ready events for ${count} elements`);
  }, { timeout });
}

/** Waits until `target` has fired `count` error events; their messages. */
export async function errorMessages(page, target, count = 1) {
  let messages;
  await eventually(async () => {
    const errors = (await events(page, target)).filter((event) => event.type === 'error');
    assert.equal(errors.length, count, `#${target}: ${errors.length} error events, want ${count}`);
    messages = errors.map((event) => event.detail.message);
  }, { timeout: 20_000 });
  return messages;
}

/** Everything a test checks about one widget's state, read from its shadow root. */
export function widgetState(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
    const strip = (prefix) => (element) => element.id.slice(prefix.length);
    return {
      attribute: host.getAttribute('section'),
      property: host.section,
      selected: all('[role=tab][aria-selected="true"]').map(strip('cs-tab-')),
      tabStops: all('[role=tab][tabindex="0"]').map(strip('cs-tab-')),
      selectedPart: all('[role=tab][part~="tab-selected"]').map(strip('cs-tab-')),
      shownPanels: all('[role=tabpanel]:not([hidden])').map(strip('cs-panel-')),
      openQuotes: all('.cs-quote-toggle[aria-expanded="true"]').map((button) =>
        button.closest('.cs-quote').id.slice('cs-quote-'.length),
      ),
      expandAll: root?.querySelector('.cs-button')?.textContent ?? null,
      headline: root?.querySelector('h2.cs-headline')?.textContent ?? null,
      alert: root?.querySelector('[role=alert]')?.textContent ?? null,
    };
  });
}

/**
 * What a widget's `state` says about the section it shows, beside what it
 * must say when `section` is shown: the attribute (absent means the default
 * section), the property, the selected tab, the one tab stop, the selected
 * tab's part, the panel shown and, where the state has them, the panels
 * hidden. For assert.deepEqual(...sectionShown(state, section)).
 */
export function sectionShown(state, section) {
  const keys = ['attribute', 'property', 'selected', 'tabStops', 'selectedPart', 'shownPanels'];
  const expected = {
    attribute: section,
    property: section,
    selected: [section],
    tabStops: [section],
    selectedPart: [section],
    shownPanels: [section],
  };
  if ('hiddenPanels' in state) {
    keys.push('hiddenPanels');
    expected.hiddenPanels = SECTIONS.filter((other) => other !== section);
  }
  const actual = Object.fromEntries(keys.map((key) => [key, state[key]]));
  actual.attribute = state.attribute ?? (section === SECTIONS[0] ? SECTIONS[0] : null);
  return [actual, expected];
}

/** Asserts the widget shows `section` in every way it can say so. */
export async function assertSection(widget, section) {
  await eventually(async () => assert.deepEqual(...sectionShown(await widgetState(widget), section)));
}

/** Asserts exactly these quotes are open (in summary order). */
export async function assertOpenQuotes(widget, ids) {
  await eventually(async () => {
    assert.deepEqual((await widgetState(widget)).openQuotes, ids);
  });
}

/** Clicks the tab of `section` and waits until it is shown. */
export async function pickTab(widget, section) {
  await widget.locator(`#cs-tab-${section}`).click();
  await widget.locator(`#cs-panel-${section}`).waitFor({ state: 'visible' });
}

/** Clicks the toggle of one quote. */
export function toggleQuote(widget, id) {
  return widget.locator(`#cs-quote-${id} .cs-quote-toggle`).click();
}

/** Computed background colour of the widget's card. */
export function background(widget) {
  return widget
    .locator('article.cs')
    .evaluate((article) => getComputedStyle(article).backgroundColor);
}

/** The widget's own console errors on a page from open() (the others are the browser's). */
export const widgetErrors = (opened) => opened.errors.filter((text) => text.startsWith('conference-summary:'));

/** A tab click, a quote toggle and the expand-all button all work. */
export async function assertWorks(widget) {
  const start = (await widgetState(widget)).attribute ?? 'overview';
  const other = start === 'funders' ? 'programme' : 'funders';
  await pickTab(widget, other);
  await assertSection(widget, other);
  if (other === 'funders') {
    assert.deepEqual(
      await widget.locator('ul.cs-funders > li > .cs-text').allTextContents(),
      FUNDERS,
    );
  }
  await pickTab(widget, 'quotes');
  await assertSection(widget, 'quotes');
  const open = (await widgetState(widget)).openQuotes;
  assert.equal(await widget.locator('li.cs-quote').count(), QUOTE_IDS.length);
  const first = widget.locator('#cs-quote-perez-testimony .cs-quote-toggle');
  const was = await first.getAttribute('aria-expanded');
  await first.click();
  await eventually(async () =>
    assert.equal(await first.getAttribute('aria-expanded'), was === 'true' ? 'false' : 'true'),
  );
  await first.click();
  await assertOpenQuotes(widget, open);
}
