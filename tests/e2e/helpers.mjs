// Shared by the *.test.mjs files (this file is not a test: node --test only runs
// files named like *.test.mjs). Everything here waits for conditions, never for time.
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { after, before } from 'node:test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The release build under test: $DIST, else dist/ at the root of the repository. */
export const DIST = process.env.DIST
  ? resolve(process.env.DIST)
  : fileURLToPath(new URL('../../dist', import.meta.url));

/** The build with the `panic-probe` feature: $PANIC_DIST, else target/panic-probe-dist. */
export const PANIC_DIST = process.env.PANIC_DIST
  ? resolve(process.env.PANIC_DIST)
  : fileURLToPath(new URL('../../target/panic-probe-dist', import.meta.url));

if (!existsSync(join(DIST, 'embed.js'))) {
  throw new Error(
    `no release build in ${DIST} (embed.js is missing): run \`scripts/release-build\` first, or set DIST`,
  );
}

/** The name of the file in the build whose name matches `pattern`. */
export function distFile(pattern) {
  const name = readdirSync(DIST).find((file) => pattern.test(file));
  if (!name) throw new Error(`no file matching ${pattern} in ${DIST}`);
  return name;
}

export const SECTIONS = ['overview', 'quotes', 'programme', 'participants', 'funders'];
/** The sections' names in the English interface (src/i18n/en.rs), in the same order. */
export const SECTION_NAMES = ['Overview', 'Quotes', 'Programme', 'Participants', 'Funders'];
export const QUOTE_IDS = [
  'carty-global-crisis',
  'carty-victims-younger',
  'carty-primary-aim',
  'carty-connect-the-dots',
  'carty-borderless-crimes',
  'perez-testimony',
];
/** The interface's sentences (src/i18n/en.rs, src/i18n/fr.rs). */
export const EN = {
  title: 'This summary cannot be shown.',
  http: (status) => `The server answered with status ${status}.`,
  type: 'The server did not send JSON.',
  timeout: 'The server did not answer in time.',
  network: 'The network request failed.',
  url: 'The summary’s address is not valid.',
  size: 'The summary is too large (over 1 MiB).',
  json: 'The summary is not valid JSON.',
  invalid: 'The summary does not follow the format.',
  internal: 'Something went wrong inside the widget.',
};

export const FUNDERS = ['Spain', 'France', 'the United States', 'Belgium'];
export const BUILT_IN_HEADLINE =
  'Co-operation crucial to combat spread of child pornography online, highlights OSCE Vienna conference';

/** Computed colours of the two themes (assets/conference-summary.css). */
export const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';
export const DARK_BACKGROUND = 'rgb(21, 25, 30)';

/** Routes every test server gets: browsers ask for a favicon. */
export const QUIET = { '/favicon.ico': { status: 204, type: 'image/x-icon' } };

/** The built-in summary: assets/summary.json as written, and parsed. */
export const SUMMARY_TEXT = readFileSync(new URL('../../assets/summary.json', import.meta.url), 'utf8');
export const SUMMARY = JSON.parse(SUMMARY_TEXT);

/** A valid summary that differs from the built-in one only in its headline. */
export function alternativeSummary(headline) {
  return JSON.stringify({ ...SUMMARY, headline });
}

/** JSON that can stand inside a <script> element. */
export const scriptSafe = (json) => json.replaceAll('<', '\\u003c');

