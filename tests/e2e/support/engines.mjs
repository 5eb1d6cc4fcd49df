// The three browser engines behind one small page API, for the cross-engine
// tests (cross-engine-*.test.mjs).
//
//   chromium  Debian's chromium, Playwright (playwright-core, page.mjs)
//   firefox   Firefox ESR, WebDriver BiDi through puppeteer-core (no geckodriver)
//   webkit    WebKitGTK's MiniBrowser, WebDriver classic through selenium-webdriver
//             and WebKitWebDriver, under Xvfb (`xvfb-run -a`)
//
// `eachEngine(cases)` registers a file's cases once per engine, each engine a
// suite with one browser; `startEngine(name)` starts one browser, whose
// `newPage()` opens a fresh page (a new context in Chromium and Firefox, a
// new window in WebKit) with:
//   goto(url)            navigates and waits for the load event
//   evaluate(fn, arg)    runs `fn(arg)` in the page (awaited); the result goes
//                        through JSON, so it must be JSON-able
//   click(x, y)          a real mouse click at viewport coordinates
//   press(key)           a real key press: Tab, Enter, Space, ArrowRight,
//                        ArrowLeft, Home, End
//   record()             what the recorder (recorder.mjs) saw: console warnings
//                        and errors, uncaught errors, widget events, CSP violations
//   close()
// Console messages are collected the same way in every engine: the test pages
// load the recorder first (RECORDER_TAG, a file the test server serves).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { launch as launchChromium, VIEWPORT } from './page.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const MINIBROWSER =
  process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const KEYS = ['Tab', 'Enter', 'Space', 'ArrowRight', 'ArrowLeft', 'Home', 'End'];

/** The page-side expression that runs `fn(arg)` and hands back its result as JSON text. */
const expression = (fn, arg) =>
  `(async () => JSON.stringify((await (${fn})(${JSON.stringify(arg ?? null)})) ?? null))()`;

function checkKey(key) {
  if (!KEYS.includes(key)) throw new Error(`press: ${key} is not one of ${KEYS.join(', ')}`);
}

/** Starts a browser of `name` (one of ENGINES); resolves to { name, newPage, close }. */
export async function startEngine(name) {
  switch (name) {
    case 'chromium':
      return startChromium();
    case 'firefox':
      return startFirefox();
    case 'webkit':
      return startWebKit();
    default:
      throw new Error(`unknown engine ${name}: one of ${ENGINES.join(', ')}`);
  }
}

/**
 * Registers `cases(pageTest, engineName)` once for each engine, in a suite
 * that starts that engine's browser before its tests and closes it after.
 * `pageTest(name, body, options)` registers a test named after the engine
 * whose body gets a fresh page (closed afterwards) and the test context.
 */
export function eachEngine(cases) {
  for (const engineName of ENGINES) {
    describe(engineName, () => {
      let engine;
      before(async () => {
        engine = await startEngine(engineName);
      });
      after(() => engine?.close());
      const pageTest = (name, body, options = {}) =>
        test(`${engineName}: ${name}`, options, async (t) => {
          const tab = await engine.newPage();
          try {
            await body(tab, t);
          } finally {
            await tab.close();
          }
        });
      cases(pageTest, engineName);
    });
  }
}

// ------------------------------------------------------------- Chromium

async function startChromium() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    async newPage() {
      const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return commonPage({
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        evaluate: (source) => page.evaluate(source),
        click: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

// -------------------------------------------------------------- Firefox

async function startFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: VIEWPORT,
    // No update checks, telemetry or other calls out of the machine.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  return {
    name: 'firefox',
    async newPage() {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.setViewport(VIEWPORT);
      return commonPage({
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        evaluate: (source) => page.evaluate(source),
        click: (x, y) => page.mouse.click(x, y),
        // WebDriver BiDi names the space bar by its character.
        press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

// --------------------------------------------------------------- WebKit

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Process groups of the WebKitWebDriver instances still running, killed on exit in any case. */
const driverGroups = new Set();
process.on('exit', () => {
  for (const group of driverGroups) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Kills a process group and waits until its leader has exited. */
async function killGroup(child) {
  if (!driverGroups.delete(child.pid)) return;
  const exited = child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5_000);
  await exited;
  clearTimeout(timer);
}

async function startWebKit() {
  const { Builder, Key } = await import('selenium-webdriver');
  const port = await freePort();
  // Its own process group (detached), so that Xvfb, the driver and the
  // browser's processes all go with one kill.
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', 'WebKitWebDriver', `--port=${port}`],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  driverGroups.add(child.pid);
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const server = `http://127.0.0.1:${port}`;
  let driver;
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${stderr}`);
      try {
        if ((await fetch(`${server}/status`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on port ${port}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    driver = await new Builder()
      .usingServer(server)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  } catch (error) {
    await driver?.quit().catch(() => {});
    await killGroup(child);
    throw error;
  }
  const first = await driver.getWindowHandle();
  const keys = {
    Tab: Key.TAB,
    Enter: Key.ENTER,
    // WebKitWebDriver turns the character into a space key press.
    Space: ' ',
    ArrowRight: Key.ARROW_RIGHT,
    ArrowLeft: Key.ARROW_LEFT,
    Home: Key.HOME,
    End: Key.END,
  };
  return {
    name: 'webkit',
    async newPage() {
      // One session for the whole file (a WebKit session is slow to start);
      // each page is a new window, closed again by close().
      await driver.switchTo().newWindow('window');
      const handle = await driver.getWindowHandle();
      await driver.manage().window().setRect(VIEWPORT);
      return commonPage({
        goto: async (url) => {
          await driver.switchTo().window(handle);
          await driver.get(url);
        },
        evaluate: async (source) => {
          await driver.switchTo().window(handle);
          const result = await driver.executeAsyncScript(
            `const done = arguments[arguments.length - 1];
             ${source}.then((json) => done({ json }), (error) => done({ error: String(error && error.stack || error) }));`,
          );
          if (result?.error !== undefined) throw new Error(`evaluate failed in the page: ${result.error}`);
          return result.json;
        },
        click: (x, y) => driver.actions().move({ x, y, origin: 'viewport' }).click().perform(),
        press: (key) => driver.actions().keyDown(keys[key]).keyUp(keys[key]).perform(),
        close: async () => {
          await driver.switchTo().window(handle);
          await driver.close();
          await driver.switchTo().window(first);
        },
      });
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        await killGroup(child);
      }
    },
  };
}

// ------------------------------------------------------------ the page API

function commonPage(raw) {
  const page = {
    goto: (url) => raw.goto(url),
    async evaluate(fn, arg) {
      const json = await raw.evaluate(expression(fn, arg));
      return JSON.parse(json);
    },
    click: (x, y) => raw.click(Math.round(x), Math.round(y)),
    press(key) {
      checkKey(key);
      return raw.press(key);
    },
    /** What the recorder recorded in the page. */
    record: () => page.evaluate(() => window.__cs ?? null),
    close: () => raw.close(),
  };
  return page;
}
