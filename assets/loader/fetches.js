// Fetches of summary JSON for `src`: widgets with the same `src` (and
// timeout) share one request in flight, which stops when none waits for it
// any more. A body is read as a stream and counted, so that one over the
// size limit is never read to its end nor handed to the WebAssembly.
import { API } from './constants.js';

// A leading byte-order mark is no part of the document the limit is on;
// the widget checks the decoded text's size exactly.
const LIMIT = API.maxDocumentBytes + 3;

/**
 * Fetches summary JSON; resolves to { text } or { error, detail } with
 * error a LoadErrorKind of the glue, never rejects. `abort` stops it.
 */
const fetchSummary = async (url, timeoutMs, Kind, abort) => {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
    if (!response.ok) return { error: Kind.Http, detail: String(response.status) };
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) return { error: Kind.Type, detail: type };
    // A compressed body announces its compressed size, and compression
    // makes JSON text smaller: over the limit is over it decompressed too.
    // (Absent, the header gives 0, unreadable NaN: counted as it comes.)
    let bytes = Number(response.headers.get('content-length'));
    if (!(bytes > LIMIT)) {
      // Counted as it comes, decompressed; decoded as UTF-8 with a
      // byte-order mark dropped, as `text()` would.
      bytes = 0;
      const parts = [];
      const decoder = new TextDecoder();
      const reader = (response.body ?? new Response('').body).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return { text: parts.join('') + decoder.decode() };
        bytes += value.length;
        if (bytes > LIMIT) break;
        parts.push(decoder.decode(value, { stream: true }));
      }
    }
    return { error: Kind.TooLarge, detail: String(bytes) };
  } catch (error) {
    return timedOut
      ? { error: Kind.Timeout, detail: String(timeoutMs) }
      : { error: Kind.Network, detail: String(error?.message ?? error) };
  } finally {
    clearTimeout(timer);
    // Whatever is left of the body, unread, goes: a refusal closes the
    // connection rather than downloading the rest.
    abort.abort();
  }
};

/** Requests in flight by timeout and URL: { result, abort, waiting }. */
const inFlight = new Map();

/**
 * fetchSummary, or the same request already in flight: { result, release }.
 * `release()` says this widget no longer waits: the request stops when no
 * widget waits for it.
 */
export const fetchShared = (url, timeoutMs, Kind) => {
  const key = `${timeoutMs} ${url.href}`;
  const request = inFlight.get(key) ?? { abort: new AbortController(), waiting: 0 };
  // Out of the map once over, unless a newer request for the key took its place.
  const forget = () => inFlight.get(key) === request && inFlight.delete(key);
  if (!request.result) {
    request.result = fetchSummary(url, timeoutMs, Kind, request.abort).finally(forget);
    inFlight.set(key, request);
  }
  request.waiting += 1;
  let released = false;
  return {
    result: request.result,
    release() {
      if (released) return;
      released = true;
      request.waiting -= 1;
      if (request.waiting > 0) return;
      request.abort.abort();
      forget();
    },
  };
};
