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
// WebAssembly at once, defines the <conference-summary> element as soon as
// the page is parsed, and owns the element's life on the page: when each
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

if (!customElements.get(TAG)) {
  watchForTraps();
  // The WebAssembly loads while the page is still being parsed (the snippet's
  // script is async); the element is defined once the page is parsed, so that
  // no element is upgraded before its prerendered shadow root has arrived.
  // By then the first generation is often ready, and prerendered widgets are
  // swapped in before the page's load event lays them out.
  currentGeneration();
  const define = () => {
    if (!customElements.get(TAG)) customElements.define(TAG, ConferenceSummaryElement);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
  else define();
}
