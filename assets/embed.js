// conference-summary: the one script a host page includes.
//
//   <script type="module" async src="https://widgets.example.org/conference-summary/embed.js"></script>
//   <conference-summary></conference-summary>
//
// This file has a stable name. The build bundles it with the modules in
// ./loader/ into the one embed.js a host serves, and writes into it the
// hashed names of the WebAssembly, its glue and the stylesheet
// (scripts/write-loader); all three are found relative to embed.js's own
// URL, so the widget can be served from any origin. It starts loading the
// WebAssembly as soon as the page has an element that needs it (one not
// `loading="lazy"`, or a lazy one near the viewport: loader/lazy.js), defines
// the <conference-summary> element as soon as the page is parsed, and owns
// the element's life on the page: when each
// widget starts (loader/scheduler.js), fetching `src` (loader/fetches.js),
// the shared stylesheet (loader/stylesheet.js), recovering from a panic
// (loader/instances.js). The WebAssembly (src/embed) owns everything inside
// the element (loader/element.js). See README.md for attributes, methods and
// events, and docs/architecture.md for how the two meet.
//
// The modules only declare; everything starts here, once per page: a second
// copy of the loader on an already defined page does nothing.
import { TAG } from './loader/constants.js';
import { currentGeneration, watchForTraps } from './loader/instances.js';
import { ConferenceSummaryElement } from './loader/element.js';
import { EAGER } from './loader/lazy.js';

if (!customElements.get(TAG)) {
  watchForTraps();
  // The WebAssembly loads while the page is still being parsed (the snippet's
  // script is async) as soon as an element that starts at once is there;
  // the element is defined once the page is parsed, so that no element is
  // upgraded before its prerendered shadow root has arrived. By then the
  // first generation is often ready, and prerendered widgets are swapped in
  // before the page's load event lays them out. A page of lazy elements
  // only loads it once one nears the viewport; an element added later
  // loads it as it connects.
  const needed = () => document.querySelector(EAGER) && currentGeneration();
  const define = () => {
    if (!customElements.get(TAG)) customElements.define(TAG, ConferenceSummaryElement);
  };
  if (document.readyState === 'loading') {
    if (!needed()) {
      // The script may run before the elements are parsed: the first one
      // that starts at once starts the load as soon as the parser adds it.
      const parsed = document.getElementsByTagName(TAG);
      let seen = 0;
      const watch = new MutationObserver(() => {
        if (parsed.length === seen) return;
        seen = parsed.length;
        if (needed()) watch.disconnect();
      });
      watch.observe(document, { childList: true, subtree: true });
      document.addEventListener('DOMContentLoaded', () => watch.disconnect(), { once: true });
    }
    document.addEventListener('DOMContentLoaded', define, { once: true });
  } else define();
}
