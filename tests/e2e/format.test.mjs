// Summary format versions in the browser (docs/authoring.md, "Format
// versions"): a document of a newer minor version is shown, the fields this
// widget does not know ignored with a warning each; another major version
// is an error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertNoProblems,
  assertWorks,
  doc,
  eventually,
  events,
  openPage,
  scriptSafe,
  SUMMARY,
  useBrowserAndBuild,
  waitReady,
  widgetState,
} from './helpers.mjs';

const session = useBrowserAndBuild();

/** A page with one widget showing `summary` inline. */
function page(path, summary) {
  session.server.route(
    path,
    doc({
      head: '<script type="module" src="/embed.js"></script>',
      body: `<conference-summary id="versioned"><script type="application/json">${scriptSafe(JSON.stringify(summary))}</script></conference-summary>`,
    }),
  );
  return `${session.server.url}${path}`;
}

test('a summary in a newer minor version of the format: shown, its new fields ignored with a warning each', async () => {
  const newer = {
    $schema: './summary.schema.json',
    format: '1.4',
    ...SUMMARY,
    headline: 'A summary from the future',
    venue: { text: 'Hofburg', source: 1 },
    quotes: SUMMARY.quotes.map((quote, index) => (index === 0 ? { ...quote, mood: 'grave' } : quote)),
  };
  const { page: tab, problems, close } = await openPage(session.browser, page('/newer.html', newer), { goto: false });
  const warnings = [];
  tab.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  try {
    await tab.goto(`${session.server.url}/newer.html`);
    await waitReady(tab, 'versioned');
    const widget = tab.locator('#versioned');
    assert.equal((await widgetState(widget)).headline, 'A summary from the future');
    await assertWorks(widget);
    // In document order: `quotes` stands where the built-in summary has it, before `venue`.
    assert.deepEqual(warnings, [
      'conference-summary: quotes[0].mood: ignored: not in format 1.0, which this widget reads',
      'conference-summary: venue: ignored: not in format 1.0, which this widget reads',
    ]);
    assertNoProblems(problems);
  } finally {
    await close();
  }
});

test('a summary in another major version of the format: the error box, the error event, no summary', async () => {
  const { page: tab, problems, close } = await openPage(
    session.browser,
    page('/major.html', { format: '2.0', ...SUMMARY }),
  );
  try {
    const widget = tab.locator('#versioned');
    await eventually(async () => assert.ok((await widgetState(widget)).alert, 'an error box'));
    const [error] = (await events(tab, 'versioned')).filter((event) => event.type === 'error');
    assert.match(error.detail.message, /format: format "2\.0" is not supported: this widget reads format 1\.x/);
    assert.equal((await widgetState(widget)).headline, null);
    assertNoProblems(problems, [/format "2\.0" is not supported/]);
  } finally {
    await close();
  }
});
