// Screenshots of the widget in every host layout at every viewport width
// (layout-cases.mjs), and of the right-to-left fixture summary, for people
// to look at:
//   node tests/e2e/layout-screenshots.mjs [dist folder] [output folder]
// Not a test: layout.test.mjs asserts; this only shows. Each picture is the
// top of the page (900 px), widget and host content together.
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch } from './browser.mjs';
import { LAYOUTS, layoutPage, VIEWPORTS } from './layout-cases.mjs';
import { serve } from './server.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const out = resolve(process.argv[3] ?? 'tests/e2e/screenshots/layout');
const rtlSummary = await readFile(new URL('../fixtures/summary-rtl.ar.json', import.meta.url), 'utf8');

await mkdir(out, { recursive: true });
const routes = Object.fromEntries(LAYOUTS.map((layout) => [`/${layout.name}.html`, layoutPage(layout)]));
routes['/rtl-summary.html'] = layoutPage({
  name: 'rtl-summary',
  body: `<conference-summary id="widget" section="quotes"><script type="application/json">${rtlSummary.replaceAll('<', '\\u003c')}</script></conference-summary>`,
});
const server = await serve(dist, { routes });
const browser = await launch();
try {
  for (const width of VIEWPORTS) {
    for (const name of [...LAYOUTS.map((layout) => layout.name), 'rtl-summary']) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.addInitScript(() => {
        window.ready = false;
        document.addEventListener('conference-summary:ready', () => (window.ready = true));
      });
      await page.goto(`${server.url}/${name}.html`);
      await page.waitForFunction(() => window.ready);
      const file = `${out}/${name}-${width}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
