// The README's pictures: the real widget from the release build, light and
// dark, each on a plain page of its theme's background, cropped to the widget
// with a margin, at twice the pixel density:
//   DIST=dist node tests/screenshots/readme.mjs [output folder]   (default docs/images)
// writes widget-light.png (the overview, as a reader first sees it) and
// widget-dark.png (the programme, its first item's source paragraph shown). Run it after a change that
// shows, and commit the pictures.
import { DIST } from '../e2e/support/build.mjs';
import { hostPage } from '../e2e/support/html.mjs';
import { launch, pagesOf } from '../e2e/support/page.mjs';
import { serve } from '../e2e/support/server.mjs';
import { pickTab, waitAllReady } from '../e2e/support/widget.mjs';
import { shoot } from './shoot.mjs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'docs/images');
await mkdir(out, { recursive: true });

// The page around the widget: its theme's background, so that the picture's
// margin matches the card, and the widget at a width a sidebar or an article
// column gives it.
const page = (theme, background) =>
  hostPage(`<div id="frame"><conference-summary theme="${theme}"></conference-summary></div>`, {
    head: `<style>
      html, body { margin: 0; background: ${background}; }
      #frame { inline-size: 640px; padding: 16px; }
    </style>`,
  });

const SHOTS = [
  { name: 'widget-light', theme: 'light', background: '#ffffff', section: 'overview' },
  { name: 'widget-dark', theme: 'dark', background: '#0d1117', section: 'programme' },
];

const routes = Object.fromEntries(SHOTS.map((shot) => [`/${shot.name}.html`, page(shot.theme, shot.background)]));
const session = pagesOf(await launch(), await serve(DIST, { routes }));
try {
  for (const shot of SHOTS) {
    const options = { viewport: { width: 720, height: 1200 }, deviceScaleFactor: 2, colorScheme: shot.theme };
    await session.visit(`/${shot.name}.html`, options, async ({ page: opened }) => {
      await waitAllReady(opened);
      const widget = opened.locator('conference-summary');
      if (shot.section !== 'overview') await pickTab(widget, shot.section);
      if (shot.section === 'programme') {
        await widget.locator('[part~="source-toggle"]').nth(1).click();
        await widget.locator('#cs-day-0-item-0-source').waitFor({ state: 'visible' });
        // The click leaves its focus ring and hover on the button: a picture shows the widget at rest.
        await opened.evaluate(() => document.activeElement?.blur());
        await opened.mouse.move(0, 0);
      }
      await shoot(opened.locator('#frame'), out, shot.name);
    });
  }
} finally {
  await session.browser.close();
  await session.server.close();
}
