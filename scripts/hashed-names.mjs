// Names the widget's files after their final bytes, and writes the names and
// integrity hashes into the loader.
//
//   node scripts/hashed-names.mjs DIR API_JSON
//
// Run by scripts/write-loader once the glue, the wasm and the stylesheet are
// minified and their names shortened (scripts/shorten-names.mjs): trunk
// hashed the glue and the wasm before that, so its names do not follow
// later changes. In DIR: the glue (conference-summary-*.js), its wasm
// (…_bg.wasm), conference-summary.css and the bundled loader embed.js.
// Renames the wasm to conference-summary-HASH_bg.wasm, the glue (whose own
// reference to the wasm is first made the wasm's new name, so that the
// glue's hash covers the wasm's) to conference-summary-HASH.js and the stylesheet to
// conference-summary-HASH.css, HASH the first 16 hex digits of the SHA-256
// of the bytes. Fills the loader's placeholders (assets/loader/constants.js)
// with those names, the SHA-384 integrity hashes (SRI) of the three files,
// and API_JSON (`element-api loader`). Prints the glue's, the wasm's and the
// stylesheet's names, one a line, then their integrity hashes in that order. Plain node, so that the build needs no GNU sed.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The name a file with these bytes gets: `conference-summary-HASH` + suffix. */
export const hashedName = (bytes, suffix) =>
  `conference-summary-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${suffix}`;

/** The Subresource Integrity value of these bytes. */
export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// The glue's own default URL of its wasm, wasm-bindgen's `new URL('…_bg.wasm',
// import.meta.url)`, unused: the loader hands the glue a compiled module.
// Left as it is, bundlers would emit a second copy of the wasm, and Vite's dev
// server rewrites it, so that the glue it serves no longer matches its
// integrity hash: the plain name stays in its place.
const WASM_REFERENCE = /new URL\((["'])conference-summary(-[0-9a-f]+)?_bg\.wasm\1,\s*import\.meta\.url\)/g;
// Vite's dev server adds a source map to every script it serves that names
// none, and takes in (and blanks) one it can read: a source map it cannot
// read, and no browser fetches unless its developer tools are open, lets the
// glue be served as it is, so that it matches its integrity hash.
const SOURCE_MAP = '//# sourceMappingURL=data:,\n';

/**
 * Renames the files of `dir` after their bytes and fills embed.js; returns
 * { glue, wasm, stylesheet } with each file's name and integrity.
 */
export function nameAfterContent(dir, api) {
  const names = readdirSync(dir);
  const one = (pattern, what) => {
    const found = names.filter((name) => pattern.test(name));
    if (found.length !== 1) {
      throw new Error(`hashed-names: expected one ${what} (${pattern}) in ${dir}, found ${found.length}`);
    }
    return found[0];
  };
  const oldGlue = one(/^conference-summary-[0-9a-f]+\.js$/, 'glue');
  const oldWasm = one(/^conference-summary-[0-9a-f]+_bg\.wasm$/, 'wasm');
  const oldStylesheet = one(/^conference-summary\.css$/, 'stylesheet');

  const rename = (from, bytes, suffix) => {
    const to = hashedName(bytes, suffix);
    writeFileSync(join(dir, from), bytes);
    renameSync(join(dir, from), join(dir, to));
    return { name: to, integrity: integrity(bytes) };
  };
  const wasm = rename(oldWasm, readFileSync(join(dir, oldWasm)), '_bg.wasm');
  let references = 0;
  const glueText = readFileSync(join(dir, oldGlue), 'utf8').replace(WASM_REFERENCE, () => {
    references += 1;
    return JSON.stringify(wasm.name);
  });
  if (references !== 1) throw new Error(`hashed-names: expected one new URL(…_bg.wasm) in ${oldGlue}, found ${references}`);
  const glue = rename(oldGlue, Buffer.from(`${glueText.trimEnd()}\n${SOURCE_MAP}`), '.js');
  const stylesheet = rename(oldStylesheet, readFileSync(join(dir, oldStylesheet)), '.css');

  const values = {
    API: api,
    GLUE: glue.name,
    WASM: wasm.name,
    STYLESHEET: stylesheet.name,
    GLUE_INTEGRITY: glue.integrity,
    WASM_INTEGRITY: wasm.integrity,
    STYLESHEET_INTEGRITY: stylesheet.integrity,
  };
  const loaderPath = join(dir, 'embed.js');
  // A function as the replacement: `$` in the API's JSON stays as it is.
  let loader = readFileSync(loaderPath, 'utf8').replace(/__CONFERENCE_SUMMARY_([A-Z_]+?)__/g, (whole, key) => {
    if (!(key in values)) throw new Error(`hashed-names: embed.js has an unknown placeholder ${whole}`);
    return values[key];
  });
  // The loader's one import of the glue, whose URL is known at run time
  // only (the literal above is the bundler's business): bundlers are told
  // to leave it alone, which esbuild's minifier forgot.
  let imports = 0;
  loader = loader.replace(/\bimport\(([\w$]+)\)/g, (whole, url) => {
    imports += 1;
    return `import(/* webpackIgnore: true */ /* @vite-ignore */ ${url})`;
  });
  if (imports !== 1) throw new Error(`hashed-names: expected one import(url) in embed.js, found ${imports}`);
  for (const [key, value] of Object.entries(values)) {
    if (!loader.includes(value)) throw new Error(`hashed-names: embed.js has no place for ${key}`);
  }
  writeFileSync(loaderPath, loader);
  return { glue, wasm, stylesheet };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, api] = process.argv.slice(2);
  if (!dir || api === undefined) {
    console.error('usage: node scripts/hashed-names.mjs DIR API_JSON');
    process.exit(2);
  }
  try {
    const files = nameAfterContent(dir, api);
    const order = [files.glue, files.wasm, files.stylesheet];
    console.log([...order.map((file) => file.name), ...order.map((file) => file.integrity)].join('\n'));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
