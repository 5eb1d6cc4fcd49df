// Bad input, failed loads and hostile content (issue "bad input, failed loads
// and hostile content"):
//
// 1. every way a `src` load can fail, on a bare element and on a prerendered
//    one (which keeps its summary on screen, with the error box above it);
// 2. hostile strings in a valid summary, given by `src`, inline and
//    prerendered: inert text, no dialog, no request, no element of theirs;
//    `source.url` limited to safe schemes;
// 3. unknown attribute values: the default, one warning each;
// 4. a panic inside one element (the `panic-probe` build, $PANIC_DIST): that
//    element shows the error box, the others keep working; a trap in the host
//    page's own WebAssembly is left to the page.
//
// The prerender command runs in the repository (or $PRERENDER_ROOT): it must
// be built from the same sources as $DIST.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import {
  assertSection,
  assertWorks,
  background,
  BUILT_IN_HEADLINE,
  DARK_BACKGROUND,
  DIST,
  distFile,
  EN,
  doc,
  events,
  eventually,
  openPage,
  pickTab,
  QUIET,
  runPrerender,
  scriptSafe,
  SECTION_NAMES,
  SECTIONS,
  SUMMARY,
  SUMMARY_TEXT,
  waitReady,
  widgetState,
  PANIC_DIST,
} from './helpers.mjs';


const TRUNCATED = readFileSync(new URL('../bad-summaries/02-truncated-json.json', import.meta.url), 'utf8');
const STYLESHEET = distFile(/^conference-summary-[0-9a-f]+\.css$/);
const GLUE = distFile(/^conference-summary-[0-9a-f]+\.js$/);
const WASM = distFile(/^conference-summary-[0-9a-f]+_bg\.wasm$/);
const MIB = 1024 * 1024;

/** The French interface's sentences (src/i18n/fr.rs); the English ones are EN. */
const FR = {
  title: 'Ce résumé ne peut pas être affiché.',
  http: (status) => `Le serveur a répondu avec le statut ${status}.`,
};

let browser;
let server;
let scratch;
let release; // lets the held responses go, after the tests
let snippets; // { en, fr }: prerendered snippets of the built-in summary

const hold = new Promise((resolve) => {
  release = resolve;
});

// ------------------------------------------------------------------ utilities

const withEmbed = (body, options = {}) =>
  doc({ ...options, head: '<script type="module" src="/embed.js"></script>', body });

/** The snippet's element only (no preloads, no JSON-LD, no script tag). */
const elementOnly = (html) =>
  html.slice(html.indexOf('<conference-summary'), html.indexOf('</conference-summary>') + '</conference-summary>'.length);

/** Adds `attributes` (` id="x" src="…"`) to the snippet's first <conference-summary> tag. */
const withAttributes = (html, attributes) => html.replace('<conference-summary', `<conference-summary${attributes}`);

/** HTML attribute value escaping (for src values such as `http://[`). */
const attr = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Text as the reader sees it, whitespace collapsed. */
const squash = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * A snippet from the prerender command, which must succeed; with the preloads
 * scripts/write-loader asks for in dist/snippet.html.
 */
