// Writes the authoring page as one self-contained HTML file: trunk's page
// with the wasm-bindgen glue and the wasm (base64) inline, started with
// initSync. A page that fetches nothing works from file:, where browsers
// refuse module scripts and fetch(); an editor can open it from a release
// folder, a download or an e-mail attachment.
//
//   node scripts/inline-author.mjs BUILD_DIR OUT_FILE
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [buildDir, outFile] = process.argv.slice(2);
if (!buildDir || !outFile) {
  console.error('usage: node scripts/inline-author.mjs BUILD_DIR OUT_FILE');
  process.exit(2);
}

function fail(message) {
  console.error(`inline-author: ${message}`);
  process.exit(1);
}

const glues = readdirSync(buildDir).filter((name) => /^conference-summary-author-[0-9a-f]+\.js$/.test(name));
if (glues.length !== 1) fail(`expected one conference-summary-author-*.js in ${buildDir}, found ${glues.length}`);
const glue = readFileSync(join(buildDir, glues[0]), 'utf8');
const wasm = readFileSync(join(buildDir, glues[0].replace(/\.js$/, '_bg.wasm')));
if (/<\/script|<!--/i.test(glue)) fail(`${glues[0]} holds text that would end an inline script`);

let page = readFileSync(join(buildDir, 'index.html'), 'utf8');
// trunk's preload links point at the files this page no longer needs.
page = page.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
if (!page.includes('</body>')) fail('index.html has no </body>');
// The glue is an ES module: inline as one, its exports unused. Its default
// init would fetch the wasm beside it; initSync takes the compiled module
// instead. The page drafts in a worker that runs the same glue and module
// (author/src/worker.rs): the glue's text goes into the worker from a Blob,
// the compiled module by postMessage, so neither is fetched (file: allows
// no fetch) and the wasm is compiled once. A classic worker: from a file:
// page Chromium refuses a module worker's Blob. So the glue loses its one
// export line, and the default init it never calls its import.meta.
const classicGlue = glue
  .replace(/^export \{[^}]*\};?$/m, '')
  .replace(/import\.meta\.url/g, 'self.location.href');
if (/^\s*(?:export|import)[\s{*]/m.test(classicGlue) || /import\.meta/.test(classicGlue)) {
  fail(`${glues[0]} has exports or imports a classic worker cannot run`);
}
const workerStart = `self.onmessage = (event) => { self.onmessage = null; initSync({ module: event.data }); };`;
const start = `<script type="module">\n${glue}\n` +
  `const module = new WebAssembly.Module(Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0)));\n` +
  `const workerSource = ${JSON.stringify(`${classicGlue}\n${workerStart}\n`).replace(/</g, '\\u003c')};\n` +
  `globalThis.conferenceSummaryAuthorWorker = () => {\n` +
  `  const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));\n` +
  `  const worker = new Worker(url);\n` +
  `  worker.postMessage(module);\n` +
  `  return worker;\n` +
  `};\n` +
  `initSync({ module });\n</script>\n`;
page = page.replace('</body>', `${start}</body>`);
writeFileSync(outFile, page);
console.log(`inline-author: ${outFile}, ${(page.length / 1024).toFixed(0)} KiB (wasm ${(wasm.length / 1024).toFixed(0)} KiB)`);
