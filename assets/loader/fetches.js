// Fetches of summary JSON for `src`: widgets with the same `src` (and
// timeout) share one request in flight.

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

const inFlight = new Map();
/** fetchSummary, or the same request already in flight. */
export const fetchShared = (url, timeoutMs, Kind) => {
  const key = `${timeoutMs} ${url.href}`;
  let request = inFlight.get(key);
  if (!request) {
    request = fetchSummary(url, timeoutMs, Kind).finally(() => inFlight.delete(key));
    inFlight.set(key, request);
  }
  return request;
};