async function snippet(...args) {
  const result = await runPrerender('--stylesheet', STYLESHEET, '--preload', GLUE, '--preload', WASM, ...args);
  assert.equal(result.code, 0, `prerender ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

const isLoopback = (url) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * Opens `url` in a fresh context, recording: console errors (`errors`) and
 * warnings (`warnings`) as their text, page errors, dialogs (dismissed),
 * every request the page makes, and requests to anywhere but loopback
 * (`outside`: aborted, so that no test reaches out of the machine).
 */
async function open(url, { colorScheme = 'light', viewport } = {}) {
  const opened = await openPage(browser, url, { colorScheme, viewport, goto: false });
  Object.assign(opened, { errors: [], warnings: [], pageErrors: [], dialogs: [], requests: [], outside: [] });
  const { page, context } = opened;
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
    if (message.type() === 'warning') opened.warnings.push(message.text());
  });
  page.on('pageerror', (error) => opened.pageErrors.push(String(error?.message ?? error)));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => opened.requests.push(request.url()));
  await context.route(
    (target) => !isLoopback(target),
    (route) => {
      opened.outside.push(route.request().url());
      return route.abort();
    },
  );
  await page.goto(url);
  return opened;
}

/** The widget's own console errors (the others are the browser's). */
const widgetErrors = (opened) => opened.errors.filter((text) => text.startsWith('conference-summary:'));

/** Waits until `id` has fired `count` error events; returns their messages. */
async function errorMessages(page, id, count = 1) {
  let messages;
  await eventually(async () => {
    const errors = (await events(page, id)).filter((event) => event.type === 'error');
    assert.equal(errors.length, count, `${id}: ${errors.length} error events, want ${count}`);
    messages = errors.map((event) => event.detail.message);
  }, { timeout: 10_000 });
  return messages;
}

/** Counts of one element's events by type. */
async function eventCounts(page, id) {
  const counts = {};
  for (const event of await events(page, id)) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}

// ---------------------------------------------------------------- set-up

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'cs-robustness-'));
  browser = await launch();
  const schemaError = structuredClone(SUMMARY);
  delete schemaError.quotes[2].speaker;
  const large = `${JSON.stringify(SUMMARY)}${' '.repeat(MIB)}`;
  server = await serve(DIST, {
    routes: {
      ...QUIET,
      // /bad-404.json: no route, no file: the server's own 404.
      '/bad-500.json': { status: 500, body: 'internal server error', type: 'text/plain' },
      '/bad-timeout.json': { body: SUMMARY_TEXT, type: 'application/json', until: hold },
      '/bad-html.json': { body: '<!doctype html><p>not JSON</p>', type: 'text/html; charset=utf-8' },
      '/bad-truncated.json': { body: TRUNCATED, type: 'application/json' },
      '/bad-large.json': { body: large, type: 'application/json' },
      '/bad-schema.json': { body: JSON.stringify(schemaError), type: 'application/json' },
    },
  });
  snippets = { en: await snippet(), fr: await snippet('--lang', 'fr') };
  assert.equal(snippets.en, readFileSync(join(DIST, 'snippet.html'), 'utf8'),
    'the prerender command and $DIST come from the same sources');
});

after(async () => {
  release();
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// ------------------------------------------------------- 1. failed src loads

/** A loopback port nothing listens on. */
async function closedPort() {
  const probe = await serve(null);
  await probe.close();
  return probe.port;
}

const LARGE_BYTES = Buffer.byteLength(JSON.stringify(SUMMARY)) + MIB;

/**
 * Each way a load fails: the src of each element (`which` is bare or pre),
 * the reason sentence and what the event's message must say.
 */
const FAILURES = [
  {
    name: 'HTTP 404',
    src: (which) => `/bad-404.json?${which}`,
    reason: EN.http(404),
    message: /: the server answered HTTP 404$/,
    browserErrors: /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
  },
  {
    name: 'HTTP 500, interface in French',
    lang: 'fr',
    src: (which) => `/bad-500.json?${which}`,
    title: FR.title,
    reason: FR.http(500),
    message: /: the server answered HTTP 500$/,
    browserErrors: /^Failed to load resource: the server responded with a status of 500 \(Internal Server Error\)$/,
  },
  {
    name: 'no answer within timeout="300"',
    timeout: 300,
    src: (which) => `/bad-timeout.json?${which}`,
    reason: EN.timeout,
    message: /: no answer within 300 ms$/,
  },
  {
    name: 'a text/html content type',
    src: (which) => `/bad-html.json?${which}`,
    reason: EN.type,
    message: /: expected JSON, the server sent "text\/html; charset=utf-8"$/,
  },
  {
    name: 'truncated JSON',
    src: (which) => `/bad-truncated.json?${which}`,
    reason: EN.json,
    message: /\/bad-truncated\.json\?(bare|pre): not valid JSON: \S/,
  },
  {
    name: 'a body over 1 MiB (valid JSON padded with spaces)',
    src: (which) => `/bad-large.json?${which}`,
    reason: EN.size,
    message: new RegExp(`/bad-large\\.json\\?(bare|pre): summary: expected at most 1048576 bytes \\(1 MiB\\), found ${LARGE_BYTES}$`),
  },
  {
    name: 'a schema error (quotes[2].speaker removed)',
    src: (which) => `/bad-schema.json?${which}`,
    reason: EN.invalid,
    message: /\/bad-schema\.json\?(bare|pre): quotes\[2\]\.speaker: missing$/,
  },
  {
    name: 'a network error (a closed loopback port)',
    src: (which, port) => `http://127.0.0.1:${port}/summary.json?${which}`,
    reason: EN.network,
    message: /: Failed to fetch$/,
    browserErrors: /^Failed to load resource: net::ERR_CONNECTION_REFUSED$/,
  },
  {
    name: 'a src that is not a URL (http://[)',
    src: (which) => `http://[${which}`,
    reason: EN.url,
    message: /^src="http:\/\/\[(bare|pre)": src is not a URL$/,
  },
];

