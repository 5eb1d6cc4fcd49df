// The npm package in apps that bundlers build (tests/hosts/apps/vanilla, one
// app, each bundler with its own configuration): Vite's production build and
// its dev server, webpack 5, Rollup, esbuild; and the package as an npm CDN
// serves it, a plain folder at /npm/conference-summary@VERSION/, to an
// unbundled app with an import map. Each works the widget through the
// protocol of tests/hosts/apps/README.md in Chromium.
import assert from 'node:assert/strict';
import { copyFileSync, cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { named } from './support/engine-widget.mjs';
import { startEngine } from './support/engines.mjs';
import { exerciseHostApp, SUMMARY_FILES, SUMMARY_ROUTES } from './support/host-app.mjs';
import { hostWorkspace, start } from './support/hosts.mjs';
import { serve } from './support/server.mjs';

const MODULE = '<script type="module" src="./main.js"></script>';
/** The package's files whose names carry a hash. */
const HASHED = /^conference-summary-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/;

/** Each bundler's build of the app, and the folder it writes. */
const BUILDS = {
  vite: { command: 'vite', args: ['build', '--outDir', 'dist-vite'], out: 'dist-vite' },
  webpack: { command: 'webpack', args: ['--config', 'webpack.config.js'], out: 'dist-webpack', page: '<script defer src="./main.js"></script>' },
  rollup: { command: 'rollup', args: ['--config', 'rollup.config.js'], out: 'dist-rollup', page: MODULE },
  esbuild: {
    command: 'esbuild',
    args: ['main.js', '--bundle', '--format=esm', '--minify', '--outdir=dist-esbuild'],
    out: 'dist-esbuild',
    page: MODULE,
    // esbuild does not emit the files `new URL('./file', import.meta.url)`
    // names (evanw/esbuild#795): the package's README says to copy them
    // beside the bundle.
    copy: true,
  },
};

let workspace;
let chromium;
const servers = [];
const built = {};

before(async () => {
  workspace = await hostWorkspace();
  chromium = await startEngine('chromium');
  const app = workspace.app('vanilla');
  // One after the other: every build uses both cores.
  const installed = join(workspace.root, 'node_modules/conference-summary');
  for (const [name, { command, args, out, page, copy }] of Object.entries(BUILDS)) {
    built[name] = workspace.run('vanilla', command, args).then(() => {
      const folder = join(app, out);
      // Without Vite, the host's page is its own: it loads the bundle.
      if (page) writeFileSync(join(folder, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${page}</body></html>`);
      if (copy) {
        const files = readdirSync(installed).filter((file) => HASHED.test(file));
        assert.equal(files.length, 3, `the package's hashed files: ${files}`);
        for (const file of files) copyFileSync(join(installed, file), join(folder, file));
      }
      return folder;
    });
    await built[name].catch(() => {});
  }
});
after(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await chromium?.close();
  workspace?.close();
});

/** Serves `folder` with the summaries; its URL. */
async function served(folder) {
  const server = await serve(folder, { routes: SUMMARY_ROUTES });
  servers.push(server);
  return server.url;
}

/** Works the app at `url` in a fresh Chromium page. */
async function exercise(url, options) {
  const tab = await chromium.newPage();
  try {
    await exerciseHostApp(tab, url, options);
  } finally {
    await tab.close();
  }
}

describe('bundlers', () => {
  for (const name of Object.keys(BUILDS)) {
    test(`${name}: the app bundles the package, and the widget works in it`, async () => {
      await exercise(`${await served(await built[name])}/index.html`);
    });
  }

  test('the Vite dev server serves the app from the package, and the widget works in it', async () => {
    const app = workspace.app('vanilla');
    // public/: what Vite serves as it is, here the summaries the app's `src` names.
    mkdirSync(join(app, 'public'), { recursive: true });
    for (const [name, body] of Object.entries(SUMMARY_FILES)) writeFileSync(join(app, 'public', name), body);
    const { output, stop } = await start(app, 'vite', ['--port', '0', '--host', '127.0.0.1', '--strictPort'], /Local:\s+(http:\/\/127\.0\.0\.1:\d+)\//);
    try {
      // Vite's dev server answers a missing file with the app's index.html
      // (its fallback for single-page apps), not a 404.
      await exercise(`${output[1]}/index.html`, { missing: named('/missing.json', 'expected JSON, the server sent "text/html"$') });
    } finally {
      await stop();
    }
  });

  test('the package as an npm CDN serves it: a plain folder at /npm/conference-summary@VERSION/, imported by an import map', async () => {
    const site = join(workspace.root, 'cdn');
    const prefix = `/npm/conference-summary@${workspace.version}`;
    cpSync(join(workspace.root, 'node_modules/conference-summary'), join(site, prefix), { recursive: true });
    copyFileSync(join(workspace.app('vanilla'), 'main.js'), join(site, 'main.js'));
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>from a CDN</title>
<script type="importmap">{ "imports": { "conference-summary": "${prefix}/embed.js" } }</script>
</head><body><script type="module" src="/main.js"></script></body></html>`,
    );
    const url = await served(site);
    assert.equal((await fetch(`${url}${prefix}/embed.js`)).status, 200, 'the CDN path serves embed.js');
    await exercise(`${url}/index.html`);
  });
});
