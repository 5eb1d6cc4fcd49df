// The authoring page as an editor can trust it, in headless Chromium: an
// empty page shows no problem; a field's problems show once it is touched,
// counted, each linked to its field, and F8 / Shift+F8 go from one to the
// next; the work is kept in the browser and offered back after a reload
// (never restored unasked); a draft over edits asks first and can be undone
// to exactly what was there. axe-core finds nothing in any of these states,
// and the ARIA snapshot of the page's regions is what a screen reader gets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  axeViolations,
  field,
  focused,
  KEPT_KEY,
  openAuthor,
  OSCE,
  paste,
  workOnPage,
} from './support/author.mjs';
import { eventually } from './support/eventually.mjs';
import { assertNoProblems, useBrowserAndBuild } from './support/page.mjs';

const session = useBrowserAndBuild();

/** A release the draft reads only in part: its draft has problems left. */
const SPARSE = 'A sparse release\n\nSomething happened somewhere, and people spoke about it.\n';

/** Opens the page, runs `body(opened)`, asserts no console or page error, closes it. */
async function withAuthor(body, options) {
  const opened = await openAuthor(session, options);
  try {
    await body(opened);
    assertNoProblems(opened.problems);
  } finally {
    await opened.close();
  }
}

/** Pastes `release`, makes a draft (confirming if asked) and waits for its paragraphs. */
async function draft(page, release) {
  await paste(page, release);
  await page.locator('#make-draft').click();
  await eventually(async () => assert.ok((await page.locator('.paragraphs li').count()) > 0));
  await page.locator('#problems[aria-busy="false"]').waitFor();
}

/** What the page keeps in localStorage, as text (null when nothing). */
const kept = (page) => page.evaluate((key) => localStorage.getItem(key), KEPT_KEY);

test('an empty page shows no problem and no error, and axe-core finds nothing', async () => {
  await withAuthor(async ({ page }) => {
    await page.locator('#problems[aria-busy="false"]').waitFor();
    assert.match(await page.locator('#problems').innerText(), /^Nothing to fix yet/);
    assert.equal(await page.locator('.field-errors, .problem-list, .problems .invalid').count(), 0);
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
    assert.equal(await page.locator('.field.invalid').count(), 0);
    assert.equal(await page.locator('#export-status.invalid').count(), 0);
    assert.match(await page.locator('#export-status').innerText(), /^Not ready yet/);
    // The problems are there, to be shown on request: not hidden from the count.
    assert.match(await page.locator('#problems-hidden').innerText(), /^\d+ problems in fields you have not reached yet/);
    assert.equal(await page.locator('#restore-offer').count(), 0, 'nothing kept yet, nothing offered');
    assert.deepEqual(await axeViolations(page), []);
  });
});

test("the page's regions, as a screen reader gets them (ARIA snapshot)", async () => {
  await withAuthor(async ({ page }) => {
    assert.equal(
      await page.locator('header').ariaSnapshot(),
      [
        '- banner:',
        '  - heading "Write a conference summary" [level=1]',
        `  - paragraph: "Paste a press release, make a draft, then check and complete it. Every item must use the release's own words and name the paragraph it comes from: the checks below are the ones the widget makes. Nothing leaves this page unless you export it; your work is kept in this browser as you go."`,
      ].join('\n'),
    );
    assert.equal(
      await page.locator('section.release').ariaSnapshot(),
      [
        '- region "1. The press release":',
        '  - heading "1. The press release" [level=2]',
        '  - text: "Paste the release as plain text: its title on the first line, then its paragraphs."',
        `  - 'textbox "Paste the release as plain text: its title on the first line, then its paragraphs."'`,
        '  - paragraph: "At most 256 KiB (262144 bytes): a longer text is cut."',
        '  - paragraph:',
        '    - button "Make a draft" [disabled]',
      ].join('\n'),
    );
    assert.deepEqual((await page.locator('section.forms').ariaSnapshot()).split('\n').slice(0, 8), [
      '- region "2. Check and complete":',
      '  - heading "2. Check and complete" [level=2]',
      '  - status:',
      `    - paragraph: "Nothing to fix yet: a field's problems show once you edit it or leave it, and all of them once you make a draft."`,
      '  - paragraph:',
      '    - text: 18 problems in fields you have not reached yet.',
      '    - button "Show all problems"',
      '  - group "The event":',
    ]);

    // With a problem: the list of links, and the buttons that name their keys.
    await field(page, 'headline').focus();
    await page.keyboard.press('Tab');
    await eventually(async () => assert.equal(await page.locator('.problem-list li').count(), 1));
    const withProblem = (await page.locator('section.forms').ariaSnapshot()).split('\n');
    assert.deepEqual(withProblem.slice(0, 18), [
      '- region "2. Check and complete":',
      '  - heading "2. Check and complete" [level=2]',
      '  - status:',
      '    - paragraph: "1 problem to fix:"',
      '  - list "Problems":',
      '    - listitem:',
      '      - link "headline":',
      '        - /url: "#field-headline"',
      '        - code: headline',
      '      - text: ": expected text, found an empty string"',
      '  - paragraph:',
      '    - button "Previous problem"',
      '    - button "Next problem"',
      '    - text: "Anywhere on the page: F8 next, Shift+F8 previous."',
      '  - paragraph:',
      '    - text: 17 more in fields you have not reached yet.',
      '    - button "Show all problems"',
      '  - group "The event":',
    ]);
    assert.ok(withProblem.includes('    - textbox "Headline" [invalid]'), 'the field says it is invalid');
    assert.ok(withProblem.includes('      - listitem: expected text, found an empty string'), 'its message under it');
    assert.equal(await page.locator('#next-problem').getAttribute('aria-keyshortcuts'), 'F8');
    assert.equal(await page.locator('#previous-problem').getAttribute('aria-keyshortcuts'), 'Shift+F8');
  });
});