for (const failure of FAILURES) {
  test(`src failure, ${failure.name}: error box, one event, one console error; a prerendered summary stays`, async () => {
    const port = await closedPort();
    const src = (which) => failure.src(which, port);
    const lang = failure.lang ? ` lang="${failure.lang}"` : '';
    const timeout = failure.timeout ? ` timeout="${failure.timeout}"` : '';
    const prerendered = elementOnly(failure.lang === 'fr' ? snippets.fr : snippets.en);
    const path = `/failure-${FAILURES.indexOf(failure)}.html`;
    server.route(
      path,
      withEmbed(`<conference-summary id="bare" src="${attr(src('bare'))}"${lang}${timeout}></conference-summary>
${withAttributes(prerendered, ` id="pre" src="${attr(src('pre'))}"${timeout}`)}`),
    );
    const opened = await open(`${server.url}${path}`);
    try {
      const { page } = opened;
      const [bareMessage] = await errorMessages(page, 'bare');
      const [preMessage] = await errorMessages(page, 'pre');
      await waitReady(page, 'pre');
      for (const [which, message] of [['bare', bareMessage], ['pre', preMessage]]) {
        assert.match(message, failure.message, `${which}: the event names the problem`);
        assert.ok(message.includes(src(which)) || message.includes(new URL(src(which), server.url).href),
          `${which}: the event names the src: ${message}`);
      }

      // The error box, with the title and the reason in the interface language.
      const title = failure.title ?? EN.title;
      for (const which of ['bare', 'pre']) {
        const widget = page.locator(`#${which}`);
        const alert = widget.locator('[role=alert]');
        await alert.waitFor({ state: 'visible' });
        assert.equal(await alert.count(), 1, `${which}: one error box`);
        assert.equal(await alert.getAttribute('part'), 'error');
        assert.equal(await alert.getAttribute('lang'), failure.lang ?? 'en');
        assert.equal(await alert.locator('.cs-error-title').textContent(), title);
        assert.equal(await alert.locator('p').nth(1).textContent(), failure.reason);
        const details = await alert.locator('.cs-error-details li').allTextContents();
        assert.deepEqual(details, [which === 'bare' ? bareMessage : preMessage], `${which}: the details are the message`);
      }

      // Bare: the error box and nothing else.
      const bare = page.locator('#bare');
      assert.equal(await bare.locator('article.cs').count(), 0, 'bare: no summary');
      assert.equal(await bare.locator('[role=tab]').count(), 0, 'bare: no tabs');

      // Prerendered: replaced by the widget's own render of the summary
      // (which stays), the error box above it.
      const pre = page.locator('#pre');
      assert.deepEqual(await renderState(pre), REPLACED, 'pre: replaced by its own render');
      const headline = pre.locator('h2.cs-headline');
      assert.ok(await headline.isVisible(), 'pre: the headline stays visible');
      assert.equal(await headline.textContent(), BUILT_IN_HEADLINE);
      const [alertBox, articleBox] = [
        await pre.locator('[role=alert]').boundingBox(),
        await pre.locator('article.cs').boundingBox(),
      ];
      assert.ok(alertBox.y + alertBox.height <= articleBox.y + 0.5,
        `pre: the error box is above the summary: ${JSON.stringify({ alertBox, articleBox })}`);
      assert.ok(
        await pre.evaluate((host) => {
          const root = host.shadowRoot;
          const alert = root.querySelector('[role=alert]');
          return Boolean(alert.compareDocumentPosition(root.querySelector('article.cs')) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
        'pre: the error box comes before the summary in the DOM',
      );
      await assertWorks(pre);
      assert.ok(await pre.locator('[role=alert]').isVisible(), 'pre: the error box stays while the reader uses the tabs');

      // Exactly one error event each (pre: one ready, from its own render of the prerendered summary), and one console error each.
      assert.deepEqual(await eventCounts(page, 'bare'), { error: 1 });
      const preCounts = await eventCounts(page, 'pre');
      assert.equal(preCounts.error, 1, `pre: ${JSON.stringify(preCounts)}`);
      assert.equal(preCounts.ready, 1, `pre: ${JSON.stringify(preCounts)}`);
      assert.deepEqual(
        widgetErrors(opened).sort(),
        [`conference-summary: ${bareMessage}`, `conference-summary: ${preMessage}`].sort(),
        'one console error per element, saying what the event says',
      );
      const others = opened.errors.filter((text) => !text.startsWith('conference-summary:'));
      for (const text of others) {
        assert.ok(failure.browserErrors?.test(text), `unexpected console error: ${text}`);
      }
      assert.deepEqual(opened.pageErrors, [], 'page errors');
      assert.deepEqual(opened.warnings, [], 'warnings');
    } finally {
      await opened.close();
    }
  });
}

// ---------------------------------------------------------- 2. hostile content

const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  javascript: 'javascript:alert(1)',
  template: '</template>',
  svg: '"><svg onload=alert(1)>',
  // A right-to-left override that nothing closes.
  rlo: '\u202Etxt.exe',
};
const HOSTILE_STRINGS = Object.values(HOSTILE);
const HOSTILE_QUOTE = HOSTILE_STRINGS.join(' and ');
const HOSTILE_PARAGRAPH = `Hostile markup follows: ${HOSTILE_QUOTE} and that is all.`;
/** 19,000 characters of markup, right-to-left overrides and script URLs. */
const LONG = (() => {
  const unit = `${HOSTILE.img} ${HOSTILE.script} ${HOSTILE.javascript} \u202E `;
  const text = `${unit.repeat(Math.ceil(19_000 / unit.length))}`.slice(0, 18_999);
  return `${text.trimEnd()}${'.'.repeat(19_000 - text.trimEnd().length)}`;
})();
const HOSTILE_HEADLINE = `${HOSTILE.script} ${HOSTILE.svg} ${HOSTILE.template} ${HOSTILE.rlo} headline`;
const HOSTILE_TITLE = `${HOSTILE.img} ${HOSTILE.javascript} title`;

/** A valid summary full of hostile strings (source paragraphs 10 and 11 hold them). */
function hostileSummary(url) {
  const summary = structuredClone(SUMMARY);
  summary.headline = HOSTILE_HEADLINE;
  summary.source.title = HOSTILE_TITLE;
  summary.source.paragraphs.push(HOSTILE_PARAGRAPH, LONG);
  summary.aims.push({ text: HOSTILE_PARAGRAPH, source: 10 });
  summary.participants.push({ text: HOSTILE.javascript, source: 10 }, { text: HOSTILE.rlo, source: 10 });
  summary.programme[1].items.push({ text: LONG, source: 11 });
  // Same id, so the quote count stays: another quote, word for word from paragraph 10.
  summary.quotes[3] = { ...summary.quotes[3], text: HOSTILE_QUOTE, source: 10 };
  if (url !== undefined) summary.source.url = url;
  return summary;
}

/** What a shadow root holds: its element names, and anything that could run or fetch. */
function shadowInventory(host) {
  return host.evaluate((host) => {
    const all = [...host.shadowRoot.querySelectorAll('*')];
    return {
      tags: [...new Set(all.map((element) => element.localName))].sort(),
      dangerous: all
        .filter((element) => /^(script|img|svg|iframe|object|embed|template|math|base|meta|style|form|video|audio|source|image|use|frame|frameset|portal)$/.test(element.localName))
        .map((element) => element.outerHTML.slice(0, 120)),
      handlers: all.flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
          .map((attribute) => `${element.localName} ${attribute.name}=${attribute.value.slice(0, 60)}`),
      ),
      links: all.filter((element) => element.localName === 'link').map((link) => link.href),
      anchors: all.filter((element) => element.localName === 'a').map((a) => a.getAttribute('href')),
      text: host.shadowRoot.textContent,
    };
  });
}

/**
 * shadowInventory over every section in turn (only the panel shown has
 * content), merged; `texts` are the `.cs-text` items of every panel. Ends on
 * the overview.
 */
async function inventoryAcross(widget) {
  const merged = { tags: new Set(), dangerous: [], handlers: [], links: [], anchors: [], text: '', texts: [] };
  for (const section of [...SECTIONS.slice(1), SECTIONS[0]]) {
    await pickTab(widget, section);
    const one = await shadowInventory(widget);
    one.tags.forEach((tag) => merged.tags.add(tag));
    for (const key of ['dangerous', 'handlers', 'links', 'anchors']) {
      for (const item of one[key]) if (!merged[key].includes(item)) merged[key].push(item);
    }
    merged.text += one.text;
    merged.texts.push(...(await widget.locator(`#cs-panel-${section} .cs-text`).allTextContents()));
  }
  return { ...merged, tags: [...merged.tags].sort() };
}

/**
 * How a widget is styled and what is left of prerendered markup: the
 * prerendered link to this build's stylesheet, kept and loaded, then its own
 * render in one mount; no sheet adopted, no `data-cs-render` fingerprint.
 */
function renderState(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    return {
      top: [...root.children].map((child) => `${child.localName}.${child.classList[0]}`),
      sheets: root.adoptedStyleSheets.length,
      links: [...root.querySelectorAll('link')].map((link) => `${link.getAttribute('href')} ${link.sheet ? 'loaded' : 'not loaded'}`),
      fingerprints: root.querySelectorAll('[data-cs-render]').length,
    };
  });
}
const REPLACED = { top: ['link.undefined', 'div.cs-mount'], sheets: 0, links: [`${STYLESHEET} loaded`], fingerprints: 0 };
/** A widget rendered by the client: one mount, the page's shared sheet adopted. */
const RENDERED = { top: ['div.cs-mount'], sheets: 1, links: [], fingerprints: 0 };

