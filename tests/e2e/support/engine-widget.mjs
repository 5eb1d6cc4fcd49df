// A widget on an engine's page (engines.mjs), as the cross-engine tests read
// and work it through the common page API only: its state, read in the page;
// real clicks at the centre of its elements; the events and problems the
// page's recorder saw; and the assertions the cases share.
import assert from 'node:assert/strict';
import { eventually } from './eventually.mjs';
import { SUMMARY } from './summary.mjs';
import { openingWords, passage, squash } from './text.mjs';
import { sectionShown, waitReadyEvents } from './widget.mjs';

// ------------------------------------------------------ in-page functions
// Serialised into the page by evaluate: they must not use anything outside.

/** One widget's state, read from its shadow root. */
function readState(id) {
  const host = document.getElementById(id);
  const root = host?.shadowRoot;
  const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
  const shown = (element) =>
    element.getClientRects().length > 0 &&
    (element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true);
  const suffix = (prefix) => (element) => element.id.slice(element.id.indexOf(prefix) + prefix.length);
  const focused = root?.activeElement ?? null;
  const alert = root?.querySelector('[role=alert]') ?? null;
  return {
    attribute: host.getAttribute('section'),
    property: host.section,
    tabs: all('[role=tab]').map((tab) => tab.textContent),
    selected: all('[role=tab][aria-selected="true"]').map(suffix('tab-')),
    tabStops: all('[role=tab][tabindex="0"]').map(suffix('tab-')),
    selectedPart: all('[role=tab][part~="tab-selected"]').map(suffix('tab-')),
    shownPanels: all('[role=tabpanel]').filter(shown).map(suffix('panel-')),
    hiddenPanels: all('[role=tabpanel]').filter((panel) => panel.hidden && !shown(panel)).map(suffix('panel-')),
    focusedTab: document.activeElement === host && focused?.getAttribute('role') === 'tab' ? suffix('tab-')(focused) : null,
    openQuotes: all('.cs-quote-toggle[aria-expanded="true"]').map((button) => suffix('quote-')(button.closest('.cs-quote'))),
    headline: root?.querySelector('h2.cs-headline')?.textContent ?? null,
    articles: all('article.cs').length,
    alert: alert && {
      shown: shown(alert),
      part: alert.getAttribute('part'),
      title: alert.querySelector('.cs-error-title')?.textContent ?? null,
      reason: alert.querySelectorAll('p')[1]?.textContent ?? null,
      details: [...alert.querySelectorAll('.cs-error-details li')].map((item) => item.textContent),
    },
    alerts: all('[role=alert]').length,
  };
}

/** Scrolls the element at `selector` in the shadow root of #id into view; its centre in the viewport. */
async function centreOf([id, selector]) {
  const element = document.getElementById(id)?.shadowRoot?.querySelector(selector);
  if (!element) throw new Error(`#${id}: nothing matches ${selector}`);
  element.scrollIntoView({ block: 'center', inline: 'center' });
  // Scrolling brings widgets further down into view, which then take their
  // own height in place of the one they held off screen (content-visibility):
  // measure once two frames have passed without the element moving.
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let box = element.getBoundingClientRect();
  for (let settled = 0, tries = 0; settled < 2 && tries < 20; tries += 1) {
    await frame();
    const next = element.getBoundingClientRect();
    settled = next.top === box.top && next.left === box.left ? settled + 1 : 0;
    box = next;
  }
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  // What a click there would reach, in this shadow root: the element itself,
  // unless something still moved it after all.
  const reached = element.getRootNode().elementFromPoint(x, y);
  return { x, y, width: box.width, height: box.height, hit: !!reached && element.contains(reached) };
}

/** The quotes of #id as the reader sees them: passage, speaker and role, shown or not. */
function readQuotes(id) {
  const root = document.getElementById(id).shadowRoot;
  const shown = (element) =>
    !!element &&
    element.getClientRects().length > 0 &&
    (element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : true);
  return [...root.querySelectorAll('li.cs-quote')].map((item) => ({
    id: item.id.slice(item.id.indexOf('quote-') + 'quote-'.length),
    passage: item.querySelector('.cs-passage').innerText,
    speaker: shown(item.querySelector('.cs-speaker')) ? item.querySelector('.cs-speaker').textContent : null,
    role: shown(item.querySelector('.cs-role')) ? item.querySelector('.cs-role').textContent : null,
  }));
}

