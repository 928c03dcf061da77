// The published shape of the package, checked with the field's own tools, and a portal's
// TypeScript apps compiled against the packed tarball: publint, arethetypeswrong, a clean
// `npm publish --dry-run`, `engines` that fit the dependencies, the schema's address, and a
// React 19 and a Vue 3 app that typecheck with only the package's typings. Run `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { repo } from './run-cli.mjs';

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const bin = (name) => join(repo, 'node_modules/.bin', name);
const run = (cmd, args, cwd = repo) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

let folder;
let tarball;
before(() => {
  folder = mkdtempSync(join(tmpdir(), 'guidepost-pack-'));
  // --ignore-scripts: `prepack` would rebuild dist/ under the other tests' feet.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder]);
  assert.equal(packed.status, 0, packed.stderr);
  tarball = join(folder, JSON.parse(packed.stdout)[0].filename);
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('the published shape', () => {
  test('publint (strict) finds nothing', async () => {
    const { messages, pkg: linted } = await publint({ pkgDir: repo, strict: true, pack: 'npm' });
    assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, linted)}`), []);
  });

  test('arethetypeswrong finds no problem in any entry point, the element files included', () => {
    // An ES module package: CommonJS `require` and TypeScript's old node10 resolution are out of scope.
    const elements = ['gp-tutorial', 'gp-tour', 'gp-help', 'gp-progress'].map((tag) => `./elements/${tag}.js`);
    const result = run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json', '--include-entrypoints', ...elements]);
    const report = JSON.parse(result.stdout);
    // The JSON lists every problem; the profile's exit code ignores those two resolutions.
    const ignored = new Set(['node10', 'node16-cjs']);
    assert.deepEqual((report.analysis.problems ?? []).filter((p) => !ignored.has(p.resolutionKind)), []);
    assert.equal(result.status, 0, result.stderr);
  });

  test('npm publish --dry-run has nothing to correct or warn about', () => {
    const result = run('npm', ['publish', '--dry-run', '--ignore-scripts']);
    assert.equal(result.status, 0, result.stderr);
    // The only warning a dry run gives on a machine that is not logged in to the registry.
    const warnings = result.stderr.split('\n').filter((line) => /\bwarn\b/i.test(line) && !/requires you to be logged in/.test(line));
    assert.deepEqual(warnings, []);
  });

  test('engines: Node.js 22 or later, no lower than any dependency needs, and the docs say the same', () => {
    assert.equal(pkg.engines.node, '>=22');
    const floor = (range) => Number(/>=\s*(\d+)/.exec(range ?? '>=0')?.[1] ?? 0);
    for (const name of Object.keys(pkg.dependencies)) {
      const dependency = JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8'));
      assert.ok(floor(dependency.engines?.node) <= floor(pkg.engines.node), `${name} needs Node.js ${dependency.engines?.node}`);
    }
    for (const doc of ['docs/cli.md', 'docs/getting-started.md']) {
      const text = readFileSync(join(repo, doc), 'utf8');
      assert.match(text, /Node\.js 22 or later/, doc);
      assert.doesNotMatch(text, /Node\.js 20 or (newer|later)/, doc);
    }
  });

  test("the schema's $id is its own path in the package on a CDN that serves npm packages", () => {
    const schema = JSON.parse(readFileSync(join(repo, 'schema/tutorial.schema.json'), 'utf8'));
    assert.equal(schema.$id, `https://unpkg.com/${pkg.name}/schema/tutorial.schema.json`);
    assert.equal(pkg.exports['./schema/tutorial.schema.json'], './schema/tutorial.schema.json');
    assert.ok(pkg.files.includes('schema/'));
  });
});

describe('apps compile against the packed tarball with no typings of their own', () => {
  let app;
  before(() => {
    app = join(folder, 'app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    assert.equal(run('tar', ['-xzf', tarball, '-C', folder]).status, 0);
    cpSync(join(folder, 'package'), join(app, 'node_modules/guidepost'), { recursive: true });
    // Everything else the app uses (React, Vue, Lit, i18next, their types) as installed here.
    for (const name of readdirSync(join(repo, 'node_modules'))) {
      if (name !== 'guidepost' && name !== '.bin') symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name));
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module' }));
    cpSync(join(repo, 'examples/react/src'), join(app, 'react'), { recursive: true });
    cpSync(join(repo, 'examples/vue/src'), join(app, 'vue'), { recursive: true });
    // What `npm create vite` writes for React and Vue with TypeScript, in short.
    const options = { target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, isolatedModules: true };
    writeFileSync(join(app, 'tsconfig.react.json'), JSON.stringify({ compilerOptions: { ...options, jsx: 'react-jsx' }, include: ['react'] }));
    writeFileSync(join(app, 'tsconfig.vue.json'), JSON.stringify({ compilerOptions: options, include: ['vue/**/*.ts', 'vue/**/*.vue'] }));
  });

  test('React 19 + TypeScript (tsc)', () => {
    const result = run(bin('tsc'), ['-p', 'tsconfig.react.json'], app);
    assert.equal(result.stdout + result.stderr, '');
    assert.equal(result.status, 0);
  });

  test('Vue 3 + TypeScript (vue-tsc)', () => {
    const result = run(bin('vue-tsc'), ['-p', 'tsconfig.vue.json'], app);
    assert.equal(result.stdout + result.stderr, '');
    assert.equal(result.status, 0);
  });
});
