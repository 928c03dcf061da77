import { defineConfig } from 'vite';
import { guides } from '../guides-plugin.js';

// Built without the Angular CLI, for the test: the component is compiled in the browser
// (JIT, with @angular/compiler imported first in main.ts). An Angular CLI app builds it ahead of time.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [guides()],
});
