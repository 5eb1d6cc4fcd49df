// conference-summary: the one script a host page includes.
//
//   <script type="module" async src="https://widgets.example.org/conference-summary/embed.js"></script>
//   <conference-summary></conference-summary>
//
// This file has a stable name; the build writes the hashed names of the
// WebAssembly, its glue and the stylesheet into it (scripts/write-loader),
// and all three are found relative to this file's own URL, so the widget can
// be served from any origin. It starts loading the WebAssembly at once,
// defines the <conference-summary> element as soon as the page is parsed,
// and owns the element's life on the page: when each widget starts,
// fetching `src`, recovering from a panic. The WebAssembly (src/embed) owns
// everything inside the element. See README.md for attributes, methods and
// events, and docs/architecture.md for how the two meet.

const GLUE = '__CONFERENCE_SUMMARY_GLUE__';
const WASM = '__CONFERENCE_SUMMARY_WASM__';
const STYLESHEET = '__CONFERENCE_SUMMARY_STYLESHEET__';
// The element's tag, attributes, sections, defaults and event names, from
// the one description of its API (src/element_api, `element-api loader`).
const API = __CONFERENCE_SUMMARY_API__;
const { tag: TAG, attributes: ATTRIBUTE, events: EVENT } = API;
// The loader's own handles on its elements; not part of their public API.
const RESTART = Symbol('restart');
const MOUNT = Symbol('mount');

