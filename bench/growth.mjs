// Not a test: how the cost of hostile input grows with its size. Each shape
// below is built at 1×, 2×, 4× and 8× its base size and timed through the
// `validate` and `draft` commands (release builds) and, for summaries, the
// widget's first render in headless Chromium. The table gives the time at
// each size, less what a command costs on the smallest input (its start),
// and the growth per doubling over the three doublings, (t8 / t1)^(1/3), so
// that no one noisy step decides it. Linear work doubles (×2), n log n a
// little more; the target is at most ×2.5 per doubling. (The tests count the
// same work instead of timing it: crates/model/tests/growth.rs,
// crates/authoring/src/draft/growth.rs.)
//
//   DIST=/path/to/dist node bench/growth.mjs [TOOLS=target/release]
//
// TOOLS holds the `validate` and `draft` binaries (`cargo build --release
// -p conference-summary-tools`, as bench/run does).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_NAMES } from '../tests/e2e/support/manifest.mjs';
import { doc } from '../tests/e2e/support/html.mjs';
import { launch, open } from '../tests/e2e/support/page.mjs';
import { serve } from '../tests/e2e/support/server.mjs';
import { DIST } from '../tests/e2e/support/build.mjs';
import { SUMMARY } from '../tests/e2e/support/summary.mjs';

const TOOLS = process.argv[2] ?? 'target/release';
const SCALES = [1, 2, 4, 8];
const RUNS = 5;
const TARGET = 2.5;

const clone = () => structuredClone(SUMMARY);
const numbered = (count, word) => Array.from({ length: count }, (_, index) => `${word}${index}`);

// Summaries shaped to hurt, `n` the size that doubles. Base sizes keep the
// 8× document under the 1 MiB limit, so that every step does the full work.
const SUMMARY_SHAPES = {
  // Fields of a newer minor version: valid, each ignored with a warning.
  'unknown keys, format 1.99': {
    base: 10_000,
    build: (n) => ({ ...clone(), format: '1.99', ...Object.fromEntries(numbered(n, 'x').map((key) => [key, 1])) }),
  },
  // The same without the newer version: one error per key.
  'unknown keys, format 1.0': {
    base: 10_000,
    build: (n) => ({ ...clone(), format: '1.0', ...Object.fromEntries(numbered(n, 'x').map((key) => [key, 1])) }),
  },
  // Lists nested n deep in an unknown field.
  'deep nesting': {
    base: 10_000,
    raw: (n) => JSON.stringify({ ...clone(), format: '1.0' }).replace(/}$/, `,"x":${'['.repeat(n)}${']'.repeat(n)}}`),
  },
  // A list far over its item limit.
  'many items': {
    base: 4_000,
    build: (n) => ({ ...clone(), funders: numbered(n, 'f').map((text) => ({ text, source: 9 })) }),
  },
  // The same key repeated in one object.
  'repeated keys': {
    base: 10_000,
    raw: (n) => JSON.stringify({ ...clone(), format: '1.0' }).replace(/}$/, `,"x":{${'"k":1,'.repeat(n)}"k":1}}`),
  },
  // A paragraph of n different words, and an aim citing it that uses every
  // one: each word of the aim is looked up among the paragraph's.
  'words checked': {
    base: 300,
    build: (n) => {
      const summary = clone();
      const words = numbered(n, 'w').join(' ');
      summary.source.paragraphs.push(words);
      summary.aims.push({ text: words, source: summary.source.paragraphs.length });
      return summary;
    },
  },
};

// Releases shaped to hurt the draft: a title line, then the body. Base sizes
// keep 8× under the draft's input limit.
const release = (body) => `A fictional release\n\n${body}`;
const RELEASE_SHAPES = {
  'colons in one line': { base: 4_000, build: (n) => release('Item: '.repeat(n)) },
  'unclosed «': { base: 3_000, build: (n) => release('word « '.repeat(n)) },
  'unclosed ‘': { base: 3_000, build: (n) => release('word ‘ '.repeat(n)) },
  'unclosed “': { base: 3_000, build: (n) => release('word “ '.repeat(n)) },
  '"said" sentences': { base: 800, build: (n) => release('Ann Lee, chair, said: "Yes." '.repeat(n)) },
  'many paragraphs': { base: 1_200, build: (n) => release('A paragraph of text.\n\n'.repeat(n)) },
};
// What a command costs on an input too small to matter (its start, mostly),
// taken off its times. The render's time starts at the summary's last byte:
// nothing to take off, and the built-in summary's render would be the wrong
// thing to take off an error box's.
const SMALLEST = { summary: JSON.stringify(SUMMARY), release: release('Nothing.') };

