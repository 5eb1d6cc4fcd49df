// The widget's own files, checked against the integrity hashes (SRI) the
// build wrote into the loader (constants.js): bytes that do not match are
// refused by the browser, and never used.

/**
 * Why a checked request for `url` failed, as an Error naming the file,
 * whose `mismatch` is true when the bytes came and were refused. The
 * browser reports bytes that do not match `integrity` as it reports a
 * network failure; a second, unchecked request tells which (its body is not
 * read).
 */
const refusal = async (url, integrity) => {
  const response = await fetch(url).catch(() => 0);
  return Object.assign(
    new Error(
      `${url} ${response.ok ? `does not match its integrity hash ${integrity}` : response ? `answered HTTP ${response.status}` : 'could not be fetched'}`,
    ),
    { mismatch: response.ok },
  );
};

/** The response for `url` whose body matches `integrity`; rejects with the refusal. */
export const fetchChecked = (url, integrity, init) =>
  fetch(url, { ...init, integrity }).catch(async (error) => {
    throw error.name === 'AbortError' ? error : await refusal(url, integrity);
  });

/**
 * Imports the module at `url` once its bytes are checked: a module preload
 * with `integrity` puts the checked module into the page's module map, where
 * the import then finds it. (An import itself can carry no integrity.)
 */
export const importChecked = (url, integrity) =>
  new Promise((resolve, reject) => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'modulepreload', href: url, integrity, onload: resolve });
    link.onerror = () => refusal(url, integrity).then(reject);
    // Without module preloads (no browser the widget supports) the glue goes unchecked.
    if (link.relList.supports('modulepreload')) document.head.append(link);
    else resolve();
  }).then(() => import(url));
