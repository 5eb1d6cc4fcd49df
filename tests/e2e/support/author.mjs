// The authoring page (dist/author.html) for its tests and its benchmark: the
// releases they paste, opening the page, its fields, a paste as the browser
// makes one, axe on the whole page, and the page's state as an editor sees it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AXE_PATH, WCAG_TAGS } from './a11y.mjs';
import { DIST, REPO_ROOT } from './build.mjs';
import { open } from './page.mjs';

/** The page as the build writes it. */
export const AUTHOR = join(DIST, 'author.html');

/** The OSCE release the built-in summary is drawn from. */
export const OSCE = readFileSync(join(REPO_ROOT, 'assets/press-release-2007-09-20.txt'), 'utf8');

/** The most a release may have, in bytes, as crates/authoring/src/release.rs fixes it. */
export const MAX_RELEASE_BYTES =
  Number(/MAX_RELEASE_BYTES: usize = (\d+) \* 1024;/.exec(readFileSync(join(REPO_ROOT, 'crates/authoring/src/release.rs'), 'utf8'))?.[1]) * 1024;

/** The localStorage key of the work the page keeps (author/src/autosave.rs). */
export const KEPT_KEY = /pub const KEY: &str = "([^"]+)";/.exec(readFileSync(join(REPO_ROOT, 'author/src/autosave.rs'), 'utf8'))?.[1];

/** A release of about `bytes` bytes: the OSCE release again and again, one title. */
export function longRelease(bytes) {
  const body = OSCE.split('\n').slice(1).join('\n');
  return `A long release\n${body.repeat(Math.ceil(bytes / body.length))}`.slice(0, bytes);
}

/** Opens the page from `session`'s server (the same origin each time: what it keeps is kept there). */
export async function openAuthor(session, options = {}) {
  assert.ok(existsSync(AUTHOR), `no ${AUTHOR}: run scripts/build-author`);
  return open(session.browser, `${session.server.url}/author.html`, {
    viewport: { width: 1400, height: 1000 },
    ...options,
  });
}

/** The element that edits the value at a JSON path. */
export const field = (page, path) => page.locator(`[id="field-${path}"]`);

/** Sets the release box to `text` as a paste does: one input event. */
export const paste = (page, text) =>
  page.locator('#release-text').evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);

/** axe-core's WCAG 2.2 AA violations on the whole page, as `rule: targets`. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, WCAG_TAGS);
}

/** The id of the element that has focus. */
export const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * What the editor has on the page: every field's value, the paragraphs, the
 * problems said, and what the draft could not find.
 */
export const workOnPage = (page) =>
  page.evaluate(() => ({
    fields: [...document.querySelectorAll('main [id^="field-"], #release-text')].map((element) => [element.id, element.value]),
    paragraphs: [...document.querySelectorAll('.paragraphs li')].map((item) => item.textContent),
    problems: document.querySelector('#problems')?.textContent ?? '',
    messages: [...document.querySelectorAll('.field-errors li')].map((item) => item.textContent),
    missing: [...document.querySelectorAll('.missing li')].map((item) => item.textContent),
  }));
