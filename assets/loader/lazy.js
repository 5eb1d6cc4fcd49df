// loading="lazy": such an element starts its widget, and so the page's
// fetch of the WebAssembly, its glue and the stylesheet, only once it nears
// the viewport (API.lazyMargin, from crates/model/src/element_api.rs), as
// lazy images do. One observer for every element of the page.
import { API, ATTRIBUTE, TAG } from './constants.js';

/** Whether `element` waits for the viewport to start. */
export const isLazy = (element) => element.getAttribute(ATTRIBUTE.loading) === API.lazy;

/** A selector for the elements that start at once. */
export const EAGER = `${TAG}:not([${ATTRIBUTE.loading}=${API.lazy}])`;

/** What each watched element does once near: its start. */
const waiting = new Map();
let observer = null;

/**
 * Stops watching `element`; whether it was watched (and so has not started
 * yet).
 */
export const stopWatching = (element) => {
  observer?.unobserve(element);
  return waiting.delete(element);
};

/** Calls `start` once `element` nears the viewport: at once in a browser without IntersectionObserver. */
export const whenNear = (element, start) => {
  if (typeof IntersectionObserver !== 'function') {
    start();
    return;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const near = waiting.get(entry.target);
        stopWatching(entry.target);
        near?.();
      }
    },
    { rootMargin: API.lazyMargin },
  );
  waiting.set(element, start);
  observer.observe(element);
};
