import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Vue compiles <conference-summary> as a custom element, not a component.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'conference-summary' } } })],
});
