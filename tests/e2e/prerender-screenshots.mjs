// Screenshots of the prerendered demo page, with and without JavaScript, for
// people to look at:
//   node tests/e2e/prerender-screenshots.mjs [dist folder] [output folder]
// (defaults: $DIST or dist/, and /tmp/prerender-shots). Not a test: it asserts
// nothing, it only shows. Full-page pictures: nojs.png and js.png.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';

const dist = resolve(process.argv[2] ?? process.env.DIST ?? 'dist');
const out = resolve(process.argv[3] ?? '/tmp/prerender-shots');
const viewport = { width: 1024, height: 900 };

await mkdir(out, { recursive: true });
const server = await serve(dist, { routes: { '/favicon.ico': { status: 204, type: 'image/x-icon' } } });
const browser = await launch();
try {
  // Without JavaScript: what the declarative shadow roots show by themselves.
  {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('conference-summary h2.cs-headline').first().waitFor();
    const file = `${out}/nojs.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
  // With JavaScript: once every widget has hydrated (its ready event).
  {
    const context = await browser.newContext({ viewport, colorScheme: 'light' });
    await context.addInitScript(() => {
      window.__ready = 0;
      window.addEventListener('conference-summary:ready', () => {
        window.__ready += 1;
      });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(
      () => window.__ready >= document.querySelectorAll('conference-summary').length,
      null,
      { timeout: 15_000 },
    );
    const file = `${out}/js.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
