// The <conference-summary> element: its life on the page (when its widget
// starts, its `src`, its methods before the widget is there), around the
// widget the WebAssembly creates in it (src/embed/widget.rs), which owns
// everything inside the element.
import { API, ATTRIBUTE, EVENT, TAG, stylesheetUrl } from './constants.js';
import { RESTART, currentGeneration, recover, suspect } from './instances.js';
import { MOUNT, startSoon } from './scheduler.js';
import { linksStylesheet, sharedSheet } from './stylesheet.js';
import { fetchShared } from './fetches.js';
import { timeoutFrom, timeoutOf } from './timeout.js';
import { isLazy, stopWatching, whenNear } from './lazy.js';

// More widgets than this on the page and each is laid out only when the
// reader nears it (the stylesheet's .cs-crowded): fifty widgets lay out
// the few in view. With fewer, a widget's height is its own from `ready` on.
const CROWD = 4;

/** The alias of each event, by its 1.x name. */
const ALIASES = new Map(Object.entries(API.aliases));

export class ConferenceSummaryElement extends HTMLElement {
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
  /** The download of `src` this element waits for: see `fetchShared`. */
  #download = null;

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

  /**
   * A property for every attribute but `lang` (HTMLElement's own), from
   * API.properties: `[attribute, kind, values]`. Each reads what applies
   * (an enumerated one its attribute if known, else its default, the first
   * of its values; the widget's own value where it has one, e.g. the section
   * it shows) and sets its attribute; `null` or `undefined` (a flag: any
   * false value) removes it, as frameworks do when a prop goes away.
   */
  static {
    for (const [name, [attribute, kind, values]] of Object.entries(API.properties)) {
      Object.defineProperty(this.prototype, name, {
        configurable: true,
        get() {
          const value = this.getAttribute(attribute);
          if (kind === 'flag') return value !== null;
          if (kind === 'text') return value ?? '';
          if (kind === 'timeout') return timeoutFrom(value) ?? API.defaultTimeout;
          if (kind !== 'enum') return value;
          const widget = this.#widget && name in this.#widget ? this.#call((widget) => widget[name]) : null;
          return values.find((known) => known === (widget ?? value)) ?? values[0];
        },
        set(value) {
          if (kind === 'flag' ? !value : value == null) this.removeAttribute(attribute);
          else this.setAttribute(attribute, kind === 'flag' ? '' : value);
        },
      });
    }
  }

  connectedCallback() {
    if (this.#widget) return; // moved within the page: keep state
    this.#reserve();
    if (isLazy(this)) whenNear(this, () => this.#start(null));
    else this.#start(null);
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
    Promise.all([chosen.ready, linksStylesheet(this.shadowRoot) ? null : sharedSheet(timeoutOf(this))]).then(
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
    // Past the last panic the page recovers from, every widget shows the error box.
    // A stylesheet refused for its integrity hash (stylesheet.js) too.
    const crash = this.#crash ?? chosen.crash ?? sheet?.refused ?? null;
    let widget;
    try {
      const crowded = document.querySelectorAll(TAG).length > CROWD;
      widget = this.#call(() => new glue.Widget(this, sheet, stylesheetUrl, crowded, crash));
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
   * Every event of ours, the widget's (src/embed/events.rs) and the
   * loader's alike, goes out under its 1.x name, then under its alias
   * (`conference-summary-ready`), which frameworks' event syntax can spell:
   * the same detail, bubbling and composed as the first.
   */
  dispatchEvent(event) {
    const result = super.dispatchEvent(event);
    const alias = ALIASES.get(event.type);
    if (alias) super.dispatchEvent(new CustomEvent(alias, event));
    return result;
  }

  /**
   * Calls into the widget, which is then the suspect of any panic. A trap
   * thrown through this call comes from our module, whatever its stack says,
   * and stops with us: the page's own call (say, `setAttribute`) goes on.
   */
  #call(action) {
    suspect(this);
    try {
      return action(this.#widget);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
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
   * own (`crash` is its message), shows the error box there instead, and
   * keeps showing it in later instances: what it showed may panic again.
   */
  [RESTART](crash) {
    // The old instance cannot be called any more; its memory goes with it.
    this.#release();
    this.shadowRoot?.replaceChildren();
    if (this.isConnected) this.#start(crash ?? this.#crash);
  }

  disconnectedCallback() {
    // A move is a disconnect then a connect in the same task: wait a turn.
    queueMicrotask(() => {
      if (this.isConnected) return;
      stopWatching(this);
      this.#download?.release();
      this.#download = null;
      if (!this.#widget) return;
      const widget = this.#release();
      widget.destroy();
      widget.free();
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    // No longer lazy: an element still waiting for the viewport starts now.
    if (name === ATTRIBUTE.loading) {
      if (!isLazy(this) && stopWatching(this)) this.#start(null);
      return;
    }
    if (!this.#widget || oldValue === newValue) return;
    if (name === ATTRIBUTE.src) this.#load();
    // A new timeout applies to the load in flight, which starts again with it.
    else if (name === ATTRIBUTE.timeout) {
      if (this.#download) this.#load();
    } else this.#call((widget) => widget.attribute_changed(name));
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
    // Let go of the previous download once the new one is joined: the same
    // request still in flight is then kept, not stopped and asked again.
    const previous = this.#download;
    this.#download = null;
    try {
      this.#fetchSrc(src, load);
    } finally {
      previous?.release();
    }
  }

  /** Shows the local summary, or fetches `src` and shows what comes. */
  #fetchSrc(src, load) {
    if (!src) {
      this.#call((widget) => widget.use_local_summary());
      return;
    }
    const Kind = this.#glue.LoadErrorKind;
    let url;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      this.#call((widget) => widget.set_load_error(Kind.Url, ''));
      return;
    }
    this.#call((widget) => widget.set_loading());
    const download = fetchShared(url, timeoutOf(this), Kind);
    this.#download = download;
    download.result.then((result) => {
      download.release();
      if (this.#download === download) this.#download = null;
      // A newer load, removal or a restart makes this one moot.
      if (load !== this.#loads || !this.#widget) return;
      if ('text' in result) this.#call((widget) => widget.set_summary_json(result.text, url.href));
      else this.#call((widget) => widget.set_load_error(result.error, result.detail));
    });
  }
}
