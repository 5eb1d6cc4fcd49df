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
// init would fetch the wasm beside it; initSync takes the bytes instead.
const start = `<script type="module">\n${glue}\n` +
  `initSync({ module: Uint8Array.from(atob("${wasm.toString('base64')}"), (c) => c.charCodeAt(0)) });\n</script>\n`;
page = page.replace('</body>', `${start}</body>`);
writeFileSync(outFile, page);
console.log(`inline-author: ${outFile}, ${(page.length / 1024).toFixed(0)} KiB (wasm ${(wasm.length / 1024).toFixed(0)} KiB)`);
