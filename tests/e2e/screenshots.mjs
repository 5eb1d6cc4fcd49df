// Screenshots of every section of the demo page, for people to look at:
//   node tests/e2e/screenshots.mjs [dist folder] [output folder]
// Not a test: it asserts nothing, it only shows.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const out = resolve(process.argv[3] ?? 'tests/e2e/screenshots');
const SECTIONS = ['overview', 'quotes', 'programme', 'participants', 'funders'];

await mkdir(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
try {
  for (const width of [1024, 360]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      // The demo's widgets are prerendered: wait until the script has taken them over.
      await page.addInitScript(() => {
        window.readyWidgets = 0;
        document.addEventListener('conference-summary:ready', () => (window.readyWidgets += 1));
      });
      await page.goto(`${server.url}/`);
      await page.waitForFunction(
        () => window.readyWidgets >= document.querySelectorAll('conference-summary').length,
      );
      const widget = page.locator('conference-summary').first();
      for (const section of SECTIONS) {
        await widget.getByRole('tab', { name: new RegExp(section, 'i') }).click();
        if (section === 'quotes') {
          await widget.locator('.cs-quote-toggle').first().click();
        }
        const file = `${out}/${width}-${scheme}-${section}.png`;
        await widget.screenshot({ path: file });
        console.log(file);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
