// The project's commands (crates/tools), run with cargo in REPO_ROOT: the
// prerender command and the validator. They must come from the sources $DIST
// was built from.
import { execFile } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { REPO_ROOT } from './build.mjs';

/**
 * Runs the command `bin` with `args` through its cargo alias (`cargo validate`,
 * `cargo prerender`: .cargo/config.toml); resolves to { code, stdout, stderr },
 * never rejects.
 */
export function cargoRun(bin, args) {
  const home = process.env.HOME ?? '';
  return new Promise((done) => {
    execFile(
      'cargo',
      ['--offline', bin, ...args],
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
