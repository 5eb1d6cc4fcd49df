// Summary format versions in the browser (docs/authoring.md, "Format
// versions"): a document of a newer minor version is shown, the fields this
// widget does not know ignored with a warning each; another major version
// is an error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventually } from './support/eventually.mjs';
import { hostPage, inlineSummary } from './support/html.mjs';
import { useBrowserAndBuild } from './support/page.mjs';
import { SUMMARY } from './support/summary.mjs';
import { assertWorks, events, waitReady, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild();

/** A page with one widget showing `summary` inline. */
const versioned = (summary) =>
  hostPage(`<conference-summary id="versioned">${inlineSummary(JSON.stringify(summary))}</conference-summary>`);

test('a summary in a newer minor version of the format: shown, its new fields ignored with a warning each', async () => {
  const newer = {
    $schema: './summary.schema.json',
    format: '1.4',
    ...SUMMARY,
    headline: 'A summary from the future',
    venue: { text: 'Hofburg', source: 1 },
    quotes: SUMMARY.quotes.map((quote, index) => (index === 0 ? { ...quote, mood: 'grave' } : quote)),
  };
  await session.visit('/newer.html', { html: versioned(newer) }, async ({ page, warnings }) => {
    await waitReady(page, 'versioned');
    const widget = page.locator('#versioned');
    assert.equal((await widgetState(widget)).headline, 'A summary from the future');
    await assertWorks(widget);
    // In document order: `quotes` stands where the built-in summary has it, before `venue`.
    assert.deepEqual(warnings, [
      'conference-summary: quotes[0].mood: ignored: not in format 1.0, which this widget reads',
      'conference-summary: venue: ignored: not in format 1.0, which this widget reads',
    ]);
  });
});

test('a summary in another major version of the format: the error box, the error event, no summary', async () => {
  const html = versioned({ format: '2.0', ...SUMMARY });
  await session.visit('/major.html', { html, allowed: [/format "2\.0" is not supported/] }, async ({ page }) => {
    const widget = page.locator('#versioned');
    await eventually(async () => assert.ok((await widgetState(widget)).alert, 'an error box'));
    const [error] = (await events(page, 'versioned')).filter((event) => event.type === 'error');
    assert.match(error.detail.message, /format: format "2\.0" is not supported: this widget reads format 1\.x/);
    assert.equal((await widgetState(widget)).headline, null);
  });
});
