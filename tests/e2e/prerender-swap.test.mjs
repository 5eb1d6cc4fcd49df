// The prerendered embed with JavaScript (issue "content at first paint"): the
// widget renders afresh and takes the prerendered markup's place, leaving the
// DOM a client render with the same attributes makes; markup made for other
// attributes or by another build is replaced the same way, without a warning.
// (prerender-layout-shift.test.mjs: nothing moves; upgrade.test.mjs:
// snippets of earlier releases.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST, FILES } from './support/build.mjs';
import { doc } from './support/html.mjs';
import { EN, interfaceStrings } from './support/i18n.mjs';
import { sectionName, SECTIONS } from './support/manifest.mjs';
import { assertClean, useBrowserAndBuild } from './support/page.mjs';
import { assertReplaced } from './support/render-state.mjs';
import { attributesOf, elementOnly, SNIPPET, snippet, withId } from './support/snippet.mjs';
import { BUILT_IN_HEADLINE, QUOTE_IDS } from './support/summary.mjs';
import { assertSection, assertWorks, pickTab, waitAllReady, widgetState } from './support/widget.mjs';

const session = useBrowserAndBuild();
const DE = interfaceStrings('de');
const FR = interfaceStrings('fr');

/**
 * The shadow root of `host` as lines: the elements of the `.cs-mount` subtree
 * with sorted attributes (the mount's own `class="cs-mount"` left out) and
 * their text (adjacent text nodes joined, empty ones dropped). Yew's component
 * markers (`<!--<[…]>-->`, which hydration leaves) are left out and counted;
 * any other comment stays. `top` is what stands in the shadow root beside the
 * mount, `sheets` how many stylesheets it adopts.
 */
function shadowDom(host) {
  return host.evaluate((host) => {
    const root = host.shadowRoot;
    const mount = root.querySelector('.cs-mount');
    const lines = [];
    let markers = 0;
    const attributes = (element) =>
      [...element.attributes]
        .filter(
          (attribute) =>
            element !== mount || !(attribute.name === 'class' && attribute.value === 'cs-mount'),
        )
        .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
        .sort();
    const walk = (element, depth) => {
      const indent = '  '.repeat(depth);
      lines.push(`${indent}<${element.localName}${attributes(element).map((a) => ` ${a}`).join('')}>`);
      let text = '';
      const flush = () => {
        if (text !== '') lines.push(`${indent}  ${JSON.stringify(text)}`);
        text = '';
      };
      for (const child of element.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          text += child.data;
        } else if (child.nodeType === Node.COMMENT_NODE) {
          if (/^<\/?\[[\s\S]*\]>$/.test(child.data)) markers += 1;
          else {
            flush();
            lines.push(`${indent}  <!--${child.data}-->`);
          }
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          flush();
          walk(child, depth + 1);
        }
      }
      flush();
    };
    walk(mount, 0);
    return {
      // What stands in the shadow root beside the mount point.
      top: [...root.childNodes].map((node) =>
        node.localName === 'link' ? `link rel=${node.rel} ${node.href}` : node.nodeName.toLowerCase(),
      ),
      sheets: root.adoptedStyleSheets.length,
      lines,
      markers,
    };
  });
}

