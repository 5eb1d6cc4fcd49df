// Lays a release build out for hosts and for npm (docs/hosting.md, "Releases
// and upgrades"). Run by `./dev release` after the release build:
//
//   node scripts/release.mjs [--dist dist] [--out release]
//
// writes, with the version from Cargo.toml:
//   OUT/X.Y.Z/   the release's files; written once, never changed after.
//                Besides the build's: integrity.json (the SRI hash of each
//                file), snippet-pinned.html (the two-line embed pinned to
//                X.Y.Z/embed.js, with integrity) and SHA256SUMS (every file
//                of the folder, as `sha256sum -c` reads it)
//   OUT/M/       the major version's folder: embed.js, the snippet, manifest,
//                types and schema of the newest M.x release, and the hashed
//                files of every M.x release in OUT, so that snippets made with
//                any of them keep their stylesheet and script
//   OUT/conference-summary-X.Y.Z.tgz   the npm package, as `npm pack` makes it
//
// With --fixtures DIR (as `./dev release` runs it), it also keeps the
// release's snippet and stylesheet in DIR/X.Y.Z/, where the upgrade test
// pastes them in front of every later build (tests/e2e/upgrade.test.mjs).
//
// CHANGELOG.md must have an entry (`## X.Y.Z`) for the version.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The files of a release that keep their name from release to release. */
export const STABLE_FILES = [
  'embed.js',
  'snippet.html',
  'custom-elements.json',
  'conference-summary.d.ts',
  // The tag's typings for React, Vue and Svelte (the package's ./react, ./vue, ./svelte).
  'react.d.ts',
  'vue.d.ts',
  'svelte.d.ts',
  'summary.schema.json',
  // The authoring page, self-contained: editors open it from the release
  // folder. Not in the npm package, which holds what a page loads.
  'author.html',
  'CHANGELOG.md',
];
/** The files whose names carry a hash of their content. */
export const HASHED = /^conference-summary-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/;
/** The precompressed copies a host may serve (scripts/compress.mjs). */
const COMPRESSED = /\.(br|gz)$/;

/** Written into X.Y.Z/ beside the build's files. */
export const CHECKSUMS = 'SHA256SUMS';
export const INTEGRITY = 'integrity.json';
export const PINNED_SNIPPET = 'snippet-pinned.html';
/** Where a host serves the release folders, in the snippets the docs and releases show. */
export const HOST_PLACEHOLDER = 'https://YOUR-WIDGET-HOST/conference-summary/';

/** The Subresource Integrity value (sha384) of `bytes`. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * The two-line embed pinned to one release: its embed.js at `base`
 * (the X.Y.Z/ folder's URL), checked by the browser against `integrity`.
 * The loader then checks the files it loads itself.
 */
export const pinnedSnippet = (base, integrity) =>
  `<script type="module" async src="${base}embed.js" integrity="${integrity}" crossorigin="anonymous"></script>\n` +
  '<conference-summary></conference-summary>\n';

/**
 * Adds the integrity hashes (of every file but the changelog, which may
 * grow after the release, and the compressed copies), the pinned snippet and
 * the checksums to the
 * files of release `version`.
 */
export function withChecks(files, version) {
  const hashes = {};
  for (const [name, bytes] of files) {
    if (!COMPRESSED.test(name) && name !== 'CHANGELOG.md') hashes[name] = sri(bytes);
  }
  files.set(INTEGRITY, Buffer.from(`${JSON.stringify(hashes, null, 2)}\n`));
  files.set(PINNED_SNIPPET, Buffer.from(pinnedSnippet(`${HOST_PLACEHOLDER}${version}/`, hashes['embed.js'])));
  const sums = [...files.keys()]
    .sort()
    .map((name) => `${createHash('sha256').update(files.get(name)).digest('hex')}  ${name}\n`);
  files.set(CHECKSUMS, Buffer.from(sums.join('')));
  return files;
}

/** `[major, minor, patch, prerelease]` of a version, or null. */
export function parseVersion(text) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3]), match[4] ?? null] : null;
}

/** Orders versions as semver does (a prerelease before its release; prerelease fields compared as text). */
export function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let index = 0; index < 3; index += 1) {
    if (x[index] !== y[index]) return x[index] - y[index];
  }
  if (x[3] === y[3]) return 0;
  if (x[3] === null) return 1;
  if (y[3] === null) return -1;
  return x[3] < y[3] ? -1 : 1;
}

/** The [package] fields of Cargo.toml that the package repeats. */
export function cargoPackage(root = ROOT) {
  const text = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const section = text.split(/^\[/m).find((part) => part.startsWith('package]')) ?? '';
  const field = (name) => new RegExp(`^${name} = "(.*)"$`, 'm').exec(section)?.[1];
  return { version: field('version'), description: field('description'), license: field('license') };
}

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** Every file of `dir` and its content, by name. */
function contents(dir) {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));
}

/** Whether two releases hold the same files; the changelog (and so its checksum) may have changed since. */
function sameFiles(a, b) {
  const names = (files) => [...files.keys()].filter((name) => name !== 'CHANGELOG.md' && name !== CHECKSUMS);
  const [x, y] = [names(a), names(b)];
  return x.length === y.length && x.every((name) => b.has(name) && a.get(name).equals(b.get(name)));
}