/** A complete HTML document. */
export function doc({ head = '', body = '', lang = 'en', title = 'host page' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

// Runs in every page before its own scripts (CDP, so a page's CSP does not
// stop it): records the widget's events as the host page sees them on
// window, and every Content-Security-Policy violation.
const RECORDER = () => {
  window.__cs = { events: [], violations: [] };
  for (const type of ['ready', 'section-change', 'quote-toggle', 'error']) {
    window.addEventListener(`conference-summary:${type}`, (event) => {
      window.__cs.events.push({
        type,
        target: event.target.id || event.target.localName,
        detail: JSON.parse(JSON.stringify(event.detail ?? null)),
        bubbles: event.bubbles,
        composed: event.composed,
        custom: event instanceof CustomEvent,
      });
    });
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cs.violations.push({
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      sample: event.sample,
    });
  });
};

/**
 * Opens `url` in a fresh context. `problems` collects console errors and page
 * errors; `csp` collects console messages about the Content Security Policy.
 */
export async function openPage(browser, url, { colorScheme = 'light', viewport, goto = true } = {}) {
  const context = await browser.newContext({
    colorScheme,
    viewport: viewport ?? { width: 1024, height: 900 },
  });
  await context.addInitScript(RECORDER);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  const csp = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) csp.push(message.text());
    if (message.type() === 'error') {
      const where = message.location()?.url;
      problems.push(`console.error: ${message.text()}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  if (goto) await page.goto(url);
  return { page, context, problems, csp, close: () => context.close() };
}

/** Retries `check` (which throws on failure) until it passes or `timeout` ms pass. */
export async function eventually(check, { timeout = 5000, interval = 25 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The widget's events recorded on the page, optionally only those of one element. */
export async function events(page, target) {
  const all = await page.evaluate(() => window.__cs.events);
  return target ? all.filter((event) => event.target === target) : all;
}

/** Events as [type, detail] pairs, for compact comparisons. */
export const brief = (list) => list.map((event) => [event.type, event.detail]);

/** Waits until `target` has fired `count` ready events and its content shows. */
export async function waitReady(page, target, count = 1) {
  await eventually(async () => {
    const ready = (await events(page, target)).filter((event) => event.type === 'ready');
    assert.ok(ready.length >= count, `${target}: ${ready.length} ready events, want ${count}`);
  }, { timeout: 15_000 });
  await page.locator(`#${target} article.cs h2.cs-headline`).waitFor({ state: 'visible' });
}

/** Everything a test checks about one widget's state, read from its shadow root. */
export function widgetState(widget) {
  return widget.evaluate((host) => {
    const root = host.shadowRoot;
    const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
    const strip = (prefix) => (element) => element.id.slice(prefix.length);
    return {
      attribute: host.getAttribute('section'),
      property: host.section,
      selected: all('[role=tab][aria-selected="true"]').map(strip('cs-tab-')),
      tabStops: all('[role=tab][tabindex="0"]').map(strip('cs-tab-')),
      selectedPart: all('[role=tab][part~="tab-selected"]').map(strip('cs-tab-')),
      shownPanels: all('[role=tabpanel]:not([hidden])').map(strip('cs-panel-')),
      openQuotes: all('.cs-quote-toggle[aria-expanded="true"]').map((button) =>
        button.closest('.cs-quote').id.slice('cs-quote-'.length),
      ),
      expandAll: root?.querySelector('.cs-button')?.textContent ?? null,
      headline: root?.querySelector('h2.cs-headline')?.textContent ?? null,
      alert: root?.querySelector('[role=alert]')?.textContent ?? null,
    };
  });
}

/** Asserts the widget shows `section` in every way it can say so. */
export async function assertSection(widget, section) {
  await eventually(async () => {
    const state = await widgetState(widget);
    assert.deepEqual(
      {
        // An absent attribute means the default section.
        attribute: state.attribute ?? (section === 'overview' ? 'overview' : null),
        property: state.property,
        selected: state.selected,
        tabStops: state.tabStops,
        selectedPart: state.selectedPart,
        shownPanels: state.shownPanels,
      },
      {
        attribute: section,
        property: section,
        selected: [section],
        tabStops: [section],
        selectedPart: [section],
        shownPanels: [section],
      },
    );
  });
}

/** Asserts exactly these quotes are open (in summary order). */
export async function assertOpenQuotes(widget, ids) {
  await eventually(async () => {
    assert.deepEqual((await widgetState(widget)).openQuotes, ids);
  });
}

/** Clicks the tab of `section` and waits until it is shown. */
export async function pickTab(widget, section) {
  await widget.locator(`#cs-tab-${section}`).click();
  await widget.locator(`#cs-panel-${section}`).waitFor({ state: 'visible' });
}

/** Clicks the toggle of one quote. */
export function toggleQuote(widget, id) {
  return widget.locator(`#cs-quote-${id} .cs-quote-toggle`).click();
}

/** Computed background colour of the widget's card. */
export function background(widget) {
  return widget
    .locator('article.cs')
    .evaluate((article) => getComputedStyle(article).backgroundColor);
}

/** Asserts no console errors or page errors were seen, but those matching `allowed`. */
export function assertNoProblems(problems, allowed = []) {
  const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
  assert.deepEqual(unexpected, [], 'console errors or page errors');
}

/** A tab click, a quote toggle and the expand-all button all work. */
export async function assertWorks(widget) {
  const start = (await widgetState(widget)).attribute ?? 'overview';
  const other = start === 'funders' ? 'programme' : 'funders';
  await pickTab(widget, other);
  await assertSection(widget, other);
  if (other === 'funders') {
    assert.deepEqual(
      await widget.locator('ul.cs-funders > li > .cs-text').allTextContents(),
      FUNDERS,
    );
  }
  await pickTab(widget, 'quotes');
  await assertSection(widget, 'quotes');
  const open = (await widgetState(widget)).openQuotes;
  assert.equal(await widget.locator('li.cs-quote').count(), QUOTE_IDS.length);
  const first = widget.locator('#cs-quote-perez-testimony .cs-quote-toggle');
  const was = await first.getAttribute('aria-expanded');
  await first.click();
  await eventually(async () =>
    assert.equal(await first.getAttribute('aria-expanded'), was === 'true' ? 'false' : 'true'),
  );
  await first.click();
  await assertOpenQuotes(widget, open);
}

// ------------------------------------------- added for the robustness tests

/** The root of the repository (where Cargo.toml is), or $PRERENDER_ROOT. */
export const REPO_ROOT = process.env.PRERENDER_ROOT
  ? resolve(process.env.PRERENDER_ROOT)
  : fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs the prerender command (`cargo run --features ssr --bin prerender --
 * …args`) in REPO_ROOT; resolves to { code, stdout, stderr }, never rejects.
 * It must be built from the same sources as $DIST, whose render it writes.
 */
export async function runPrerender(...args) {
  const { execFile } = await import('node:child_process');
  const { delimiter } = await import('node:path');
  const home = process.env.HOME ?? '';
  return new Promise((done) => {
    execFile(
      'cargo',
      ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'prerender', '--', ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, PATH: `${join(home, '.cargo', 'bin')}${delimiter}${process.env.PATH}` },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 600_000,
      },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/**
 * One browser and one server of the build, for all the tests of a file:
 * registers the hooks that start them before the tests and stop them after.
 * The server has `routes` besides the build's files. Returns the session whose
 * `browser` and `server` the tests use once started.
 */
export function useBrowserAndBuild(routes = {}) {
  const session = { browser: null, server: null };
  before(async () => {
    session.browser = await launch();
    session.server = await serve(DIST, { routes: { ...QUIET, ...routes } });
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
