// Builds three things from src/:
//  - the npm build in dist/: the core (dist/index.js, importable in Node with no DOM), all
//    elements (dist/elements.js) and one module per element (dist/elements/gp-*.js), with the
//    dependencies left as imports so a portal's bundler shares one copy of lit;
//  - the CDN build in dist/cdn/, minified, every dependency inside: the autoloader
//    (dist/cdn/guidepost.js) that loads each element's chunk when its tag first appears, the
//    all-at-once entry (dist/cdn/all.js), the core API (dist/cdn/core.js), and precache.json,
//    the list of files a portal's service worker caches (docs/offline.md);
//  - the `guidepost` command in dist/cli/;
//  - the editor for content editors: `guidepost/editor` in the npm build (dist/editor.js), and
//    in dist/editor-app/ one minified module with every dependency inside, which the static
//    editor page and `guidepost edit` load. It is never part of the CDN build a citizen loads.
// Type declarations come from `tsc --emitDeclarationOnly` (scripts/build.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve as resolvePath } from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import type { ManualChunksFunction, Plugin, RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minify as terserMinify } from 'terser';
import ts_ from 'typescript';

const elementEntries = Object.fromEntries(
  readdirSync('src/elements')
    .filter((f) => /^gp-[a-z-]+\.ts$/.test(f))
    .map((f) => [`elements/${f.replace(/\.ts$/, '')}`, `src/elements/${f}`]),
);

const dependencies = ['lit', 'i18next', 'valibot'];
const isDependency = (id: string) => dependencies.some((d) => id === d || id.startsWith(`${d}/`));

const ts = (minify: boolean) =>
  esbuild({ target: 'es2022', minify, tsconfig: 'tsconfig.json', legalComments: minify ? 'none' : 'inline' });

/**
 * Minifies each chunk of a citizen's build once more with terser, after esbuild: its
 * compressor (joining statements, inlining what is used once) and its choice of short names by
 * how often each is used take about 3 % off the gzip bytes of every page, which esbuild alone
 * does not. Only safe transforms: no `unsafe` option, getters kept as they are.
 */
const terse = (): Plugin => ({
  name: 'terse',
  async renderChunk(code) {
    const out = await terserMinify(code, { module: true, ecma: 2022, compress: { passes: 2 }, sourceMap: { asObject: true } });
    return { code: out.code ?? code, map: out.map as string | undefined };
  },
});

const onwarn: RollupOptions['onwarn'] = (warning, warn) => {
  // Helpers that read `this` at the top level (as Lit's decorators did) are harmless; nothing else is expected to warn.
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

/**
 * Minifies the CSS of Lit's css`` templates in src/elements (comments, indentation, spaces
 * around punctuation), which no JavaScript minifier touches. Interpolations are left alone.
 */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    // Inside parentheses, before !important, and the 0 of 0.5: white space and digits a
    // browser does not need.
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/\s+!important/g, '!important')
    .replace(/([\s:,(/-])0\.(\d)/g, '$1.$2')
    .trim();
}

const cssTemplates = (): Plugin => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!/\/src\/elements\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = code.replace(/\bcss`([^`]*)`/g, (_, body: string) =>
      `css\`${body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : minifyCss(part))).join('')}\``,
    );
    return { code: out, map: null };
  },
});

/**
 * Collapses the line breaks and indentation inside Lit's html`` and svg`` templates in
 * src/elements to one space each, which no JavaScript minifier touches. HTML shows any run of
 * white space as one space, and no element template sets `white-space: pre` or holds a
 * `<pre>` or `<textarea>`, so what a citizen sees does not change. Found with TypeScript's
 * parser, so nested templates and `${…}` are left as they are.
 */
export function collapseTemplateSpace(code: string, fileName = 'file.ts'): string {
  const source = ts_.createSourceFile(fileName, code, ts_.ScriptTarget.Latest, false, ts_.ScriptKind.TS);
  const edits: { start: number; end: number }[] = [];
  const visit = (node: ts_.Node): void => {
    if (ts_.isTaggedTemplateExpression(node) && ts_.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      const t = node.template;
      const literals = ts_.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((span) => span.literal)];
      for (const literal of literals) edits.push({ start: literal.getStart(source), end: literal.end });
    }
    ts_.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const { start, end } of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + out.slice(start, end).replace(/[ \t]*\n\s*/g, ' ') + out.slice(end);
  }
  return out;
}

