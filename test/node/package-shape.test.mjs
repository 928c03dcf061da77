// The published shape of the package, checked with the field's own tools, and a portal's
// TypeScript apps compiled against the packed tarball: publint, arethetypeswrong, a clean
// `npm publish --dry-run`, `engines` that fit the dependencies, the schema's address, and a
// React 19 and a Vue 3 app that typecheck with only the package's typings. Run `npm run build` first.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { installPacked, pack, run } from './packed-app.mjs';
import { repo } from './run-cli.mjs';

const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const bin = (name) => join(repo, 'node_modules/.bin', name);
let packed;
let tarball;
before(() => {
  packed = pack();
  tarball = packed.tarball;
});
after(() => packed.remove());

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

describe('importing the elements in Node, as server rendering does', () => {
  test('guidepost/elements, each element and guidepost/analytics import without throwing, and make no document', async () => {
    // By name, as a server-rendered app imports them (the package refers to itself here).
    const elements = await import('guidepost/elements');
    const tutorial = await import('guidepost/elements/gp-tutorial.js');
    const analytics = await import('guidepost/analytics');
    assert.equal(typeof elements.GpTutorial, 'function');
    assert.equal(tutorial.GpTutorial, elements.GpTutorial);
    // Lit's Node build brings a small stand-in registry, where the elements are defined; nothing renders.
    assert.equal(globalThis.customElements?.get('gp-tutorial') ?? elements.GpTutorial, elements.GpTutorial);
    assert.equal(typeof globalThis.document, 'undefined', 'importing must not create a document');
    const stop = analytics.trackGuides(() => assert.fail('no events in Node'));
    stop();
  });
});

describe('apps compile against the packed tarball with no typings of their own', () => {
  let app;
  before(() => {
    app = join(packed.folder, 'app');
    installPacked(tarball, app);
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
