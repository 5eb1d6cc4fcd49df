// The authoring page, dist/author.html, in headless Chromium: opened from disk
// (it needs no server) and from a server on loopback. An editor pastes a
// release, makes a draft, corrects it with the live validator's messages next
// to the fields, previews it, and exports it; what is exported passes the
// `validate` command and shows in the real widget.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { AXE_PATH, WCAG_TAGS } from './support/a11y.mjs';
import { AUTHOR, field, OSCE } from './support/author.mjs';
import { REPO_ROOT } from './support/build.mjs';
import { cargoRun } from './support/cargo.mjs';
import { eventually } from './support/eventually.mjs';
import { EN, interfaceStrings } from './support/i18n.mjs';
import { sectionName } from './support/manifest.mjs';
import { assertNoProblems, open, useBrowserAndBuild } from './support/page.mjs';
import { integrityOf } from './support/snippet.mjs';
import { FUNDERS, SUMMARY } from './support/summary.mjs';
import { waitReady } from './support/widget.mjs';

const FICTIONAL = readFileSync(join(REPO_ROOT, 'tests/fixtures/fictional-release.txt'), 'utf8');

const session = useBrowserAndBuild();

/**
 * Opens the authoring page at `url`, pastes `release` and makes a draft;
 * then runs `body(opened)`, asserts that the page saw no console error or
 * page error, and closes it.
 */
async function withDraft(url, release, body) {
  assert.ok(existsSync(AUTHOR), `no ${AUTHOR}: run scripts/build-author`);
  const opened = await open(session.browser, url, { viewport: { width: 1400, height: 1000 } });
  try {
    const { page } = opened;
    await page.locator('#release-text').fill(release);
    await page.locator('#make-draft').click();
    await eventually(async () => assert.ok((await page.locator('.paragraphs li').count()) > 0));
    // Drafted in the worker, also from disk; and validated.
    assert.equal(await page.locator('section.release').getAttribute('data-drafted-in'), 'worker');
    await page.locator('#problems[aria-busy="false"]').waitFor();
    await body(opened);
    assertNoProblems(opened.problems);
  } finally {
    await opened.close();
  }
}

/** What the preview's widget shows: its tab names, its headline, its theme's background. */
function preview(page) {
  return page.locator('.preview-widget').evaluate((host) => {
    const root = host.shadowRoot;
    const texts = (query) => [...(root?.querySelectorAll(query) ?? [])].map((element) => element.textContent.trim());
    const panel = root?.querySelector('.cs-mount > *');
    return {
      tabs: texts('[role=tab]'),
      headline: texts('h2.cs-headline')[0] ?? '',
      background: panel ? getComputedStyle(panel).backgroundColor : '',
    };
  });
}

test('opened from disk, the page drafts the OSCE release: numbered paragraphs, highlights, filled forms, no problems', async () => {
  await withDraft(pathToFileURL(AUTHOR).href, OSCE, async ({ page }) => {
    assert.deepEqual(await page.locator('.paragraphs li').allTextContents(), SUMMARY.source.paragraphs);
    // Every quotation the built-in summary has is highlighted where it stands.
    const quotes = await page.locator('.paragraphs a.mark.quote').allTextContents();
    for (const quote of SUMMARY.quotes.filter((quote) => quote.kind === 'quote')) {
      assert.ok(quotes.includes(quote.text), `highlighted quotes ${JSON.stringify(quotes)} lack ${quote.text}`);
    }
    assert.deepEqual(await page.locator('.paragraphs a.mark.funder').allTextContents(), FUNDERS);
    // A highlight leads to its field.
    assert.equal(
      await page.locator('.paragraphs a.mark.speaker').first().getAttribute('href'),
      '#field-speakers[0].name',
    );
    assert.equal(await field(page, 'speakers[0].name').inputValue(), 'Kevin Carty');
    assert.equal(await field(page, 'speakers[1].name').inputValue(), 'Arturo Perez');
    assert.equal(await field(page, 'headline').inputValue(), SUMMARY.headline);
    assert.match(await page.locator('#problems').innerText(), /No problems/);
    assert.match(await page.locator('#export-status').innerText(), /valid/);
    // The preview is the widget: every section of the summary.
    await eventually(async () => assert.deepEqual((await preview(page)).tabs, EN.sectionNames));
  });
});

