// The files of a release build that a page with <conference-summary> loads,
// by role, found by their names: the stable loader and the content-hashed
// glue, WebAssembly and stylesheet. Reads no environment, so that the
// benchmark can use it on a build of its own.
import { readdirSync } from 'node:fs';

const PATTERNS = {
  loader: /^embed\.js$/,
  glue: /^conference-summary-[0-9a-f]+\.js$/,
  wasm: /^conference-summary-[0-9a-f]+_bg\.wasm$/,
  stylesheet: /^conference-summary-[0-9a-f]+\.css$/,
};

/** The roles in the order a page loads them. */
export const ROLES = Object.keys(PATTERNS);

/** The names of the loader, glue, wasm and stylesheet in the build folder `dist`. */
export function buildFiles(dist) {
  const names = readdirSync(dist);
  const one = (role) => {
    const found = names.filter((name) => PATTERNS[role].test(name));
    if (found.length !== 1) {
      throw new Error(`expected one ${role} (${PATTERNS[role]}) in ${dist}, found ${found.length}`);
    }
    return found[0];
  };
  return Object.fromEntries(ROLES.map((role) => [role, one(role)]));
}
