// What every host app of tests/hosts/apps must do in a browser, through the
// protocol of tests/hosts/apps/README.md (`window.hostApp`), on an engine's
// page (engines.mjs): render the widget from the app's state, change it
// after mount, hear all four events through the framework's own handlers,
// and call the element's methods through the framework's reference to it.
import assert from 'node:assert/strict';
import { assertOpenQuotes, assertSection, named, stateOf } from './engine-widget.mjs';
import { eventually } from './eventually.mjs';
import { EN, interfaceStrings } from './i18n.mjs';
import { alternativeSummary, QUOTE_IDS } from './summary.mjs';

const FR = interfaceStrings('fr');
export const HEADLINE_A = 'A summary the host app loaded first';
export const HEADLINE_B = 'A summary the host app switched to';

/** The summaries the apps' `src` names, as files (a server's routes, or a folder's files). */
export const SUMMARY_FILES = {
  'summary-a.json': alternativeSummary(HEADLINE_A),
  'summary-b.json': alternativeSummary(HEADLINE_B),
};
/** SUMMARY_FILES as routes of support/server.mjs. */
export const SUMMARY_ROUTES = Object.fromEntries(
  Object.entries(SUMMARY_FILES).map(([name, body]) => [`/${name}`, { body, type: 'application/json' }]),
);

/** The events the app's handlers heard, as [id, type, detail]. */
const heard = async (tab) =>
  (await tab.evaluate(() => window.hostApp?.events ?? null))?.map((event) => [event.id, event.type, event.detail]) ?? [];

/** Waits until the app has heard an event matching `match` (a partial [id, type, detail]); every event heard. */
async function hears(tab, [id, type, detail], what) {
  let all;
  try {
    await eventually(async () => {
      all = await heard(tab);
      assert.ok(
        all.some(([i, t, d]) => i === id && t === type && (detail === undefined || JSON.stringify(d) === JSON.stringify(detail))),
        `the app heard ${what}: ${JSON.stringify(all)}`,
      );
    }, { timeout: 20_000 });
  } catch (error) {
    // What the widget shows says why, when it failed to load.
    const alert = await tab.evaluate((id) => document.getElementById(id)?.shadowRoot?.querySelector('[role=alert]')?.textContent ?? null, id);
    error.message += `; #${id} shows ${alert === null ? 'no error' : JSON.stringify(alert.replace(/\s+/g, ' '))}`;
    throw error;
  }
  return all;
}

/** #main's attributes and properties for the five the app binds. */
const bound = (tab) =>
  tab.evaluate(() => {
    const host = document.getElementById('main');
    return {
      attributes: Object.fromEntries(['section', 'lang', 'theme', 'src'].map((name) => [name, host.getAttribute(name)])),
      expanded: host.hasAttribute('expanded'),
    };
  });

/**
 * Opens the app at `url` and works it: what it renders from its state, its
 * state changed after mount, the events it hears, the methods it calls.
 * `missing` is the message #broken's error event must carry.
 */
export async function exerciseHostApp(tab, url, { missing = named('/missing.json', 'the server answered HTTP 404$') } = {}) {
  await tab.goto(url);

  // As mounted: every binding reached the element.
  await hears(tab, ['main', 'conference-summary-ready', {}], "#main's ready event");
  await eventually(async () => assert.equal((await stateOf(tab, 'main')).headline, HEADLINE_A));
  await assertSection(tab, 'main', 'quotes');
  assert.deepEqual((await stateOf(tab, 'main')).tabs, EN.sectionNames, 'lang="en": the interface in English');
  await assertOpenQuotes(tab, 'main', QUOTE_IDS);
  assert.deepEqual(await bound(tab), {
    attributes: { section: 'quotes', lang: 'en', theme: 'dark', src: '/summary-a.json' },
    expanded: true,
  });

  // The second element's `src` is a 404: its error event reached the app.
  const errors = (await hears(tab, ['broken', 'conference-summary-error'], "#broken's error event"))
    .filter(([id, type]) => id === 'broken' && type === 'conference-summary-error');
  assert.equal(errors.length, 1, `one error event: ${JSON.stringify(errors)}`);
  assert.match(errors[0][2].message, missing);

  // Changed after mount, through the app's state.
  await tab.evaluate(
    (changes) => window.hostApp.set(changes),
    { section: 'funders', lang: 'fr', theme: 'light', src: '/summary-b.json', expanded: false },
  );
  await eventually(async () => assert.equal((await stateOf(tab, 'main')).headline, HEADLINE_B), { timeout: 20_000 });
  await assertSection(tab, 'main', 'funders');
  await eventually(async () => assert.deepEqual((await stateOf(tab, 'main')).tabs, FR.sectionNames, 'lang="fr"'));
  assert.deepEqual(await bound(tab), {
    attributes: { section: 'funders', lang: 'fr', theme: 'light', src: '/summary-b.json' },
    expanded: false,
  });
  await hears(tab, ['main', 'conference-summary-section-change', { section: 'funders' }], 'the section change to funders');
  const readies = (await heard(tab)).filter(([id, type]) => id === 'main' && type === 'conference-summary-ready');
  assert.equal(readies.length, 2, 'ready again after the change of src');

  // The methods, through the framework's reference to the element.
  await tab.evaluate(() => window.hostApp.call('showSection', 'quotes'));
  await hears(tab, ['main', 'conference-summary-section-change', { section: 'quotes' }], 'showSection("quotes")');
  await assertSection(tab, 'main', 'quotes');
  // Not expanded any more: the new summary's quotes start closed.
  await assertOpenQuotes(tab, 'main', []);
  const before = (await heard(tab)).length;
  await tab.evaluate(() => window.hostApp.call('expandAll'));
  await assertOpenQuotes(tab, 'main', QUOTE_IDS);
  await tab.evaluate(() => window.hostApp.call('collapseAll'));
  await assertOpenQuotes(tab, 'main', []);
  const toggles = [true, false].flatMap((open) => QUOTE_IDS.map((id) => ['main', 'conference-summary-quote-toggle', { id, open }]));
  await eventually(async () => assert.deepEqual((await heard(tab)).slice(before), toggles));

  // Only the dashed names reached the handlers the framework wired up.
  for (const [, type] of await heard(tab)) assert.match(type, /^conference-summary-(ready|section-change|quote-toggle|error)$/);
}
