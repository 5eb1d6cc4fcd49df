// `./dev release` (scripts/release.mjs) on the release build under test: the
// version folder, the major version's folder that keeps earlier releases'
// hashed files, and the npm package, installed offline into an empty project
// and loaded from there in the browser. The element's manifest and types are
// checked against what the element supports in manifest.test.mjs.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cargoPackage, compareVersions, HASHED } from '../../scripts/release.mjs';
import { DIST, REPO_ROOT } from './support/build.mjs';
import { doc } from './support/html.mjs';
import { MANIFEST } from './support/manifest.mjs';
import { assertNoProblems, launch, open } from './support/page.mjs';
import { serve } from './support/server.mjs';
import { assertWorks, waitReady } from './support/widget.mjs';

const RELEASE = fileURLToPath(new URL('../../scripts/release.mjs', import.meta.url));
const { version } = cargoPackage(REPO_ROOT);
const major = version.split('.')[0];
/** An earlier release of the same major version, as a host's release/ would still hold it. */
const EARLIER = `${major}.0.0-rc.1`;
const EARLIER_STYLESHEET = 'conference-summary-00000000000000e1.css';

let out;
let run;
before(() => {
  out = mkdtempSync(join(tmpdir(), 'cs-release-'));
  mkdirSync(join(out, EARLIER));
  writeFileSync(join(out, EARLIER, EARLIER_STYLESHEET), ':host { display: block; }\n');
  writeFileSync(join(out, EARLIER, 'embed.js'), '// the earlier release\n');
  run = () => spawnSync('node', [RELEASE, '--dist', DIST, '--out', out], { encoding: 'utf8' });
});
after(() => rmSync(out, { recursive: true, force: true }));

test('versions are ordered as semver orders them', () => {
  const sorted = ['1.10.0', '1.0.0', '1.2.0', '1.0.0-rc.1', '1.0.1'].sort(compareVersions);
  assert.deepEqual(sorted, ['1.0.0-rc.1', '1.0.0', '1.0.1', '1.2.0', '1.10.0']);
});

test('a version folder, a major-version folder that keeps earlier hashed files, an npm package', () => {
  const first = run();
  assert.equal(first.status, 0, first.stderr);
  const built = readdirSync(DIST);
  const hashed = built.filter((name) => HASHED.test(name));
  assert.equal(hashed.length, 3, `the glue, the wasm and the stylesheet: ${hashed}`);

  const release = readdirSync(join(out, version));
  for (const name of [...hashed, 'embed.js', 'snippet.html', 'custom-elements.json', 'conference-summary.d.ts', 'summary.schema.json', 'author.html', 'CHANGELOG.md']) {
    assert.ok(release.includes(name), `${version}/ lacks ${name}`);
  }
  assert.ok(!release.includes('index.html'), 'the demo page is not part of a release');
  assert.ok(readFileSync(join(out, version, 'CHANGELOG.md'), 'utf8').includes(`## ${version}`));

  const majorFolder = readdirSync(join(out, major));
  assert.ok(majorFolder.includes(EARLIER_STYLESHEET), 'the earlier release’s stylesheet is kept');
  for (const name of hashed) assert.ok(majorFolder.includes(name), `${major}/ lacks ${name}`);
  assert.deepEqual(
    readFileSync(join(out, major, 'embed.js')),
    readFileSync(join(out, version, 'embed.js')),
    `${major}/embed.js is the newest release's`,
  );

  // Again, unchanged: nothing to do. A version folder that differs is refused.
  const again = run();
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, new RegExp(`${version.replaceAll('.', '\\.')}/ unchanged`));
  writeFileSync(join(out, version, 'embed.js'), '// changed by hand\n');
  const refused = run();
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /already holds other files: a version's folder never changes/);
  writeFileSync(join(out, version, 'embed.js'), readFileSync(join(DIST, 'embed.js')));
});

test('the npm package installs offline into an empty project, and its loader works from there', async () => {
  const tarball = join(out, `conference-summary-${version}.tgz`);
  assert.ok(readdirSync(out).includes(`conference-summary-${version}.tgz`), 'no tarball');
  const project = mkdtempSync(join(tmpdir(), 'cs-npm-host-'));
  try {
    writeFileSync(join(project, 'package.json'), '{ "name": "host", "private": true }\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
    const installed = join(project, 'node_modules', 'conference-summary');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.name, 'conference-summary');
    assert.equal(manifest.version, version);
    assert.equal(manifest.exports['.'].default, './embed.js');
    assert.equal(manifest.customElements, 'custom-elements.json');
    assert.equal(manifest.types, './conference-summary.d.ts');
    assert.ok(Array.isArray(manifest.files) && manifest.files.includes('embed.js'));
    assert.equal(manifest.dependencies, undefined, 'no runtime dependencies');
    const files = readdirSync(installed);
    for (const name of ['embed.js', 'custom-elements.json', 'conference-summary.d.ts', 'README.md', 'CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE']) {
      assert.ok(files.includes(name), `the package lacks ${name}`);
    }
    assert.ok(!files.some((name) => /\.(br|gz)$/.test(name)), 'no precompressed copies in the package');
    const elements = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    assert.deepEqual(elements, MANIFEST, 'the package ships the build\'s manifest');
    const element = elements.modules[0].declarations[0];
    assert.equal(element.tagName, 'conference-summary');
    assert.equal(element.attributes.length, 8);
    assert.equal(element.events.length, 8, 'four events, each with its alias');
    assert.ok(element.cssParts.length > 0 && element.cssProperties.length > 0);

    // TypeScript sees the element through the package's `types` and `exports`.
    writeFileSync(
      join(project, 'host.ts'),
      `import 'conference-summary';
const widget = document.querySelector('conference-summary');
widget?.showSection('funders');
widget?.addEventListener('conference-summary:quote-toggle', (event) => {
  const open: boolean = event.detail.open;
  const id: string = event.detail.id;
  console.log(id, open);
});
document.addEventListener('conference-summary:section-change', (event) => {
  const section: 'overview' | 'quotes' | 'programme' | 'participants' | 'funders' = event.detail.section;
  console.log(section);
});
// @ts-expect-error: not a section
widget?.showSection('speakers');
`,
    );
    const tsc = fileURLToPath(new URL('./node_modules/typescript/bin/tsc', import.meta.url));
    const checked = spawnSync(
      'node',
      [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'host.ts'],
      { cwd: project, encoding: 'utf8' },
    );
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);

    const server = await serve(project);
    const browser = await launch();
    try {
      server.route(
        '/page.html',
        doc({
          head: '<script type="module" src="/node_modules/conference-summary/embed.js"></script>',
          body: '<conference-summary id="npm"></conference-summary>',
        }),
      );
      const { page, problems, close } = await open(browser, `${server.url}/page.html`);
      try {
        await waitReady(page, 'npm');
        await assertWorks(page.locator('#npm'));
        assertNoProblems(problems);
      } finally {
        await close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
