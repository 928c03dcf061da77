// The npm package as a portal gets it: the core imports in plain Node (no DOM), and `npm pack`
// ships the built files and nothing of the repository's own. Run `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { repo } from './run-cli.mjs';

describe('the core in plain Node', () => {
  test('imports with no DOM and exports validateTutorial, createGuide and encodeReference', async () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
    // By file, as `import('guidepost')` resolves through package.json's "exports".
    const core = await import('../../dist/index.js');
    assert.equal(typeof globalThis.document, 'undefined', 'importing the core must not create a document');
    assert.equal(typeof core.validateTutorial, 'function');
    assert.equal(typeof core.createGuide, 'function');
    assert.equal(typeof core.encodeReference, 'function');
  });

  test('validates, guides and makes a reference code', async () => {
    const { createGuide, decodeReference, encodeReference, validateTutorial } = await import('../../dist/index.js');
    const data = {
      format: 1,
      id: 'renew-card',
      revision: 2,
      lang: 'en',
      title: 'Renew a card',
      steps: [
        { id: 'first', title: 'First' },
        { id: 'second', title: 'Second' },
      ],
    };
    const result = validateTutorial(data);
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);

    const guide = createGuide(result.tutorial);
    guide.start();
    guide.next();
    assert.equal(guide.state.stepId, 'second');
    assert.deepEqual(guide.state.path, ['first', 'second']);

    const code = encodeReference({ tutorialId: 'renew-card', revision: 2, stepId: 'second' }, result.tutorial);
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.deepEqual(decodeReference(code, [result.tutorial]), { tutorialId: 'renew-card', revision: 2, stepId: 'second' });

    const bad = validateTutorial({ ...data, steps: [] });
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.problems.map((p) => [p.path, p.code]), [['steps', 'required']]);
  });

  test('package.json points at files the build made', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const path of [pkg.main, pkg.types, pkg.unpkg, pkg.bin.guidepost, pkg.exports['.'].default, pkg.exports['./elements'].default]) {
      assert.doesNotThrow(() => readFileSync(new URL(`../../${path}`, import.meta.url)), path);
    }
  });
});

describe('npm pack', () => {
  const shipped = ['dist/', 'schema/', 'locales/', 'custom-elements.json', 'README.md', 'LICENSE', 'package.json'];
  // --ignore-scripts: `prepack` would rebuild dist/ under the other tests' feet.
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repo,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const files = pack.status === 0 ? JSON.parse(pack.stdout)[0].files.map((file) => file.path) : [];

  test('runs', () => {
    assert.equal(pack.status, 0, pack.stderr);
  });

  test('ships the builds, schema, locales, manifest, README, LICENSE and package.json', () => {
    for (const path of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/elements.js',
      'dist/cdn/guidepost.js',
      'dist/cli/guidepost.js',
      'schema/tutorial.schema.json',
      'schema/catalog.schema.json',
      'locales/en.json',
      'locales/vi.json',
      'custom-elements.json',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      assert.ok(files.includes(path), `${path} is missing from the package`);
    }
  });

  test('ships nothing else: no tests, stories, sources, CI, demo or scripts', () => {
    const others = files.filter((path) => !shipped.some((allowed) => (allowed.endsWith('/') ? path.startsWith(allowed) : path === allowed)));
    assert.deepEqual(others, []);
    for (const folder of ['test/', 'stories/', 'src/', '.ci/', 'demo/', 'scripts/']) {
      assert.deepEqual(files.filter((path) => path.startsWith(folder)), [], `${folder} must not ship`);
    }
  });
});
