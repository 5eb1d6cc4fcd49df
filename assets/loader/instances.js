// The WebAssembly's instances, and recovery from a panic. The module is
// fetched and compiled once per page. Every element uses one instance of it,
// a "generation"; a panic leaves an instance unusable (it traps), so the
// elements then move to a fresh one.
import { ATTRIBUTE, TAG, glueUrl, wasmUrl } from './constants.js';

/** The element's method that moves it to a fresh instance: the loader's, not the page's. */
export const RESTART = Symbol('restart');

let compiled = null;
const compile = () => {
  compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl)).catch(async () =>
    // A server that sends the wrong content type defeats compileStreaming.
    WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer()),
  );
  return compiled;
};

let generation = null;
/** The instance new widgets start in: the one in use, or a fresh one after a panic. */
export const currentGeneration = () => {
  if (generation && !generation.poisoned) return generation;
  const number = (generation?.number ?? 0) + 1;
  // Another URL is another module instance, with a glue state of its own.
  const url = number === 1 ? glueUrl : `${glueUrl}?instance=${number}`;
  const next = { number, poisoned: false, elements: new Set() };
  next.ready = Promise.all([import(url), compile()]).then(([glue, module]) => {
    // Compiled already: instantiating is quick, and in the same task.
    glue.initSync({ module });
    // The built-in summary, parsed while the page may still be loading,
    // unless the page is loaded and no widget here shows it.
    if (document.readyState === 'loading' || document.querySelector(`${TAG}:not([${ATTRIBUTE.src}])`)) {
      glue.Widget.prepare();
    }
    return glue;
  });
  // Elements that wait for it handle a failure; until one does (it may be
  // defined later than this starts), a failure is not an unhandled one.
  next.ready.catch(() => {});
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

// A panic ends in a trap: a WebAssembly.RuntimeError thrown out of our
// module (the release build aborts at once, without a panic hook: see
// scripts/release-build). Ours, not some other module's on the page, when
// its stack names our module or glue (V8 and SpiderMonkey name the module
// in wasm frames; every engine names the glue in the JavaScript frames
// that called in), or else when it surfaces while one of our widgets is
// handling a call or a reader's event: a stack cut short, or an engine
// that names no URL, still leads back to us.
export const isOurTrap = (error) =>
  error instanceof WebAssembly.RuntimeError &&
  ([wasmUrl.href, glueUrl].some((url) => String(error.stack).includes(url)) || culprit !== null);

// Traps already recovered from: an engine may report one trap twice (a
// window error, then an unhandled rejection), and the second must not
// poison the fresh instance the first one led to.
const recovered = new WeakSet();
/** Logs the trap once and moves every element of its instance to a fresh one. */
export const recover = (trap) => {
  if (recovered.has(trap)) return;
  recovered.add(trap);
  const poisoned = generation;
  if (!poisoned || poisoned.poisoned) return;
  poisoned.poisoned = true;
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
  addEventListener('error', (event) => {
    if (!isOurTrap(event.error)) return;
    event.preventDefault();
    recover(event.error);
  });
  addEventListener('unhandledrejection', (event) => {
    if (!isOurTrap(event.reason)) return;
    event.preventDefault();
    recover(event.reason);
  });
};
