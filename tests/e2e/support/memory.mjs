// Mount/unmount cycles of <conference-summary> and what they leave behind:
// the JS heap (CDP Performance.getMetrics after HeapProfiler.collectGarbage)
// and the WebAssembly's linear memory. Shared by memory.test.mjs and the
// benchmark (bench/memory.mjs, and bench/timings.mjs for the two figures).
//
// The wasm memory: embed.js imports the hashed glue module by its absolute
// URL for the first instance of the WebAssembly; importing the same URL from
// the page gives the same module instance, whose default export (the init
// function) returns the instance's exports, `memory` among them, without
// initialising again once the loader has done so.
import { FILES } from './build.mjs';
import { hostPage } from './html.mjs';
import { open } from './page.mjs';

/** The page the cycles run in: the loader and nothing else. */
export const CYCLE_PAGE = hostPage('', { title: 'mount cycles' });

/**
 * Opens `url` (a page like CYCLE_PAGE) without the tests' recorder, whose
 * record of every event would grow with the cycles, and with a CDP session
 * for the metrics.
 */
export async function openCyclePage(browser, url) {
  const opened = await open(browser, url, { recorder: false });
  const cdp = await opened.context.newCDPSession(opened.page);
  await cdp.send('Performance.enable');
  return { ...opened, cdp, cycles: 0 };
}

/**
 * Runs `count` cycles: `batch` elements at a time are appended, each waited
 * for until its ready event, then all removed (which destroys their widgets).
 * Rejects if an element reports an error or is not ready within 15 s.
 */
export async function runCycles(session, count, batch = 10) {
  await session.page.evaluate(
    async ({ count, batch }) => {
      for (let done = 0; done < count; done += batch) {
        const size = Math.min(batch, count - done);
        const elements = [];
        const ready = [];
        for (let i = 0; i < size; i += 1) {
          const element = document.createElement('conference-summary');
          ready.push(
            new Promise((resolve, reject) => {
              element.addEventListener('conference-summary:ready', resolve, { once: true });
              element.addEventListener('conference-summary:error', (event) => reject(new Error(event.detail.message)), {
                once: true,
              });
            }),
          );
          elements.push(element);
        }
        document.body.append(...elements);
        let timer;
        // A guard, not a wait: it only fires if the widgets never get ready.
        const stuck = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`cycle ${done}: not ready within 15 s`)), 15_000);
        });
        try {
          await Promise.race([Promise.all(ready), stuck]);
        } finally {
          clearTimeout(timer);
        }
        for (const element of elements) element.remove();
      }
    },
    { count, batch },
  );
  session.cycles += count;
}

/** The byte length of the WebAssembly memory of the widget's module instance on `page`. */
export function wasmMemory(page) {
  return page.evaluate(async (url) => {
    const glue = await import(url);
    const exports = await glue.default();
    return exports.memory.buffer.byteLength;
  }, new URL(`/${FILES.glue}`, page.url()).href);
}

/** The page's performance metrics by name, after garbage collection (`cdp` has Performance enabled). */
export async function metricsAfterGc(cdp) {
  for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
}

/** The memory figures now, after garbage collection. */
export async function measure(session) {
  const { page, cdp } = session;
  const wasm = await wasmMemory(page);
  const counted = await page.evaluate(() => document.querySelectorAll('conference-summary').length);
  const metric = await metricsAfterGc(cdp);
  return {
    cycles: session.cycles,
    jsHeapUsed: metric.JSHeapUsedSize,
    jsHeapTotal: metric.JSHeapTotalSize,
    wasmMemory: wasm,
    nodes: metric.Nodes,
    listeners: metric.JSEventListeners,
    elements: counted,
  };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(3)} MB`;

/** One line of figures. */
export const describe = (figures) =>
  `after ${String(figures.cycles).padStart(4)} cycles: JS heap used ${mb(figures.jsHeapUsed)} (total ${mb(
    figures.jsHeapTotal,
  )}), wasm memory ${mb(figures.wasmMemory)}, DOM nodes ${figures.nodes}, JS event listeners ${figures.listeners}`;
