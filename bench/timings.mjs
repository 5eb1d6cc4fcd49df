// Not a test: prints load timings and memory of <conference-summary>'s release
// build, loaded over HTTP on loopback in headless Chromium, as Markdown tables.
//
//   DIST=/path/to/dist node bench/timings.mjs [loads=15]
//
// DIST defaults to dist/ at the root of the repository. Four host pages, each
// the same short news article around the widget, served by the script:
//   (a) static        the prerendered markup (dist/snippet.html) without any
//                     script: what the page costs with no widget code at all;
//   (b) prerendered   dist/snippet.html as a host pastes it: the same markup,
//                     its preloads and its async script, which renders
//                     afresh and swaps its render in;
//   (c) client        the loader and an empty <conference-summary>;
//   (d) 50 instances  the loader and 50 empty elements.
// Per load, in a fresh browser context (no cache; the server sends
// Cache-Control: no-store): First Contentful Paint, and the time from
// navigation start until the widget's conference-summary:ready event (for
// (d) the 50th; for (a), which has no widget, the load event). Then, after
// forced garbage collection, the JS heap used and the WebAssembly memory.
// Each of those loads also counts the tasks over 50 ms (the Long Tasks API),
// and is followed by a traced one of the same page, which gives the longest
// task on the main thread whatever its length (tracing slows pages down, so
// it gives nothing else). Each page gets one warm-up round, discarded, then
// `loads` measured ones; at the end, the issue #14 targets, met or not.
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../tests/e2e/support/build.mjs';
import { doc } from '../tests/e2e/support/html.mjs';
import { metricsAfterGc, wasmMemory } from '../tests/e2e/support/memory.mjs';
import { launch, VIEWPORT } from '../tests/e2e/support/page.mjs';
import { serve } from '../tests/e2e/support/server.mjs';

const LOADS = Number(process.argv[2] ?? 15);
if (!Number.isInteger(LOADS) || LOADS < 1) {
  throw new Error(`loads must be a positive whole number, not ${process.argv[2]}`);
}
const INSTANCES = 50;
const READY_WITHIN_MS = 15_000;

// support/build.mjs has already checked that the build has embed.js.
const SNIPPET = join(DIST, 'snippet.html');
if (!existsSync(SNIPPET)) {
  throw new Error(`no snippet.html in ${DIST}: run \`trunk build --release\` first, or set DIST`);
}
// The snippet as the build writes it (its preloads of the glue and the wasm,
// the prerendered element, its JSON-LD and its script) is page (b). Page (a)
// keeps the prerendered element alone: no preloads, no scripts.
const SNIPPET_TEXT = readFileSync(SNIPPET, 'utf8');
const PRERENDERED = SNIPPET_TEXT.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
  .replace(/<link rel="(?:module)?preload"[^>]*>/g, '')
  .trim();
if (!/^<conference-summary\b[\s\S]*<template shadowrootmode="open">/.test(PRERENDERED)) {
  throw new Error(`${SNIPPET} does not hold a prerendered <conference-summary>`);
}
if (!/<script type="module" async src="embed.js"><\/script>/.test(SNIPPET_TEXT)) {
  throw new Error(`${SNIPPET} does not load embed.js from beside the page`);
}

const LOADER = '<script type="module" async src="/embed.js"></script>';

/** A host page: a short article with `widget` in the middle. */
const article = (widget, head = '') =>
  doc({
    head,
    title: 'Conference summary: timings',
    body: `<main>
<h1>A conference in Vienna</h1>
<p>The host page's own article, as on a news site: a heading, this paragraph,
then the widget with the conference's summary, then more text.</p>
${widget}
<p>The article goes on after the widget.</p>
</main>`,
  });

// `ready`: how many ready events make the page ready; 0 means its load event.
// `wasm`: whether the page has a WebAssembly memory to measure.
const PAGES = [
  {
    id: 'a',
    name: 'static, no script',
    path: '/static.html',
    html: article(PRERENDERED),
    ready: 0,
    wasm: false,
  },
  {
    id: 'b',
    name: 'prerendered, then rendered',
    path: '/prerendered.html',
    html: article(SNIPPET_TEXT.trim()),
    ready: 1,
    wasm: true,
  },
  {
    id: 'c',
    name: 'client-rendered',
    path: '/client.html',
    html: article('<conference-summary></conference-summary>', LOADER),
    ready: 1,
    wasm: true,
  },
  {
    id: 'd',
    name: `${INSTANCES} instances, client-rendered`,
    path: '/instances.html',
    html: article('<conference-summary></conference-summary>\n'.repeat(INSTANCES), LOADER),
    ready: INSTANCES,
    wasm: true,
  },
];

