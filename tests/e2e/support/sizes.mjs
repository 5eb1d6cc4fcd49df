// What the embed costs in bytes: shared by the byte-budget test
// (budget.test.mjs) and the benchmark (bench/sizes.mjs). Reads no
// environment: the benchmark measures a build of its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildFiles, ROLES } from './build-files.mjs';

/** Brotli at quality 11, the size a host serves precompressed. */
export const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Gzip at level 9. */
export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * The files a page with `<conference-summary>` loads from the build in
 * `dist`, in the order it loads them: the loader, the wasm-bindgen glue, the
 * WebAssembly and the stylesheet.
 */
export function embedFiles(dist) {
  const files = buildFiles(dist);
  return ROLES.map((role) => ({ role, name: files[role] }));
}

/**
 * Raw, gzip -9 and brotli -q 11 sizes of every file the embed loads, their
 * total, and the prerendered snippet (which a host pastes into its own page,
 * so it is listed but not in the total).
 */
export function sizeTable(dist) {
  const measure = ({ role, name }) => {
    const bytes = readFileSync(join(dist, name));
    return { role, name, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
  };
  const files = embedFiles(dist).map(measure);
  const total = { role: 'total', name: 'what the embed loads', raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    for (const key of ['raw', 'gzip', 'brotli']) total[key] += file[key];
  }
  const snippet = measure({ role: 'snippet', name: 'snippet.html' });
  return { files, total, snippet };
}

/** Bytes as KB (1,000 bytes) with one decimal. */
export const kb = (bytes) => (bytes / 1000).toFixed(1);

/** The size table as Markdown. */
export function formatSizeTable({ files, total, snippet }) {
  const row = ({ role, name, raw, gzip, brotli }) =>
    `| ${role} | \`${name}\` | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} |`;
  return [
    '| part | file | raw KB | gzip -9 KB | brotli -q 11 KB |',
    '|---|---|--:|--:|--:|',
    ...files.map(row),
    row(total).replace(/\| total \| `([^`]*)`/, '| **total** | $1'),
    row(snippet).replace('| snippet |', '| snippet (in the host page, not in the total) |'),
  ].join('\n');
}
