// Screenshots of the authoring page, for people to look at (not a test: it
// asserts nothing): the OSCE release drafted, and a paste cut at the limit.
//   DIST=dist node tests/screenshots/author.mjs [output folder]   (default target/screenshots/author)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, REPO_ROOT } from '../e2e/support/build.mjs';
import { launch, pagesOf } from '../e2e/support/page.mjs';
import { serve } from '../e2e/support/server.mjs';
import { outputFolder, shoot } from './shoot.mjs';

const OSCE = readFileSync(join(REPO_ROOT, 'assets/press-release-2007-09-20.txt'), 'utf8');
const out = await outputFolder('author');
const session = pagesOf(await launch(), await serve(DIST));
try {
  await session.visit('/author.html', { viewport: { width: 1400, height: 1000 } }, async ({ page }) => {
    await page.locator('#release-text').fill(OSCE);
    await page.locator('#make-draft').click();
    await page.locator('.paragraphs li').first().waitFor();
    await page.locator('#problems[aria-busy="false"]').waitFor();
    await shoot(page, out, 'drafted');
    await shoot(page, out, 'drafted-full', { fullPage: true });
    await page.locator('#release-text').evaluate((area) => {
      area.value = `Title\n\n${'Item: '.repeat(50_000)}`;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    await page.locator('#release-cut').waitFor();
    await shoot(page.locator('section.release'), out, 'cut');
  });
} finally {
  await session.browser.close();
  await session.server.close();
}
