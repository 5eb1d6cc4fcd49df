// Every host layout (support/layouts.mjs) at a phone's, a tablet's and a
// desktop's width: the widget keeps a readable width, no more than twice the
// height it has in a plain block of the same width, and the direction of its
// own language whatever the page's. And a right-to-left summary on a
// left-to-right page runs right to left, tabs, quote rules and bullets
// mirrored, its interface strings and dates still left to right.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHECKOUT, DIST, FILES } from './support/build.mjs';
import { eventually } from './support/eventually.mjs';
import { doc, hostPage } from './support/html.mjs';
import { LAYOUTS, layoutPage, RTL_WIDGET, VIEWPORTS } from './support/layouts.mjs';
import { assertNoProblems, useBrowserAndBuild } from './support/page.mjs';
import { gate } from './support/server.mjs';
import { waitReady } from './support/widget.mjs';

const session = useBrowserAndBuild();

/** The readable minimum width, in CSS pixels. */
const MIN_WIDTH = 280;

/**
 * Size of the widget, the width the page gives its content, and the height
 * of the same widget in a plain block as wide as this one (added to the page
 * once the widget is measured, so it is the same interface and summary).
 */
async function measure(page) {
  const box = await page.locator('#widget').evaluate((host) => {
    const { width, height } = host.getBoundingClientRect();
    return { width, height, column: document.documentElement.clientWidth - 16 };
  });
  await page.evaluate((width) => {
    const reference = document.createElement('div');
    // Horizontal and left to right whatever the page: the plain block layout.
    reference.style.cssText = `width: ${width}px; writing-mode: horizontal-tb; direction: ltr; position: absolute; top: 0; left: 0; visibility: hidden`;
    reference.innerHTML = '<conference-summary id="reference"></conference-summary>';
    document.body.append(reference);
  }, box.width);
  await waitReady(page, 'reference');
  const reference = await page.locator('#reference').evaluate((host) => host.getBoundingClientRect().height);
  return { ...box, reference };
}

/** The computed direction of every element of the English summary's text. */
function contentDirections(page) {
  return page.locator('#widget').evaluate((host) => {
    const article = host.shadowRoot.querySelector('article.cs');
    const blocks = [...article.querySelectorAll('h2, h3, h4, p, li, dt, dd, blockquote, figcaption, time, footer')];
    return {
      article: getComputedStyle(article).direction,
      rightToLeft: blocks.filter((element) => getComputedStyle(element).direction === 'rtl').map((element) => element.localName),
      count: blocks.length,
    };
  });
}

for (const viewport of VIEWPORTS) {
  for (const layout of LAYOUTS) {
    test(`${layout.name} at ${viewport} px: a readable width, a bounded height, the content's own direction`, async () => {
      const path = `/layout/${layout.name}.html`;
      session.server.route(path, layoutPage(layout));
      await session.visit(path, { viewport: { width: viewport, height: 900 } }, async ({ page }) => {
        await waitReady(page, 'widget');
        const size = await measure(page);
        const floor = Math.min(MIN_WIDTH, size.column);
        assert.ok(size.width >= floor - 0.5, `at least ${floor} px wide: ${JSON.stringify(size)}`);
        assert.ok(size.height <= 2 * size.reference + 0.5, `at most twice the block layout's height: ${JSON.stringify(size)}`);
        const directions = await contentDirections(page);
        assert.ok(directions.count > 20, `text blocks found: ${directions.count}`);
        assert.deepEqual({ article: directions.article, rightToLeft: directions.rightToLeft }, { article: 'ltr', rightToLeft: [] });
      });
    });
  }
}

