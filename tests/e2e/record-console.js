// Loaded first by the cross-engine test pages, as a file from the loopback
// server (`<script src="/record-console.js">`, never inline, so that it also
// runs under a strict Content-Security-Policy). It records, in window.__rec,
// what the tests read back with evaluate in every engine alike (WebDriver
// classic, which drives WebKit, cannot report console messages):
//   console   console.warn and console.error calls: { level, text, stacks }
//   errors    window `error` and `unhandledrejection` events: what they carried,
//             and whether a listener handled them (preventDefault)
//   events    the widget's events as seen on document
//   violations  Content-Security-Policy violations
(() => {
  const rec = { console: [], errors: [], events: [], violations: [] };
  window.__rec = rec;

  const text = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}`;
    if (value !== null && typeof value === 'object') {
      try {
        return JSON.stringify(value);
      } catch {
        // fall through
      }
    }
    return String(value);
  };
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

  for (const type of ['ready', 'section-change', 'quote-toggle', 'error']) {
    document.addEventListener(`conference-summary:${type}`, (event) => {
      rec.events.push({
        type,
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
})();
