// Hostile strings in a valid summary (issue "bad input, failed loads and
// hostile content"), given by `src`, inline and prerendered: inert text, no
// dialog, no request, no element of theirs, the widget's own controls kept
// out of a right-to-left override; `source.url` limited to safe schemes.
//
// The prerender command runs in the repository (or $PRERENDER_ROOT): it must
// be built from the same sources as $DIST.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, FILES } from './support/build.mjs';
import { documentInventory, HOSTILE, HOSTILE_HEADLINE, HOSTILE_PARAGRAPH, HOSTILE_QUOTE, HOSTILE_STRINGS, HOSTILE_TITLE, hostileSummary, inventoryAcross, LONG, shadowInventory } from './support/hostile.mjs';
import { hostPage, inlineSummary } from './support/html.mjs';
import { EN } from './support/i18n.mjs';
import { launch, open } from './support/page.mjs';
import { renderStates, rendered, replaced } from './support/render-state.mjs';
import { serve } from './support/server.mjs';
import { elementOnly, prerender, snippet, withAttributes } from './support/snippet.mjs';
import { squash } from './support/text.mjs';
import { errorMessages, eventCounts, pickTab, waitReady, widgetErrors } from './support/widget.mjs';
import { eventually } from './support/eventually.mjs';

let browser;
let scratch;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'cs-hostile-'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Writes `text` to a file in the scratch folder; its path. */
function scratchFile(name, text) {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** The paths the page may ask its server for. */
const ALLOWED_PATHS = (page, json) =>
  new Set([page, json, '/embed.js', `/${FILES.glue}`, `/${FILES.wasm}`, `/${FILES.stylesheet}`, '/favicon.ico'].filter(Boolean));

/** Asserts every request went to `origin`, for one of `allowed`, and none left the machine. */
function assertRequests(opened, own, origin, allowed) {
  assert.deepEqual(opened.outside, [], 'requests beyond loopback');
  const unexpected = opened.requests.filter((url) => {
    const parsed = new URL(url);
    return parsed.origin !== origin || !allowed.has(parsed.pathname);
  });
  assert.deepEqual(unexpected, [], 'requests the page made beyond the widget and its summary');
  const served = own.requests.map((request) => new URL(request, 'http://x').pathname);
  assert.deepEqual(served.filter((path) => !allowed.has(path)), [], 'requests the server saw beyond the expected');
  assert.ok(!served.includes('/x'), 'no request for the <img src=x>');
}

/** Lets anything that might have been planted run: a frame and a task. */
const settle = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));