const folder = mkdtempSync(join(tmpdir(), 'growth-'));
const write = (name, text) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

/** The fastest of RUNS runs of a command, in ms (the rest is the machine's noise). */
const timeCommand = (command, args) => {
  let best = Infinity;
  for (let run = 0; run < RUNS; run += 1) {
    const start = process.hrtime.bigint();
    const result = spawnSync(join(TOOLS, command), args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.error) throw new Error(`${command}: ${result.error.message}`);
    // The draft exits 2 when it could not read the release: not a figure.
    if (result.status === 2) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
};

const [READY, ERROR] = ['ready', 'error'].map((type) => EVENT_NAMES.find((name) => name.endsWith(`:${type}`)));
// The time from the summary's last byte to the widget's ready or error
// event: parsing, checking and the first render, without the page's load.
// The summary's resource timing entry may come after the event.
const RENDER_PAGE = doc({
  head: `<script>
  for (const type of ['${READY}', '${ERROR}']) {
    document.addEventListener(type, () => { window.doneAt = performance.now(); }, { once: true });
  }
</script><script type="module" src="/embed.js"></script>`,
  body: '<conference-summary src="/shape.json" timeout="600000"></conference-summary>',
});
const renderTime = () => {
  const fetched = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/shape.json'));
  return window.doneAt === undefined || !fetched ? null : window.doneAt - fetched.responseEnd;
};

const timeRender = async (browser, server, text) => {
  server.route('/shape.json', { body: text, type: 'application/json' });
  let best = Infinity;
  for (let run = 0; run < RUNS; run += 1) {
    const opened = await open(browser, `${server.url}/growth.html`, { recorder: false });
    const handle = await opened.page.waitForFunction(renderTime, null, { timeout: 600_000 });
    best = Math.min(best, await handle.jsonValue());
    await opened.close();
  }
  return best;
};

// Times under this are the machine's noise: a ratio of two of them means nothing.
const FLOOR_MS = 0.5;
const ratioOf = (times) => (Math.max(times.at(-1), FLOOR_MS) / Math.max(times[0], FLOOR_MS)) ** (1 / (times.length - 1));
const row = (shape, what, base, gross, fixed) => {
  const times = gross.map((time) => Math.max(time - fixed, 0));
  const ratio = ratioOf(times);
  const cells = times.map((time) => `${time.toFixed(time < 10 ? 2 : 0)} ms`);
  return {
    over: ratio > TARGET,
    line: `| ${shape} | ${what} | ${base.toLocaleString('en')} | ${fixed.toFixed(1)} ms | ${cells.join(' | ')} | ×${ratio.toFixed(2)}${ratio > TARGET ? ' **over**' : ''} |`,
  };
};

const browser = await launch();
const server = await serve(DIST, { routes: { '/growth.html': RENDER_PAGE } });
const rows = [];
try {
  const fixed = {
    validate: timeCommand('validate', [write('smallest.json', SMALLEST.summary)]),
    render: 0,
    draft: timeCommand('draft', [write('smallest.txt', SMALLEST.release)]),
  };
  for (const [shape, { base, build, raw }] of Object.entries(SUMMARY_SHAPES)) {
    const texts = SCALES.map((scale) => raw?.(base * scale) ?? JSON.stringify(build(base * scale)));
    const files = texts.map((text, index) => write(`summary-${index}.json`, text));
    const validate = files.map((file) => timeCommand('validate', [file]));
    const render = [];
    for (const text of texts) render.push(await timeRender(browser, server, text));
    rows.push(row(shape, 'validate', base, validate, fixed.validate));
    rows.push(row(shape, 'first render', base, render, fixed.render));
  }
  for (const [shape, { base, build }] of Object.entries(RELEASE_SHAPES)) {
    const files = SCALES.map((scale, index) => write(`release-${index}.txt`, build(base * scale)));
    rows.push(row(shape, 'draft', base, files.map((file) => timeCommand('draft', [file])), fixed.draft));
  }
} finally {
  await server.close();
  await browser.close();
}

console.log(`## Growth under hostile input (fastest of ${RUNS} runs)\n`);
console.log('| shape | step | n at 1× | taken off | 1× | 2× | 4× | 8× | per doubling |');
console.log('|---|---|--:|--:|--:|--:|--:|--:|--:|');
for (const { line } of rows) console.log(line);
const over = rows.filter((row) => row.over).length;
console.log(
  over === 0
    ? `\nEvery shape: each doubling costs at most ×${TARGET}.`
    : `\n${over} of ${rows.length} steps: a doubling costs more than ×${TARGET}.`,
);
