// Not a test: prints the memory figures of 1,000 mount/unmount cycles of
// <conference-summary> (JS heap and WebAssembly memory at the start, after
// 100 and after 1,000 cycles, each after garbage collection).
//
//   DIST=/path/to/dist node bench/memory.mjs [cycles=1000] [batch=10]
import { DIST } from '../tests/e2e/support/build.mjs';
import { CYCLE_PAGE, describe, measure, openCyclePage, runCycles } from '../tests/e2e/support/memory.mjs';
import { launch } from '../tests/e2e/support/page.mjs';
import { serve } from '../tests/e2e/support/server.mjs';

const total = Number(process.argv[2] ?? 1000);
const batch = Number(process.argv[3] ?? 10);
const server = await serve(DIST, { routes: { '/cycles.html': CYCLE_PAGE } });
const browser = await launch();
try {
  const session = await openCyclePage(browser, `${server.url}/cycles.html`);
  const started = Date.now();
  // The WebAssembly is in once the first element was ready.
  await runCycles(session, 1, 1);
  const figures = [await measure(session)];
  console.log(describe(figures[0]));
  for (const target of [100, total].filter((n, i, all) => n <= total && all.indexOf(n) === i)) {
    await runCycles(session, target - session.cycles, batch);
    figures.push(await measure(session));
    console.log(describe(figures.at(-1)));
  }
  const [, hundred, last] = figures;
  if (hundred && last && last !== hundred) {
    console.log(
      `growth from ${hundred.cycles} to ${last.cycles} cycles: JS heap ${(last.jsHeapUsed - hundred.jsHeapUsed) / 1024} KiB, wasm memory ${
        (last.wasmMemory - hundred.wasmMemory) / 1024
      } KiB, DOM nodes ${last.nodes - hundred.nodes}, listeners ${last.listeners - hundred.listeners}`,
    );
  }
  console.log(`${session.cycles} cycles (batches of ${batch}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const problems = [...session.problems, ...session.warnings.map((text) => `console.warning: ${text}`)];
  if (problems.length) console.log(`console problems:\n${problems.join('\n')}`);
  await session.close();
} finally {
  await browser.close();
  await server.close();
}