test('hostile content via src, inline and prerendered renders as inert text: no dialog, no request, no element of its own', async () => {
  const json = JSON.stringify(hostileSummary());
  const prerendered = await snippet('--src', scratchFile('hostile.json', json));

  // The snippet itself: every hostile string is escaped in it.
  for (const needle of ['<img', '<svg', '<script>alert']) {
    assert.ok(!prerendered.includes(needle), `the snippet holds ${needle} unescaped`);
  }
  assert.equal(prerendered.split('</template>').length - 1, 1, 'one </template>: the shadow root’s own');
  assert.equal(prerendered.split('<script').length - 1, 3, 'three scripts: inline JSON, JSON-LD, embed.js');
  assert.equal(prerendered.split('</script>').length - 1, 3, 'three </script>: theirs');

  const own = await serve(DIST, {
    routes: {
      '/hostile.json': { body: json, type: 'application/json' },
      '/hostile.html': hostPage(`<conference-summary id="via-src" src="/hostile.json"></conference-summary>
<conference-summary id="via-inline">${inlineSummary(json)}</conference-summary>
${withAttributes(prerendered, ' id="via-prerender"')}
<conference-summary id="control"></conference-summary>`),
    },
  });
  const opened = await open(browser, `${own.url}/hostile.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    const ids = ['via-src', 'via-inline', 'via-prerender'];
    for (const id of [...ids, 'control']) await waitReady(page, id);
    assert.deepEqual(await renderStates(page, '#via-prerender'), [replaced('via-prerender')],
      'the prerendered one replaced by its own render');
    const control = await inventoryAcross(page.locator('#control'));
    assert.deepEqual(control.dangerous, [], 'the widget’s own markup (built-in summary)');

    for (const id of ids) {
      const widget = page.locator(`#${id}`);
      const label = (what) => `${id}: ${what}`;
      assert.equal(await widget.locator('h2.cs-headline').textContent(), HOSTILE_HEADLINE, label('headline'));
      assert.equal(await widget.locator('.cs-footer cite').textContent(), HOSTILE_TITLE, label('source title'));
      const inventory = await inventoryAcross(widget);
      for (const expected of [HOSTILE_PARAGRAPH, HOSTILE.javascript, HOSTILE.rlo, LONG]) {
        assert.ok(inventory.texts.includes(expected), label(`an item reads ${JSON.stringify(expected.slice(0, 60))}`));
      }
      for (const needle of [...HOSTILE_STRINGS, LONG, HOSTILE_PARAGRAPH]) {
        assert.ok(inventory.text.includes(needle), label(`text contains ${JSON.stringify(needle.slice(0, 60))}`));
      }
      assert.deepEqual(inventory.dangerous, [], label('elements that could run or fetch'));
      assert.deepEqual(inventory.handlers, [], label('event handler or javascript: attributes'));
      assert.deepEqual(inventory.anchors, [], label('links (the summary has no source.url)'));
      const prerendered = id === 'via-prerender';
      assert.deepEqual(
        inventory.links,
        prerendered ? [`${own.url}/${FILES.stylesheet}`] : [],
        label(prerendered ? 'the link it came with' : 'no link: the page\'s one sheet, adopted'),
      );
      assert.deepEqual(
        await renderStates(page, `#${id}`),
        [prerendered ? replaced(id) : rendered(id)],
        label(prerendered ? 'styled by the link it came with' : 'styled by the shared sheet'),
      );
      // The prerendered widget's link is the one it came with (checked above).
      const strange = inventory.tags.filter((tag) => !control.tags.includes(tag) && !(prerendered && tag === 'link'));
      assert.deepEqual(strange, [], label('element names a built-in render does not have'));

      // The hostile quote, opened, reads word for word; the source paragraph opens as text.
      await pickTab(widget, 'quotes');
      await widget.locator('#cs-quote-carty-connect-the-dots .cs-quote-toggle').click();
      await eventually(async () =>
        assert.equal(
          squash(await widget.locator('#cs-quote-carty-connect-the-dots .cs-passage').innerText()),
          squash(`“${HOSTILE_QUOTE}”`),
        ),
      );
      await pickTab(widget, 'overview');
      const aim = widget.locator('li', { has: page.locator('.cs-text', { hasText: 'Hostile markup follows' }) }).last();
      await aim.locator('.cs-source-toggle').click();
      await eventually(async () => assert.ok(await aim.locator('.cs-source').isVisible()));
      assert.equal(await aim.locator('.cs-source').textContent(), HOSTILE_PARAGRAPH, label('source paragraph as text'));
      assert.deepEqual((await shadowInventory(widget)).dangerous, [], label('still nothing after opening'));
    }

    await settle(page);
    assert.deepEqual(opened.dialogs, [], 'dialogs');
    const inventory = await documentInventory(page);
    assert.deepEqual(inventory.dangerous, [], 'img, svg, iframe… in the document');
    assert.deepEqual(inventory.handlers, [], 'event handler attributes in the document');
    assert.deepEqual(
      inventory.scripts.sort(),
      ['application/json', 'application/json', 'application/ld+json', 'module', 'module'].sort(),
      'scripts in the document: the page’s and the snippet’s own',
    );
    assertRequests(opened, own, own.origin, ALLOWED_PATHS('/hostile.html', '/hostile.json'));
    assert.deepEqual(opened.errors, [], 'console errors');
    assert.deepEqual(opened.pageErrors, [], 'page errors');
    assert.deepEqual(opened.warnings, [], 'warnings');
    for (const id of ids) assert.equal((await eventCounts(page, id)).error, undefined, `${id}: no error event`);
  } finally {
    await opened.close();
    await own.close();
  }
});

