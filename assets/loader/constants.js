// What the build writes into the loader (scripts/write-loader,
// scripts/hashed-names.mjs): the content-hashed names of the WebAssembly,
// its glue and the stylesheet with their integrity hashes (SRI), and the
// element's tag, attributes, sections, defaults and event names from the one
// description of its API (src/element_api, `element-api loader`).
export const API = __CONFERENCE_SUMMARY_API__;
export const { tag: TAG, attributes: ATTRIBUTE, events: EVENT } = API;

// Bundled, this module is part of embed.js, so its siblings are found beside
// embed.js, wherever that is served from. Each name is written as a literal
// `new URL('./…', import.meta.url)`, the one shape bundlers (Vite, webpack,
// Rollup with a plugin) follow: a bundled page then carries the three files,
// named as the bundler likes, and these URLs say where.
const glue = new URL('./__CONFERENCE_SUMMARY_GLUE__', import.meta.url);
const wasm = new URL('./__CONFERENCE_SUMMARY_WASM__', import.meta.url);
const stylesheet = new URL('./__CONFERENCE_SUMMARY_STYLESHEET__', import.meta.url);
export const glueUrl = glue.href;
export const wasmUrl = wasm;
export const stylesheetUrl = stylesheet.href;

// A file is checked against its integrity hash where it is served under the
// name the release gave it (a release folder, a CDN, the npm package, a dev
// server). A bundler that renamed it has made it an asset of the page's own
// build, which may minify it again (webpack does): its bytes are the build's.
const checked = (url, name, integrity) => (url.pathname.endsWith(`/${name}`) ? integrity : '');
export const GLUE_INTEGRITY = checked(glue, '__CONFERENCE_SUMMARY_GLUE__', '__CONFERENCE_SUMMARY_GLUE_INTEGRITY__');
export const WASM_INTEGRITY = checked(wasm, '__CONFERENCE_SUMMARY_WASM__', '__CONFERENCE_SUMMARY_WASM_INTEGRITY__');
export const STYLESHEET_INTEGRITY = checked(
  stylesheet,
  '__CONFERENCE_SUMMARY_STYLESHEET__',
  '__CONFERENCE_SUMMARY_STYLESHEET_INTEGRITY__',
);
