// Where the builds under test are, each overridable by the environment:
//   DIST            the release build (else dist/ at the root of the checkout)
//   PANIC_DIST      the build with the `panic-probe` feature (else target/panic-probe-dist)
//   YEW_APP_DIST    the example yew app (else target/yew-app-dist)
//   PRERENDER_ROOT  the repository the prerender and validate commands run in
//                   (else this checkout); it must hold the sources $DIST was built from
// Importing this module fails at once, with what to do, when $DIST holds no build.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFiles } from './build-files.mjs';

const fromEnv = (name, fallback) =>
  process.env[name] ? resolve(process.env[name]) : fileURLToPath(new URL(fallback, import.meta.url));

/** This checkout: the sources the tests read (the summary, the interface strings, fixtures). */
export const CHECKOUT = fileURLToPath(new URL('../../..', import.meta.url));
export const REPO_ROOT = fromEnv('PRERENDER_ROOT', '../../..');
export const DIST = fromEnv('DIST', '../../../dist');
export const PANIC_DIST = fromEnv('PANIC_DIST', '../../../target/panic-probe-dist');
export const YEW_APP_DIST = fromEnv('YEW_APP_DIST', '../../../target/yew-app-dist');

if (!existsSync(join(DIST, 'embed.js'))) {
  throw new Error(
    `no release build in ${DIST} (embed.js is missing): run \`scripts/release-build\` first, or set DIST`,
  );
}

/** The release build's loader, glue, wasm and stylesheet names. */
export const FILES = buildFiles(DIST);

/** The panic-probe build's file names; asserts that the build is there. */
export function panicBuildFiles() {
  assert.ok(
    existsSync(join(PANIC_DIST, 'embed.js')),
    `no panic-probe build in ${PANIC_DIST}: run \`scripts/release-build --features panic-probe --dist ${PANIC_DIST}\`, or set PANIC_DIST`,
  );
  return buildFiles(PANIC_DIST);
}