test('a right-to-left summary on a left-to-right page: right to left, mirrored, its interface left to right, its dates as Intl writes them', async () => {
  session.server.route(
    '/layout/rtl-summary.html',
    hostPage(RTL_WIDGET),
  );
  await session.visit('/layout/rtl-summary.html', async ({ page }) => {
    await waitReady(page, 'widget');
    const widget = page.locator('#widget');
    const seen = await widget.evaluate((host) => {
      const root = host.shadowRoot;
      const style = (selector, pseudo) => getComputedStyle(root.querySelector(selector), pseudo);
      const tabs = [...root.querySelectorAll('[role=tab]')].map((tab) => tab.getBoundingClientRect());
      return {
        article: style('article.cs').direction,
        headline: style('h2.cs-headline').direction,
        tabsRunRightToLeft: tabs.every((tab, index) => index === 0 || tab.right <= tabs[index - 1].left + 1),
        tabLabel: style('[role=tab]').direction,
        quoteRule: [style('.cs-quote').borderRightWidth, style('.cs-quote').borderLeftWidth],
        dates: [...root.querySelectorAll('time')].map((time) => getComputedStyle(time).direction),
        kicker: [style('.cs-kicker').direction, style('.cs-kicker').textAlign],
      };
    });
    assert.deepEqual(seen, {
      article: 'rtl',
      headline: 'rtl',
      tabsRunRightToLeft: true,
      tabLabel: 'ltr',
      quoteRule: ['4px', '1px'],
      // Arabic has no date table of the widget's: Intl writes the dates in
      // Arabic, and dir="auto" takes their direction from their first letter.
      dates: seen.dates.map(() => 'rtl'),
      // An English label, laid out where the right-to-left layout puts it.
      kicker: ['ltr', 'right'],
    });
    assert.ok(seen.dates.length >= 2, 'the dates are <time> elements');
    // Bullets stand on the right: the list's marker is inset from the inline start.
    await widget.locator('#cs-tab-participants').click();
    const bullet = await widget.evaluate((host) => {
      const item = host.shadowRoot.querySelector('#cs-panel-participants .cs-list > li');
      const marker = getComputedStyle(item, '::before');
      return { right: marker.right, paddingRight: getComputedStyle(item).paddingRight };
    });
    assert.equal(bullet.right, '0px');
    assert.notEqual(bullet.paddingRight, '0px');
    // The arrow keys follow the layout: the next tab is the one on the left.
    const order = await widget.evaluate((host) =>
      [...host.shadowRoot.querySelectorAll('[role=tab]')].map((tab) => tab.id.replace('cs-tab-', '')),
    );
    await widget.locator('#cs-tab-participants').press('ArrowLeft');
    await eventually(async () =>
      assert.equal(await widget.evaluate((host) => host.section), order[order.indexOf('participants') + 1]),
    );
  });
});

test('the README’s rules for the element before its script hold the widget’s size until it has rendered', async () => {
  const readme = readFileSync(join(CHECKOUT, 'README.md'), 'utf8');
  const rules = /```css\n(conference-summary:is\(:not\(:defined\)[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(rules, 'the README shows the rules');
  const { server } = session;
  // The loader, the stylesheet and the WebAssembly each held back until released.
  const held = {};
  for (const role of ['loader', 'stylesheet', 'wasm']) {
    held[role] = gate();
    server.route(`/held/${FILES[role]}`, { body: readFileSync(join(DIST, FILES[role])), until: held[role].until });
  }
  server.route(`/held/${FILES.glue}`, { body: readFileSync(join(DIST, FILES.glue)) });
  server.route(
    '/held/page.html',
    doc({
      head: `<style>${rules}</style><script type="module" src="/held/embed.js"></script>`,
      body: '<div style="width: 600px"><conference-summary id="widget"></conference-summary></div><p id="after">The host page goes on.</p>',
    }),
  );
  const { page, problems, close } = await session.open('/held/page.html', { waitUntil: 'commit' });
  try {
    const size = () =>
      page.evaluate(() => {
        const { width, height } = document.querySelector('#widget').getBoundingClientRect();
        return { width, height, after: document.querySelector('#after').getBoundingClientRect().top };
      });
    await page.waitForFunction(() => document.querySelector('#after'));
    const before = await size();
    assert.equal(before.width, 600);
    assert.ok(before.height >= 500, `the height reserved: ${JSON.stringify(before)}`);
    held.loader.open();
    await page.waitForFunction(() => document.querySelector('#widget').matches(':state(loading)'));
    assert.deepEqual(await size(), before, 'defined, the widget on its way');
    held.stylesheet.open();
    held.wasm.open();
    await waitReady(page, 'widget');
    assert.equal(await page.evaluate(() => document.querySelector('#widget').matches(':state(loading)')), false);
    const rendered = await size();
    assert.equal(rendered.width, before.width);
    assert.ok(rendered.height >= before.height, `rendered, only taller: ${JSON.stringify(rendered)}`);
    assertNoProblems(problems);
  } finally {
    for (const one of Object.values(held)) one.open();
    await close();
  }
});