test('a field edited to say what the release does not gets its message beside it, live, and the preview holds the last valid version', async () => {
  await withDraft(`${session.server.url}/author.html`, OSCE, async ({ page }) => {
    await field(page, 'funders[0].text').fill('Portugal');
    const message = page.locator('[id="error-funders[0].text"]');
    await eventually(async () => assert.match(await message.innerText(), /source paragraph 9 does not contain "portugal"/));
    assert.equal(await field(page, 'funders[0].text').getAttribute('aria-invalid'), 'true');
    assert.equal(await field(page, 'funders[0].text').getAttribute('aria-describedby'), 'error-funders[0].text');
    assert.match(await page.locator('#problems').innerText(), /^1 problem to fix/);
    assert.match(await page.locator('#export-status').innerText(), /1 problem left/);
    await page.locator('#preview-stale').waitFor();
    assert.deepEqual((await preview(page)).tabs, EN.sectionNames, 'the last valid version stays in the preview');

    // A quote that is not word for word, and a paragraph number out of range.
    await field(page, 'quotes[0].text').fill('Child pornography is a global crisis');
    await field(page, 'quotes[0].source').fill('12');
    await eventually(async () =>
      assert.match(await page.locator('[id="error-quotes[0].source"]').innerText(), /from 1 to 9, found 12/),
    );

    // Put right, the summary is valid again and the preview current.
    await field(page, 'funders[0].text').fill('Spain');
    await field(page, 'quotes[0].source').fill('2');
    await field(page, 'quotes[0].text').fill(SUMMARY.quotes[0].text);
    await eventually(async () => assert.match(await page.locator('#problems').innerText(), /No problems/));
    assert.equal(await page.locator('#preview-stale').count(), 0);

    // Items can be added, and a new one says what it lacks.
    await page.getByRole('button', { name: 'Add a speaker' }).click();
    await eventually(async () =>
      assert.match(await page.locator('[id="error-speakers[2].name"]').innerText(), /expected text, found an empty string/),
    );
    await page.getByRole('button', { name: 'Remove speaker 3' }).click();
    await eventually(async () => assert.match(await page.locator('#problems').innerText(), /No problems/));
  });
});

test('the preview shows every interface language and both themes', async () => {
  await withDraft(`${session.server.url}/author.html`, OSCE, async ({ page }) => {
    const languages = await page.locator('#preview-lang option').evaluateAll((options) => options.map((o) => o.value));
    assert.deepEqual(languages, ['en', 'fr', 'de', 'it', 'ru', 'es']);
    const light = await preview(page);
    await page.locator('#preview-lang').selectOption('fr');
    await eventually(async () => assert.equal((await preview(page)).tabs[0], sectionName(interfaceStrings('fr'), 'overview')));
    await page.getByLabel('Dark').check();
    await eventually(async () => assert.notEqual((await preview(page)).background, light.background));
  });
});

test('export: summary.json downloads and passes validate; the embed code shows it in the real widget; the JSON-LD is an Event', async () => {
  await withDraft(`${session.server.url}/author.html`, FICTIONAL, async ({ page, context }) => {
    await eventually(async () => assert.match(await page.locator('#problems').innerText(), /No problems/));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    assert.equal(download.suggestedFilename(), 'summary.json');
    const file = join(mkdtempSync(join(tmpdir(), 'author-')), 'summary.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.match(exported.headline, /FICTIONAL/);
    const checked = await cargoRun('validate', [file]);
    const said = checked.stdout + checked.stderr;
    assert.equal(checked.code, 0, said);
    assert.match(said, /: valid/);

    // The embed code, pointed at this server's build, on a host page.
    await page.locator('#embed-base').fill(`${session.server.url}/`);
    const inline = await page.locator('#code-inline').inputValue();
    assert.ok(inline.includes(`src="${session.server.url}/embed.js"`), inline);
    const host = (code) =>
      `<!doctype html><html lang="en"><title>host</title><body>${code.replace('<conference-summary', '<conference-summary id="exported"')}</body></html>`;
    session.server.route('/host-inline.html', host(inline));
    session.server.route('/exported.json', { body: readFileSync(file, 'utf8'), type: 'application/json' });
    await page.locator('#embed-src').fill('exported.json');
    const withSrc = await page.locator('#code-src').inputValue();
    assert.ok(withSrc.includes('<conference-summary src="exported.json"></conference-summary>'), withSrc);
    session.server.route('/host-src.html', host(withSrc));
    // Pinned: this build's embed.js with its integrity hash, which the browser checks.
    const pinned = await page.locator('#code-pinned').inputValue();
    assert.ok(
      pinned.includes(`src="${session.server.url}/embed.js" integrity="${integrityOf('embed.js')}" crossorigin="anonymous"`),
      pinned,
    );
    session.server.route('/host-pinned.html', host(pinned));
    for (const name of ['host-inline.html', 'host-src.html', 'host-pinned.html']) {
      const other = await context.newPage();
      await other.goto(`${session.server.url}/${name}`);
      await waitReady(other, 'exported');
      const headline = await other.locator('#exported article.cs h2.cs-headline').innerText();
      assert.equal(headline, exported.headline, `${name} shows the exported summary`);
      await other.close();
    }

    // Copy puts the code on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    await page.locator('.code', { has: page.locator('#code-inline') }).getByRole('button', { name: 'Copy' }).click();
    await eventually(async () => assert.equal(await page.evaluate(() => navigator.clipboard.readText()), inline));

    const jsonLd = await page.locator('#code-json-ld').inputValue();
    const event = JSON.parse(jsonLd.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, ''));
    assert.equal(event['@type'], 'Event');
    assert.equal(event.name, exported.headline);
    assert.equal(event.startDate, exported.dates.start.date);
    assert.deepEqual(event.funder.map((funder) => funder.name), exported.funders.map((funder) => funder.text));
  });
});

test('axe-core WCAG 2.2 AA: the drafted page, with a message beside a field, has no violations', async () => {
  await withDraft(`${session.server.url}/author.html`, OSCE, async ({ page }) => {
    await field(page, 'funders[0].text').fill('Portugal');
    await page.locator('[id="error-funders[0].text"]').waitFor();
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async (tags) => {
      const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return results.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
    }, WCAG_TAGS);
    assert.deepEqual(violations, []);
  });
});
