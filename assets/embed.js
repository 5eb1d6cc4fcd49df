// conference-summary: the one script a host page includes.
//
//   <script type="module" src="https://widgets.example.org/conference-summary/embed.js"></script>
//   <conference-summary></conference-summary>
//
// This file has a stable name; the build writes the hashed names of the
// WebAssembly, its glue and the stylesheet into it (scripts/write-loader),
// and all three are found relative to this file's own URL, so the widget can be served
// from any origin. It defines the <conference-summary> element at once; the
// WebAssembly does the rest. See README.md for attributes, methods and events.

const GLUE = '__CONFERENCE_SUMMARY_GLUE__';
const WASM = '__CONFERENCE_SUMMARY_WASM__';
const STYLESHEET = '__CONFERENCE_SUMMARY_STYLESHEET__';
const TAG = 'conference-summary';
const DEFAULT_TIMEOUT_MS = 10000;

if (!customElements.get(TAG)) {
  const glueUrl = new URL(GLUE, import.meta.url).href;
  const wasmUrl = new URL(WASM, import.meta.url);
  const stylesheetUrl = new URL(STYLESHEET, import.meta.url).href;
  // One module, compiled once, shared by every element on the page.
  let loading = null;
  const loadWasm = () => {
    loading ??= import(glueUrl).then(async (glue) => {
      await glue.default({ module_or_path: wasmUrl });
      return glue;
    });
    return loading;
  };

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
    static observedAttributes = ['section', 'theme', 'lang', 'src', 'expanded', 'deep-link'];

    #widget = null;
    #loads = 0;
    #pendingQuotes = null;

    connectedCallback() {
      if (this.#widget) return; // moved within the page: keep state
      loadWasm().then(
        (glue) => {
          if (!this.isConnected || this.#widget) return;
          this.#widget = new glue.Widget(this, stylesheetUrl);
          if (this.#pendingQuotes !== null) this.#widget.set_all_quotes(this.#pendingQuotes);
          this.#pendingQuotes = null;
          // Without `src` the widget shows its inline or built-in summary itself.
          if (this.hasAttribute('src')) this.#load();
        },
        (error) => {
          console.error('conference-summary: the widget could not load', error);
          this.dispatchEvent(new CustomEvent(`${TAG}:error`, {
            bubbles: true,
            composed: true,
            detail: { message: `the widget could not load: ${error?.message ?? error}` },
          }));
        },
      );
    }

    disconnectedCallback() {
      // A move is a disconnect then a connect in the same task: wait a turn.
      queueMicrotask(() => {
        if (this.isConnected || !this.#widget) return;
        this.#loads += 1;
        this.#widget.destroy();
        this.#widget.free();
        this.#widget = null;
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (!this.#widget || oldValue === newValue) return;
      if (name === 'src') this.#load();
      else this.#widget.attribute_changed(name);
    }

    /** The section shown; reflects the `section` attribute. */
    get section() {
      return this.getAttribute('section') ?? 'overview';
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
      if (this.#widget) this.#widget.set_all_quotes(open);
      else this.#pendingQuotes = open;
    }

    #load() {
      const src = this.getAttribute('src');
      const load = ++this.#loads;
      if (!src) {
        this.#widget.use_local_summary();
        return;
      }
      const timeout = Number(this.getAttribute('timeout')) || DEFAULT_TIMEOUT_MS;
      let url;
      try {
        url = new URL(src, document.baseURI);
      } catch {
        this.#widget.set_load_error('url', src);
        return;
      }
      this.#widget.set_loading();
      fetchSummary(url, timeout).then((result) => {
        // A newer load, or removal, makes this one moot.
        if (load !== this.#loads || !this.#widget) return;
        if ('text' in result) this.#widget.set_summary_json(result.text, url.href);
        else this.#widget.set_load_error(result.error, result.detail);
      });
    }
  }

  customElements.define(TAG, ConferenceSummaryElement);
}
