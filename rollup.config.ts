// Builds three things from src/:
//  - the npm build in dist/: the core (dist/index.js, importable in Node with no DOM), all
//    elements (dist/elements.js) and one module per element (dist/elements/gp-*.js), with the
//    dependencies left as imports so a portal's bundler shares one copy of lit;
//  - the CDN build in dist/cdn/: one minified ES module with every dependency inside;
//  - the `guidepost` command in dist/cli/;
//  - the editor for content editors: `guidepost/editor` in the npm build (dist/editor.js), and
//    in dist/editor-app/ one minified module with every dependency inside, which the static
//    editor page and `guidepost edit` load. It is never part of the CDN build a citizen loads.
// Type declarations come from `tsc --emitDeclarationOnly` (scripts/build.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import type { Plugin, RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const elementEntries = Object.fromEntries(
  readdirSync('src/elements')
    .filter((f) => /^gp-[a-z-]+\.ts$/.test(f))
    .map((f) => [`elements/${f.replace(/\.ts$/, '')}`, `src/elements/${f}`]),
);

const dependencies = ['lit', 'i18next', 'valibot', '@floating-ui/dom'];
const isDependency = (id: string) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));

const ts = (minify: boolean) =>
  esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: minify ? 'none' : 'inline' });

const onwarn: RollupOptions['onwarn'] = (warning, warn) => {
  // Lit's decorators compile to `this`-free helpers; nothing else is expected to warn.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** Copies `files` of `dir` next to the build's output (the static editor page's HTML and CSS). */
const copyFiles = (dir: string, files: string[]): Plugin => ({
  name: 'copy-files',
  generateBundle() {
    for (const file of files) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`${dir}/${file}`) });
  },
});

/** A minified ES module build for browsers with every dependency inside. */
const browserBundle = (input: Record<string, string>, dir: string): RollupOptions => ({
  input,
  plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), json({ preferConst: true, compact: true }), ts(true)],
  onwarn,
  output: { dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
});

const config: RollupOptions[] = [
  {
    input: { index: 'src/index.ts', elements: 'src/elements.ts', editor: 'src/editor/index.ts', ...elementEntries, analytics: 'src/analytics/index.ts' },
    external: isDependency,
    plugins: [json({ preferConst: true }), ts(false)],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  browserBundle({ guidepost: 'src/cdn.ts', core: 'src/index.ts' }, 'dist/cdn'),
  {
    ...browserBundle({ 'guidepost-editor': 'src/editor/index.ts', 'editor-page': 'src/editor/page/editor-page.ts' }, 'dist/editor-app'),
    plugins: [...(browserBundle({}, '').plugins as Plugin[]), copyFiles('src/editor/page', ['index.html', 'editor-page.css'])],
  },
  {
    input: 'src/cli/guidepost.ts',
    external: (id) => id.startsWith('node:') || builtinModules.includes(id),
    plugins: [nodeResolve({ exportConditions: ['node'] }), json({ preferConst: true }), ts(false)],
    onwarn,
    output: {
      file: 'dist/cli/guidepost.js',
      format: 'es',
      banner: '#!/usr/bin/env node',
    },
  },
];

export default config;
