// `guidepost validate` on a catalog (the list of guides <gp-catalog> shows): told from a
// tutorial, checked, and every tutorial file it lists checked too. Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { repo, runCli, tempFolder, tutorial, tutorialText } from './run-cli.mjs';

describe('guidepost validate, on a catalog', () => {
  let folder;
  const catalog = (tutorials, extra = {}) =>
    `${JSON.stringify({ format: 1, lang: 'en', categories: [{ id: 'cards', title: 'Cards' }], tutorials, ...extra }, null, 2)}\n`;
  before(() => {
    const broken = tutorial();
    broken.steps[0].next = 'secnod';
    folder = tempFolder({
      'guides/renew.json': tutorialText(),
      'guides/broken.json': tutorialText(broken),
      'good.json': catalog([{ src: 'guides/renew.json', category: 'cards', keywords: ['renew'] }]),
      'bad.json': catalog([
        { src: 'guides/renew.json', category: 'card' },
        { src: 'guides/missing.json', category: 'cards' },
        { src: 'guides/broken.json', category: 'cards' },
        { src: 'bad.json', category: 'cards' },
      ]),
    });
  });
  after(() => folder.remove());
  const validate = (...args) => runCli(['validate', ...args], { cwd: folder.dir });

  test('tells a catalog from a tutorial and passes a good one, with the files it lists (exit 0)', () => {
    const { code, stdout } = validate('good.json', 'guides/renew.json');
    assert.equal(stdout, '2 files checked: 2 passed.\n');
    assert.equal(code, 0);
  });

  test('checks that each src exists and is a valid tutorial, at the line of its src', () => {
    const { code, stdout } = validate('bad.json');
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, 4), [
      'bad.json:13:19  tutorials[0].category  Tutorial 1 is in the category "card", which the catalog does not have. Did you mean "cards"?',
      'bad.json:16:14  tutorials[1].src  Tutorial 2: there is no tutorial file "guides/missing.json" next to the catalog. Check the name and the folder.',
      'bad.json:20:14  tutorials[2].src  Tutorial 3: the tutorial "guides/broken.json" has 2 problems, so the catalog would leave it out. Run "guidepost validate guides/broken.json" to see them.',
      'bad.json:24:14  tutorials[3].src  Tutorial 4: "bad.json" is another catalog, not a tutorial file.',
    ]);
    assert.equal(lines.at(-1), '1 file checked: 0 passed, 1 failed with 4 problems.');
  });

  test('reports a catalog with a JSON mistake as a catalog, not as a tutorial with no steps', () => {
    // Two commas in a row: the JSON reader reads on past them, and finds a catalog.
    const text = catalog([{ src: 'guides/renew.json', category: 'cards' }]).replace('"tutorials": [', '"tutorials": [,');
    const broken = tempFolder({ 'catalog.json': text });
    try {
      const { code, stdout } = runCli(['validate', 'catalog.json'], { cwd: broken.dir });
      assert.equal(code, 1);
      const lines = stdout.trim().split('\n');
      assert.match(lines[0], /^catalog\.json:\d+:\d+  \(file\)  There are two commas in a row\. Remove one of them\.$/);
      assert.equal(lines.length, 3, stdout);
      assert.doesNotMatch(stdout, /The tutorial has no/);
      assert.equal(lines.at(-1), '1 file checked: 0 passed, 1 failed with 1 problem.');
    } finally {
      broken.remove();
    }
  });

  test('--lang vi words the catalog’s problems in Vietnamese, at the same places with the same codes', () => {
    const { code, stdout } = validate('bad.json', '--lang', 'vi');
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, 4), [
      'bad.json:13:19  tutorials[0].category  Hướng dẫn 1 thuộc nhóm "card", nhưng danh mục không có nhóm này. Có phải ý bạn là "cards"?',
      'bad.json:16:14  tutorials[1].src  Hướng dẫn 2: không có tệp hướng dẫn "guides/missing.json" bên cạnh danh mục. Hãy kiểm tra lại tên tệp và thư mục.',
      'bad.json:20:14  tutorials[2].src  Hướng dẫn 3: hướng dẫn "guides/broken.json" có 2 lỗi, nên danh mục sẽ bỏ nó ra. Hãy chạy "guidepost validate guides/broken.json" để xem.',
      'bad.json:24:14  tutorials[3].src  Hướng dẫn 4: "bad.json" là một danh mục khác, không phải tệp hướng dẫn.',
    ]);
    assert.equal(lines.at(-1), 'Đã kiểm tra 1 tệp: 0 tệp đạt, 1 tệp chưa đạt với 4 lỗi.');
    const facts = (out) => JSON.parse(out).files[0].problems.map(({ path, code, severity, line, column }) => [path, code, severity, line, column]);
    assert.deepEqual(facts(validate('bad.json', '--json', '--lang', 'vi').stdout), facts(validate('bad.json', '--json').stdout));
  });

  test('validates the demo catalog and every guide it lists with no warning', () => {
    const { code, stdout } = runCli(['validate', 'demo/catalog.json'], { cwd: repo });
    assert.equal(stdout, '1 file checked: 1 passed.\n');
    assert.equal(code, 0);
  });
});
