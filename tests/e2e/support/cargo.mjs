// The crate's commands (src/bin/), run with cargo in REPO_ROOT: the prerender
// command and the validator. They must come from the sources $DIST was built from.
import { execFile } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { REPO_ROOT } from './build.mjs';

/**
 * Runs `cargo run --bin <bin>` (with `features`) with `args`; resolves to
 * { code, stdout, stderr }, never rejects.
 */
export function cargoRun(bin, args, { features = [] } = {}) {
  const home = process.env.HOME ?? '';
  const featureArgs = features.length ? ['--features', features.join(',')] : [];
  return new Promise((done) => {
    execFile(
      'cargo',
      ['run', '--quiet', '--offline', ...featureArgs, '--bin', bin, '--', ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, PATH: `${join(home, '.cargo', 'bin')}${delimiter}${process.env.PATH}` },
        maxBuffer: 16 * 1024 * 1024,
        timeout: 600_000,
      },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}
