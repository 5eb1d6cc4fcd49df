// The `timeout` attribute: how long an element waits for what it fetches
// (its `src`; the first to start, the shared stylesheet too). Its valid
// values, and the default, come from the element's API
// (crates/model/src/element_api.rs): whole milliseconds from 1 to the
// longest wait `setTimeout` keeps, past which browsers fire at once.
import { API, ATTRIBUTE } from './constants.js';

// Digits only, between ASCII white space as HTML's numbers allow: no sign,
// fraction, exponent or `Infinity`.
const WHOLE = /^[\t\n\f\r ]*(\d{1,10})[\t\n\f\r ]*$/;

/** The refused value each element was last warned about. */
const warned = new WeakMap();

/** The milliseconds a `timeout` attribute's value gives, or null: not one it takes. */
export const timeoutFrom = (value) => {
  const ms = Number(WHOLE.exec(value ?? '')?.[1] ?? 0);
  return ms >= 1 && ms <= API.maxTimeout ? ms : null;
};

/**
 * The element's timeout in milliseconds: its `timeout` attribute, else
 * the default; a refused value is warned about once, naming it.
 */
export const timeoutOf = (element) => {
  const value = element.getAttribute(ATTRIBUTE.timeout);
  if (value === null) return API.defaultTimeout;
  const ms = timeoutFrom(value);
  if (ms !== null) {
    warned.delete(element);
    return ms;
  }
  if (warned.get(element) !== value) {
    warned.set(element, value);
    console.warn(
      `${API.tag}: timeout=${JSON.stringify(value)} is not a whole number of milliseconds from 1 to ${API.maxTimeout}; waiting ${API.defaultTimeout} ms`,
    );
  }
  return API.defaultTimeout;
};