/** What the whole document holds that could run or fetch. */
function documentInventory(page) {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].map((script) => script.type || 'classic'),
    dangerous: [...document.querySelectorAll('img, svg, iframe, object, embed, frame, video, audio')].map(
      (element) => element.outerHTML.slice(0, 120),
    ),
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name),
    ),
  }));
}

/** The paths the page may ask its server for. */
const ALLOWED_PATHS = (page, json) =>
  new Set([page, json, '/embed.js', `/${GLUE}`, `/${WASM}`, `/${STYLESHEET}`, '/favicon.ico'].filter(Boolean));

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

test('hostile content via src, inline and prerendered renders as inert text: no dialog, no request, no element of its own', async () => {
  const summary = hostileSummary();
  const json = JSON.stringify(summary);
  const file = join(scratch, 'hostile.json');
  writeFileSync(file, json);
  const prerendered = await snippet('--src', file);

  // The snippet itself: every hostile string is escaped in it.
  for (const needle of ['<img', '<svg', '<script>alert']) {
    assert.ok(!prerendered.includes(needle), `the snippet holds ${needle} unescaped`);
  }
  assert.equal(prerendered.split('</template>').length - 1, 1, 'one </template>: the shadow root’s own');
  assert.equal(prerendered.split('<script').length - 1, 3, 'three scripts: inline JSON, JSON-LD, embed.js');
  assert.equal(prerendered.split('</script>').length - 1, 3, 'three </script>: theirs');

  const own = await serve(DIST, {
    routes: {
      ...QUIET,
      '/hostile.json': { body: json, type: 'application/json' },
      '/hostile.html': withEmbed(`<conference-summary id="via-src" src="/hostile.json"></conference-summary>
<conference-summary id="via-inline"><script type="application/json">${scriptSafe(json)}</script></conference-summary>
${withAttributes(prerendered, ' id="via-prerender"')}
<conference-summary id="control"></conference-summary>`),
    },
  });
  const opened = await open(`${own.url}/hostile.html`);
  try {
    const { page } = opened;
    const ids = ['via-src', 'via-inline', 'via-prerender'];
    for (const id of [...ids, 'control']) await waitReady(page, id);
    assert.deepEqual(await renderState(page.locator('#via-prerender')), REPLACED,
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
        prerendered ? [`${own.url}/${STYLESHEET}`] : [],
        label(prerendered ? 'the link it came with' : 'no link: the page\'s one sheet, adopted'),
      );
      assert.deepEqual(
        await renderState(widget),
        prerendered ? REPLACED : RENDERED,
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

    // Let anything that might have been planted run (a frame and a task).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
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
      ...QUIET,
      '/rlo.html': withEmbed(`<conference-summary id="w" section="participants"><script type="application/json">${scriptSafe(json)}</script></conference-summary>`),
    },
  });
  const opened = await open(`${own.url}/rlo.html`);
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
  const evilFile = join(scratch, 'evil-url.json');
  const goodFile = join(scratch, 'good-url.json');
  writeFileSync(evilFile, evil);
  writeFileSync(goodFile, good);

  // The prerender command refuses the javascript: URL and renders the https: one.
  const refused = await runPrerender('--stylesheet', STYLESHEET, '--src', evilFile);
  assert.notEqual(refused.code, 0, 'prerender accepted source.url javascript:');
  assert.match(refused.stderr, /source\.url: expected an https:, http: or mailto: URL, found "javascript:alert\(1\)"/);
  assert.equal(refused.stdout, '');
  const linked = await snippet('--src', goodFile);

  const own = await serve(DIST, {
    routes: {
      ...QUIET,
      '/evil.json': { body: evil, type: 'application/json' },
      '/good.json': { body: good, type: 'application/json' },
      '/urls.html': withEmbed(`<conference-summary id="evil-src" src="/evil.json"></conference-summary>
<conference-summary id="evil-inline"><script type="application/json">${scriptSafe(evil)}</script></conference-summary>
<conference-summary id="good-src" src="/good.json"></conference-summary>
<conference-summary id="good-inline"><script type="application/json">${scriptSafe(good)}</script></conference-summary>
${withAttributes(elementOnly(linked), ' id="good-prerender"')}`),
    },
  });
  const opened = await open(`${own.url}/urls.html`);
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
      assert.equal(await widget.locator('[role=alert] p').nth(1).textContent(), EN.invalid);
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
    assert.deepEqual(await renderState(page.locator('#good-prerender')), REPLACED, 'replaced by its own render');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
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

// ------------------------------------------------------ 3. attribute values

test('unknown theme, section and lang fall back to the default with one warning each, not repeated when another attribute changes', async () => {
  server.route(
    '/attributes.html',
    withEmbed(`<conference-summary id="theme" theme="purple"></conference-summary>
<conference-summary id="section" section="nowhere"></conference-summary>
<conference-summary id="lang" lang="xx"></conference-summary>`),
  );
  // A dark colour scheme: `auto`, the default theme, follows it.
  const opened = await open(`${server.url}/attributes.html`, { colorScheme: 'dark' });
  try {
    const { page } = opened;
    for (const id of ['theme', 'section', 'lang']) await waitReady(page, id);
    const expected = [
      /^conference-summary: theme="purple" is not auto, light or dark; using auto$/,
      /^conference-summary: section="nowhere" is not a section \(overview, quotes, programme, participants, funders\); showing overview$/,
      /^conference-summary: lang="xx" is not a language the interface speaks \([a-z, ]+\); using English$/,
    ];
    const assertWarnings = (patterns, when) => {
      assert.equal(opened.warnings.length, patterns.length, `${when}: ${JSON.stringify(opened.warnings, null, 1)}`);
      for (const pattern of patterns) {
        assert.equal(opened.warnings.filter((text) => pattern.test(text)).length, 1, `${when}: one warning matching ${pattern}`);
      }
    };
    await eventually(async () => assertWarnings(expected, 'on connect'));

    // The defaults.
    assert.equal(await background(page.locator('#theme')), DARK_BACKGROUND, 'theme: auto (follows the dark scheme)');
    const section = await widgetState(page.locator('#section'));
    assert.deepEqual([section.selected, section.shownPanels], [['overview'], ['overview']], 'section: overview');
    assert.deepEqual(await page.locator('#lang [role=tab]').allTextContents(), SECTION_NAMES, 'lang: English');
    assert.equal(await page.locator('#lang .cs-kicker').textContent(), 'Conference summary');

    // Other attributes change: no warning again.
    for (const id of ['theme', 'section', 'lang']) {
      const widget = page.locator(`#${id}`);
      await widget.evaluate((host) => host.setAttribute('expanded', ''));
      // Only the panel shown has content: the quotes are seen open once shown.
      await pickTab(widget, 'quotes');
      await eventually(async () => assert.equal((await widgetState(widget)).openQuotes.length, SUMMARY.quotes.length, `${id}: expanded`));
    }
    for (const id of ['theme', 'lang']) {
      const widget = page.locator(`#${id}`);
      await widget.evaluate((host) => host.setAttribute('section', 'funders'));
      await assertSection(widget, 'funders');
    }
    await page.locator('#section').evaluate((host) => host.setAttribute('theme', 'light'));
    await pickTab(page.locator('#section'), 'quotes');
    await assertSection(page.locator('#section'), 'quotes');
    // A round trip through every widget, so that any warning would be in by now.
    for (const id of ['theme', 'section', 'lang']) await widgetState(page.locator(`#${id}`));
    assertWarnings(expected, 'after other attributes changed');

    // The bad attribute itself changes to another unknown value: one warning more.
    await page.locator('#theme').evaluate((host) => host.setAttribute('theme', 'neon'));
    await eventually(async () =>
      assertWarnings([...expected, /^conference-summary: theme="neon" is not auto, light or dark; using auto$/], 'theme changed'),
    );
    assert.deepEqual(opened.errors, [], 'console errors');
    assert.deepEqual(opened.pageErrors, [], 'page errors');
  } finally {
    await opened.close();
  }
});

// ------------------------------------------------------ 4. panic recovery

// `panic-probe` panics during the element's call into the wasm; `panic-probe-later`
// in a task the call spawns, as a panic in a render or an event listener would.
for (const probe of ['panic-probe', 'panic-probe-later']) test(`a panic in one of three elements (section="${probe}"): that one shows the error box, the others and a new one keep working`, async (t) => {
  assert.ok(
    existsSync(join(PANIC_DIST, 'embed.js')),
    `no panic-probe build in ${PANIC_DIST}: run \`scripts/release-build --features panic-probe --dist ${PANIC_DIST}\`, or set PANIC_DIST`,
  );
  const panicStylesheet = readdirSync(PANIC_DIST).find((file) => /^conference-summary-[0-9a-f]+\.css$/.test(file));
  const own = await serve(PANIC_DIST, {
    routes: {
      ...QUIET,
      '/panic.html': withEmbed(`<conference-summary id="one"></conference-summary>
<conference-summary id="two"></conference-summary>
<conference-summary id="three" section="quotes"></conference-summary>`),
    },
  });
  const opened = await open(`${own.url}/panic.html`);
  try {
    const { page } = opened;
    for (const id of ['one', 'two', 'three']) await waitReady(page, id);
    // The page's one stylesheet, adopted by every widget, kept across the restart.
    await page.evaluate(() => {
      window.__sheet = document.querySelector('#one').shadowRoot.adoptedStyleSheets[0];
    });
    await page.locator('#two').evaluate((host, section) => host.setAttribute('section', section), probe);

    // The panicking element: the error box, one error event.
    const [message] = await errorMessages(page, 'two');
    assert.match(message, /^internal error: RuntimeError: unreachable/);
    const two = page.locator('#two');
    const alert = two.locator('[role=alert]');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.locator('p').nth(1).textContent(), EN.internal);
    assert.equal(await two.locator('article.cs').count(), 0);

    // The others move to a fresh instance (a second ready event) and work.
    await waitReady(page, 'one', 2);
    await waitReady(page, 'three', 2);
    for (const id of ['one', 'three']) {
      const widget = page.locator(`#${id}`);
      const before = (await events(page, id)).length;
      await assertWorks(widget);
      const fired = (await events(page, id)).slice(before).map((event) => event.type);
      assert.ok(fired.includes('section-change'), `${id}: section-change fires after the panic: ${fired}`);
      assert.ok(fired.includes('quote-toggle'), `${id}: quote-toggle fires after the panic: ${fired}`);
      assert.equal(await widget.locator('[role=alert]').count(), 0, `${id}: no error box`);
    }

    // An element added later works.
    await page.evaluate(() => {
      const element = document.createElement('conference-summary');
      element.id = 'four';
      document.body.append(element);
    });
    await waitReady(page, 'four');
    await assertWorks(page.locator('#four'));

    // One console error, the loader's; one error event, on #two only.
    const internal = opened.errors.filter((text) => /internal error/.test(text));
    assert.equal(internal.length, 1, `console errors: ${JSON.stringify(opened.errors, null, 1)}`);
    assert.match(internal[0], /^conference-summary: internal error: RuntimeError: unreachable/);
    assert.deepEqual(opened.errors, internal, 'no other console error');
    for (const id of ['one', 'three', 'four']) {
      assert.equal((await eventCounts(page, id)).error, undefined, `${id}: no error event`);
    }
    assert.deepEqual(
      await page.evaluate(() =>
        ['one', 'two', 'three', 'four'].map((id) => {
          const root = document.getElementById(id).shadowRoot;
          return [id, root.adoptedStyleSheets.length, root.adoptedStyleSheets[0] === window.__sheet, root.querySelectorAll('link').length];
        }),
      ),
      [['one', 1, true, 0], ['two', 1, true, 0], ['three', 1, true, 0], ['four', 1, true, 0]],
      'one shared sheet before and after the restart, no link',
    );
    assert.equal(own.requests.filter((path) => path === `/${panicStylesheet}`).length, 1, 'the stylesheet fetched once');
    t.diagnostic(`panic message: ${message.split('\n')[0]}`);
    t.diagnostic(`page errors: ${JSON.stringify(opened.pageErrors)}; warnings: ${JSON.stringify(opened.warnings)}`);
    // The loader handles the trap: the page sees no uncaught error.
    assert.deepEqual(opened.pageErrors, [], 'page errors');
  } finally {
    await opened.close();
    await own.close();
  }
});

