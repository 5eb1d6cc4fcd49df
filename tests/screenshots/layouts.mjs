// Screenshots of the widget in every host layout at every viewport width
// (tests/e2e/support/layouts.mjs), and of the right-to-left fixture summary,
// for people to look at (not a test: layout.test.mjs asserts, this only
// shows). Each picture is the top of the page (900 px), widget and host
// content together:
//   DIST=dist node tests/screenshots/layouts.mjs [output folder]   (default target/screenshots/layout)
import { DIST } from '../e2e/support/build.mjs';
import { LAYOUTS, layoutPage, RTL_WIDGET, VIEWPORTS } from '../e2e/support/layouts.mjs';
import { launch, pagesOf } from '../e2e/support/page.mjs';
import { serve } from '../e2e/support/server.mjs';
import { waitAllReady } from '../e2e/support/widget.mjs';
import { outputFolder, shoot } from './shoot.mjs';

const out = await outputFolder('layout');
const pages = [...LAYOUTS, { name: 'rtl-summary', body: RTL_WIDGET }];
const routes = Object.fromEntries(pages.map((layout) => [`/${layout.name}.html`, layoutPage(layout)]));
const session = pagesOf(await launch(), await serve(DIST, { routes }));
try {
  for (const width of VIEWPORTS) {
    for (const { name } of pages) {
      await session.visit(`/${name}.html`, { viewport: { width, height: 900 } }, async ({ page }) => {
        await waitAllReady(page);
        await shoot(page, out, `${name}-${width}`);
      });
    }
  }
} finally {
  await session.browser.close();
  await session.server.close();
}
