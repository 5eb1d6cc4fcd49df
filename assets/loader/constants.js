// What the build writes into the loader (scripts/write-loader): the hashed
// names of the WebAssembly, its glue and the stylesheet, and the element's
// tag, attributes, sections, defaults and event names from the one
// description of its API (src/element_api, `element-api loader`).
const GLUE = '__CONFERENCE_SUMMARY_GLUE__';
const WASM = '__CONFERENCE_SUMMARY_WASM__';
const STYLESHEET = '__CONFERENCE_SUMMARY_STYLESHEET__';
export const API = __CONFERENCE_SUMMARY_API__;
export const { tag: TAG, attributes: ATTRIBUTE, events: EVENT } = API;

// Bundled, this module is part of embed.js, so its siblings are found beside
// embed.js, wherever that is served from.
export const glueUrl = new URL(GLUE, import.meta.url).href;
export const wasmUrl = new URL(WASM, import.meta.url);
export const stylesheetUrl = new URL(STYLESHEET, import.meta.url).href;
