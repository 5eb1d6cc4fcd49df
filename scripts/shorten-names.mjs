// Gives the names that join the wasm to its glue short names, in both files.
//
//   node scripts/shorten-names.mjs WASM GLUE
//
// wasm-bindgen names every import after its JavaScript function plus a hash
// (`__wbg_addEventListener_847fd86b8c33ec43`), and some exports after the
// full type of a closure: about 150 long names, each stored twice, once in
// the wasm and once in the glue, and the hashes do not compress. Measured
// 2026-11-28: 3.7 KB of the brotli total the embed loads. This rewrites the
// wasm's import and export sections and the (minified) glue with names of
// one or two letters. Run by scripts/write-loader after minification; the
// build's end-to-end tests run the renamed files.
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeLeb, encodeName, readLeb, readName, sections, skipImportDescription } from './wasm-binary.mjs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/shorten-names.mjs WASM GLUE');
  process.exit(2);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** a, b, …, Z, aa, ab, …: the `index`th short name. */
function shortName(index) {
  let name = '';
  do {
    name = LETTERS[index % LETTERS.length] + name;
    index = Math.floor(index / LETTERS.length) - 1;
  } while (index >= 0);
  return name;
}

const escaped = (name) => name.replaceAll('$', '\\$');
/** `name` as a whole word, not inside a longer identifier. */
const word = (name) => new RegExp(`(?<![\\w$])${escaped(name)}(?![\\w$])`, 'g');
/**
 * `name` as a property: `.name` or a key `name:`. The glue uses these names
 * in no other way, so a short name cannot clash with its own identifiers.
 */
const property = (name) =>
  new RegExp(`(?<=\\.)${escaped(name)}(?![\\w$])|(?<![\\w$.])${escaped(name)}(?=:)`, 'g');

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

// The glue names the module its imports come from in one string literal.
const glueModule = /["'](\.\/[\w.-]+_bg\.js)["']/.exec(glue)?.[1];
if (!glueModule) throw new Error(`shorten-names: no "./…_bg.js" import module in ${gluePath}`);
const SHORT_MODULE = 'a';

const renames = new Map();
let next = 0;
const rename = (name) => {
  if (!renames.has(name)) renames.set(name, shortName(next++));
  return renames.get(name);
};

const rewritten = sections(wasm).map(({ id, body }) => {
  if (id === 2) {
    const at = { at: 0 };
    const count = readLeb(body, at);
    const entries = [encodeLeb(count)];
    for (let i = 0; i < count; i++) {
      const module = readName(body, at);
      const field = readName(body, at);
      const start = at.at;
      skipImportDescription(body, at);
      const ours = module === glueModule;
      entries.push(
        encodeName(ours ? SHORT_MODULE : module),
        encodeName(ours ? rename(field) : field),
        body.subarray(start, at.at),
      );
    }
    body = Buffer.concat(entries);
  } else if (id === 7) {
    const at = { at: 0 };
    const count = readLeb(body, at);
    const entries = [encodeLeb(count)];
    for (let i = 0; i < count; i++) {
      const name = readName(body, at);
      const start = at.at;
      at.at++; // kind
      readLeb(body, at);
      // Exports the glue does not call keep their names: something else may.
      // So does `memory`, which the glue's init hands back to its callers
      // with the other exports (the memory tests read it).
      const keep = name === 'memory' || !word(name).test(glue);
      entries.push(encodeName(keep ? name : rename(name)), body.subarray(start, at.at));
    }
    body = Buffer.concat(entries);
  }
  return Buffer.concat([Buffer.from([id]), encodeLeb(body.length), body]);
});

for (const [name, short] of renames) {
  const uses = glue.match(word(name))?.length ?? 0;
  const asProperty = glue.match(property(name))?.length ?? 0;
  if (uses === 0) throw new Error(`shorten-names: the glue never names ${name}`);
  if (asProperty !== uses) throw new Error(`shorten-names: the glue names ${name} other than as a property`);
  glue = glue.replace(property(name), short);
}
glue = glue.replace(/(["'])\.\/[\w.-]+_bg\.js\1/, `"${SHORT_MODULE}"`);

writeFileSync(wasmPath, Buffer.concat([wasm.subarray(0, 8), ...rewritten]));
writeFileSync(gluePath, glue);
console.error(`shorten-names: ${renames.size} names shortened in ${wasmPath} and ${gluePath}`);