/** The files of the build in `dist` that make up a release (not the demo page). */
function releaseFiles(dist, changelog) {
  const files = new Map();
  for (const name of readdirSync(dist).sort()) {
    const base = name.replace(COMPRESSED, '');
    if (STABLE_FILES.includes(base) || HASHED.test(base)) files.set(name, readFileSync(join(dist, name)));
  }
  files.set('CHANGELOG.md', changelog);
  for (const name of STABLE_FILES) {
    if (!files.has(name)) fail(`${dist} has no ${name}: is it a release build (./dev build)?`);
  }
  return files;
}

/** Writes `files` into a new folder `target`, by way of a temporary one beside it. */
function writeFolder(target, files) {
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(join(staging, name), bytes);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
}

/** The major version's folder, made anew from every release of that major version in `out`. */
function majorFolder(out, major) {
  const versions = readdirSync(out)
    .filter((name) => parseVersion(name)?.[0] === major)
    .sort(compareVersions);
  const files = new Map();
  for (const version of versions) {
    for (const [name, bytes] of contents(join(out, version))) {
      if (!HASHED.test(name.replace(COMPRESSED, ''))) continue;
      const known = files.get(name);
      if (known && !known.equals(bytes)) fail(`${name} differs between two releases of ${major}.x`);
      files.set(name, bytes);
    }
  }
  const newest = versions.at(-1);
  for (const [name, bytes] of contents(join(out, newest))) {
    if (STABLE_FILES.includes(name.replace(COMPRESSED, ''))) files.set(name, bytes);
  }
  writeFolder(join(out, String(major)), files);
  return { versions, newest };
}

/** The npm package of the release in `folder`, packed into `out`; returns the tarball's path. */
function npmPackage(folder, out, { version, description, license }) {
  const staging = mkdtempSync(join(tmpdir(), 'conference-summary-npm-'));
  try {
    for (const [name, bytes] of contents(folder)) {
      if (!COMPRESSED.test(name)) writeFileSync(join(staging, name), bytes);
    }
    // The README, and the licenses it names (npm adds neither by itself from outside the folder).
    for (const name of ['README.md', 'LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(join(ROOT, name), join(staging, name));
    const manifest = {
      name: 'conference-summary',
      version,
      description,
      license,
      keywords: ['web-component', 'custom-element', 'conference', 'summary', 'webassembly', 'yew'],
      type: 'module',
      // The loader defines the element when imported; it has no exports.
      sideEffects: true,
      exports: {
        '.': { types: './conference-summary.d.ts', default: './embed.js' },
        './embed.js': { types: './conference-summary.d.ts', default: './embed.js' },
        // Types only: `import type {} from 'conference-summary/react'` makes the tag known to JSX.
        './react': { types: './react.d.ts' },
        './vue': { types: './vue.d.ts' },
        './svelte': { types: './svelte.d.ts' },
        './custom-elements.json': './custom-elements.json',
        './summary.schema.json': './summary.schema.json',
        './snippet.html': './snippet.html',
        './package.json': './package.json',
      },
      types: './conference-summary.d.ts',
      customElements: 'custom-elements.json',
      files: [
        'embed.js',
        'conference-summary-*.js',
        'conference-summary-*_bg.wasm',
        'conference-summary-*.css',
        'conference-summary.d.ts',
        'react.d.ts',
        'vue.d.ts',
        'svelte.d.ts',
        'custom-elements.json',
        'summary.schema.json',
        'snippet.html',
        'CHANGELOG.md',
        'LICENSE-MIT',
        'LICENSE-APACHE',
      ],
    };
    writeFileSync(join(staging, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', resolve(out)], { cwd: staging, encoding: 'utf8' }),
    );
    return join(out, packed[0].filename);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = args.indexOf(name);
    return index === -1 ? fallback : args[index + 1];
  };
  const dist = resolve(option('--dist', join(ROOT, 'dist')));
  const out = resolve(option('--out', join(ROOT, 'release')));
  const cargo = cargoPackage();
  const { version } = cargo;
  const parsed = parseVersion(version ?? '');
  if (!parsed) fail(`Cargo.toml's version ${JSON.stringify(version)} is not MAJOR.MINOR.PATCH`);
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'));
  const heading = new RegExp(`^## \\[?${version.replaceAll('.', '\\.')}\\]?( |$)`, 'm');
  if (!heading.test(changelog.toString('utf8'))) {
    fail(`CHANGELOG.md has no entry for ${version}: add a "## ${version}" section first`);
  }

  mkdirSync(out, { recursive: true });
  const folder = join(out, version);
  const files = withChecks(releaseFiles(dist, changelog), version);
  if (existsSync(folder)) {
    if (!sameFiles(contents(folder), files)) {
      fail(`${folder} already holds other files: a version's folder never changes; raise the version in Cargo.toml`);
    }
    console.log(`release: ${version}/ unchanged`);
  } else {
    writeFolder(folder, files);
    console.log(`release: wrote ${version}/ (${files.size} files)`);
  }
  const { versions, newest } = majorFolder(out, parsed[0]);
  console.log(`release: wrote ${parsed[0]}/: embed.js of ${newest}, hashed files of ${versions.join(', ')}`);
  const tarball = npmPackage(folder, out, cargo);
  console.log(`release: wrote ${tarball}`);
  const fixtures = option('--fixtures', null);
  if (fixtures && !existsSync(join(fixtures, version))) {
    const kept = [...files.keys()].filter((name) => name === 'snippet.html' || /^conference-summary-[0-9a-f]+\.css$/.test(name));
    writeFolder(join(fixtures, version), new Map(kept.map((name) => [name, files.get(name)])));
    console.log(`release: kept the snippet in ${join(fixtures, version)}: commit it, so that later builds are tested against it`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
