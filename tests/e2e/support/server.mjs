// A small static file server on loopback for the end-to-end tests, the
// screenshots and the benchmark.
// Serves a folder with the right content types; `headers` adds response headers
// (a Content-Security-Policy, CORS) to every response, or is a function of the
// request path that returns them.
//
// Tests can also add routes once the server is up (and its URL known), with
// `route(path, body)` or `route(path, { body, type, status, headers, until })`, or
// `route(path, { handle })` whose `handle(request, response, headers)` answers
// itself (streams.mjs: bodies streamed, held, counted); a route takes precedence
// over a file. `requests` lists every request's path and query.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Browsers ask every server for a favicon: each server answers, with no content. */
const FAVICON = { '/favicon.ico': { status: 204, type: 'image/x-icon' } };

/**
 * A response held back until the test says so: `until` goes into a route,
 * `open()` lets it (and every route waiting for it) go.
 */
export function gate() {
  let open;
  const until = new Promise((resolve) => {
    open = resolve;
  });
  return { until, open };
}

/**
 * Starts serving `root` on 127.0.0.1 at a free port;
 * resolves to { url, origin, route, requests, close }.
 */
export async function serve(root, { headers = {}, routes = {} } = {}) {
  const table = new Map(Object.entries({ ...FAVICON, ...routes }));
  const requests = [];
  const headersFor = (path) => (typeof headers === 'function' ? headers(path) ?? {} : headers);

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    requests.push(url.pathname + url.search);
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const extra = headersFor(path);
    const route = table.get(path);
    if (typeof route?.handle === 'function') {
      route.handle(request, response, extra);
      return;
    }
    if (route !== undefined) {
      const { body = '', type, status = 200, headers: own = {}, until } =
        typeof route === 'string' ? { body: route } : route;
      // `until`: a promise the response waits for, so that a test can decide
      // when a resource arrives.
      if (until) await until;
      response.writeHead(status, {
        'Content-Type': type ?? TYPES[extname(path)] ?? 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...extra,
        ...own,
      });
      response.end(body);
      return;
    }
    if (root === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain', ...extra }).end('not found');
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...extra,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain', ...extra }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    port,
    /** Serves `response` (a string, or { body, type, status, headers }) at `path`. */
    route: (path, response) => {
      table.set(path, response);
    },
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections?.();
      }),
  };
}
