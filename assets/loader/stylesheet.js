// The page's one shared stylesheet: fetched beside the wasm (or read from a
// prerendered element's) and parsed once into a sheet that the shadow root
// of every widget without a prerendered one adopts: a prerendered widget
// keeps the <link> it came with, loaded already.
import { TAG, stylesheetUrl } from './constants.js';

// The text of the stylesheet as a prerendered element on the page already
// has it (its <link> to this very stylesheet, loaded and readable): no
// second request for what the page has just downloaded. Null otherwise:
// no such element, the sheet still loading, or another origin's sheet
// without CORS, whose rules the page may not read.
const prerenderedStylesheet = () => {
  for (const host of document.querySelectorAll(TAG)) {
    for (const link of host.shadowRoot?.querySelectorAll('link[rel=stylesheet]') ?? []) {
      if (link.href !== stylesheetUrl || !link.sheet) continue;
      try {
        return Array.from(link.sheet.cssRules, (rule) => rule.cssText).join('\n');
      } catch {
        // Not readable (yet): try the next one, then fetch.
      }
    }
  }
  return null;
};

let shared = null;
/**
 * The shared sheet, once. Null where the browser cannot adopt sheets, or
 * the fetch fails or takes longer than `timeoutMs` (the first widget's
 * `timeout`): each widget then links the stylesheet, so that a stalled
 * request leaves no widget waiting.
 */
export const sharedSheet = (timeoutMs) => {
  shared ??= (async () => {
    if (!('adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype)) return null;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      let text = prerenderedStylesheet();
      if (text === null) {
        const response = await fetch(stylesheetUrl, { signal: abort.signal });
        if (!response.ok) return null;
        text = await response.text();
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    } catch {
      // Aborted in time, or failed: the links are a full remedy, as quiet
      // as the link a browser without adoptable sheets gets.
      return null;
    } finally {
      clearTimeout(timer);
    }
  })();
  return shared;
};

/** Whether a (prerendered) shadow root links the stylesheet already. */
export const linksStylesheet = (root) =>
  Array.from(root?.children ?? []).some(
    (child) => child.localName === 'link' && child.rel === 'stylesheet' && child.href === stylesheetUrl,
  );
