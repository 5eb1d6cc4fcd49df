// Screenshots for an accessibility review, for people to look at (not a test).
// For 320 and 1024 px containers, light and dark themes, French and Russian
// interfaces: the overview with the focus ring on its tab, and the quotes
// with every quote and one source paragraph open. Then a few states the
// tests look at: forced colours, 200 % text, print.
//   DIST=dist node tests/screenshots/a11y.mjs [output folder]   (default target/screenshots/a11y)
import { setExpanded, showSection, visitWidgetPage } from '../e2e/support/a11y.mjs';
import { DIST } from '../e2e/support/build.mjs';
import { launch, pagesOf } from '../e2e/support/page.mjs';
import { serve } from '../e2e/support/server.mjs';
import { outputFolder, shoot } from './shoot.mjs';

const out = await outputFolder('a11y');
const session = pagesOf(await launch(), await serve(DIST));

/** Visits a page with the widget between two links, ready (visitWidgetPage). */
const visitBetweenLinks = (name, { width, attributes, colorScheme = 'light', viewport }, body) =>
  visitWidgetPage(session, `/${name}.html`, { width, attributes, links: true }, {
    colorScheme,
    viewport: viewport ?? { width: width + 32, height: 900 },
  }, body);

/** A picture of the widget and the outline around it (the focus ring may stand outside). */
const shootBox = (page, name) => shoot(page.locator('#box'), out, name);

try {
  for (const width of [320, 1024]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['fr', 'ru']) {
        const name = `${width}-${theme}-${lang}`;
        await visitBetweenLinks(name, { width, attributes: `theme="${theme}" lang="${lang}"`, colorScheme: theme }, async ({ page }) => {
          await page.evaluate(() => {
            document.body.style.background = getComputedStyle(document.querySelector('#w').shadowRoot.querySelector('article')).backgroundColor;
          });
          // Keyboard focus on the selected tab: the focus ring shows.
          await page.keyboard.press('Tab');
          await page.keyboard.press('Tab');
          await shootBox(page, `${name}-overview-focus`);
          const widget = page.locator('#w');
          await showSection(widget, 'quotes');
          await setExpanded(widget, true);
          await widget.locator('#cs-quote-carty-global-crisis .cs-source-toggle').click();
          await widget.locator('#cs-quote-carty-global-crisis .cs-source').waitFor({ state: 'visible' });
          await shootBox(page, `${name}-quotes-open`);
        });
      }
    }
  }

  // Forced colours, focus on the first quote toggle.
  await visitBetweenLinks('forced', { width: 720, attributes: 'theme="light" section="quotes"' }, async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('Tab');
    await shootBox(page, '720-forced-colors-quotes-focus');
  });

  // 200 % text in a 320 px container (the page scrolls sideways if it overflows).
  const zoom = {
    width: 320,
    attributes: 'theme="light" section="quotes" style="--cs-font-size: 32px"',
    viewport: { width: 360, height: 900 },
  };
  await visitBetweenLinks('zoom', zoom, async ({ page }) => {
    await shootBox(page, '320-text-200pc-quotes');
    await showSection(page.locator('#w'), 'overview');
    await shootBox(page, '320-text-200pc-overview');
  });

  // Print media: every section, every quote in full, no buttons.
  await visitBetweenLinks('print', { width: 720, attributes: 'theme="light"' }, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await shootBox(page, '720-print');
  });
} finally {
  await session.browser.close();
  await session.server.close();
}
