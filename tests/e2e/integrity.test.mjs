// Integrity: the hashed names are hashes of the files' final bytes
// (scripts/hashed-names.mjs), the loader refuses a wasm, glue or stylesheet
// whose bytes do not match the hash the build wrote into it, and a release
// (scripts/release.mjs) writes SHA256SUMS, integrity.json and the pinned
// snippet, which loads with `integrity` from another origin.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nameAfterContent } from '../../scripts/hashed-names.mjs';
import { CHECKSUMS, HOST_PLACEHOLDER, INTEGRITY, PINNED_SNIPPET, cargoPackage, sri } from '../../scripts/release.mjs';
import { DIST, FILES, REPO_ROOT } from './support/build.mjs';
import { doc, hostPage } from './support/html.mjs';
import { launch, open } from './support/page.mjs';
import { serve } from './support/server.mjs';
import { integrityOf } from './support/snippet.mjs';
import { errorMessages, waitReady } from './support/widget.mjs';

const RELEASE = fileURLToPath(new URL('../../scripts/release.mjs', import.meta.url));
const { version } = cargoPackage(REPO_ROOT);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

const scratch = mkdtempSync(join(tmpdir(), 'cs-integrity-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the build in a folder of its own, with one byte of `name` changed (its name kept). */
function tampered(name) {
  const folder = mkdtempSync(join(scratch, 'tampered-'));
  cpSync(DIST, folder, { recursive: true });
  const bytes = readFileSync(join(folder, name));
  // The last byte: a stylesheet's closing brace, or the wasm's last opcode.
  bytes[bytes.length - 1] ^= 0x01;
  writeFileSync(join(folder, name), bytes);
  return folder;
}

test("each hashed name of the build is the hash of the file's bytes, and embed.js holds each file's integrity", () => {
  const loader = readFileSync(join(DIST, 'embed.js'), 'utf8');
  for (const role of ['glue', 'wasm', 'stylesheet']) {
    const name = FILES[role];
    assert.equal(name.slice('conference-summary-'.length, 'conference-summary-'.length + 16), sha256(readFileSync(join(DIST, name))).slice(0, 16), `${role}: ${name}`);
    assert.ok(loader.includes(`new URL("./${name}",import.meta.url)`), `embed.js finds ${name} with a literal new URL`);
    assert.ok(loader.includes(integrityOf(name)), `embed.js holds the integrity of ${name}`);
  }
  assert.match(loader, /import\(\/\* webpackIgnore: true \*\/ \/\* @vite-ignore \*\/ \w+\)/);
});

test('the rename step: one changed byte changes the name of that file, and of the glue when it is the wasm', () => {
  // The files as trunk and shorten-names leave them, in a folder of their own.
  const files = (wasmByte, cssByte) => {
    const dir = mkdtempSync(join(scratch, 'names-'));
    writeFileSync(join(dir, 'conference-summary-0123abcd.js'), 'export const f=()=>new URL("conference-summary_bg.wasm",import.meta.url);\n');
    writeFileSync(join(dir, 'conference-summary-0123abcd_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, wasmByte]));
    writeFileSync(join(dir, 'conference-summary.css'), `:host{color:#00000${cssByte}}`);
    writeFileSync(
      join(dir, 'embed.js'),
      "const A=__CONFERENCE_SUMMARY_API__,g=new URL('./__CONFERENCE_SUMMARY_GLUE__',import.meta.url),w=new URL('./__CONFERENCE_SUMMARY_WASM__',import.meta.url)," +
        "s=new URL('./__CONFERENCE_SUMMARY_STYLESHEET__',import.meta.url),h=['__CONFERENCE_SUMMARY_GLUE_INTEGRITY__','__CONFERENCE_SUMMARY_WASM_INTEGRITY__'," +
        "'__CONFERENCE_SUMMARY_STYLESHEET_INTEGRITY__'],i=(u)=>import(u);\n",
    );
    return { dir, named: nameAfterContent(dir, '{"tag":"conference-summary"}') };
  };
  const first = files(1, 0);
  const wasmChanged = files(2, 0);
  const cssChanged = files(1, 1);
  const names = ({ named }) => [named.glue.name, named.wasm.name, named.stylesheet.name];
  const [glue, wasm, stylesheet] = names(first);
  assert.deepEqual(readdirSync(first.dir).sort(), ['embed.js', glue, wasm, stylesheet].sort(), 'renamed in place');
  for (const [name, pattern] of [[glue, /^conference-summary-[0-9a-f]{16}\.js$/], [wasm, /^conference-summary-[0-9a-f]{16}_bg\.wasm$/], [stylesheet, /^conference-summary-[0-9a-f]{16}\.css$/]]) {
    assert.match(name, pattern);
    assert.equal(name.slice(19, 35), sha256(readFileSync(join(first.dir, name))).slice(0, 16), `${name} is named after its final bytes`);
  }
  assert.deepEqual(names(wasmChanged).map((name, index) => name === names(first)[index]), [false, false, true],
    'a changed wasm byte: a new wasm name, and a new glue name (the glue names the wasm)');
  assert.deepEqual(names(cssChanged).map((name, index) => name === names(first)[index]), [true, true, false],
    'a changed stylesheet byte: a new stylesheet name only');

  const gluesText = readFileSync(join(first.dir, glue), 'utf8');
  assert.ok(gluesText.includes(`"${wasm}"`) && !gluesText.includes('new URL('), 'the glue names the renamed wasm, and no URL a bundler would follow');
  const loader = readFileSync(join(first.dir, 'embed.js'), 'utf8');
  assert.ok(!loader.includes('__CONFERENCE_SUMMARY_'), 'no placeholder left');
  for (const file of [first.named.glue, first.named.wasm, first.named.stylesheet]) {
    assert.ok(loader.includes(`new URL('./${file.name}',import.meta.url)`));
    assert.equal(file.integrity, sri(readFileSync(join(first.dir, file.name))));
    assert.ok(loader.includes(`'${file.integrity}'`));
  }
  assert.ok(loader.includes('import(/* webpackIgnore: true */ /* @vite-ignore */ u)'));
});

test('a release writes SHA256SUMS that sha256sum -c accepts, integrity.json of its files, and the pinned snippet', () => {
  const out = mkdtempSync(join(scratch, 'release-'));
  const run = spawnSync('node', [RELEASE, '--dist', DIST, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const folder = join(out, version);
  const names = readdirSync(folder).sort();

  // `sha256sum -c`: "HASH  NAME" lines, each file's hash; here every file but SHA256SUMS itself.
  const lines = readFileSync(join(folder, CHECKSUMS), 'utf8').trimEnd().split('\n');
  const listed = lines.map((line) => {
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    assert.ok(match, `a sha256sum line: ${JSON.stringify(line)}`);
    assert.equal(match[1], sha256(readFileSync(join(folder, match[2]))), `${match[2]}: its checksum`);
    return match[2];
  });
  assert.deepEqual(listed, names.filter((name) => name !== CHECKSUMS));

  const hashes = JSON.parse(readFileSync(join(folder, INTEGRITY), 'utf8'));
  for (const name of ['embed.js', FILES.glue, FILES.wasm, FILES.stylesheet, 'snippet.html']) {
    assert.equal(hashes[name], sri(readFileSync(join(folder, name))), `integrity.json: ${name}`);
  }
  assert.equal(hashes[FILES.wasm], integrityOf(FILES.wasm), 'the hash the loader checks');
  assert.ok(Object.keys(hashes).every((name) => names.includes(name) && !/\.(br|gz)$/.test(name)));

  assert.equal(
    readFileSync(join(folder, PINNED_SNIPPET), 'utf8'),
    `<script type="module" async src="${HOST_PLACEHOLDER}${version}/embed.js" integrity="${hashes['embed.js']}" crossorigin="anonymous"></script>\n` +
      '<conference-summary></conference-summary>\n',
  );
  for (const name of [CHECKSUMS, INTEGRITY, PINNED_SNIPPET]) {
    assert.ok(!readdirSync(join(out, version.split('.')[0])).includes(name), `${name} stays out of the major version's folder`);
  }
});

test('the pinned snippet from another origin: the widget renders; with a wrong hash the browser refuses embed.js', async () => {
  const out = mkdtempSync(join(scratch, 'pinned-'));
  const run = spawnSync('node', [RELEASE, '--dist', DIST, '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const cdn = await serve(out, { headers: { 'Access-Control-Allow-Origin': '*' } });
  const host = await serve(null);
  const browser = await launch();
  try {
    const pinned = readFileSync(join(out, version, PINNED_SNIPPET), 'utf8').replace(HOST_PLACEHOLDER, `${cdn.url}/`);
    const withId = (snippet) => snippet.replace('<conference-summary>', '<conference-summary id="pinned">');
    host.route('/pinned.html', doc({ body: withId(pinned) }));
    const opened = await open(browser, `${host.url}/pinned.html`);
    try {
      await waitReady(opened.page, 'pinned');
      assert.deepEqual(opened.problems, []);
      for (const name of ['embed.js', FILES.glue, FILES.wasm, FILES.stylesheet]) {
        assert.equal(cdn.requests.filter((path) => path === `/${version}/${name}`).length, 1, `${name}: fetched once, from the version's folder`);
      }
    } finally {
      await opened.close();
    }

    const wrong = pinned.replace(/integrity="sha384-./, (start) => `${start.slice(0, -1)}${start.endsWith('A') ? 'B' : 'A'}`);
    assert.notEqual(wrong, pinned);
    host.route('/wrong.html', doc({ body: withId(wrong) }));
    const refused = await open(browser, `${host.url}/wrong.html`);
    try {
      assert.ok(refused.problems.some((problem) => /integrity/i.test(problem) && problem.includes('embed.js')), refused.problems.join('\n'));
      assert.equal(await refused.page.evaluate(() => customElements.get('conference-summary')), undefined, 'the element is not defined');
    } finally {
      await refused.close();
    }
  } finally {
    await browser.close();
    await cdn.close();
    await host.close();
  }
});

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

/** Opens a page of `folder` (the build with one file changed) with one widget, #refused. */
async function openTampered(folder) {
  const server = await serve(folder, { routes: { '/page.html': hostPage('<conference-summary id="refused"></conference-summary>') } });
  const opened = await open(browser, `${server.url}/page.html`);
  return { server, opened, url: (name) => `${server.url}/${name}` };
}

for (const role of ['wasm', 'glue']) {
  test(`a ${role} with one byte changed is refused: an error event names it and its expected hash, and nothing renders`, async () => {
    const name = FILES[role];
    const { server, opened, url } = await openTampered(tampered(name));
    try {
      const [message] = await errorMessages(opened.page, 'refused');
      assert.equal(message, `the widget could not load: ${url(name)} does not match its integrity hash ${integrityOf(name)}`);
      assert.equal(await opened.page.locator('#refused article.cs').count(), 0, 'no summary');
      assert.ok(opened.problems.some((problem) => problem.includes(integrityOf(name))), 'the console says so too');
    } finally {
      await opened.close();
      await server.close();
    }
  });
}

test('a stylesheet with one byte changed is refused: an error event names it, the error box shows, unstyled, and nothing links it', async () => {
  const name = FILES.stylesheet;
  const { server, opened, url } = await openTampered(tampered(name));
  try {
    const [message] = await errorMessages(opened.page, 'refused');
    assert.equal(message, `${url(name)} does not match its integrity hash ${integrityOf(name)}`);
    const alert = opened.page.locator('#refused [role=alert]');
    await alert.waitFor({ state: 'visible' });
    assert.equal(await alert.getAttribute('part'), 'error');
    assert.deepEqual(await alert.locator('.cs-error-details li').allTextContents(), [message]);
    assert.equal(await opened.page.locator('#refused article.cs').count(), 0, 'no summary');
    const styles = await opened.page.locator('#refused').evaluate((host) => ({
      links: host.shadowRoot.querySelectorAll('link').length,
      rules: host.shadowRoot.adoptedStyleSheets.reduce((count, sheet) => count + sheet.cssRules.length, 0),
    }));
    assert.deepEqual(styles, { links: 0, rules: 0 }, 'no rule of the refused stylesheet is used');
  } finally {
    await opened.close();
    await server.close();
  }
});
