// The published shape of the package, checked with the field's own tools: publint,
// arethetypeswrong, a clean `npm publish --dry-run`, `engines` that fit the dependencies, the
// schema's address, importing the elements in Node; and the framework examples (React 19,
// Vue 3, Angular) typechecked against the packed tarball with only the package's typings.
// Run `npm run build` first.
import assert from 'node:assert/strict';
import { cpSync, readFileSync } from 'node:fs';
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

describe('the framework examples compile against the packed tarball with no typings of their own', () => {
  let app;
  before(() => {
    app = join(packed.folder, 'app');
    installPacked(tarball, app);
    // The examples as they are, in a portal's folder where `guidepost` is the installed tarball.
    for (const name of ['react', 'vue', 'angular', 'guides-plugin.ts']) cpSync(join(repo, 'examples', name), join(app, 'examples', name), { recursive: true });
  });

  for (const [name, checker] of [['react', 'tsc'], ['vue', 'vue-tsc'], ['angular', 'tsc']]) {
    test(`${name} (${checker})`, () => {
      const result = run(bin(checker), ['-p', `examples/${name}/tsconfig.json`], app);
      assert.equal(result.stdout + result.stderr, '');
      assert.equal(result.status, 0);
    });
  }
});
