// Rollup with node-resolve, to find the package in node_modules.
import { nodeResolve } from '@rollup/plugin-node-resolve';

export default {
  input: 'main.js',
  output: { dir: 'dist-rollup', format: 'es' },
  plugins: [nodeResolve()],
};
