import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { guides } from '../guides-plugin.js';

export default defineConfig({
  root: import.meta.dirname,
  // gp-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('gp-') } } }), guides()],
});
