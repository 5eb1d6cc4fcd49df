// The prerendered snippet: the build's own (dist/snippet.html), others made
// by the prerender command, and the pieces of one a test puts on a page.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, FILES } from './build.mjs';
import { cargoRun } from './cargo.mjs';

/** dist/snippet.html, as the build wrote it. */
export const SNIPPET = readFileSync(join(DIST, 'snippet.html'), 'utf8');

/** Runs the prerender command with `args`; resolves to { code, stdout, stderr }, never rejects. */
export const prerender = (...args) => cargoRun('prerender', args);

/** The Subresource Integrity value (sha384) of a file of the build. */
export const integrityOf = (name) => `sha384-${createHash('sha384').update(readFileSync(join(DIST, name))).digest('base64')}`;

/** The prerender command's flags that give the build's files their integrity hashes, as scripts/write-loader does. */
export const INTEGRITY_FLAGS = ['glue', 'wasm', 'stylesheet'].flatMap((role) => [
  '--integrity',
  `${FILES[role]}=${integrityOf(FILES[role])}`,
]);

/**
 * A snippet from the prerender command, which must succeed; with the
 * stylesheet, the preloads of the glue and the wasm and the integrity
 * hashes that scripts/write-loader asks for in dist/snippet.html.
 */
export async function snippet(...args) {
  const result = await prerender(
    '--stylesheet',
    FILES.stylesheet,
    '--preload',
    FILES.glue,
    '--preload',
    FILES.wasm,
    ...INTEGRITY_FLAGS,
    ...args,
  );
  assert.equal(result.code, 0, `prerender ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** The snippet's element alone (no preloads, no JSON-LD, no script tag): a second copy for a page. */
export const elementOnly = (html) =>
  html.slice(html.indexOf('<conference-summary'), html.indexOf('</conference-summary>') + '</conference-summary>'.length);

/** Adds `attributes` (` id="x" src="…"`) to the snippet's first <conference-summary> tag. */
export const withAttributes = (html, attributes) => html.replace('<conference-summary', `<conference-summary${attributes}`);

/** Gives the snippet's (first) element an id. */
export const withId = (html, id) => withAttributes(html, ` id="${id}"`);

/** The attributes of the snippet's element, as written: ` lang="fr" section="quotes" expanded`. */
export const attributesOf = (html) => html.match(/<conference-summary([^>]*)>/)[1];

/** The JSON-LD of a snippet. */
export function jsonLd(html) {
  const match = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  assert.ok(match, 'the snippet has a <script type="application/ld+json">');
  return JSON.parse(match[1]);
}