// --------------------------------------------------------------- helpers

/** #id's state, read in the page (readState), its tab names as the reader sees them. */
export async function stateOf(tab, id) {
  const state = await tab.evaluate(readState, id);
  return { ...state, tabs: state.tabs.map(squash) };
}

/** The quotes of #id as the reader sees them (readQuotes). */
export async function quotesOf(tab, id) {
  return (await tab.evaluate(readQuotes, id)).map((quote) => ({
    id: quote.id,
    passage: squash(quote.passage),
    speaker: quote.speaker === null ? null : squash(quote.speaker),
    role: quote.role === null ? null : squash(quote.role),
  }));
}

/** Waits until #id has fired `count` ready events and shows a headline. */
export async function waitReady(tab, id, count = 1) {
  await waitReadyEvents(tab, id, count, 20_000);
  await eventually(async () => assert.ok((await stateOf(tab, id)).headline, `#${id}: headline`));
}

/** Asserts #id shows `section` in every way it says so, the other panels hidden. */
export async function assertSection(tab, id, section) {
  await eventually(async () => assert.deepEqual(...sectionShown(await stateOf(tab, id), section)));
}

/** A real click in the middle of the element at `selector` in #id's shadow root. */
export async function clickOn(tab, id, selector) {
  let target = await tab.evaluate(centreOf, [id, selector]);
  // A busy machine may lay the page out again between measuring and looking.
  for (let tries = 1; !target.hit && tries < 10; tries += 1) target = await tab.evaluate(centreOf, [id, selector]);
  const { x, y, width, height, hit } = target;
  assert.ok(width > 0 && height > 0, `#${id} ${selector} has a size: ${width}×${height}`);
  assert.ok(hit, `#${id} ${selector} is what a click at its centre reaches`);
  await tab.click(x, y);
}

/** Asserts exactly these quotes of #id are open (in summary order). */
export async function assertOpenQuotes(tab, id, ids) {
  await eventually(async () => assert.deepEqual((await stateOf(tab, id)).openQuotes, ids));
}

/** The quotes whose passage a closed quote cuts short. */
export const TRUNCATED_QUOTES = SUMMARY.quotes.filter((quote) => openingWords(quote.text) !== quote.text).map((quote) => quote.id);
const speakerOf = (quote) => SUMMARY.speakers.find((speaker) => speaker.id === quote.speaker);

/** Asserts every quote of #id shows its passage open or closed as `openIds` says, with speaker and role. */
export async function assertPassages(tab, id, openIds) {
  await eventually(async () => {
    assert.deepEqual(
      await quotesOf(tab, id),
      SUMMARY.quotes.map((quote) => ({
        id: quote.id,
        passage: passage(quote, openIds.includes(quote.id) || !TRUNCATED_QUOTES.includes(quote.id)),
        speaker: speakerOf(quote).name,
        role: speakerOf(quote).role,
      })),
    );
  });
}

/** Console errors and warnings, uncaught errors and CSP violations the recorder saw. */
export async function problems(tab) {
  const rec = await tab.record();
  return {
    console: rec.console.map((entry) => `${entry.level}: ${entry.text}`),
    uncaught: rec.errors.filter((entry) => entry.handled !== true).map((entry) => JSON.stringify(entry)),
    violations: rec.violations,
  };
}
/** What problems() says of a page where nothing went wrong. */
export const CLEAN = { console: [], uncaught: [], violations: [] };

/**
 * A message about the `src` at `path` (named as written, or as the URL it
 * resolved to), then `rest` (a regular expression's source).
 */
export const named = (path, rest) => {
  const escaped = path.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&');
  return new RegExp(`^(src="${escaped}"|http://127\\.0\\.0\\.1:\\d+${escaped}): ${rest}`);
};

/** The widget works: a tab click shows its panel, a quote opens and closes. */
export async function assertWorks(tab, id) {
  await clickOn(tab, id, '[role=tab][id$="tab-funders"]');
  await assertSection(tab, id, 'funders');
  await clickOn(tab, id, '[role=tab][id$="tab-quotes"]');
  await assertSection(tab, id, 'quotes');
  await clickOn(tab, id, '[id$="quote-perez-testimony"] .cs-quote-toggle');
  await assertOpenQuotes(tab, id, ['perez-testimony']);
  await clickOn(tab, id, '[id$="quote-perez-testimony"] .cs-quote-toggle');
  await assertOpenQuotes(tab, id, []);
}