const htmlTemplates = (): Plugin => ({
  name: 'collapse-html-templates',
  transform(code, id) {
    if (!/\/src\/elements\/.*\.ts$/.test(id) || !/\b(?:html|svg)`/.test(code)) return null;
    return { code: collapseTemplateSpace(code, id), map: null };
  },
});

/**
 * Writes dist/cdn/precache.json: every script dist/cdn/guidepost.js can load (each element, the
 * shared chunks, the languages, the positioning and help code, the explaining validator), for a
 * portal's service worker to cache (docs/offline.md); `all` lists the same for dist/cdn/all.js.
 */
const precacheList = (): Plugin => ({
  name: 'precache-list',
  generateBundle(_options, bundle) {
    const reachable = (entry: string) => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        const chunk = bundle[file];
        if (seen.has(file) || !chunk || chunk.type !== 'chunk') return;
        seen.add(file);
        for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
      };
      visit(entry);
      return [...seen].sort();
    };
    const list = { version: packageVersion, files: reachable('guidepost.js'), all: reachable('all.js') };
    this.emitFile({ type: 'asset', fileName: 'precache.json', source: `${JSON.stringify(list, null, 2)}\n` });
  },
});

/**
 * Where the autoloader imports an element's chunk (src/cdn/elements.ts), it starts importing the
 * chunks that one imports at the same time (the `shared` chunk, above all), instead of the
 * browser finding them only once the element's chunk has arrived: on a slow network that is one
 * round trip and one queued download less before the element shows. The module map loads each
 * once. A failure is left to the element's own import, which reports it.
 */
const parallelChunkImports = (): Plugin => ({
  name: 'parallel-chunk-imports',
  renderDynamicImport({ moduleId, getTargetChunkImports }) {
    if (!moduleId.endsWith('/src/cdn/elements.ts')) return null;
    const files = (getTargetChunkImports() ?? []).filter((i) => i.type === 'internal' && /(^|\/)shared-/.test(i.fileName));
    if (files.length === 0) return null;
    return { left: `(${files.map((i) => `import(${i.resolvedImportPath}).catch(() => {}), `).join('')}import(`, right: '))' };
  },
});

/**
 * The CDN build's chunks: the code both `<gp-tutorial>` and `<gp-tour>` need (lit, i18next, the
 * guide, the checks, the shared element code) in one `shared` chunk, fetched once, and the code
 * that places a tour's step beside its target in its own `positioning` chunk, which a tour loads
 * only where a step can float (never on a phone, where the step docks), and the walkthrough's own code in one
 * `gp-tutorial` chunk. Everything else is split by rollup: each
 * element's own code, help, the languages, the explaining validator.
 */
const cdnChunks: ManualChunksFunction = (id, { getModuleInfo }) => {
  if (id.endsWith('/src/elements/gp-tour/beside.ts')) return 'positioning';
  const reach = (entry: string) => {
    const seen = new Set<string>();
    const visit = (m: string) => {
      if (seen.has(m)) return;
      seen.add(m);
      const code = getModuleInfo(m)?.code ?? '';
      for (const next of getModuleInfo(m)?.importedIds ?? []) {
        const names = isBarrel(next) ? namesImported(code, m, next) : undefined;
        const targets = names && reexportTargets(getModuleInfo(next)?.code ?? '', next, names);
        if (!targets) visit(next);
        // The barrel itself stays out: rollup puts a manual chunk's imports in that chunk too.
        else for (const target of targets) visit(target);
      }
    };
    visit(resolvePath(entry));
    return seen;
  };
  // What the autoloader needs besides the element list (src/cdn/loader.ts, which it imports on
  // first use) in a small `loader` chunk of its own, so a page with no element loads no lit
  closures ??= { autoload: reach('src/cdn/loader.ts'), elements: ['src/elements/gp-tutorial.ts', 'src/elements/gp-tour.ts'].map(reach), help: reach('src/elements/common/help-dialog-content.ts') };
  // (named, or rollup would pull them into `shared` with the i18n code that imports them).
  if (closures.autoload.has(id)) return /\/src\/cdn\/(autoload|elements)\.ts$/.test(id) ? undefined : 'loader';
  if (closures.elements.every((c) => c.has(id))) return 'shared';
  // Get help's own code (its hours, links, dialog content) and the rest of core/help in a
  // chunk of their own: rollup puts what a `shared` module imports in `shared` too, and
  // core/help/index.ts, imported there for the reference code, imports all of core/help.
  if (isBarrel(id)) return undefined;
  if (closures.help.has(id)) return 'help';
  if (id.includes('/src/core/help/')) return 'help-more';
  // The walkthrough's own code in one chunk, its A / A+ / A++ included, which <gp-preferences>
  // shares: split out on their own, they would cost every walkthrough page a chunk more.
  return /\/src\/elements\/gp-tutorial(\.ts|\/)/.test(id) ? 'gp-tutorial' : undefined;
};
let closures: { autoload: Set<string>; elements: Set<string>[]; help: Set<string> } | undefined;

/*
 * Outside src/core, code imports a core folder through its index.ts, which only re-exports. The
 * closures above follow such an import to the files the names imported come from, not to every
 * file of the folder: otherwise <gp-help>'s opening hours and links, reached through
 * core/help/index.ts by an element that needs only the reference code, would be put in `shared`
 * and loaded on every tour page.
 */
const isBarrel = (id: string) => /\/src\/core\/[a-z-]+\/index\.ts$/.test(id);
const specifierOf = (importer: string, spec: string) => resolvePath(dirname(importer), spec.replace(/\.js$/, '.ts'));

/** The names `code` (of `importer`) imports from the module `barrel`; undefined when it cannot tell (a namespace import). */
function namesImported(code: string, importer: string, barrel: string): Set<string> | undefined {
  const names = new Set<string>();
  for (const m of code.matchAll(/\b(import|export)\s*(\*|\{([^}]*)\})\s*(?:as\s+\w+\s*)?from\s*["']([^"']+)["']/g)) {
    if (specifierOf(importer, m[4]!) !== barrel) continue;
    if (m[2] === '*') return undefined;
    for (const part of m[3]!.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim();
      if (name) names.add(name);
    }
  }
  // A side-effect import (`import '…/index.js'`) or one rollup resolved differently: follow it all.
  return names.size > 0 ? names : undefined;
}

/** The files a barrel's re-exports of `names` come from; undefined when a name is the barrel's own. */
function reexportTargets(code: string, barrel: string, names: Set<string>): string[] | undefined {
  const from = new Map<string, string>();
  for (const m of code.matchAll(/\bexport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const part of m[1]!.split(',')) {
      const exported = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      if (exported) from.set(exported, specifierOf(barrel, m[2]!));
    }
  }
  const targets = [...names].map((n) => from.get(n));
  return targets.every((t) => t !== undefined) ? [...new Set(targets)] : undefined;
}

const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/**
 * The core runs nothing when it is imported: its modules only define functions and values (a
 * Node test, test/node/core-pure.test.mjs, keeps it so). Saying so lets rollup leave out what a
 * page imports through a core folder's index.ts but never uses — the valibot schemas, the
 * validator's words — instead of loading them to run them. valibot says the same of itself.
 */
const pureModules = /\/src\/core\//;

/**
 * A minified ES module build for browsers with every dependency inside. Chunk names carry a
 * 6-character hash (36 bits, plenty for a few dozen files): every import names one, and the
 * two characters less on each are bytes every page downloads.
 */
const browserBundle = (input: Record<string, string>, dir: string): RollupOptions => ({
  input,
  treeshake: { moduleSideEffects: (id, external) => external || !pureModules.test(id) },
  plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), json({ preferConst: true, compact: true, namedExports: false }), cssTemplates(), htmlTemplates(), ts(true)],
  onwarn,
  output: { dir, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash:6].js', sourcemap: true, freeze: false, generatedCode: { arrowFunctions: true } },
});

const config: RollupOptions[] = [
  {
    input: { index: 'src/index.ts', elements: 'src/elements.ts', editor: 'src/editor/index.ts', ...elementEntries, analytics: 'src/analytics/index.ts' },
    external: isDependency,
    plugins: [json({ preferConst: true }), cssTemplates(), htmlTemplates(), ts(false)],
    onwarn,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    ...browserBundle({ guidepost: 'src/cdn/autoload.ts', all: 'src/cdn/all.ts', core: 'src/index.ts' }, 'dist/cdn'),
    plugins: [...(browserBundle({}, '').plugins as Plugin[]), parallelChunkImports(), terse(), precacheList()],
    output: { ...(browserBundle({}, 'dist/cdn').output as object), manualChunks: cdnChunks },
  },
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
      // The command is one file: the UI strings the browser loads per language are all inside.
      inlineDynamicImports: true,
    },
  },
];

export default config;
