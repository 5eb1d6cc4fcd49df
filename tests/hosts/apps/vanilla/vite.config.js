// Vite's defaults: `vite` serves the app, `vite build` bundles it into dist/.
import { defineConfig } from 'vite';

export default defineConfig({});
