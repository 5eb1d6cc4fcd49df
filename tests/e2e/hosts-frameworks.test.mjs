// The npm package in framework apps (tests/hosts/apps): React 19, Vue 3 and
// Svelte 5 built by Vite, Angular by its application builder (angular.json,
// the builder `ng build` runs). Each binds the element's properties and
// events in the framework's own syntax and works the widget through the
// protocol of tests/hosts/apps/README.md, in Chromium.
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startEngine } from './support/engines.mjs';
import { exerciseHostApp, SUMMARY_ROUTES } from './support/host-app.mjs';
import { exec, hostWorkspace } from './support/hosts.mjs';
import { serve } from './support/server.mjs';

let workspace;
let chromium;
const servers = [];
const built = {};

before(async () => {
  workspace = await hostWorkspace();
  chromium = await startEngine('chromium');
  const builds = {
    react: () => workspace.run('react', 'vite', ['build']).then(() => join(workspace.app('react'), 'dist')),
    vue: () => workspace.run('vue', 'vite', ['build']).then(() => join(workspace.app('vue'), 'dist')),
    svelte: () => workspace.run('svelte', 'vite', ['build']).then(() => join(workspace.app('svelte'), 'dist')),
    angular: () => exec(workspace.app('angular'), process.execPath, ['build.mjs']).then(() => join(workspace.app('angular'), 'dist/browser')),
  };
  // One after the other: each build uses both cores. A failed build fails its own test.
  for (const [name, build] of Object.entries(builds)) {
    built[name] = build();
    await built[name].catch(() => {});
  }
});
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await chromium?.close();
  workspace?.close();
});

describe('frameworks', () => {
  for (const name of ['react', 'vue', 'svelte', 'angular']) {
    test(`${name}: the app binds the widget's properties and events in its own syntax, and the widget works`, async () => {
      const server = await serve(await built[name], { routes: SUMMARY_ROUTES });
      servers.push(server);
      const tab = await chromium.newPage();
      try {
        await exerciseHostApp(tab, `${server.url}/index.html`);
      } finally {
        await tab.close();
      }
    });
  }
});
