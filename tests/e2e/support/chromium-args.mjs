// The flags every Chromium of the tests and the benchmark starts with, so that it
// stays off the network and needs no sandbox: tests/e2e/support/page.mjs and
// bench/lighthouse.mjs (whose chrome-launcher adds its own defaults).
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
