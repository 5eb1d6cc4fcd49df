// The WebAssembly's instances, and recovery from a panic. The module is
// fetched and compiled once per page. Every element uses one instance of it,
// a "generation"; a panic leaves an instance unusable (it traps), so the
// elements then move to a fresh one, which takes the old one's place.
import { ATTRIBUTE, GLUE_INTEGRITY, TAG, WASM_INTEGRITY, glueUrl, wasmUrl } from './constants.js';
import { fetchChecked, importChecked } from './integrity.js';

/** The element's method that moves it to a fresh instance: the loader's, not the page's. */
export const RESTART = Symbol('restart');

/**
 * Panics a page recovers from. The one after which the count is reached
 * starts a last instance in which every widget of the page, and every one
 * added later, shows only the error box; a trap there stops the widgets for
 * good, each with an error event. Documented in README.md.
 */
const MAX_PANICS = 8;
/**
 * Loads of the module (its fetch and compile, or the glue's import) a page
 * tries: a failed one fails the widgets waiting for it, and the next widget
 * the page adds tries again, up to this count; then every later widget fails
 * at once. Only a new widget retries, never a timer: no loop.
 */
const MAX_LOADS = 3;

const compile = async () => {
  // Checked, the response comes whole: compileStreaming then still caches the code.
  const response = await fetchChecked(wasmUrl, WASM_INTEGRITY);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch {
    // A server that sends the wrong content type defeats compileStreaming.
    return WebAssembly.compile(await response.arrayBuffer());
  }
};

// The compiled module and the glue, kept once loaded and forgotten when
// their load fails, so that the next try starts over.
let compiled = null;
let imported = null;
let loads = 0;
const load = () => {
  loads += 1;
  compiled ??= compile().catch((error) => {
    compiled = null;
    throw error;
  });
  // A browser may remember a failed import of a URL: a retry asks for another.
  imported ??= importChecked(loads === 1 ? glueUrl : `${glueUrl}?load=${loads}`, GLUE_INTEGRITY).catch((error) => {
    imported = null;
    throw error;
  });
  return Promise.all([imported, compiled]).then(([glue, module]) => {
    // Compiled already: instantiating is quick, and in the same task.
    glue.initSync({ module });
    // The built-in summary, parsed while the page may still be loading,
    // unless the page is loaded and no widget here shows it.
    if (document.readyState === 'loading' || document.querySelector(`${TAG}:not([${ATTRIBUTE.src}])`)) {
      glue.Widget.prepare();
    }
    return glue;
  });
};

/**
 * A fresh instance in place of a poisoned one: the glue replaces its
 * instance in place (`__wbg_reset_state`, which the builds ask wasm-bindgen
 * for: scripts/bindgen/wasm-bindgen). Nothing then holds the old instance,
 * whose memory is freed; its wrappers and callbacks throw instead of calling
 * into the new one.
 */
const renew = (glue) => {
  glue.__wbg_reset_state();
  return glue;
};

let panics = 0;
let generation = null;
/**
 * The instance new widgets start in: the one in use, or a fresh one after a
 * panic or a failed load. `crash`, when not null, is what every widget of it
 * shows instead of a summary: past MAX_PANICS.
 */
export const currentGeneration = () => {
  const last = generation;
  if (last && !last.poisoned && !last.failed) return last;
  // Given up: its ready has failed, and so does every widget that asks.
  if (last?.failed && (last.final || loads >= MAX_LOADS)) return last;
  const stopped = `internal error: stopped after ${panics} panics on this page`;
  const final = last?.poisoned && panics >= MAX_PANICS;
  const next = { poisoned: false, failed: false, final, crash: final ? stopped : null, elements: new Set() };
  if (!last?.poisoned) next.ready = load();
  else if (last.final) next.ready = Promise.reject(new Error(stopped));
  else next.ready = last.ready.then(renew);
  next.ready.catch(() => {
    next.failed = true;
  });
  generation = next;
  return next;
};

// The element whose call or user event is running, so that a panic can be
// laid at its door; cleared once its renders have run.
let culprit = null;
export const suspect = (element) => {
  culprit = element;
  setTimeout(() => {
    if (culprit === element) culprit = null;
  });
};

// Whether the innermost frame of `error`'s stack that names a script is
// ours: the glue (JavaScript frames, in every engine; the wasm is only ever
// called through it), the wasm (V8 names it when compiled from the
// response), or the loader (Firefox names wasm frames after the script that
// compiled them). Frames of a module compiled from bytes name no script
// (wasm://), and WebKit names none for wasm: the next frame, the JavaScript
// that called in, tells. So a trap in the page's own WebAssembly, even in a
// listener for one of our events (our glue then further down the stack), is
// the page's.
const ours = [glueUrl, wasmUrl.href, import.meta.url];
const namesUs = (error) => {
  const script = String(error?.stack).match(/\b(?!wasm:)[a-z][\w+.-]*:\/\/[^\s)]+/i)?.[0] ?? '';
  return ours.some((url) => script.startsWith(url));
};

/**
 * A panic ends in a trap: a WebAssembly.RuntimeError thrown out of our
 * module (the release build aborts at once, without a panic hook: see
 * scripts/release-build). One that reaches the window (from a listener or
 * a task of ours) is ours when its stack says so; one thrown through a call
 * of ours is ours anyway (element.js). A trap of the page's own WebAssembly
 * is the page's, even in the same task as a click on a widget.
 */
export const isOurTrap = (error) => error instanceof WebAssembly.RuntimeError && namesUs(error);

// A callback of a released instance (a window listener the widget could not
// take off, since its instance had trapped) refuses to run: wasm-bindgen's
// glue throws this. It is ours, and it means nothing to the page.
const isStale = (error) => error instanceof Error && /from previous wasm instance/i.test(error.message) && namesUs(error);

// Traps already recovered from: an engine may report one trap twice (a
// window error, then an unhandled rejection), and the second must not
// poison the fresh instance the first one led to.
const recovered = new WeakSet();
/** Logs the trap once and moves every element of its instance to a fresh one. */
export const recover = (trap) => {
  if (recovered.has(trap)) return;
  recovered.add(trap);
  const poisoned = generation;
  if (!poisoned || poisoned.poisoned || poisoned.failed) return;
  poisoned.poisoned = true;
  panics += 1;
  const guilty = culprit;
  const message = `internal error: ${trap}`;
  console.error(`conference-summary: ${message}`, trap);
  // The trap may still be unwinding through its caller: recover after it.
  setTimeout(() => {
    for (const element of poisoned.elements) element[RESTART](element === guilty ? message : null);
  });
};

/**
 * Traps in event listeners and tasks reach no caller of ours: they surface
 * on the window, and the host page's console need not report them a second
 * time.
 */
export const watchForTraps = () => {
  const handle = (event, error) => {
    if (isStale(error)) event.preventDefault();
    else if (isOurTrap(error)) {
      event.preventDefault();
      recover(error);
    }
  };
  addEventListener('error', (event) => handle(event, event.error));
  addEventListener('unhandledrejection', (event) => handle(event, event.reason));
};
