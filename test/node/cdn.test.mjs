// The CDN build's files as a portal's service worker and the autoloader rely on them: the
// precache list names every script the autoloader can load, and the autoloader knows every
// element the library ships. Run `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { repo } from './run-cli.mjs';

const cdn = join(repo, 'dist/cdn');
const read = (file) => readFileSync(join(cdn, file), 'utf8');

/** Every CDN file `entry` imports, statically or with import() (unless `staticOnly`), followed to the end. */
function reachable(entry, staticOnly = false) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const imports = staticOnly ? /(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g : /(?:from|import\(?)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
    for (const m of read(file).matchAll(imports)) {
      visit(relative(cdn, normalize(join(cdn, dirname(file), m[1]))));
    }
  };
  visit(entry);
  return [...seen].sort();
}

describe('dist/cdn/precache.json', () => {
  const list = JSON.parse(read('precache.json'));

  test('carries the package version, so a service worker knows when to cache again', () => {
    const { version } = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    assert.equal(list.version, version);
  });

  test('lists exactly the scripts the autoloader can load, every one of which exists', () => {
    assert.deepEqual(list.files, reachable('guidepost.js'));
    for (const file of list.files) assert.ok(existsSync(join(cdn, file)), `${file} is listed but missing`);
  });

  test('includes every element, both languages, the positioning code and the explaining validator', () => {
    // Get help's code (<gp-help> and its hours and links) is the `help` chunk.
    for (const name of ['gp-tutorial', 'gp-tour', 'help', 'gp-progress', 'vi', 'en', 'positioning', 'validate', 'parse']) {
      assert.ok(list.files.some((f) => f.startsWith(`chunks/${name}-`)), `no chunk for ${name}`);
    }
  });

  test('lists for all.js what it can load', () => {
    assert.deepEqual(list.all, reachable('all.js'));
  });
});

describe('what a walkthrough page loads before it is used', () => {
  const chunkOf = (name) => read('guidepost.js').match(new RegExp(`chunks/${name}-[\\w-]+\\.js`))?.[0];

  /** The source files (as in the source maps) of everything `file` loads without import(). */
  const sourcesLoaded = (file) =>
    reachable(file, true).flatMap((f) => JSON.parse(read(`${f}.map`)).sources.map((s) => s.replace(/^.*?\/(src|node_modules)\//, '$1/')));

  test('a walkthrough, a tour or a catalog checks its files without valibot, which only the explaining validator loads', () => {
    for (const element of ['gp-tour', 'gp-tutorial', 'gp-catalog']) {
      const file = chunkOf(element);
      assert.ok(file, `guidepost.js has no chunk for <${element}>`);
      const sources = sourcesLoaded(file);
      assert.ok(sources.includes('src/core/tutorial/format.ts'), `<${element}> does not check tutorials with format.ts`);
      for (const heavy of ['node_modules/valibot/', 'src/core/tutorial/schema.ts', 'src/core/tutorial/words.ts', 'src/core/tutorial/shape-words.ts']) {
        assert.ok(!sources.some((s) => s.startsWith(heavy)), `<${element}> loads ${heavy}`);
      }
    }
  });

  test('a tour or a tutorial loads none of Get help\'s code until help is fetched', () => {
    for (const element of ['gp-tour', 'gp-tutorial']) {
      const file = chunkOf(element);
      assert.ok(file, `guidepost.js has no chunk for <${element}>`);
      const loaded = reachable(file, true);
      assert.ok(loaded.some((f) => f.startsWith('chunks/shared-')), `<${element}> does not load the shared chunk`);
      for (const f of loaded) {
        assert.ok(!/^chunks\/help-/.test(f), `<${element}> loads ${f} before help is asked for`);
        // The source map says which source files went into each chunk.
        const sources = JSON.parse(read(`${f}.map`)).sources.map((s) => s.replace(/^.*?\/src\//, 'src/'));
        for (const helpOnly of ['src/core/help/hours.ts', 'src/core/help/links.ts', 'src/elements/gp-help/gp-help.ts']) {
          assert.ok(!sources.includes(helpOnly), `<${element}> loads ${helpOnly} (in ${f}) before help is asked for`);
        }
      }
    }
  });
});

describe('the autoloader', () => {
  test('knows every element of src/elements', () => {
    const known = reachable('guidepost.js').map(read).join('\n');
    const loaders = readFileSync(join(repo, 'src/cdn/elements.ts'), 'utf8');
    for (const file of readdirSync(join(repo, 'src/elements')).filter((f) => /^gp-[a-z-]+\.ts$/.test(f))) {
      const tag = file.replace(/\.ts$/, '');
      assert.ok(loaders.includes(`'${tag}': () => import('../elements/${tag}.js')`), `src/cdn/elements.ts has no loader for <${tag}>`);
      assert.ok(known.includes(`"${tag}"`), `dist/cdn/guidepost.js cannot load <${tag}>`);
    }
  });

  test('imports an element\'s chunk together with the shared chunk it imports, not one after the other', () => {
    const code = read('guidepost.js');
    const tags = readdirSync(join(repo, 'src/elements')).filter((f) => /^gp-[a-z-]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
    for (const tag of tags) {
      // The loader of <tag>, from its key to the next one: `"gp-tour":()=>(import(…),import(…))…`.
      const start = code.indexOf(`"${tag}":()=>`);
      assert.ok(start >= 0, `no loader for <${tag}>`);
      const rest = code.slice(start + tag.length + 3);
      const segment = rest.slice(0, rest.search(/"gp-[a-z-]+":\(\)=>|$/));
      const imported = [...segment.matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => m[1]);
      const element = imported.at(-1);
      assert.ok(element, `the loader of <${tag}> imports nothing`);
      const deps = [...read(element).matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)].map((m) => `chunks/${m[1]}`).filter((f) => f.startsWith('chunks/shared-'));
      if (tag === 'gp-tutorial' || tag === 'gp-tour') assert.ok(deps.length > 0, `${element} does not import the shared chunk`);
      for (const dep of new Set(deps)) assert.ok(imported.includes(dep), `<${tag}> waits for ${element} before it asks for ${dep}`);
    }
  });

  test('imports nothing up front, so an element\'s code starts downloading as soon as the autoloader runs', () => {
    // A static import would be fetched, and waited for, before the autoloader's first line runs:
    // one round trip more before anything else (150 ms and more on rural 3G).
    assert.deepEqual([...read('guidepost.js').matchAll(/(?:^|[;}\s])import\s*[\w{*"']/g)].map((m) => m[0]), []);
    assert.deepEqual([...read('guidepost.js').matchAll(/\bfrom\s*["']/g)].map((m) => m[0]), []);
  });

  test('imports no lit and no i18next itself: a page with no element loads under 2 KB', () => {
    // A chunk imported by two statements is downloaded once: count each file once.
    const statics = [...new Set(['guidepost.js', ...[...read('guidepost.js').matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1])])];
    for (const file of statics) assert.ok(!/chunks\/(shared|gp-)/.test(file), `guidepost.js imports ${file} up front`);
    const bytes = statics.reduce((n, f) => n + gzipSync(readFileSync(join(cdn, f))).length, 0);
    assert.ok(bytes < 2048, `the autoloader is ${bytes} bytes gzip`);
  });
});