test("a field's problems show once it is edited or left; the count, the links and F8 lead to them", async () => {
  await withAuthor(async ({ page }) => {
    // Leaving a field touches it: its problem shows, only its own.
    await field(page, 'headline').focus();
    await page.keyboard.press('Tab');
    await eventually(async () => assert.match(await page.locator('#problems').innerText(), /^1 problem to fix/));
    assert.equal(await field(page, 'headline').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 1);
    assert.equal(await focused(page), 'field-dateline.place', 'Tab went on to the place');
    // Editing a field touches it: typing into the source title, then clearing
    // it. Focus leaving the place for it touched the place too.
    await field(page, 'source.title').click();
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    await eventually(async () => assert.match(await page.locator('#problems').innerText(), /^3 problems to fix/, await page.locator('.problem-list').innerText()));
    assert.deepEqual(
      await page.locator('.problem-list a code').allTextContents(),
      ['headline', 'dateline.place', 'source.title'],
      'the list names the three fields, in the order of the forms',
    );
    assert.equal(await page.locator('#problems').getAttribute('role'), 'status');

    // A link in the list gives its field focus.
    await page.locator('#release-text').focus();
    await page.locator('.problem-list a', { hasText: 'source.title' }).click();
    assert.equal(await focused(page), 'field-source.title');

    // F8 goes to the next problem after the focus, Shift+F8 to the one before, round at the ends.
    await page.locator('#release-text').focus();
    await page.keyboard.press('F8');
    assert.equal(await focused(page), 'field-headline');
    await eventually(async () => assert.equal(await page.locator('#announce').innerText(), 'Problem 1 of 3.'));
    await page.keyboard.press('F8');
    assert.equal(await focused(page), 'field-dateline.place');
    await page.keyboard.press('F8');
    assert.equal(await focused(page), 'field-source.title');
    await page.keyboard.press('F8');
    assert.equal(await focused(page), 'field-headline');
    await page.keyboard.press('Shift+F8');
    assert.equal(await focused(page), 'field-source.title');
    // The buttons do the same.
    await page.locator('#next-problem').click();
    assert.equal(await focused(page), 'field-headline');
    assert.deepEqual(await axeViolations(page), []);

    // Every problem, on request.
    const total = Number(/^(\d+)/.exec(await page.locator('#problems-hidden').innerText())?.[1]) + 3;
    await page.locator('#show-all-problems').click();
    await eventually(async () =>
      assert.match(await page.locator('#problems').innerText(), new RegExp(`^${total} problems to fix`)),
    );
    assert.equal(await page.locator('#problems-hidden').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
  });
});

test('the work is kept in the browser and offered back after a reload: Restore brings it back, Discard forgets it', async () => {
  await withAuthor(async ({ page }) => {
    await draft(page, OSCE);
    await field(page, 'headline').fill('An edited headline');
    await eventually(async () => assert.match((await kept(page)) ?? '', /An edited headline/));
    const before = await workOnPage(page);

    await page.reload();
    // Offered, not restored: the page is fresh until the editor chooses.
    const offer = page.locator('#restore-offer');
    await offer.waitFor();
    assert.match(await offer.innerText(), /This browser kept the work you left on this page on .+: a release of \d+ words and a draft of it/);
    assert.equal(await page.locator('#release-text').inputValue(), '');
    assert.equal(await field(page, 'headline').inputValue(), '');
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
    assert.match(
      await offer.ariaSnapshot(),
      /^- region "Restore your earlier work\?":\n {2}- heading "Restore your earlier work\?" \[level=2\]/,
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#restore-work').click();
    await eventually(async () => assert.equal(await field(page, 'headline').inputValue(), 'An edited headline'));
    await page.locator('#problems[aria-busy="false"]').waitFor();
    assert.deepEqual(await workOnPage(page), before);
    assert.equal(await offer.count(), 0);
    assert.equal(await focused(page), 'release-text');

    // Discarded: forgotten, and the next visit offers nothing.
    await page.reload();
    await offer.waitFor();
    await page.locator('#discard-work').click();
    await eventually(async () => assert.equal(await kept(page), null));
    assert.equal(await page.locator('#release-text').inputValue(), '');
    await page.reload();
    await page.locator('#problems').waitFor();
    assert.equal(await offer.count(), 0);
  });
});

test('where the browser keeps nothing (storage full or turned off), the page says so quietly and goes on', async () => {
  await withAuthor(
    async ({ page }) => {
      await paste(page, OSCE);
      const note = page.locator('#storage-note');
      await eventually(async () => assert.match(await note.innerText(), /^Your work is not kept in this browser: .*full/));
      assert.equal(await note.getAttribute('role'), 'status');
      await page.locator('#make-draft').click();
      await eventually(async () => assert.ok((await page.locator('.paragraphs li').count()) > 0));
      assert.deepEqual(await axeViolations(page), []);
    },
    {
      init: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    },
  );
});

test('where storage is turned off for the page, the page says so at once, and works on', async () => {
  await withAuthor(
    async ({ page }) => {
      await page.locator('#problems').waitFor();
      assert.match(
        await page.locator('#storage-note').innerText(),
        /^Your work is not kept in this browser: its storage is turned off for this page\. Export summary\.json to keep it\.$/,
      );
      assert.equal(await page.locator('#restore-offer').count(), 0);
      await draft(page, OSCE);
      assert.equal(await field(page, 'speakers[0].name').inputValue(), 'Kevin Carty');
    },
    {
      init: () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      },
    },
  );
});

test('a draft over edits asks first, inline; Undo brings back exactly the work before; both are announced', async () => {
  await withAuthor(async ({ page }) => {
    // A first draft on an empty page: nothing to replace, nothing asked.
    await draft(page, SPARSE);
    assert.equal(await page.locator('#draft-confirm').count(), 0);
    assert.ok((await page.locator('.field-errors').count()) > 0, 'the draft has problems left, shown');
    assert.deepEqual(await axeViolations(page), [], 'drafted, with problems');
    await field(page, 'headline').fill('My own headline');
    await field(page, 'dateline.place').fill('Vienna');
    await page.getByRole('button', { name: 'Add a speaker' }).click();
    await field(page, 'speakers[0].name').fill('A. Person');
    await paste(page, OSCE);
    await page.locator('#problems[aria-busy="false"]').waitFor();
    const before = await workOnPage(page);

    // Asked, inline; keeping the edits changes nothing.
    await page.locator('#make-draft').click();
    const confirm = page.locator('#draft-confirm');
    await confirm.waitFor();
    await eventually(async () => assert.equal(await focused(page), 'confirm-draft'));
    assert.match(await page.locator('#announce').innerText(), /^Replace your edits with a new draft\?/);
    assert.match(await confirm.ariaSnapshot(), /^- group "Replace your edits with a new draft\?/);
    assert.equal(await page.locator('#make-draft').isDisabled(), true);
    assert.deepEqual(await axeViolations(page), [], 'asking');
    await page.locator('#keep-edits').click();
    assert.equal(await confirm.count(), 0);
    await eventually(async () => assert.equal(await focused(page), 'make-draft'));
    assert.deepEqual(await workOnPage(page), before);

    // Confirmed: the draft replaces the forms, and says it can be undone.
    await page.locator('#make-draft').click();
    await page.locator('#confirm-draft').click();
    await eventually(async () => assert.equal(await field(page, 'speakers[0].name').inputValue(), 'Kevin Carty'));
    assert.match(await page.locator('#announce').innerText(), /^Draft made: .*Undo/);
    await page.locator('#undo-draft').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'drafted, Undo offered');

    // Undone: exactly the work before.
    await page.locator('#undo-draft').click();
    await eventually(async () => assert.equal(await field(page, 'headline').inputValue(), 'My own headline'));
    await page.locator('#problems[aria-busy="false"]').waitFor();
    assert.deepEqual(await workOnPage(page), before);
    assert.match(await page.locator('#announce').innerText(), /^Draft undone/);
    assert.equal(await page.locator('#undo-draft').count(), 0);
    await eventually(async () => assert.equal(await focused(page), 'make-draft'));
    assert.deepEqual(await axeViolations(page), [], 'after Undo');
  });
});
