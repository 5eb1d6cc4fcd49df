// Screenshots for an accessibility review, for people to look at (not a test):
//   node tests/e2e/a11y-screenshots.mjs [output folder]     (default /tmp/a11y-shots)
// The build is $DIST, else dist/. For 320 and 1024 px containers, light and
// dark themes, French and Russian interfaces: the overview with the focus ring
// on its tab, and the quotes with every quote and one source paragraph open.
// Then a few states the tests look at: forced colours, 200 % text, print.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { installTools, setExpanded, showSection, widgetPage } from './a11y-helpers.mjs';
import { DIST, QUIET, openPage, waitReady } from './helpers.mjs';

const out = resolve(process.argv[2] ?? '/tmp/a11y-shots');
await mkdir(out, { recursive: true });
const server = await serve(DIST, { routes: QUIET });
const browser = await launch();

/** Opens a page with the widget between two links, ready. */
async function open(name, { width, attributes, colorScheme = 'light', viewport }) {
  server.route(`/${name}.html`, widgetPage({ width, attributes, links: true }));
  const opened = await openPage(browser, `${server.url}/${name}.html`, {
    colorScheme,
    viewport: viewport ?? { width: width + 32, height: 900 },
  });
  await waitReady(opened.page, 'w');
  await installTools(opened.page);
  return opened;
}

async function shoot(page, name) {
  const file = `${out}/${name}.png`;
  // The widget and the outline around it (the focus ring may stand outside).
  await page.locator('#box').screenshot({ path: file });
  console.log(file);
}

try {
  for (const width of [320, 1024]) {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['fr', 'ru']) {
        const name = `${width}-${theme}-${lang}`;
        const { page, close } = await open(name, { width, attributes: `theme="${theme}" lang="${lang}"`, colorScheme: theme });
        try {
          await page.evaluate(() => {
            document.body.style.background = getComputedStyle(document.querySelector('#w').shadowRoot.querySelector('article')).backgroundColor;
          });
          // Keyboard focus on the selected tab: the focus ring shows.
          await page.keyboard.press('Tab');
          await page.keyboard.press('Tab');
          await shoot(page, `${name}-overview-focus`);
          const widget = page.locator('#w');
          await showSection(widget, 'quotes');
          await setExpanded(widget, true);
          await widget.locator('#cs-quote-carty-global-crisis .cs-source-toggle').click();
          await widget.locator('#cs-quote-carty-global-crisis .cs-source').waitFor({ state: 'visible' });
          await shoot(page, `${name}-quotes-open`);
        } finally {
          await close();
        }
      }
    }
  }

  // Forced colours, focus on the first quote toggle.
  {
    const { page, close } = await open('forced', { width: 720, attributes: 'theme="light" section="quotes"' });
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      for (let step = 0; step < 5; step += 1) await page.keyboard.press('Tab');
      await shoot(page, '720-forced-colors-quotes-focus');
    } finally {
      await close();
    }
  }

  // 200 % text in a 320 px container (the page scrolls sideways if it overflows).
  {
    const { page, close } = await open('zoom', {
      width: 320,
      attributes: 'theme="light" section="quotes" style="--cs-font-size: 32px"',
      viewport: { width: 360, height: 900 },
    });
    try {
      await shoot(page, '320-text-200pc-quotes');
      await showSection(page.locator('#w'), 'overview');
      await shoot(page, '320-text-200pc-overview');
    } finally {
      await close();
    }
  }

  // Print media: every section, every quote in full, no buttons.
  {
    const { page, close } = await open('print', { width: 720, attributes: 'theme="light"' });
    try {
      await page.emulateMedia({ media: 'print' });
      await shoot(page, '720-print');
    } finally {
      await close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
