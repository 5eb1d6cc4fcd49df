// A 1 MB paste into the authoring page, in headless Chromium: the release is
// cut to MAX_RELEASE_BYTES with the page saying so, and the page goes on
// taking keystrokes, in the release box and in other fields, while the long
// release is drafted and validated. Whether each key is handled in time is
// measured by bench/author-typing.mjs; here, that no keystroke is lost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { field, longRelease, MAX_RELEASE_BYTES, openAuthor, paste } from './support/author.mjs';
import { eventually } from './support/eventually.mjs';
import { assertNoProblems, useBrowserAndBuild } from './support/page.mjs';

const session = useBrowserAndBuild();

test('after a 1 MB paste, cut to the limit, typed keys land in the release box and in a field, during the draft too', async () => {
  const opened = await openAuthor(session);
  const { page } = opened;
  try {
    const pasted = longRelease(1024 * 1024);
    await paste(page, pasted);
    await eventually(async () => assert.match(await page.locator('#release-cut').innerText(), /^The release was cut: it had 1048576 bytes/));
    const box = page.locator('#release-text');
    assert.ok((await box.inputValue()).length <= MAX_RELEASE_BYTES);

    // Right after the paste the box is full: a key typed into it is refused,
    // and the page says why; once some is deleted, keys land again.
    const full = await box.inputValue();
    await box.press('Control+Home');
    await page.keyboard.type('Typed ');
    assert.equal(await box.inputValue(), full, 'nothing added to a release at its limit');
    await eventually(async () => assert.match(await page.locator('#release-cut').innerText(), /^The release is at its limit of 256 KiB: keys typed into it are not added/));
    await box.press('Control+End');
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('Backspace');
    await page.keyboard.type('Typed!');
    assert.equal(await box.inputValue(), `${full.slice(0, -6)}Typed!`);

    // Typing while the long release is drafted, then validated and shown,
    // into a field the draft does not replace.
    await page.locator('#make-draft').click();
    await page.locator('#embed-src').fill('');
    await page.locator('#embed-src').focus();
    await page.keyboard.type('during-the-draft.json');
    await eventually(async () => assert.ok((await page.locator('.paragraphs li').count()) > 0), { timeout: 60_000 });
    assert.equal(await page.locator('#embed-src').inputValue(), 'during-the-draft.json');
    // And into a field of the long draft, while its problems are worked out.
    await field(page, 'source.url').focus();
    await page.keyboard.type('https://example.org/release');
    assert.equal(await field(page, 'source.url').inputValue(), 'https://example.org/release');
    await page.locator('#problems[aria-busy="false"]').waitFor({ timeout: 60_000 });
    assert.equal(await page.locator('#all-paragraphs').count(), 1, 'the long release shows its first paragraphs, and a button for all');
    assertNoProblems(opened.problems);
  } finally {
    await opened.close();
  }
});
