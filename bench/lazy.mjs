// Not a test: what a page with one <conference-summary> below the fold
// downloads before the reader scrolls, with loading="eager" (the default)
// and loading="lazy", as a Markdown table. Bytes are the response bodies
// as sent (brotli where the server has a .br beside the file, as hosts
// serve them), counted by the server; "before scrolling" is once the page's
// load event has fired and the page has been idle for a second.
//
//   DIST=/path/to/dist node bench/lazy.mjs
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { DIST } from '../tests/e2e/support/build.mjs';
import { doc } from '../tests/e2e/support/html.mjs';
import { launch, VIEWPORT } from '../tests/e2e/support/page.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const page = (loading) =>
  doc({
    head: '<script type="module" async src="/embed.js"></script>',
    body: `<p>An article.</p><div style="height: ${VIEWPORT.height * 4}px"></div>
<conference-summary${loading === 'lazy' ? ' loading="lazy"' : ''}></conference-summary>`,
  });

let sent = [];
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const loading = { '/eager.html': 'eager', '/lazy.html': 'lazy' }[path];
  let body;
  let encoding = null;
  if (loading) body = Buffer.from(page(loading));
  else if (existsSync(join(DIST, `${path}.br`)) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
    body = readFileSync(join(DIST, `${path}.br`));
    encoding = 'br';
  } else if (existsSync(join(DIST, path))) body = readFileSync(join(DIST, path));
  else {
    response.writeHead(404).end();
    return;
  }
  sent.push({ path, bytes: body.length });
  response.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'text/html',
    'Cache-Control': 'no-store',
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  response.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const rows = [];
try {
  for (const loading of ['eager', 'lazy']) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const tab = await context.newPage();
    sent = [];
    await tab.goto(`${origin}/${loading}.html`, { waitUntil: 'load' });
    await tab.waitForTimeout(1000);
    const before = sent.filter(({ path }) => path !== '/favicon.ico');
    await tab.locator('conference-summary').scrollIntoViewIfNeeded();
    await tab.waitForFunction(() => document.querySelector('conference-summary')?.shadowRoot?.querySelector('h2'));
    const after = sent.filter(({ path }) => path !== '/favicon.ico');
    const total = (list) => list.reduce((sum, { bytes }) => sum + bytes, 0);
    rows.push({ loading, before: total(before), files: before.map(({ path }) => path.replace(/-[0-9a-f]{8,}/, '-…')).join(', '), after: total(after) });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log('## One widget below the fold: bytes fetched before scrolling\n');
console.log('| loading | bytes before scrolling | what | bytes once scrolled to it |');
console.log('|---|--:|---|--:|');
for (const { loading, before, files, after } of rows) {
  console.log(`| ${loading} | ${before.toLocaleString('en')} | ${files} | ${after.toLocaleString('en')} |`);
}