test('with JavaScript, the demo page replaces both widgets with their own render: ready, no warning or error, tabs and quotes work', async () => {
  const opened = await session.open('/index.html');
  try {
    await waitAllReady(opened.page);
    const light = opened.page.locator('#summary-light');
    const dark = opened.page.locator('#summary-dark');
    await assertSection(light, 'overview');
    await assertSection(dark, 'quotes');
    // Replaced: the widget's own render alone, styled by the shared sheet.
    await assertReplaced(opened.page);
    await assertWorks(light);
    await assertWorks(dark);
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

/** A page with the prerendered element (#pre) and a bare one with the same attributes (#bare). */
function twinPage(html, extraBody = '') {
  return doc({
    body: `${withId(html, 'pre')}
<conference-summary id="bare"${attributesOf(html)}></conference-summary>
${extraBody}`,
  });
}

/** Asserts that #pre's prerendered markup was replaced by exactly the DOM that #bare was rendered into. */
async function assertTwins(t, opened, pre, bare) {
  await waitAllReady(opened.page);
  const replaced = await shadowDom(opened.page.locator(pre));
  const rendered = await shadowDom(opened.page.locator(bare));
  t.diagnostic(`${pre}: ${replaced.lines.length} lines; ${bare}: ${rendered.lines.length}`);
  const link = `link rel=stylesheet ${new URL(FILES.stylesheet, opened.page.url()).href}`;
  assert.deepEqual(replaced.top, [link, 'div'], `${pre}: the link it came with, then the mount`);
  assert.deepEqual(rendered.top, ['div'], `${bare}: the mount alone`);
  assert.deepEqual([replaced.sheets, rendered.sheets], [0, 1], 'the shared sheet adopted by the client render');
  assert.deepEqual([replaced.markers, rendered.markers], [0, 0], 'no yew hydration markers');
  assert.deepEqual(replaced.lines, rendered.lines, 'the .cs-mount subtree');
  await assertReplaced(opened.page, pre);
  return replaced;
}

test('replaced DOM equals a client render with the same attributes (the built-in snippet)', async (t) => {
  session.server.route('/twins-default.html', twinPage(SNIPPET));
  const opened = await session.open('/twins-default.html');
  try {
    await assertTwins(t, opened, '#pre', '#bare');
    await assertWorks(opened.page.locator('#pre'));
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

test('replaced DOM equals a client render with the same attributes (lang=fr section=quotes expanded)', async (t) => {
  const html = await snippet('--lang', 'fr', '--section', 'quotes', '--expanded');
  assert.match(attributesOf(html), /^ lang="fr" section="quotes" expanded$/);
  session.server.route('/twins-fr.html', twinPage(html));
  const opened = await session.open('/twins-fr.html');
  try {
    await assertTwins(t, opened, '#pre', '#bare');
    const pre = opened.page.locator('#pre');
    await assertSection(pre, 'quotes');
    assert.deepEqual((await widgetState(pre)).openQuotes, QUOTE_IDS, 'expanded: every quote open');
    assert.equal(await pre.locator('#cs-tab-quotes').textContent(), sectionName(FR, 'quotes'));
    await assertWorks(pre);
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

test('replaced DOM equals a client render with the same attributes (the demo page)', async (t) => {
  // The demo page with a bare twin after each prerendered widget.
  const demo = readFileSync(join(DIST, 'index.html'), 'utf8')
    .replace(
      '</main>',
      `<conference-summary id="bare-light" theme="light" deep-link></conference-summary>
<conference-summary id="bare-dark" theme="dark" section="quotes"></conference-summary>
</main>`,
    );
  assert.match(demo, /<conference-summary id="summary-light" theme="light" deep-link>/);
  assert.match(demo, /<conference-summary id="summary-dark" theme="dark" section="quotes">/);
  session.server.route('/twins-demo.html', demo);
  const opened = await session.open('/twins-demo.html');
  try {
    await assertTwins(t, opened, '#summary-light', '#bare-light');
    await assertTwins(t, opened, '#summary-dark', '#bare-dark');
    assertClean(opened);
  } finally {
    await opened.close();
  }
});

// ------------------------------- markup made for something else: replaced too

/**
 * Asserts the page replaced #bad's markup quietly (no warning: a snippet made
 * for other attributes, or of another release, is no error), and #good's too,
 * both with their own render.
 */
async function assertFallback(opened, expectedTabs) {
  const { page } = opened;
  await waitAllReady(page);
  assertClean(opened);

  const bad = page.locator('#bad');
  const good = page.locator('#good');
  // Rendered afresh: one shared sheet, one mount point, one card, nothing of
  // the prerendered markup.
  await assertReplaced(page, '#bad, #good');
  assert.deepEqual(await bad.locator('[role=tab]').allTextContents(), expectedTabs);
  assert.equal((await widgetState(bad)).headline, BUILT_IN_HEADLINE);
  await assertWorks(bad);
  await assertWorks(good);
  await pickTab(bad, 'overview');
  await assertSection(good, 'quotes');
}

test('a snippet whose markup differs from this build\'s render: replaced by it without a warning, works; a matching one beside it too', async () => {
  const STALE = 'A stale headline that this build does not render';
  const tampered = SNIPPET.replace(`>${BUILT_IN_HEADLINE}</h2>`, `>${STALE}</h2>`).replace(
    'class="cs-header"',
    'class="cs-header cs-header-of-another-build"',
  );
  assert.ok(tampered.includes(STALE) && tampered.includes('cs-header-of-another-build'));
  session.server.route('/mismatch-markup.html', doc({ body: `${withId(tampered, 'bad')}\n${withId(elementOnly(SNIPPET), 'good')}` }));
  const opened = await session.open('/mismatch-markup.html');
  try {
    await assertFallback(opened, EN.sectionNames);
    const bad = opened.page.locator('#bad');
    assert.equal(await bad.locator('.cs-header-of-another-build').count(), 0);
    assert.ok(!(await bad.evaluate((host) => host.shadowRoot.textContent.includes('stale headline'))));
  } finally {
    await opened.close();
  }
});

test('a snippet prerendered with --lang fr on an element that says lang="de": no warning, German widget, works', async () => {
  const french = await snippet('--lang', 'fr');
  const german = french.replace('<conference-summary lang="fr"', '<conference-summary lang="de"');
  assert.notEqual(german, french);
  session.server.route('/mismatch-lang.html', doc({ body: `${withId(german, 'bad')}\n${withId(elementOnly(SNIPPET), 'good')}` }));
  const opened = await session.open('/mismatch-lang.html');
  try {
    await assertFallback(opened, DE.sectionNames);
    const bad = opened.page.locator('#bad');
    assert.equal(await bad.locator('[role=tablist]').getAttribute('aria-label'), DE.sectionsLabel);
    // Only the panel shown has content: each panel's heading, as it is shown.
    const headings = [];
    for (const section of SECTIONS) {
      await pickTab(bad, section);
      headings.push(await bad.locator(`#cs-panel-${section} h3.cs-panel-heading`).textContent());
    }
    assert.deepEqual(headings, DE.sectionNames);
    assert.equal(await bad.locator('h3.cs-panel-heading').count(), 1);
  } finally {
    await opened.close();
  }
});
