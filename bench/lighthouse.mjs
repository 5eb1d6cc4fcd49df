// Lighthouse on the demo page (DIST/index.html, served on loopback by the
// tests' server), desktop preset, in Debian's chromium ($CHROMIUM, else
// /usr/bin/chromium), headless. Prints the four category scores;
// tests/e2e/lighthouse.test.mjs asserts the three that do not depend on timing.
//
//   node bench/lighthouse.mjs [DIST]      (DIST defaults to $DIST, else dist)
//
// Lighthouse is installed in bench/node_modules (bench/package.json).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../tests/e2e/support/chromium-args.mjs';
import { serve } from '../tests/e2e/support/server.mjs';

/** The categories of Lighthouse's report that the issue asks 100 in. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * Runs Lighthouse once on `dist`'s index.html; resolves to
 * { scores: {category: 0..1}, failing: [{category, id, title, score}] },
 * `failing` being every weighted audit that scored below 1.
 */
export async function audit(dist) {
  const server = await serve(resolve(dist));
  const chrome = await launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(
      `${server.url}/index.html`,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      desktop,
    );
    if (!result) throw new Error(`lighthouse returned no result for ${server.url}/index.html`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = {};
    const failing = [];
    for (const category of CATEGORIES) {
      const found = lhr.categories[category];
      if (!found) throw new Error(`lighthouse reported no "${category}" category`);
      scores[category] = found.score;
      for (const ref of found.auditRefs) {
        const one = lhr.audits[ref.id];
        if (ref.weight > 0 && one.score !== null && one.score < 1) {
          failing.push({ category, id: ref.id, title: one.title, score: one.score });
        }
      }
    }
    return { scores, failing };
  } finally {
    await chrome.kill();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? process.env.DIST ?? 'dist';
  const { scores, failing } = await audit(dist);
  console.log('## Lighthouse, desktop preset, the demo page (dist/index.html)');
  console.log();
  console.log('| category | score |');
  console.log('|---|---|');
  for (const category of CATEGORIES) console.log(`| ${category} | ${Math.round(scores[category] * 100)} |`);
  for (const one of failing) console.log(`\n- ${one.category}: ${one.id} (${one.title}): ${one.score}`);
}