// Runs in every page before its own scripts: `window.__timings` resolves to
// { fcp, ready, longTask } in milliseconds, once the page has painted content
// and is ready (`expected` elements have fired their ready event, or, with
// `expected` 0, the load event has fired): fcp and ready since navigation
// start, longTask the longest task over 50 ms the main thread ran until then
// (the Long Tasks API; 0 when there was none). It hears the widget's events
// on window in the capture phase, before any page listener.
const RECORDER = (expected) => {
  const longTasks = [0];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  window.__timings = new Promise((resolve, reject) => {
    let fcp;
    let ready;
    const settle = () => {
      if (fcp !== undefined && ready !== undefined) resolve({ fcp, ready, longTask: Math.max(...longTasks) });
    };
    // `buffered`: the paint may come before the observer is told about it.
    new PerformanceObserver((list) => {
      const [entry] = list.getEntriesByName('first-contentful-paint');
      if (entry && fcp === undefined) {
        fcp = entry.startTime;
        settle();
      }
    }).observe({ type: 'paint', buffered: true });
    if (expected === 0) {
      window.addEventListener('load', () => {
        ready = performance.now();
        settle();
      });
      return;
    }
    // Elements, not events: an element's ready counts once.
    const seen = new Set();
    window.addEventListener('conference-summary:ready', (event) => {
      seen.add(event.target);
      if (seen.size === expected && ready === undefined) {
        ready = performance.now();
        settle();
      }
    }, true);
    window.addEventListener(
      'conference-summary:error',
      (event) => reject(new Error(event.detail.message)),
      true,
    );
  });
};

/**
 * The JS heap used after garbage collection and, if `wasm`, the byte length of
 * the WebAssembly memory, both taken as the memory test takes them
 * (tests/e2e/support/memory.mjs).
 */
async function memory(tab, cdp, wasm) {
  const wasmBytes = wasm ? await wasmMemory(tab) : null;
  return { jsHeap: (await metricsAfterGc(cdp)).JSHeapUsedSize, wasmMemory: wasmBytes };
}

/**
 * The longest task the page's main thread ran, in milliseconds, from a
 * Chromium trace: its `RunTask` events on the renderer's main thread.
 */
function longestTask(trace) {
  const events = trace.traceEvents ?? trace;
  const main = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = events.filter(
    (event) => event.name === 'RunTask' && event.ph === 'X' && main.has(`${event.pid}:${event.tid}`),
  );
  return Math.max(0, ...tasks.map((event) => (event.dur ?? 0) / 1000));
}

/**
 * Loads `page` once in a fresh context; resolves to its figures. With
 * `traced`, a Chromium trace runs meanwhile and the figure is the longest
 * task only: tracing slows the pages down, so timings come from other loads.
 */
async function load(browser, origin, page, messages, traced = false) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(RECORDER, page.ready);
    const tab = await context.newPage();
    if (traced) {
      await browser.startTracing(tab, { categories: ['devtools.timeline', 'toplevel', 'disabled-by-default-devtools.timeline'] });
    }
    tab.on('console', (message) => {
      const type = message.type();
      if (type === 'error' || type === 'warning') {
        messages.add(`(${page.id}) console.${type}: ${message.text()}`);
      }
    });
    tab.on('pageerror', (error) => messages.add(`(${page.id}) page error: ${error.message}`));
    await tab.goto(origin + page.path);
    const timings = await tab.evaluate(
      (limit) =>
        // A guard, not a wait: it only fires if the page never gets ready.
        Promise.race([
          window.__timings,
          new Promise((_, reject) => setTimeout(() => reject(new Error(`not ready within ${limit} ms`)), limit)),
        ]),
      READY_WITHIN_MS,
    );
    if (traced) return { longest: longestTask(JSON.parse((await browser.stopTracing()).toString('utf8'))) };
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    return { ...timings, ...(await memory(tab, cdp, page.wasm)) };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => value.toFixed(1);
const kib = (bytes) => (bytes === null ? '—' : `${Math.round(bytes / 1024).toLocaleString('en')} KiB`);
const ratio = (value, base) => `×${(value / base).toFixed(1)}`;
const label = (page) => `(${page.id}) ${page.name}`;

