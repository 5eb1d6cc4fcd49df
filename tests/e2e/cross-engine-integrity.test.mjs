// The loader's integrity checks in every engine (Chromium, Firefox ESR,
// WebKitGTK; engines.mjs): a copy of the build with one byte changed in the
// wasm, the glue or the stylesheet is refused with an error event that names
// the file and its expected hash. (integrity.test.mjs: the rest, in Chromium.)
// WebKit does not check the integrity of a module preload, the one way the
// loader has to check the glue: there the changed glue is used, a limit the
// docs name; the test says so, and fails once WebKit checks it.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { DIST, FILES } from './support/build.mjs';
import { eachEngine } from './support/engines.mjs';
import { hostPage } from './support/html.mjs';
import { RECORDER_ROUTE, RECORDER_TAG } from './support/recorder.mjs';
import { serve } from './support/server.mjs';
import { integrityOf } from './support/snippet.mjs';
import { errorMessages, waitReadyEvents } from './support/widget.mjs';

const ROLES = ['wasm', 'glue', 'stylesheet'];
const scratch = mkdtempSync(join(tmpdir(), 'cs-integrity-engines-'));
/** One server per tampered copy of the build, by role. */
const servers = {};

before(async () => {
  for (const role of ROLES) {
    const folder = join(scratch, role);
    cpSync(DIST, folder, { recursive: true });
    const bytes = readFileSync(join(folder, FILES[role]));
    bytes[bytes.length - 1] ^= 0x01;
    writeFileSync(join(folder, FILES[role]), bytes);
    servers[role] = await serve(folder, {
      routes: {
        ...RECORDER_ROUTE,
        '/page.html': hostPage('<conference-summary id="refused"></conference-summary>', { head: RECORDER_TAG }),
      },
    });
  }
});
after(async () => {
  for (const server of Object.values(servers)) await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

eachEngine((pageTest, engineName) => {
  if (engineName === 'webkit') {
    pageTest('a glue with one byte changed is used: WebKit does not check a module preload', async (tab) => {
      await tab.goto(`${servers.glue.url}/page.html`);
      await waitReadyEvents(tab, 'refused');
    });
  }
  for (const role of ROLES) {
    if (role === 'glue' && engineName === 'webkit') continue;
    pageTest(`a ${role} with one byte changed is refused, and the error event names it and its hash`, async (tab) => {
      const server = servers[role];
      await tab.goto(`${server.url}/page.html`);
      const [message] = await errorMessages(tab, 'refused');
      const refusal = `${server.url}/${FILES[role]} does not match its integrity hash ${integrityOf(FILES[role])}`;
      assert.equal(message, role === 'stylesheet' ? refusal : `the widget could not load: ${refusal}`);
      const summaries = await tab.evaluate(() => document.querySelector('#refused').shadowRoot?.querySelectorAll('article.cs').length ?? 0);
      assert.equal(summaries, 0, 'no summary');
    });
  }
});