test("a trap in the host page's own WebAssembly is the page's: the widgets neither restart nor report it", async () => {
  const own = await serve(DIST, {
    routes: {
      ...QUIET,
      '/host-trap.html': withEmbed('<conference-summary id="one"></conference-summary>'),
    },
  });
  const opened = await open(`${own.url}/host-trap.html`);
  try {
    const { page } = opened;
    await waitReady(page, 'one');
    // (module (func (export "trap") unreachable)), called from a timer: an
    // uncaught RuntimeError like the ones the loader handles, but not ours.
    await page.evaluate(() => {
      const bytes = new Uint8Array([
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00,
        0x07, 0x08, 0x01, 0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, 0x0a, 0x05, 0x01, 0x03, 0x00, 0x00, 0x0b,
      ]);
      const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
      setTimeout(() => exports.trap());
    });
    await eventually(() => assert.equal(opened.pageErrors.length, 1, 'the page sees its own trap'));
    assert.match(opened.pageErrors[0], /unreachable/);

    await assertWorks(page.locator('#one'));
    const counts = await eventCounts(page, 'one');
    assert.equal(counts.ready, 1, 'no restart: one ready event');
    assert.equal(counts.error, undefined, 'no error event');
    assert.deepEqual(widgetErrors(opened), [], "no console error of the widget's");
    assert.equal(await page.locator('#one [role=alert]').count(), 0, 'no error box');
  } finally {
    await opened.close();
    await own.close();
  }
});
