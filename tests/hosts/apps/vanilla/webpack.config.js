// webpack 5 with its defaults (a classic-script bundle, main.js); the
// loader's `new URL('./file', import.meta.url)` makes webpack emit the glue,
// the wasm and the stylesheet as assets.
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  entry: './main.js',
  output: { path: fileURLToPath(new URL('dist-webpack', import.meta.url)), clean: true },
};