test('an unterminated right-to-left override stays inside its item: the item’s ¶ button still follows its text', async () => {
  // U+202E reorders everything after it up to the end of the paragraph unless
  // the text is isolated (unicode-bidi: isolate, <bdi>): the widget's own
  // controls must not be dragged into the override.
  const json = JSON.stringify(hostileSummary());
  const own = await serve(DIST, {
    routes: {
      '/rlo.html': hostPage(`<conference-summary id="w" section="participants">${inlineSummary(json)}</conference-summary>`),
    },
  });
  const opened = await open(browser, `${own.url}/rlo.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    await waitReady(page, 'w');
    const item = page.locator('#w #cs-panel-participants li', {
      has: page.locator('.cs-text', { hasText: 'txt.exe' }),
    });
    assert.equal(await item.count(), 1);
    const text = await item.locator('.cs-text').boundingBox();
    const button = await item.locator('.cs-source-toggle').boundingBox();
    const plain = page.locator('#w #cs-panel-participants li').first();
    const plainText = await plain.locator('.cs-text').boundingBox();
    const plainButton = await plain.locator('.cs-source-toggle').boundingBox();
    assert.ok(plainButton.x > plainText.x, 'control: a plain item’s ¶ button is right of its text');
    assert.ok(
      button.x >= text.x + text.width - 1,
      `the ¶ button of the item with U+202E is moved before its text: text ${JSON.stringify(text)}, button ${JSON.stringify(button)}`,
    );
  } finally {
    await opened.close();
    await own.close();
  }
});

test('source.url: javascript: is refused by validation (src, inline, prerender); https://example.org/ is a link with exactly that href, never fetched', async () => {
  const evil = JSON.stringify(hostileSummary('javascript:alert(1)'));
  const good = JSON.stringify(hostileSummary('https://example.org/'));
  const evilFile = scratchFile('evil-url.json', evil);
  const goodFile = scratchFile('good-url.json', good);

  // The prerender command refuses the javascript: URL and renders the https: one.
  const refused = await prerender('--stylesheet', FILES.stylesheet, '--src', evilFile);
  assert.notEqual(refused.code, 0, 'prerender accepted source.url javascript:');
  assert.match(refused.stderr, /source\.url: expected an https:, http: or mailto: URL, found "javascript:alert\(1\)"/);
  assert.equal(refused.stdout, '');
  const linked = await snippet('--src', goodFile);

  const own = await serve(DIST, {
    routes: {
      '/evil.json': { body: evil, type: 'application/json' },
      '/good.json': { body: good, type: 'application/json' },
      '/urls.html': hostPage(`<conference-summary id="evil-src" src="/evil.json"></conference-summary>
<conference-summary id="evil-inline">${inlineSummary(evil)}</conference-summary>
<conference-summary id="good-src" src="/good.json"></conference-summary>
<conference-summary id="good-inline">${inlineSummary(good)}</conference-summary>
${withAttributes(elementOnly(linked), ' id="good-prerender"')}`),
    },
  });
  const opened = await open(browser, `${own.url}/urls.html`, { loopbackOnly: true });
  try {
    const { page } = opened;
    const [fromSrc] = await errorMessages(page, 'evil-src');
    const [inline] = await errorMessages(page, 'evil-inline');
    const refusal = 'source.url: expected an https:, http: or mailto: URL, found "javascript:alert(1)"';
    assert.equal(fromSrc, `${own.url}/evil.json: ${refusal}`);
    assert.equal(inline, `the inline summary: ${refusal}`);
    for (const id of ['evil-src', 'evil-inline']) {
      const widget = page.locator(`#${id}`);
      await widget.locator('[role=alert]').waitFor({ state: 'visible' });
      assert.equal(await widget.locator('[role=alert] p').nth(1).textContent(), EN.errorInvalid);
      assert.equal(await widget.locator('a').count(), 0, `${id}: no link`);
      assert.equal(await widget.locator('article.cs').count(), 0, `${id}: no summary`);
    }
    for (const id of ['good-src', 'good-inline', 'good-prerender']) {
      await waitReady(page, id);
      const anchors = page.locator(`#${id} a`);
      assert.equal(await anchors.count(), 1, `${id}: one link`);
      assert.equal(await anchors.getAttribute('href'), 'https://example.org/', `${id}: href as written`);
      assert.equal(await anchors.evaluate((a) => a.href), 'https://example.org/', `${id}: href as resolved`);
      assert.equal(await anchors.textContent(), HOSTILE_TITLE, `${id}: the title as text`);
      assert.match(await anchors.getAttribute('rel'), /\bnoopener\b/);
    }
    // Five widgets on the page: the loader marks every mount crowded.
    assert.deepEqual(await renderStates(page, '#good-prerender'), [replaced('good-prerender', { crowded: true })], 'replaced by its own render');
    await settle(page);
    assert.deepEqual(opened.dialogs, [], 'dialogs');
    assert.ok(!opened.requests.some((url) => url.includes('example.org')), 'a request to example.org');
    assertRequests(opened, own, own.origin, new Set([...ALLOWED_PATHS('/urls.html'), '/evil.json', '/good.json']));
    assert.deepEqual(widgetErrors(opened).sort(), [`conference-summary: ${fromSrc}`, `conference-summary: ${inline}`].sort());
    assert.deepEqual(opened.pageErrors, []);
  } finally {
    await opened.close();
    await own.close();
  }
});
