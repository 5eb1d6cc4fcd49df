// Host pages as text: the documents the tests serve around the widget.

/** The tag that loads the widget's loader from the test server. */
export const LOADER_TAG = '<script type="module" src="/embed.js"></script>';

/** A complete HTML document. */
export function doc({ head = '', body = '', lang = 'en', title = 'host page' } = {}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** A host page that loads the widget: the loader in its head (after `head`), then `body`. */
export const hostPage = (body, { head = '', ...options } = {}) =>
  doc({ ...options, head: `${head}${head ? '\n' : ''}${LOADER_TAG}`, body });

/** JSON that can stand inside a <script> element. */
export const scriptSafe = (json) => json.replaceAll('<', '\\u003c');

/** An inline summary: the <script type="application/json"> child an element reads. */
export const inlineSummary = (json) => `<script type="application/json">${scriptSafe(json)}</script>`;

/** An HTML attribute value, escaped (for src values such as `http://[`). */
export const attr = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** The strict policy of docs/hosting.md, with `origin` as the widget's host. */
export const strictPolicy = (origin) =>
  `default-src 'none'; script-src ${origin} 'wasm-unsafe-eval'; style-src ${origin}; connect-src ${origin}; img-src ${origin}`;
