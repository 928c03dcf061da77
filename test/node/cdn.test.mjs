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

/** Every CDN file `entry` imports, statically or with import(), followed to the end. */
function reachable(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of read(file).matchAll(/(?:from|import\(?)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
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
    for (const name of ['gp-tutorial', 'gp-tour', 'gp-help', 'gp-progress', 'vi', 'en', 'positioning', 'validate', 'parse']) {
      assert.ok(list.files.some((f) => f.startsWith(`chunks/${name}-`)), `no chunk for ${name}`);
    }
  });

  test('lists for all.js what it can load', () => {
    assert.deepEqual(list.all, reachable('all.js'));
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

  test('imports no lit and no i18next itself: a page with no element loads under 2 KB', () => {
    // A chunk imported by two statements is downloaded once: count each file once.
    const statics = [...new Set(['guidepost.js', ...[...read('guidepost.js').matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1])])];
    for (const file of statics) assert.ok(!/chunks\/(shared|gp-)/.test(file), `guidepost.js imports ${file} up front`);
    const bytes = statics.reduce((n, f) => n + gzipSync(readFileSync(join(cdn, f))).length, 0);
    assert.ok(bytes < 2048, `the autoloader is ${bytes} bytes gzip`);
  });
});
