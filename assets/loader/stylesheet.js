// The page's one shared stylesheet: fetched beside the wasm (or read from a
// prerendered element's) and parsed once into a sheet that the shadow root
// of every widget without a prerendered one adopts: a prerendered widget
// keeps the <link> it came with, loaded already. Bytes that do not match
// the stylesheet's integrity hash are never used.
import { STYLESHEET_INTEGRITY, TAG, stylesheetUrl } from './constants.js';
import { fetchChecked } from './integrity.js';

// The text of the stylesheet as a prerendered element on the page already
// has it (its <link> to this very stylesheet with its integrity hash, which
// the browser checked, loaded and readable): no second request for what the
// page has just downloaded. Null otherwise: no such element, an unchecked
// link, the sheet still loading, or another origin's sheet without CORS,
// whose rules the page may not read.
const prerenderedStylesheet = () => {
  for (const host of document.querySelectorAll(TAG)) {
    for (const link of host.shadowRoot?.querySelectorAll('link[rel=stylesheet]') ?? []) {
      if (link.href !== stylesheetUrl || link.integrity !== STYLESHEET_INTEGRITY || !link.sheet) continue;
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
 * request leaves no widget waiting. When the stylesheet's bytes do not
 * match its integrity hash, an empty sheet whose `refused` says so: the
 * widgets then show their error box, unstyled, and link nothing.
 */
export const sharedSheet = (timeoutMs) => {
  shared ??= (async () => {
    if (!('adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype)) return null;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      let text = prerenderedStylesheet();
      if (text === null) {
        // Asked for as a stylesheet: Vite's dev server answers other requests for it with a script.
        const response = await fetchChecked(stylesheetUrl, STYLESHEET_INTEGRITY, {
          signal: abort.signal,
          headers: { accept: 'text/css' },
        });
        text = await response.text();
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    } catch (error) {
      if (error?.mismatch) return Object.assign(new CSSStyleSheet(), { refused: error.message });
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
