// When each widget starts. Widgets start in slices of about SLICE_MS, each
// slice a task of its own, so that a page with many of them stays responsive
// while they start. A widget's first render runs as a microtask right after
// its start; the check queued behind it sees the time that took too.

/** The element's method that creates its widget, called on its turn: the loader's, not the page's. */
export const MOUNT = Symbol('mount');

const SLICE_MS = 12;
const waiting = [];
// Made on the first start, so that a second copy of the loader on the page,
// which defines nothing, holds no channel either.
let turns = null;
let starting = false;
let sliceStart = 0;
const startOne = () => {
  const element = waiting.shift();
  if (!element) {
    starting = false;
    return;
  }
  element[MOUNT]();
  queueMicrotask(() => {
    if (performance.now() - sliceStart < SLICE_MS) startOne();
    else turns.port2.postMessage(null);
  });
};
const startSlice = () => {
  sliceStart = performance.now();
  startOne();
};

/** Queues the element's start behind the others waiting. */
export const startSoon = (element) => {
  waiting.push(element);
  if (starting) return;
  starting = true;
  if (!turns) {
    turns = new MessageChannel();
    turns.port1.onmessage = startSlice;
  }
  startSlice();
};
