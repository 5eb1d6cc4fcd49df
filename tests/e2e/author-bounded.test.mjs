// The authoring page under large and fast input, in headless Chromium: a
// release over MAX_RELEASE_BYTES (crates/authoring/src/release.rs) is cut
// with a message saying so; the largest release drafts in a worker, and
// typing goes on while it does; a burst of keystrokes costs one validation, and typing in
// the release none. Work is counted (the page's data-validations), not timed.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { AUTHOR, field, MAX_RELEASE_BYTES, OSCE, paste } from './support/author.mjs';
import { eventually } from './support/eventually.mjs';
import { assertNoProblems, open, useBrowserAndBuild } from './support/page.mjs';

const session = useBrowserAndBuild();

async function withPage(body, init = undefined) {
  assert.ok(existsSync(AUTHOR), `no ${AUTHOR}: run scripts/build-author`);
  assert.ok(MAX_RELEASE_BYTES > 0, 'MAX_RELEASE_BYTES not found in release.rs');
  const opened = await open(session.browser, `${session.server.url}/author.html`, {
    viewport: { width: 1400, height: 1000 },
    init,
  });
  try {
    await body(opened.page);
    assertNoProblems(opened.problems);
  } finally {
    await opened.close();
  }
}

/** The release box's text, and its size in UTF-8 bytes. */
const releaseBox = (page) =>
  page.locator('#release-text').evaluate((area) => ({
    text: area.value,
    bytes: new TextEncoder().encode(area.value).length,
  }));

/** How many times the validator has run, once it has caught up with the summary. */
async function validations(page) {
  await page.locator('#problems[aria-busy="false"]').waitFor();
  return Number(await page.locator('#problems').getAttribute('data-validations'));
}

test('a paste over the limit is cut to it, on a character boundary, and the page says it was cut', async () => {
  await withPage(async (page) => {
    const hint = await page.locator('#release-limit').innerText();
    assert.match(hint, new RegExp(`At most ${MAX_RELEASE_BYTES / 1024} KiB \\(${MAX_RELEASE_BYTES} bytes\\)`));
    // At the limit exactly: kept whole, no message.
    const atLimit = `Title\n\n${'a'.repeat(MAX_RELEASE_BYTES - 7)}`;
    await paste(page, atLimit);
    assert.equal((await releaseBox(page)).bytes, MAX_RELEASE_BYTES);
    assert.equal(await page.locator('#release-cut').count(), 0);

    // Over it, in two-byte letters: cut to whole letters within the limit.
    const over = `Title\n\n${'é'.repeat(MAX_RELEASE_BYTES)}`;
    const overBytes = 7 + 2 * MAX_RELEASE_BYTES;
    await paste(page, over);
    const message = page.locator('#release-cut');
    await eventually(async () => assert.match(await message.innerText(), /^The release was cut: it had (\d+) bytes/));
    assert.match(await message.innerText(), new RegExp(`it had ${overBytes} bytes`));
    assert.match(await message.innerText(), /Only its first 256 KiB are kept/);
    assert.equal(await message.getAttribute('role'), 'alert');
    const kept = await releaseBox(page);
    assert.ok(kept.bytes <= MAX_RELEASE_BYTES && kept.bytes > MAX_RELEASE_BYTES - 2, `${kept.bytes} bytes kept`);
    assert.ok(over.startsWith(kept.text), 'what is kept is the start of the paste');
    assert.ok(!kept.text.includes('\ufffd'), 'no letter cut in half');

    // A second paste over the limit: the box is cut again, though the release is the same.
    await paste(page, over + 'more');
    assert.equal((await releaseBox(page)).text, kept.text);

    // Back under the limit, the message goes.
    await paste(page, OSCE);
    await eventually(async () => assert.equal(await message.count(), 0));
  });
});

test('the largest release of colons drafts in a worker, and a key typed meanwhile lands in the box', async () => {
  await withPage(async (page) => {
    const body = 'Item: '.repeat(Math.floor((MAX_RELEASE_BYTES - 100) / 6));
    await paste(page, `Colons\n\n${body}`);
    await page.locator('#make-draft').click();
    // Typed at once, while the draft is made: the keystroke is not lost.
    await page.locator('#release-text').press('End');
    await page.keyboard.type(' typed');
    await eventually(async () => assert.equal(await page.locator('.paragraphs li').count(), 1));
    assert.equal(await page.locator('#drafting').count(), 0, 'the draft is no longer under way');
    // Made in the worker, off the thread that takes the keystrokes.
    assert.equal(await page.locator('section.release').getAttribute('data-drafted-in'), 'worker');
    assert.ok((await releaseBox(page)).text.endsWith('Item:  typed'), 'the typed words are in the box');
    assert.equal(await field(page, 'headline').inputValue(), 'Colons');
  });
});

test('where the browser refuses the worker, the page drafts itself after the click', async () => {
  await withPage(
    async (page) => {
      await paste(page, OSCE);
      await page.locator('#make-draft').click();
      await eventually(async () => assert.ok((await page.locator('.paragraphs li').count()) > 0));
      assert.equal(await page.locator('section.release').getAttribute('data-drafted-in'), 'page');
      assert.equal(await field(page, 'speakers[0].name').inputValue(), 'Kevin Carty');
    },
    () => {
      globalThis.Worker = class {
        constructor() {
          throw new Error('workers are refused here');
        }
      };
    },
  );
});

test('a burst of keystrokes is validated once, and typing in the release not at all', async () => {
  await withPage(async (page) => {
    await paste(page, OSCE);
    await page.locator('#make-draft').click();
    await eventually(async () => assert.ok((await page.locator('.paragraphs li').count()) > 0));
    const before = await validations(page);

    // Forty keystrokes in one go, each an input event that changes the summary.
    await field(page, 'headline').evaluate((input) => {
      for (let i = 0; i < 40; i += 1) {
        input.value += 'x';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'x' }));
      }
    });
    assert.equal(await validations(page), before + 1, 'one validation for forty keystrokes');
    assert.equal(await field(page, 'headline').inputValue(), `${OSCE.split('\n')[0]}${'x'.repeat(40)}`);

    // Typing in the release changes no summary: nothing to validate.
    await page.locator('#release-text').press('End');
    await page.keyboard.type(' More words.');
    assert.equal(await validations(page), before + 1);
  });
});
