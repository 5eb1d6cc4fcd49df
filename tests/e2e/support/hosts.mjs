// The host apps of tests/hosts/apps, built from the packed npm tarball the
// way their users build them (tests/e2e/hosts-*.test.mjs).
//
// `hostWorkspace()` packs $DIST with scripts/release.mjs (the same tarball
// `./dev release` writes), then lays out a workspace in target/hosts/ (never
// in the checkout's sources): the apps copied, and a node_modules that holds
// the tarball unpacked as `npm install` unpacks it, beside links to every
// package tests/hosts/node_modules has (scripts/setup installs them from
// tests/hosts/package-lock.json), linked into each app's folder as its
// node_modules. The apps therefore resolve `conference-summary` from the
// tarball alone. `run(app, command, args)`
// runs one of those packages' commands in an app's folder.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHECKOUT, DIST } from './build.mjs';

const execFileAsync = promisify(execFile);

export const HOSTS = join(CHECKOUT, 'tests/hosts');
const MODULES = join(HOSTS, 'node_modules');
const BIN = join(MODULES, '.bin');

/** The environment of a build: the host packages' commands first on PATH, no telemetry, no colours. */
const ENV = {
  ...process.env,
  PATH: `${BIN}:${process.env.PATH}`,
  NG_CLI_ANALYTICS: 'false',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  CI: '1',
};

/** Runs `command args` in `cwd`; resolves to its output, or fails with all of it. */
export async function exec(cwd, command, args, { timeout = 180_000 } = {}) {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, { cwd, env: ENV, timeout, maxBuffer: 32 << 20 });
    return `${stdout}${stderr}`;
  } catch (error) {
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} failed (${error.code ?? error.signal}):\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/**
 * Packs $DIST into the npm tarball and makes a workspace of the apps that
 * installs it; resolves to { root, tarball, version, app(name), run, close }.
 */
export async function hostWorkspace() {
  assert.ok(
    existsSync(join(MODULES, '.installed')),
    `no host packages in ${MODULES}: run scripts/setup (it installs tests/hosts/package-lock.json)`,
  );
  const base = join(CHECKOUT, 'target/hosts');
  mkdirSync(base, { recursive: true });
  const root = mkdtempSync(join(base, 'run-'));
  try {
    return await layOut(root);
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** hostWorkspace's work in the folder `root`. */
async function layOut(root) {
  const output = await exec(CHECKOUT, process.execPath, ['scripts/release.mjs', '--dist', DIST, '--out', join(root, 'release')]);
  const tarball = /release: wrote (\S+\.tgz)$/m.exec(output)?.[1];
  assert.ok(tarball, `scripts/release.mjs named no tarball:\n${output}`);
  const version = /conference-summary-(\d+\.\d+\.\d+[^/]*)\.tgz$/.exec(tarball)[1];

  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(MODULES)) {
    if (name !== 'conference-summary' && !name.startsWith('.package-lock')) symlinkSync(join(MODULES, name), join(modules, name));
  }
  // As npm installs a tarball: its `package/` folder becomes the package's.
  const installed = join(modules, 'conference-summary');
  mkdirSync(installed);
  await exec(root, 'tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(`${manifest.name}@${manifest.version}`, `conference-summary@${version}`, `the package unpacked from ${tarball}`);
  cpSync(join(HOSTS, 'apps'), join(root, 'apps'), { recursive: true });
  // Each app sees the packages in its own node_modules, as an app of its own would.
  for (const app of readdirSync(join(root, 'apps'), { withFileTypes: true })) {
    if (app.isDirectory()) symlinkSync(modules, join(root, 'apps', app.name, 'node_modules'));
  }

  return {
    root,
    tarball,
    version,
    /** The folder of the app `name` in the workspace. */
    app: (name) => join(root, 'apps', name),
    /** Runs a host package's command (`vite`, `webpack`, `ng` …) in the app `name`'s folder. */
    run: (name, command, args, options) => exec(join(root, 'apps', name), join(BIN, command), args, options),
    close: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * Starts a long-running command (a dev server) in `cwd`; resolves once its
 * output matches `ready`, to { output: the match, stop }.
 */
export function start(cwd, command, args, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(join(BIN, command), args, { cwd, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        process.kill(-child.pid, 'SIGTERM');
      });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`\`${command} ${args.join(' ')}\` did not get ready in 60 s:\n${text}`));
    }, 60_000);
    const read = (chunk) => {
      text += chunk;
      const match = ready.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve({ output: match, stop });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`\`${command} ${args.join(' ')}\` exited (${code}) before it was ready:\n${text}`));
    });
  });
}
