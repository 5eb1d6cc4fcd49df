// The prerender command (issue "content at first paint"): for the built-in
// summary it writes what the build put in dist/snippet.html; its JSON-LD is
// the conference as a schema.org Event; `--src` puts another summary inline,
// which the snippet's widget shows; invalid input is refused.
//
// The command runs in the repository (`cargo prerender`), or in
// $PRERENDER_ROOT: it must be built from the same sources
// as the release build under test ($DIST), whose snippet.html it must reproduce.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FILES } from './support/build.mjs';
import { doc } from './support/html.mjs';
import { assertClean, useBrowserAndBuild } from './support/page.mjs';
import { assertReplaced } from './support/render-state.mjs';
import { integrityOf, jsonLd, prerender, SNIPPET, snippet, withId } from './support/snippet.mjs';
import { BUILT_IN_HEADLINE, FUNDERS, SUMMARY, SUMMARY_TEXT } from './support/summary.mjs';
import { assertWorks, waitAllReady, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild();
let scratch;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cs-prerender-'));
});
after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test('the prerender command, run for the built-in summary, writes what the build put in snippet.html', async () => {
  // If this fails, $DIST was built from other sources than the command, and
  // the other tests compare a render of one with markup of the other.
  assert.equal(await snippet(), SNIPPET);
  // The snippet begins with the preloads of the glue (checked as the loader checks it) and the wasm.
  assert.ok(
    SNIPPET.startsWith(
      `<link rel="preload" href="${FILES.glue}" as="script" integrity="${integrityOf(FILES.glue)}" crossorigin>\n` +
        `<link rel="preload" href="${FILES.wasm}" as="fetch" type="application/wasm" crossorigin>\n<conference-summary>`,
    ),
    SNIPPET.slice(0, 300),
  );
});

const JSON_LD_KEYS = [
  '@context',
  '@type',
  'name',
  'description',
  'inLanguage',
  'startDate',
  'endDate',
  'location',
  'organizer',
  'funder',
];

/** Asserts the snippet's JSON-LD describes the conference, with `name` as its name. */
function assertEventJsonLd(html, name) {
  const event = jsonLd(html);
  assert.equal(event['@context'], 'https://schema.org');
  assert.equal(event['@type'], 'Event');
  assert.equal(event.name, name);
  assert.equal(event.startDate, '2007-09-20');
  assert.equal(event.endDate, '2007-09-21');
  assert.equal(event.location?.name, 'Vienna');
  assert.equal(event.organizer?.name, 'OSCE Strategic Police Matters Unit');
  assert.ok(Array.isArray(event.funder), 'funder is a list');
  assert.deepEqual(event.funder.map((funder) => funder.name), FUNDERS);
  assert.match(event.description, /sexual exploitation of children over the Internet/);
  const unknown = Object.keys(event).filter((key) => !JSON_LD_KEYS.includes(key));
  assert.deepEqual(unknown, [], 'keys beyond the known ones');
  for (const nested of [event.location, event.organizer, ...event.funder]) {
    assert.deepEqual(
      Object.keys(nested).filter((key) => !['@type', 'name'].includes(key)),
      [],
      `keys beyond @type and name in ${JSON.stringify(nested)}`,
    );
  }
  return event;
}

test("the snippet's JSON-LD is the conference as a schema.org Event", () => {
  const event = assertEventJsonLd(SNIPPET, SUMMARY.headline);
  assert.equal(event.name, BUILT_IN_HEADLINE);
  assert.equal(event.location['@type'], 'Place');
  assert.equal(event.organizer['@type'], 'Organization');
  assert.ok(event.funder.every((funder) => funder['@type'] === 'Organization'));
});

/** Writes a summary file for --src; returns its path. */
function summaryFile(name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

const ALT_HEADLINE = 'Prerendered from another summary: the headline is all that differs';

test('--src: the summary goes inline into the snippet, whose widget renders and shows it', async (t) => {
  const headlineJson = JSON.stringify(SUMMARY.headline);
  assert.ok(SUMMARY_TEXT.includes(headlineJson));
  const variants = [
    // Compact JSON with no line break at the end.
    ['compact JSON, as JSON.stringify writes it', ALT_HEADLINE, (headline) => JSON.stringify({ ...SUMMARY, headline })],
    // assets/summary.json as it is (indented, ending in a line break) with another headline.
    [
      'assets/summary.json with only its headline changed (formatting and final line break kept)',
      ALT_HEADLINE,
      (headline) => SUMMARY_TEXT.replace(headlineJson, JSON.stringify(headline)),
    ],
    // A headline with characters that need escaping inside <script>.
    [
      'a headline with < and &',
      'Safety <online> & offline: a headline with markup characters',
      (headline) => JSON.stringify({ ...SUMMARY, headline }),
    ],
  ];
  for (const [index, [label, headline, make]] of variants.entries()) {
    await t.test(label, async () => {
      const path = summaryFile(`alt-${index}.json`, make(headline));
      const html = await snippet('--src', path);
      // The summary, inline, inside the element after its shadow root.
      const inside = html.match(/<conference-summary[^>]*>([\s\S]*)<\/conference-summary>/)[1];
      const inline = inside.match(/<\/template><script type="application\/json">([\s\S]*?)<\/script>$/);
      assert.ok(inline, 'a <script type="application/json"> inside the element, after the template');
      assert.equal(JSON.parse(inline[1]).headline, headline);
      assertEventJsonLd(html, headline);

      session.server.route(`/alt-${index}.html`, doc({ body: withId(html, 'alt') }));
      const opened = await session.open(`/alt-${index}.html`);
      try {
        const { page } = opened;
        await waitAllReady(page);
        const widget = page.locator('#alt');
        assert.equal((await widgetState(widget)).headline, headline);
        // No warning; the prerendered markup replaced by the widget's own render.
        assertClean(opened);
        await assertReplaced(page);
        await assertWorks(widget);
      } finally {
        await opened.close();
      }
    });
  }
});

test('invalid input: the command exits non-zero and names the problem', async () => {
  const unknownSpeaker = structuredClone(SUMMARY);
  unknownSpeaker.quotes[2].speaker = 'nobody-at-all';
  const cases = [
    [['--theme', 'purple'], /theme.*purple/],
    [['--section', 'nowhere'], /section.*nowhere/],
    [['--src', summaryFile('unknown-speaker.json', JSON.stringify(unknownSpeaker))], /quotes\[2\]\.speaker.*nobody-at-all/],
  ];
  const results = await Promise.all(cases.map(([args]) => prerender('--stylesheet', FILES.stylesheet, ...args)));
  for (const [index, [args, message]] of cases.entries()) {
    const { code, stdout, stderr } = results[index];
    assert.notEqual(code, 0, `prerender ${args.join(' ')} exited 0`);
    assert.match(stderr, message, `prerender ${args.join(' ')}`);
    assert.equal(stdout, '', `prerender ${args.join(' ')} printed no snippet`);
  }
});