/** A Markdown table with padded columns; `align` is 'l' or 'r' per column. */
function table(head, rows, align) {
  const widths = head.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const pad = (cell, i) => (align[i] === 'r' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const dashes = (i) => '-'.repeat(widths[i] + 1);
  const rule = `|${widths.map((_, i) => (align[i] === 'r' ? `${dashes(i)}:` : `:${dashes(i)}`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const routes = Object.fromEntries(PAGES.map((page) => [page.path, page.html]));
const server = await serve(DIST, { routes });
let browser;
try {
  browser = await launch();
  const samples = new Map(PAGES.map((page) => [page.id, []]));
  const messages = new Set();
  const started = Date.now();
  // Round 0 is the warm-up: a page's first load runs markedly slower than the
  // next ones. The pages take turns, so that whatever else the machine does
  // meanwhile falls on all of them alike.
  for (let round = 0; round <= LOADS; round += 1) {
    for (const page of PAGES) {
      const figures = await load(browser, server.origin, page, messages);
      const { longest } = await load(browser, server.origin, page, messages, true);
      if (round > 0) samples.get(page.id).push({ ...figures, longest });
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);

  const cpu = cpus();
  console.log(
    [
      new Date().toISOString().slice(0, 10),
      `${cpu[0].model} × ${cpu.length}`,
      `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
      `Chromium ${browser.version()} (headless)`,
      `N = ${LOADS} loads per page`,
    ].join(' · '),
  );
  console.log(`
Milliseconds from navigation start; each load in a fresh context, the first of each page
discarded as warm-up. Ready: the conference-summary:ready event (for (d) the ${INSTANCES}th);
(a) has no widget: its ready is its load event. Chromium gives paint times in steps of 4 ms.
`);
  const column = (id, key) => samples.get(id).map((figures) => figures[key]);
  const base = { fcp: median(column('a', 'fcp')), ready: median(column('a', 'ready')) };
  const stats = (id, key) => {
    const values = column(id, key);
    const middle = median(values);
    return [ms(middle), ms(Math.min(...values)), ms(Math.max(...values)), ratio(middle, base[key])];
  };
  console.log(
    table(
      ['page', 'FCP median', 'min', 'max', '×(a)', 'ready median', 'min', 'max', '×(a)'],
      PAGES.map((page) => [label(page), ...stats(page.id, 'fcp'), ...stats(page.id, 'ready')]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  console.log('\nTasks over 50 ms on the main thread until ready (the Long Tasks API, in the untraced loads):\n');
  console.log(
    table(
      ['page', 'loads with one', 'longest'],
      PAGES.map((page) => {
        const values = column(page.id, 'longTask');
        const over = values.filter((value) => value > 0).length;
        return [label(page), `${over} of ${values.length}`, over ? ms(Math.max(...values)) : '—'];
      }),
      ['l', 'r', 'r'],
    ),
  );
  console.log('\nThe longest task on the main thread until ready, whatever its length, from a Chromium trace\n(tracing itself slows the page down, so these run longer than untraced):\n');
  console.log(
    table(
      ['page', 'median', 'min', 'max'],
      PAGES.map((page) => {
        const values = column(page.id, 'longest');
        return [label(page), ms(median(values)), ms(Math.min(...values)), ms(Math.max(...values))];
      }),
      ['l', 'r', 'r', 'r'],
    ),
  );
  console.log('\nMemory once ready, after forced garbage collection (medians):\n');
  console.log(
    table(
      ['page', 'JS heap', 'wasm memory'],
      PAGES.map((page) => [
        label(page),
        kib(median(column(page.id, 'jsHeap'))),
        kib(page.wasm ? median(column(page.id, 'wasmMemory')) : null),
      ]),
      ['l', 'r', 'r'],
    ),
  );
  const ready = (id) => median(column(id, 'ready'));
  const targets = [
    ['(c) ready ≤ 1.6 × (a) ready', ready('c'), 1.6 * ready('a'), ms],
    ['(b) ready ≤ 1.6 × (a) ready', ready('b'), 1.6 * ready('a'), ms],
    [`(d) all ${INSTANCES} ready ≤ 3 × (c) ready`, ready('d'), 3 * ready('c'), ms],
    ['no task over 50 ms during (d): the longest, in all loads (Long Tasks API)', Math.max(...column('d', 'longTask')), 50, ms],
    [`wasm memory for ${INSTANCES} instances ≤ 4 MiB`, median(column('d', 'wasmMemory')), 4 * 2 ** 20, kib],
  ];
  console.log('\nTargets (docs/benchmarks.md), medians unless said:\n');
  console.log(
    table(
      ['target', 'measured', 'limit', ''],
      targets.map(([name, value, limit, unit]) => [name, unit(value), unit(limit), value <= limit ? 'met' : 'NOT MET']),
      ['l', 'r', 'r', 'l'],
    ),
  );
  console.log(`\n${2 * PAGES.length * (LOADS + 1)} loads in ${seconds} s (half of them traced, for the longest task only).`);
  if (messages.size) console.log(`\nConsole messages:\n${[...messages].join('\n')}`);
} finally {
  await browser?.close();
  await server.close();
}
