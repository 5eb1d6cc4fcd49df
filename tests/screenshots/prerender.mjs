// Screenshots of the prerendered demo page, with and without JavaScript, for
// people to look at (not a test: it asserts nothing). Full-page pictures,
// nojs.png and js.png:
//   DIST=dist node tests/screenshots/prerender.mjs [output folder]   (default target/screenshots/prerender)
import { DIST } from '../e2e/support/build.mjs';
import { launch, pagesOf } from '../e2e/support/page.mjs';
import { serve } from '../e2e/support/server.mjs';
import { waitAllReady } from '../e2e/support/widget.mjs';
import { outputFolder, shoot } from './shoot.mjs';

const out = await outputFolder('prerender');
const session = pagesOf(await launch(), await serve(DIST));
try {
  for (const javaScriptEnabled of [false, true]) {
    await session.visit('/', { javaScriptEnabled }, async ({ page }) => {
      if (javaScriptEnabled) {
        // Once every widget has taken over its prerendered markup (its ready event).
        await waitAllReady(page);
      } else {
        // What the declarative shadow roots show by themselves.
        await page.locator('conference-summary h2.cs-headline').first().waitFor();
      }
      await shoot(page, out, javaScriptEnabled ? 'js' : 'nojs', { fullPage: true });
    });
  }
} finally {
  await session.browser.close();
  await session.server.close();
}
