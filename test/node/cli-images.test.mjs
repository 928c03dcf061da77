// `guidepost validate` and step pictures: a relative path names a file next to the tutorial,
// and one that is not there is a `missing-image` problem at the picture's `src`, with its line
// and column, like every other problem. Run `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runCli, tempFolder, tutorial, tutorialText } from './run-cli.mjs';

const pictured = (...sources) => {
  const data = tutorial();
  data.steps = sources.map((src, i) => ({ id: `s${i + 1}`, title: `Step ${i + 1}`, ...(i < sources.length - 1 ? { next: `s${i + 2}` } : {}), image: { src, alt: 'A phone screen.' } }));
  return tutorialText(data);
};

describe('guidepost validate: step pictures', () => {
  let folder;
  before(() => {
    folder = tempFolder({
      'guides/img/card.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'guides/img/two words.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'guides/good.json': pictured('img/card.svg', './img/card.svg?v=2', 'img/two%20words.svg', 'https://example.org/a.png', '/img/on-the-site.png'),
      'guides/missing.json': pictured('img/card.svg', 'img/crad.svg', 'img'),
    });
  });
  after(() => folder.remove());
  const validate = (...args) => runCli(['validate', ...args], { cwd: folder.dir });

  test('pictures that are there, web addresses and paths from the site root pass', () => {
    const { code, stdout } = validate('guides/good.json');
    assert.equal(stdout, '1 file checked: 1 passed.\n');
    assert.equal(code, 0);
  });

  test('a picture that is not there, or a folder, is reported with its line and column, and fails', () => {
    const { code, stdout } = validate('guides/missing.json', '--json');
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout).files;
    assert.equal(file.ok, false);
    assert.deepEqual(
      file.problems.map(({ path, code: kind, severity, line, column }) => ({ path, kind, severity, line, column })),
      [
        // Line 22 is `"src": "img/crad.svg"` in the file as written; column 16 is its value.
        { path: 'steps[1].image.src', kind: 'missing-image', severity: 'error', line: 22, column: 16 },
        { path: 'steps[2].image.src', kind: 'missing-image', severity: 'error', line: 30, column: 16 },
      ],
    );
    assert.match(file.problems[0].message, /^Step 2 \(s2\): the picture "img\/crad\.svg" is not there: there is no file guides\/img\/crad\.svg\./);
    const text = validate('guides/missing.json');
    assert.match(text.stdout, /^guides\/missing\.json:22:16 {2}steps\[1\]\.image\.src {2}Step 2 \(s2\): the picture/m);
  });
});
