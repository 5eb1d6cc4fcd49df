// The Vite + React 19 app (tests/hosts/apps/react), built from the npm
// package, in Firefox ESR and WebKitGTK (Chromium: hosts-frameworks.test.mjs):
// the same protocol of tests/hosts/apps/README.md in each engine.
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startEngine } from './support/engines.mjs';
import { exerciseHostApp, SUMMARY_ROUTES } from './support/host-app.mjs';
import { hostWorkspace } from './support/hosts.mjs';
import { serve } from './support/server.mjs';

let workspace;
let server;
before(async () => {
  workspace = await hostWorkspace();
  await workspace.run('react', 'vite', ['build']);
  server = await serve(join(workspace.app('react'), 'dist'), { routes: SUMMARY_ROUTES });
});
after(async () => {
  await server?.close();
  workspace?.close();
});

for (const engineName of ['firefox', 'webkit']) {
  describe(engineName, () => {
    let engine;
    before(async () => {
      engine = await startEngine(engineName);
    });
    after(() => engine?.close());
    test(`${engineName}: the Vite + React 19 app works the widget`, async () => {
      const tab = await engine.newPage();
      try {
        await exerciseHostApp(tab, `${server.url}/index.html`);
      } finally {
        await tab.close();
      }
    });
  });
}
