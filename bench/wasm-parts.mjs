// What each part of the WebAssembly costs: reads a module that kept its
// function names (wasm-opt -g) and sorts every function body and data byte
// into a part: yew, parsing, validation, content, i18n tables, …
//
// Brotli works on the whole file, so a part's compressed size is an
// estimate: each part's bytes are compressed on their own and the results
// scaled so that they add up to the real file's brotli size.
import { readLeb, readName, sections, skipImportDescription } from '../scripts/wasm-binary.mjs';
import { brotli } from '../tests/e2e/support/sizes.mjs';

/**
 * Parts of our own code, by the module of the last path of this crate in a
 * function's name: in a generic function or a closure that is the code it
 * was made for (`CompStateInner<…::view::app::ConferenceSummary>::view` is
 * our markup; `Iterator::fold::<…, {closure in view::app}>` too).
 */
const OUR_PARTS = [
  ['parsing (JSON tree, shape check, summary from JSON)', /^(model::(json|shape|from_json|parse|record|summary)|embed::summaries)/],
  ['validation', /^model::(validate|text)/],
  ['model: dates, sections, deep links', /^model/],
  ['embed layer (element, attributes, events)', /^embed/],
  ['host layer (shadow root and sheet, parsed summaries, ids, the browser\'s JSON and Intl)', /^(host|platform)/],
  ['view: our markup, with the yew code made for each component', /^view/],
  ['i18n (code)', /^i18n/],
];
// The widget's crate (`conference_summary::view::…`) and the model's
// (`conference_summary_model::shape::…`, which counts as `model::shape`).
const OUR_PATH = /conference_summary(_model)?(?:\[[0-9a-f]+\])?::([a-z0-9_]+(?:::[a-z0-9_]+)?)/g;

/** Everything else, matched on function names in this order; the first match wins. */
const OTHER_PARTS = [
  ['yew runtime', /yew|implicit_clone|gloo|slab|indexmap|tokise|pinned/],
  ['wasm-bindgen, js-sys, web-sys', /wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|__externref|externref shim/],
  ['allocator', /dlmalloc|__rdl_|__rust_(alloc|dealloc|realloc)/],
  ['Rust core, alloc, std (formatting, collections, panics)', /core|alloc|std|hashbrown|<\[|<&|<char|<str|<bool|<u8|<usize/],
];

/** The part a function belongs to, by its name. */
function partOf(name) {
  // wasm-bindgen names the exported methods of `Widget` (src/embed) `widget_…`.
  if (/^widget_/.test(name)) return OUR_PARTS.find(([part]) => part.startsWith('embed layer'))[0];
  const ours = [...name.matchAll(OUR_PATH)].at(-1);
  if (ours) {
    const path = ours[1] ? `model::${ours[2]}` : ours[2];
    return OUR_PARTS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'our other code';
  }
  return OTHER_PARTS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other code';
}

/** Skips a constant expression (an offset of a data segment). */
function skipConstExpr(bytes, state) {
  while (bytes[state.at++] !== 0x0b);
}

/**
 * Function bodies (with their names) and data segments of a wasm module.
 * Understands the sections rustc and wasm-opt emit; nothing more.
 */
export function readModule(bytes) {
  let imported = 0;
  const bodies = [];
  const names = new Map();
  const data = [];
  for (const { id, body } of sections(bytes)) {
    const state = { at: 0 };
    if (id === 2) {
      const count = readLeb(body, state);
      for (let i = 0; i < count; i++) {
        readName(body, state); // module
        readName(body, state); // field
        if (skipImportDescription(body, state) === 0) imported++;
      }
    } else if (id === 10) {
      const count = readLeb(body, state);
      for (let i = 0; i < count; i++) {
        const length = readLeb(body, state);
        bodies.push({ index: imported + i, bytes: body.subarray(state.at, state.at + length) });
        state.at += length;
      }
    } else if (id === 11) {
      const count = readLeb(body, state);
      for (let i = 0; i < count; i++) {
        const flags = readLeb(body, state);
        if (flags === 2) readLeb(body, state);
        if (flags !== 1) skipConstExpr(body, state);
        const length = readLeb(body, state);
        data.push(body.subarray(state.at, state.at + length));
        state.at += length;
      }
    } else if (id === 0 && readName(body, state) === 'name') {
      while (state.at < body.length) {
        const kind = body[state.at++];
        const length = readLeb(body, state);
        const next = state.at + length;
        if (kind === 1) {
          const count = readLeb(body, state);
          for (let i = 0; i < count; i++) {
            const index = readLeb(body, state);
            names.set(index, readName(body, state));
          }
        }
        state.at = next;
      }
    }
  }
  return { functions: bodies.map((body) => ({ ...body, name: names.get(body.index) ?? '' })), data };
}

/** Marks in `taken` every occurrence of `needle` in `haystack`; returns the bytes marked. */
function mark(haystack, needle, taken) {
  let count = 0;
  for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1)) {
    for (let i = from; i < from + needle.length; i++) {
      if (!taken[i]) {
        taken[i] = 1;
        count++;
      }
    }
  }
  return count;
}

/**
 * The parts of `wasm` (a module with function names) and their raw and
 * estimated brotli sizes. `content` is the built-in summary's JSON text,
 * `i18nStrings` every interface string; both are found in the data.
 * `brotliTotal` is the brotli size of the module as shipped (no names).
 */
export function wasmParts(wasm, { content, i18nStrings, brotliTotal }) {
  const { functions, data } = readModule(wasm);
  const parts = new Map();
  const add = (part, bytes) => {
    const entry = parts.get(part) ?? { part, chunks: [], raw: 0 };
    entry.chunks.push(bytes);
    entry.raw += bytes.length;
    parts.set(part, entry);
  };
  for (const fn of functions) {
    add(partOf(fn.name), fn.bytes);
  }
  const allData = Buffer.concat(data);
  const taken = new Uint8Array(allData.length);
  const contentBytes = Buffer.from(content);
  mark(allData, contentBytes, taken);
  add('content: the built-in summary', contentBytes);
  const i18nChunks = [];
  for (const text of new Set(i18nStrings)) {
    const needle = Buffer.from(text);
    if (needle.length >= 2 && mark(allData, needle, taken) > 0) i18nChunks.push(needle);
  }
  add('i18n tables (six languages)', Buffer.concat(i18nChunks));
  add('other data (messages, Unicode tables, vtables)', Buffer.from(allData.filter((_, i) => !taken[i])));

  const rows = [...parts.values()].map(({ part, chunks, raw }) => ({
    part,
    raw,
    alone: brotli(Buffer.concat(chunks)),
  }));
  const aloneTotal = rows.reduce((sum, row) => sum + row.alone, 0);
  for (const row of rows) row.brotli = Math.round((row.alone * brotliTotal) / aloneTotal);
  return rows.sort((a, b) => b.brotli - a.brotli);
}
