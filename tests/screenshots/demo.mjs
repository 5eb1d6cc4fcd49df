// Screenshots of every section of the demo page, light and dark, 1024 and
// 360 px wide, for people to look at (not a test: it asserts nothing):
//   DIST=dist node tests/screenshots/demo.mjs [output folder]   (default target/screenshots/demo)
import { DIST } from '../e2e/support/build.mjs';
import { SECTIONS } from '../e2e/support/manifest.mjs';
import { launch, pagesOf } from '../e2e/support/page.mjs';
import { serve } from '../e2e/support/server.mjs';
import { pickTab, waitAllReady } from '../e2e/support/widget.mjs';
import { outputFolder, shoot } from './shoot.mjs';

const out = await outputFolder('demo');
const session = pagesOf(await launch(), await serve(DIST));
try {
  for (const width of [1024, 360]) {
    for (const colorScheme of ['light', 'dark']) {
      await session.visit('/', { viewport: { width, height: 900 }, colorScheme }, async ({ page }) => {
        // The demo's widgets are prerendered: wait until the script has taken them over.
        await waitAllReady(page);
        const widget = page.locator('conference-summary').first();
        for (const section of SECTIONS) {
          await pickTab(widget, section);
          if (section === 'quotes') await widget.locator('.cs-quote-toggle').first().click();
          await shoot(widget, out, `${width}-${colorScheme}-${section}`);
        }
      });
    }
  }
} finally {
  await session.browser.close();
  await session.server.close();
}
