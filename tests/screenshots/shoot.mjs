// What the screenshot scripts share: where the pictures go, and taking one.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';

/** The output folder: the script's first argument, else target/screenshots/<name>; made if missing. */
export async function outputFolder(name) {
  const out = resolve(process.argv[2] ?? `target/screenshots/${name}`);
  await mkdir(out, { recursive: true });
  return out;
}

/** Takes a picture of `target` (a page or a locator, `options` as for its screenshot) as <out>/<name>.png, and says where. */
export async function shoot(target, out, name, options = {}) {
  const path = `${out}/${name}.png`;
  await target.screenshot({ ...options, path });
  console.log(path);
}
