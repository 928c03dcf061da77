import { defineConfig } from 'vite';
import { guides } from '../guides-plugin.js';

// React 19 needs no Vite plugin to build: Vite turns JSX into calls to React's runtime.
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [guides()],
});
