// The recorder every test page runs before its own scripts, in every engine.
// It keeps, in window.__cs, what the tests read back with evaluate (WebDriver
// classic, which drives WebKit, cannot report console messages):
//   events      the widget's events as the page hears them on window:
//               { type (without the element's prefix), target, detail, bubbles, composed, custom }
//   violations  Content-Security-Policy violations
//   console     console.warn and console.error calls: { level, text, stacks }
//   errors      window `error` and `unhandledrejection` events: what they
//               carried, and whether a listener handled them (preventDefault)
// Playwright installs it as an init script (installRecorder: over CDP, so a
// page's CSP does not stop it); the cross-engine pages load it first as a
// file from the test server (RECORDER_TAG, RECORDER_ROUTE: never inline, so
// that it also runs under a strict Content-Security-Policy).
import { EVENT_NAMES, TAG } from './manifest.mjs';

/** Runs in the page, before anything else: `events` are the element's event names. */
function record({ events, prefix }) {
  const rec = { events: [], violations: [], console: [], errors: [] };
  window.__cs = rec;

  for (const name of events) {
    window.addEventListener(name, (event) => {
      rec.events.push({
        type: name.slice(prefix.length),
        target: event.target.id || event.target.localName,
        detail: JSON.parse(JSON.stringify(event.detail ?? null)),
        bubbles: event.bubbles,
        composed: event.composed,
        custom: event instanceof CustomEvent,
      });
    });
  }

  document.addEventListener('securitypolicyviolation', (event) => {
    rec.violations.push({
      directive: event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      sample: event.sample,
    });
  });

  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (value !== null && typeof value === 'object') {
      try {
        return JSON.stringify(value);
      } catch {
        // a cycle: String() below
      }
    }
    return String(value);
  };
  for (const level of ['warn', 'error']) {
    const original = console[level];
    console[level] = function recorded(...args) {
      rec.console.push({
        level,
        text: args.map(text).join(' '),
        stacks: args.filter((arg) => arg instanceof Error).map((arg) => String(arg.stack)),
      });
      return original.apply(this, args);
    };
  }

  const describe = (error) =>
    error === undefined || error === null
      ? null
      : {
          type: Object.prototype.toString.call(error),
          name: error?.constructor?.name ?? null,
          runtimeError: typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError,
          message: String(error?.message ?? error),
          stack: error?.stack === undefined ? null : String(error.stack),
        };
  // Registered before any other script runs, so these listeners see every
  // event first; whether a later listener handled it is known after dispatch.
  const uncaught = (kind, event, error, extra) => {
    const entry = { kind, handled: null, error: describe(error), ...extra };
    rec.errors.push(entry);
    setTimeout(() => {
      entry.handled = event.defaultPrevented;
    });
  };
  addEventListener('error', (event) => {
    uncaught('error', event, event.error, {
      message: event.message,
      filename: event.filename,
      lineno: event.lineno,
      colno: event.colno,
    });
  });
  addEventListener('unhandledrejection', (event) => uncaught('unhandledrejection', event, event.reason, {}));
}

const ARGUMENT = { events: EVENT_NAMES, prefix: `${TAG}:` };

/** Installs the recorder in every page of a Playwright browser context. */
export const installRecorder = (context) => context.addInitScript(record, ARGUMENT);

/** Where the cross-engine pages load the recorder from. */
export const RECORDER_PATH = '/record.js';
/** The server route that serves the recorder at RECORDER_PATH. */
export const RECORDER_ROUTE = {
  [RECORDER_PATH]: {
    body: `(${record})(${JSON.stringify(ARGUMENT)});\n`,
    type: 'text/javascript; charset=utf-8',
  },
};
/** The tag that loads the recorder; first in a cross-engine page's <head>. */
export const RECORDER_TAG = `<script src="${RECORDER_PATH}"></script>`;
