// Prints the size tables of a release build: every file the embed loads
// (raw, gzip -9, brotli -q 11) and what each part of the WebAssembly costs.
//
//   node bench/sizes.mjs DIST NAMED_WASM
//
// NAMED_WASM is the same module as DIST's, optimized the same way but with
// its function names kept (bench/run makes it).
import { readFileSync } from 'node:fs';
import { allInterfaceStrings } from '../tests/e2e/support/i18n.mjs';
import { formatSizeTable, kb, sizeTable } from '../tests/e2e/support/sizes.mjs';
import { SUMMARY_TEXT } from '../tests/e2e/support/summary.mjs';
import { wasmParts } from './wasm-parts.mjs';

const [dist, namedWasm] = process.argv.slice(2);
if (!dist || !namedWasm) {
  console.error('usage: node bench/sizes.mjs DIST NAMED_WASM');
  process.exit(2);
}

const table = sizeTable(dist);
console.log('## Sizes: what the embed loads\n');
console.log(formatSizeTable(table));

const wasm = table.files.find((file) => file.role === 'wasm');
const parts = wasmParts(readFileSync(namedWasm), {
  content: SUMMARY_TEXT,
  i18nStrings: allInterfaceStrings(),
  brotliTotal: wasm.brotli,
});
const byRole = (role) => table.files.find((file) => file.role === role);
const rows = [
  ...parts.map(({ part, raw, brotli }) => ({ part: `wasm: ${part}`, raw, brotli })),
  { part: 'stylesheet', ...byRole('stylesheet') },
  { part: 'wasm-bindgen glue (JS)', ...byRole('glue') },
  { part: 'loader (embed.js)', ...byRole('loader') },
];
console.log('\n## What each part costs\n');
console.log('Parts of the wasm are estimates: each compressed on its own, scaled to the file\'s brotli size.\n');
console.log('| part | raw KB | brotli KB | share |');
console.log('|---|--:|--:|--:|');
for (const row of rows) {
  const share = ((100 * row.brotli) / table.total.brotli).toFixed(0);
  console.log(`| ${row.part} | ${kb(row.raw)} | ${kb(row.brotli)} | ${share} % |`);
}
console.log(`| **total** | ${kb(table.total.raw)} | ${kb(table.total.brotli)} | 100 % |`);
