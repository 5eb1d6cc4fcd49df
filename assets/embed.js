// conference-summary: the one script a host page includes.
//
//   <script type="module" src="https://widgets.example.org/conference-summary/embed.js"></script>
//   <conference-summary></conference-summary>
//
// This file has a stable name; the build writes the hashed names of the
// WebAssembly, its glue and the stylesheet into it (scripts/write-loader),
// and all three are found relative to this file's own URL, so the widget can
// be served from any origin. It defines the <conference-summary> element at
// once; the WebAssembly does the rest. See README.md for attributes, methods
// and events.

const GLUE = '__CONFERENCE_SUMMARY_GLUE__';
const WASM = '__CONFERENCE_SUMMARY_WASM__';
const STYLESHEET = '__CONFERENCE_SUMMARY_STYLESHEET__';
// The element's tag, observed attributes, defaults and event names, from the
// one description of its API (src/element_api, `element-api loader`).
const API = __CONFERENCE_SUMMARY_API__;
const TAG = API.tag;
// The loader's own handle on its elements; not part of their public API.
const RESTART = Symbol('restart');

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
  let generation = null;
  const currentGeneration = () => {
    if (generation && !generation.poisoned) return generation;
    const number = (generation?.number ?? 0) + 1;
    // Another URL is another module instance, with a glue state of its own.
    const url = number === 1 ? glueUrl : `${glueUrl}?instance=${number}`;
    const next = { number, poisoned: false, elements: new Set() };
    next.ready = Promise.all([import(url), compile()]).then(async ([glue, module]) => {
      await glue.default({ module_or_path: module });
      return glue;
    });
    generation = next;
    return next;
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
  // scripts/release-build). Ours, not some other module's on the page: V8
  // names the module's URL in the stack's wasm frames when it was compiled
  // streaming, and the glue's frames name the glue.
  const isOurTrap = (error) =>
    error instanceof WebAssembly.RuntimeError &&
    [wasmUrl.href, glueUrl].some((url) => String(error.stack).includes(url));
  /** Logs the trap once and moves every element of its instance to a fresh one. */
  const recover = (trap) => {
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

  /** Fetches summary JSON; resolves to { text } or { error, detail }, never rejects. */
  const fetchSummary = async (url, timeoutMs) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) return { error: 'http', detail: String(response.status) };
      const type = response.headers.get('content-type') ?? '';
      if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) return { error: 'type', detail: type };
      return { text: await response.text() };
    } catch (error) {
      return abort.signal.aborted
        ? { error: 'timeout', detail: String(timeoutMs) }
        : { error: 'network', detail: String(error?.message ?? error) };
    } finally {
      clearTimeout(timer);
    }
  };

  class ConferenceSummaryElement extends HTMLElement {
    static observedAttributes = API.observedAttributes;

    #widget = null;
    #generation = null;
    #loads = 0;
    #pendingQuotes = null;

    constructor() {
      super();
      // User events reach the widget's listeners after these, in the same task.
      for (const type of ['click', 'keydown']) this.addEventListener(type, () => suspect(this), true);
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
        this.addEventListener(API.events.ready, done, { once: true });
        this.addEventListener(API.events.error, done, { once: true });
      } catch {
        // No custom states in this browser: the page's rules end at definition.
      }
    }

    #start(crash) {
      const chosen = currentGeneration();
      chosen.ready.then(
        (glue) => {
          if (!this.isConnected || this.#widget) return;
          // Poisoned while loading: the next generation is on its way.
          if (chosen.poisoned) {
            this.#start(crash);
            return;
          }
          let widget;
          try {
            widget = this.#call(() =>
              crash === null ? new glue.Widget(this, stylesheetUrl) : glue.Widget.crashed(this, stylesheetUrl, crash),
            );
          } catch (error) {
            this.#failed(error);
            return;
          }
          this.#generation = chosen;
          chosen.elements.add(this);
          // A trap while starting: the recovery restarts this element too.
          if (!widget) return;
          this.#widget = widget;
          if (crash !== null) return;
          if (this.#pendingQuotes !== null) this.#call((widget) => widget.set_all_quotes(this.#pendingQuotes));
          this.#pendingQuotes = null;
          // Without `src` the widget shows its inline or built-in summary itself.
          if (this.hasAttribute('src')) this.#load();
        },
        (error) => this.#failed(error),
      );
    }

    /** The widget could not start here: says so in the console and to the page. */
    #failed(error) {
      console.error('conference-summary: the widget could not load', error);
      this.dispatchEvent(new CustomEvent(API.events.error, {
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

    /**
     * After a panic elsewhere, moves to a fresh instance; after one of its
     * own (`crash` is its message), shows the error box there instead.
     */
    [RESTART](crash) {
      // The old instance cannot be called any more; its memory goes with
      // it, and so does its markup, which the new one must not hydrate.
      this.#generation?.elements.delete(this);
      this.#widget = null;
      this.#generation = null;
      this.#loads += 1;
      this.shadowRoot?.replaceChildren();
      if (this.isConnected) this.#start(crash);
    }

    disconnectedCallback() {
      // A move is a disconnect then a connect in the same task: wait a turn.
      queueMicrotask(() => {
        if (this.isConnected || !this.#widget) return;
        this.#loads += 1;
        const widget = this.#widget;
        this.#generation.elements.delete(this);
        this.#widget = null;
        this.#generation = null;
        widget.destroy();
        widget.free();
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (!this.#widget || oldValue === newValue) return;
      if (name === 'src') this.#load();
      else this.#call((widget) => widget.attribute_changed(name));
    }

    /** The section shown; reflects the `section` attribute. */
    get section() {
      return this.getAttribute('section') ?? API.defaultSection;
    }

    set section(id) {
      this.setAttribute('section', id);
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
      if (this.#widget) this.#call((widget) => widget.set_all_quotes(open));
      else this.#pendingQuotes = open;
    }

    #load() {
      const src = this.getAttribute('src');
      const load = ++this.#loads;
      if (!src) {
        this.#call((widget) => widget.use_local_summary());
        return;
      }
      const timeout = Number(this.getAttribute('timeout')) || API.defaultTimeout;
      let url;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        this.#call((widget) => widget.set_load_error('url', src));
        return;
      }
      this.#call((widget) => widget.set_loading());
      fetchSummary(url, timeout).then((result) => {
        // A newer load, removal or a restart makes this one moot.
        if (load !== this.#loads || !this.#widget) return;
        if ('text' in result) this.#call((widget) => widget.set_summary_json(result.text, url.href));
        else this.#call((widget) => widget.set_load_error(result.error, result.detail));
      });
    }
  }

  customElements.define(TAG, ConferenceSummaryElement);
}
