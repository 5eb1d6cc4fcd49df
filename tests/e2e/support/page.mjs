// Chromium pages for the tests, the screenshots and the benchmark: Debian's
// chromium driven by playwright-core (no browser download); `open`, the one
// way a test opens a page, and the assertions on what the page said; a test
// file's browser and server (useBrowserAndBuild), with `visit`, the shape
// most tests take.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { DIST } from './build.mjs';
import { installRecorder } from './recorder.mjs';
import { serve } from './server.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';


/** The viewport a page gets unless a test asks for another. */
export const VIEWPORT = { width: 1024, height: 900 };

/** Launches headless Chromium ($CHROMIUM, else /usr/bin/chromium). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

const isLoopback = (url) => url.protocol === 'file:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);

/**
 * Opens `url` in a fresh context of `browser`, with the recorder
 * (recorder.mjs) in every page, and hears what the page says:
 *   problems    console errors (with where they come from) and page errors
 *   errors, warnings   console errors and warnings, as their text
 *   messages    every console message's text
 *   csp         console messages about the Content Security Policy
 *   pageErrors  uncaught errors, as their message
 *   dialogs     alerts, confirms and prompts (each dismissed)
 *   requests    the URL of every request
 *   outside     with `loopbackOnly`, the requests to anywhere but loopback,
 *               aborted, so that no test reaches out of the machine
 * Options: colorScheme, viewport, deviceScaleFactor, javaScriptEnabled; `init`, a function run in
 * every page before its scripts; `recorder: false` where the recorder's own
 * memory would skew a measurement; `goto: false` to navigate later (the
 * context is then the caller's to prepare), else `waitUntil` for page.goto.
 */
export async function open(browser, url, options = {}) {
  const { colorScheme = 'light', viewport = VIEWPORT, deviceScaleFactor = 1, javaScriptEnabled = true } = options;
  const { init, loopbackOnly = false } = options;
  const context = await browser.newContext({ colorScheme, viewport, deviceScaleFactor, javaScriptEnabled });
  if (options.recorder ?? true) await installRecorder(context);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const opened = {
    page,
    context,
    problems: [],
    errors: [],
    warnings: [],
    messages: [],
    csp: [],
    pageErrors: [],
    dialogs: [],
    requests: [],
    outside: [],
    close: () => context.close(),
  };
  page.on('console', (message) => {
    const text = message.text();
    opened.messages.push(text);
    if (/content security policy/i.test(text)) opened.csp.push(text);
    if (message.type() === 'warning') opened.warnings.push(text);
    if (message.type() === 'error') {
      opened.errors.push(text);
      const where = message.location()?.url;
      opened.problems.push(`console.error: ${text}${where ? ` (${where})` : ''}`);
    }
  });
  page.on('pageerror', (error) => {
    opened.pageErrors.push(String(error?.message ?? error));
    opened.problems.push(`page error: ${error.message}`);
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('request', (request) => opened.requests.push(request.url()));
  if (loopbackOnly) {
    await context.route(
      (target) => !isLoopback(target),
      (route) => {
        opened.outside.push(route.request().url());
        return route.abort();
      },
    );
  }
  if (options.goto ?? true) await page.goto(url, { waitUntil: options.waitUntil ?? 'load' });
  return opened;
}

/** Asserts no console errors or page errors were seen, but those matching `allowed`. */
export function assertNoProblems(problems, allowed = []) {
  const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
  assert.deepEqual(unexpected, [], 'console errors or page errors');
}

/** What a console message of a panic says. */
const PANIC = /unreachable|panicked|RuntimeError/i;

/** Asserts a page from open() saw no warning, no console error or page error, and nothing that looks like a panic. */
export function assertClean(opened) {
  assert.deepEqual(opened.warnings, [], 'console warnings');
  assertNoProblems(opened.problems);
  assert.deepEqual(opened.messages.filter((text) => PANIC.test(text)), [], 'panics');
}

/**
 * Pages of `session.server` in `session.browser` (both read when called),
 * added to `session`:
 *   open(path, options)  opens a path of that server (open's options)
 *   visit(path, options, body)  the shape of most tests: serves `options.html`
 *       at `path` if given, opens it, runs `body(opened)`, asserts that the
 *       page saw no console error or page error (but those matching
 *       `options.allowed`), and closes it whatever happened; `options` may
 *       be left out
 */
function withPages(session) {
  session.open = (path, options) => open(session.browser, `${session.server.url}${path}`, options);
  session.visit = async (path, options, body) => {
    const { html, allowed, ...openOptions } = body ? options : {};
    if (html !== undefined) session.server.route(path, html);
    const opened = await session.open(path, openOptions);
    try {
      await (body ?? options)(opened);
      assertNoProblems(opened.problems, allowed);
    } finally {
      await opened.close();
    }
  };
  return session;
}

/** `browser` and `server` with open and visit (withPages), for a script that is not a test. */
export const pagesOf = (browser, server) => withPages({ browser, server });

/**
 * One browser and one server of the release build for all the tests of a
 * file: registers the hooks that start them before the tests and stop them
 * after. The server has `routes` besides the build's files. Returns the
 * session whose `browser` and `server` the tests use once started, with
 * open and visit (withPages).
 */
export function useBrowserAndBuild(routes = {}) {
  const session = withPages({ browser: null, server: null });
  before(async () => {
    session.browser = await launch();
    session.server = await serve(DIST, { routes });
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