if (!customElements.get(TAG)) {
  const glueUrl = new URL(GLUE, import.meta.url).href;
  const wasmUrl = new URL(WASM, import.meta.url);
  const stylesheetUrl = new URL(STYLESHEET, import.meta.url).href;

  // The module is fetched and compiled once per page. Every element uses one
  // instance of it, a "generation"; a panic leaves an instance unusable (it
  // traps), so the elements then move to a fresh one.
  let compiled = null;
  const compile = () => {
    compiled ??= WebAssembly.compileStreaming(fetch(wasmUrl)).catch(async () =>
      // A server that sends the wrong content type defeats compileStreaming.
      WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer()),
    );
    return compiled;
  };

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

  // The stylesheet, fetched beside the wasm (or read from a prerendered
  // element's) and parsed once into a sheet that the shadow root of every
  // widget without a prerendered one adopts: a prerendered widget keeps the
  // <link> it came with, loaded already. Null where the browser cannot adopt
  // sheets, or the fetch fails: each widget then links the stylesheet.
  let shared = null;
  const sharedSheet = () => {
    shared ??= (async () => {
      if (!('adoptedStyleSheets' in ShadowRoot.prototype && 'replaceSync' in CSSStyleSheet.prototype)) return null;
      try {
        let text = prerenderedStylesheet();
        if (text === null) {
          const response = await fetch(stylesheetUrl);
          if (!response.ok) return null;
          text = await response.text();
        }
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return sheet;
      } catch {
        return null;
      }
    })();
    return shared;
  };

  let generation = null;
  const currentGeneration = () => {
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

  // Widgets start in slices of about SLICE_MS, each slice a task of its own,
  // so that a page with many of them stays responsive while they start. A
  // widget's first render runs as a microtask right after its start; the
  // check queued behind it sees the time that took too.
  const SLICE_MS = 12;
  // More widgets than this on the page and each is laid out only when the
  // reader nears it (the stylesheet's .cs-crowded): fifty widgets lay out
  // the few in view. With fewer, a widget's height is its own from `ready` on.
  const CROWD = 4;
  const waiting = [];
  const turns = new MessageChannel();
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
  turns.port1.onmessage = startSlice;
  const startSoon = (element) => {
    waiting.push(element);
    if (starting) return;
    starting = true;
    startSlice();
  };

  // The element whose call or user event is running, so that a panic can be
  // laid at its door; cleared once its renders have run.
  let culprit = null;
  const suspect = (element) => {
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
  const isOurTrap = (error) =>
    error instanceof WebAssembly.RuntimeError &&
    ([wasmUrl.href, glueUrl].some((url) => String(error.stack).includes(url)) || culprit !== null);
  // Traps already recovered from: an engine may report one trap twice (a
  // window error, then an unhandled rejection), and the second must not
  // poison the fresh instance the first one led to.
  const recovered = new WeakSet();
  /** Logs the trap once and moves every element of its instance to a fresh one. */
  const recover = (trap) => {
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
  // Traps in event listeners and tasks reach no caller of ours: they surface
  // here, and the host page's console need not report them a second time.
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

  /**
   * Fetches summary JSON; resolves to { text } or { error, detail } with
   * error a LoadErrorKind of the glue, never rejects.
   */
  const fetchSummary = async (url, timeoutMs, Kind) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) return { error: Kind.Http, detail: String(response.status) };
      const type = response.headers.get('content-type') ?? '';
      if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) return { error: Kind.Type, detail: type };
      return { text: await response.text() };
    } catch (error) {
      return abort.signal.aborted
        ? { error: Kind.Timeout, detail: String(timeoutMs) }
        : { error: Kind.Network, detail: String(error?.message ?? error) };
    } finally {
      clearTimeout(timer);
    }
  };
  // Widgets with the same `src` (and timeout) share one request in flight.
  const inFlight = new Map();
  const fetchShared = (url, timeoutMs, Kind) => {
    const key = `${timeoutMs} ${url.href}`;
    let request = inFlight.get(key);
    if (!request) {
      request = fetchSummary(url, timeoutMs, Kind).finally(() => inFlight.delete(key));
      inFlight.set(key, request);
    }
    return request;
  };

  class ConferenceSummaryElement extends HTMLElement {
    static observedAttributes = API.observedAttributes;

    #widget = null;
    #generation = null;
    #glue = null;
    /** The shared stylesheet this widget adopts, or null: see `sharedSheet`. */
    #sheet = null;
    #loads = 0;
    #crash = null;
    /** Whether a summary has been shown: until then, expandAll and collapseAll wait. */
    #shown = false;
    #pendingQuotes = null;

    constructor() {
      super();
      // User events reach the widget's listeners after these, in the same task.
      for (const type of ['click', 'keydown']) this.addEventListener(type, () => suspect(this), true);
      // Ours is the element's first listener: the page's own see the quotes as asked.
      this.addEventListener(EVENT.ready, () => {
        this.#shown = true;
        if (this.#pendingQuotes !== null) this.#setAllQuotes(this.#pendingQuotes);
        this.#pendingQuotes = null;
      });
    }

    connectedCallback() {
      if (this.#widget) return; // moved within the page: keep state
      this.#reserve();
      this.#start(null);
    }

    /**
     * Until the widget has rendered (or failed), the element has the custom
     * state `loading`, so that the page's own rules (README) can hold the
     * widget's size meanwhile. A prerendered element has its markup already.
     */
    #reserve() {
      if (this.shadowRoot) return;
      try {
        const states = this.attachInternals().states;
        states.add(API.loadingState);
        const done = () => states.delete(API.loadingState);
        this.addEventListener(EVENT.ready, done, { once: true });
        this.addEventListener(EVENT.error, done, { once: true });
      } catch {
        // No custom states in this browser: the page's rules end at definition.
      }
    }

    /** Waits for the module, then for this element's turn to start. */
    #start(crash) {
      const chosen = currentGeneration();
      Promise.all([chosen.ready, this.#linksStylesheet() ? null : sharedSheet()]).then(
        ([glue, sheet]) => {
          if (!this.isConnected || this.#widget) return;
          // Poisoned while loading: the next generation is on its way.
          if (chosen.poisoned) {
            this.#start(crash);
            return;
          }
          this.#crash = crash;
          this.#generation = chosen;
          this.#glue = glue;
          this.#sheet = sheet;
          startSoon(this);
        },
        (error) => this.#failed(error),
      );
    }

    /** Whether the shadow root (prerendered) links the stylesheet already. */
    #linksStylesheet() {
      return Array.from(this.shadowRoot?.children ?? []).some(
        (child) => child.localName === 'link' && child.rel === 'stylesheet' && child.href === stylesheetUrl,
      );
    }

    /** Its turn: creates the widget, unless the element left or its instance broke meanwhile. */
    [MOUNT]() {
      const chosen = this.#generation;
      if (!this.isConnected || this.#widget || !chosen) return;
      if (chosen.poisoned) {
        this.#generation = null;
        this.#start(this.#crash);
        return;
      }
      const glue = this.#glue;
      const sheet = this.#sheet;
      const crash = this.#crash;
      let widget;
      try {
        const crowded = document.querySelectorAll(TAG).length > CROWD;
        widget = this.#call(() => new glue.Widget(this, sheet, stylesheetUrl, crowded));
        if (crash !== null) widget?.show_crash(crash);
      } catch (error) {
        this.#failed(error);
        return;
      }
      chosen.elements.add(this);
      // A trap while starting: the recovery restarts this element too.
      if (!widget) return;
      this.#widget = widget;
      // Without `src` the widget shows its inline or built-in summary itself.
      if (crash === null && this.hasAttribute(ATTRIBUTE.src)) this.#load();
    }

    /** The widget could not start here: says so in the console and to the page. */
    #failed(error) {
      console.error('conference-summary: the widget could not load', error);
      this.dispatchEvent(new CustomEvent(EVENT.error, {
        bubbles: true,
        composed: true,
        detail: { message: `the widget could not load: ${error?.message ?? error}` },
      }));
    }

    /**
     * Calls into the widget, which is then the suspect of any panic. A trap
     * here stops with us: the page's own call (say, `setAttribute`) goes on.
     */
    #call(action) {
      suspect(this);
      try {
        return action(this.#widget);
      } catch (error) {
        if (!isOurTrap(error)) throw error;
        recover(error);
        return null;
      }
    }

    /** Lets go of the widget and its instance: after a panic, or on removal. */
    #release() {
      this.#generation?.elements.delete(this);
      const widget = this.#widget;
      this.#widget = null;
      this.#generation = null;
      this.#shown = false;
      this.#loads += 1;
      return widget;
    }

    /**
     * After a panic elsewhere, moves to a fresh instance; after one of its
     * own (`crash` is its message), shows the error box there instead.
     */
    [RESTART](crash) {
      // The old instance cannot be called any more; its memory goes with it.
      this.#release();
      this.shadowRoot?.replaceChildren();
      if (this.isConnected) this.#start(crash);
    }

    disconnectedCallback() {
      // A move is a disconnect then a connect in the same task: wait a turn.
      queueMicrotask(() => {
        if (this.isConnected || !this.#widget) return;
        const widget = this.#release();
        widget.destroy();
        widget.free();
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (!this.#widget || oldValue === newValue) return;
      if (name === ATTRIBUTE.src) this.#load();
      else this.#call((widget) => widget.attribute_changed(name));
    }

    /** The section shown; reflects the `section` attribute. */
    get section() {
      if (this.#widget) return this.#call((widget) => widget.section) ?? API.defaultSection;
      const asked = this.getAttribute(ATTRIBUTE.section);
      return API.sections.includes(asked) ? asked : API.defaultSection;
    }

    set section(id) {
      this.setAttribute(ATTRIBUTE.section, id);
    }

    /** Shows a section by id: overview, quotes, programme, participants or funders. */
    showSection(id) {
      this.section = id;
    }

    /** Opens every quote. */
    expandAll() {
      this.#setAllQuotes(true);
    }

    /** Closes every quote. */
    collapseAll() {
      this.#setAllQuotes(false);
    }

    #setAllQuotes(open) {
      if (this.#widget && this.#shown) this.#call((widget) => widget.set_all_quotes(open));
      else this.#pendingQuotes = open;
    }

    #load() {
      const src = this.getAttribute(ATTRIBUTE.src);
      const load = ++this.#loads;
      if (!src) {
        this.#call((widget) => widget.use_local_summary());
        return;
      }
      const Kind = this.#glue.LoadErrorKind;
      const timeout = Number(this.getAttribute(ATTRIBUTE.timeout)) || API.defaultTimeout;
      let url;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        this.#call((widget) => widget.set_load_error(Kind.Url, ''));
        return;
      }
      this.#call((widget) => widget.set_loading());
      fetchShared(url, timeout, Kind).then((result) => {
        // A newer load, removal or a restart makes this one moot.
        if (load !== this.#loads || !this.#widget) return;
        if ('text' in result) this.#call((widget) => widget.set_summary_json(result.text, url.href));
        else this.#call((widget) => widget.set_load_error(result.error, result.detail));
      });
    }
  }

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
