// Rollup with node-resolve, to find the package in node_modules, and
// @web/rollup-plugin-import-meta-assets, since Rollup itself does not emit
// the files `new URL('./file', import.meta.url)` names.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';

export default {
  input: 'main.js',
  output: { dir: 'dist-rollup', format: 'es' },
  plugins: [nodeResolve(), importMetaAssets()],
};
