// `guidepost new <file>`: a small valid starter tutorial (Vietnamese and English) that a portal
// project can validate, preview and edit at once; never over an existing file. Run `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { runCli, tempFolder } from './run-cli.mjs';

describe('guidepost new', () => {
  let folder;
  before(() => (folder = tempFolder()));
  after(() => folder.remove());
  const cli = (...args) => runCli(args, { cwd: folder.dir });

  test('writes a starter that passes validate, in a folder it creates, with an id from the name', () => {
    const made = cli('new', 'guides/Đăng ký tạm trú.json');
    assert.equal(made.code, 0, made.stderr);
    assert.match(made.stdout, /^Created guides\/Đăng ký tạm trú\.json, a tutorial with 2 steps in Vietnamese and English\.\nNext: guidepost edit /);
    const data = JSON.parse(readFileSync(folder.path('guides/Đăng ký tạm trú.json'), 'utf8'));
    assert.equal(data.id, 'dang-ky-tam-tru');
    assert.equal(data.lang, 'vi');
    assert.deepEqual(Object.keys(data.title), ['vi', 'en']);
    assert.match(data.$schema, /schema\/tutorial\.schema\.json$/);
    const checked = cli('validate', 'guides/*.json');
    assert.equal(checked.stdout, '1 file checked: 1 passed.\n');
    assert.equal(checked.code, 0);
  });

  test('never overwrites a file', () => {
    writeFileSync(folder.path('mine.json'), '{"mine": true}');
    const again = cli('new', 'mine.json');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^guidepost: mine\.json already exists, and guidepost new never overwrites a file\./);
    assert.equal(readFileSync(folder.path('mine.json'), 'utf8'), '{"mine": true}');
  });

  test('a name that is not .json, or no name, is a usage error (exit 2)', () => {
    for (const args of [['new', 'guide.txt'], ['new'], ['new', 'a.json', 'b.json']]) {
      const result = cli(...args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Run "guidepost new --help"/);
    }
    assert.equal(cli('new', '--help').code, 0);
  });

  test('a name with no letters or digits still gives a valid id', () => {
    assert.equal(cli('new', '___.json').code, 0);
    assert.equal(JSON.parse(readFileSync(folder.path('___.json'), 'utf8')).id, 'my-tutorial');
    assert.equal(cli('validate', '___.json').code, 0);
  });
});
