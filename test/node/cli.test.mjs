// The built `guidepost` command: `validate`, help, version and usage errors, run as a child
// process exactly as `npx guidepost` runs it. Run `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { cli, hasStackTrace, repo, runCli, tempFolder, tutorial, tutorialText } from './run-cli.mjs';

const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

describe('guidepost validate', () => {
  let folder;
  before(() => {
    const text = tutorialText();
    const dangling = tutorial();
    dangling.steps[0].next = 'secnod';
    const bilingual = tutorial();
    bilingual.title = { en: 'Renew a card', vi: 'Gia hạn thẻ' };
    bilingual.steps = [{ id: 'first', title: { en: 'First', vi: 'Đầu tiên' } }];
    folder = tempFolder({
      'good.json': text,
      'trailing-comma.json': text.replace('"Then this."', '"Then this.",'),
      'dangling-next.json': tutorialText(dangling),
      'unknown-field.json': tutorialText({ ...tutorial(), sumary: 'Renew it online.' }),
      'truncated.json': text.slice(0, text.indexOf('"second"')),
      'missing-translation.json': tutorialText(bilingual).replace('"vi": "Đầu tiên"', '"vi": ""'),
      // "Tiêp" in Latin-1, as an old Windows editor might save Vietnamese.
      'latin1.json': Buffer.from(text.replace('Then this.', 'Ti\u00eap theo'), 'latin1'),
      'folder/a.json': text,
      'folder/b.json': text,
      'folder/deep/c.json': text,
      'folder/.hidden.json': '{',
      'folder/node_modules/d.json': '{',
      'folder/notes.txt': 'not a tutorial',
    });
  });
  after(() => folder.remove());
  const validate = (...args) => runCli(['validate', ...args], { cwd: folder.dir });

  test('passes every example in examples/ (exit 0)', () => {
    const { code, stdout, stderr } = runCli(['validate', 'examples/*.json'], { cwd: repo });
    assert.equal(stderr, '');
    const count = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.json')).length;
    assert.ok(count >= 7, `only ${count} examples`);
    assert.equal(stdout, `${count} files checked: ${count} passed.\n`);
    assert.equal(code, 0);
  });

  // The names of the apps (VNeID, VssID, CH Play) are the only words the examples leave unexplained,
  // as a portal would list them with --abbreviations (examples/README.md).
  for (const lang of ['en', 'vi']) {
    test(`every example and the demo catalog: no problem, no warning and no advice (--lint --lang ${lang})`, () => {
      const { code, stdout, stderr } = runCli(['validate', 'examples/*.json', 'demo/catalog.json', '--lint', '--lang', lang, '--abbreviations', 'VNeID,VssID,CH', '--json'], { cwd: repo });
      assert.equal(stderr, '');
      const files = JSON.parse(stdout).files;
      const count = readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.json')).length;
      assert.equal(files.length, count + 1);
      const said = files.flatMap((f) => [...f.problems, ...(f.advice ?? [])].map((p) => `${f.file} ${p.path} ${p.message}`));
      assert.deepEqual(said, []);
      assert.equal(code, 0);
    });
  }

  test('every phone number and address in the examples is marked as illustrative, in each language', () => {
    const unmarked = [];
    for (const name of readdirSync(new URL('../../examples/', import.meta.url)).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
      const channels = [...(data.help?.channels ?? []), ...data.steps.flatMap((step) => step.help?.channels ?? [])];
      for (const { type, label, value } of channels) {
        // Real government sites (https://….gov.vn) are named as they are; made-up ones end in .example.
        if ((type === 'link' || type === 'chat') && !value.includes('.example')) continue;
        for (const lang of ['vi', 'en']) {
          if (!/\((?:[^()]*, )?(?:số minh hoạ|địa chỉ (?:web )?minh hoạ|illustrative (?:number|address|web address))\)$/.test(label[lang])) unmarked.push(`${name}: ${type} "${label[lang]}"`);
        }
      }
    }
    assert.deepEqual(unmarked, []);
  });

  test('passes a valid file and says so', () => {
    assert.deepEqual(validate('good.json'), { code: 0, stdout: '1 file checked: 1 passed.\n', stderr: '' });
  });

  test('--lang vi words the problems, the advice and the totals in Vietnamese, at the same places', () => {
    const { code, stdout, stderr } = validate('dangling-next.json', 'trailing-comma.json', 'missing.json', '--lang', 'vi');
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      'dangling-next.json:12:15  steps[0].next  Bước 1 (first): "next" dẫn tới "secnod", nhưng không có bước nào có mã này. Có phải ý bạn là "second"?\n' +
        'dangling-next.json:14:5  steps[1]  Bước 2 (second) không bao giờ tới được: không có "next", lựa chọn hay thứ tự bước nào dẫn tới nó từ bước 1. Hãy dẫn tới nó từ một bước khác, hoặc xoá bước này.\n' +
        'trailing-comma.json:16:27  (tệp)  Có một dấu phẩy sau trường cuối cùng. Hãy xoá dấu phẩy này.\n' +
        'missing.json  (tệp)  Không có tệp nào tên như vậy. Hãy kiểm tra lại cách viết tên tệp và tên thư mục.\n\n' +
        'Đã kiểm tra 3 tệp: 0 tệp đạt, 3 tệp chưa đạt với 4 lỗi.\n',
    );
    assert.equal(code, 1);
    const english = JSON.parse(validate('dangling-next.json', '--json').stdout);
    const vietnamese = JSON.parse(validate('dangling-next.json', '--json', '--lang=vi').stdout);
    const facts = (report) => report.files[0].problems.map(({ path, code, line, column }) => [path, code, line, column]);
    assert.deepEqual(facts(vietnamese), facts(english));
    assert.deepEqual(validate('missing-translation.json', '--lang', 'en'), validate('missing-translation.json'));
    const advice = validate('good.json', '--lint', '--lang', 'vi').stdout;
    assert.match(advice, /^Đã kiểm tra 1 tệp: 1 tệp đạt\.\n/);
    const lint = runCli(['validate', 'examples/*.json', '--lint', '--lang', 'vi'], { cwd: repo }).stdout;
    assert.doesNotMatch(lint, / advice: | warning: /);
    assert.match(lint, /lời khuyên \(không làm tệp bị đánh giá là chưa đạt\)\.\n$|Không có lời khuyên nào/);
  });

  test('--lang takes only vi or en', () => {
    const { code, stdout, stderr } = validate('good.json', '--lang', 'fr');
    assert.equal(stdout, '');
    assert.match(stderr, /^guidepost: --lang fr: problems are written in vi \(Tiếng Việt\) or en \(English\), for example --lang vi\.\n/);
    assert.equal(code, 2);
  });

  test('reports a trailing comma with its line and column, in plain words', () => {
    const { code, stdout } = validate('trailing-comma.json');
    assert.equal(
      stdout,
      'trailing-comma.json:16:27  (file)  There is a comma after the last field. Remove this comma.\n\n' +
        '1 file checked: 0 passed, 1 failed with 1 problem.\n',
    );
    assert.equal(code, 1);
  });

  test('reports a "next" to a step that does not exist, and the step it leaves unreachable', () => {
    const { code, stdout } = validate('dangling-next.json');
    assert.equal(
      stdout,
      'dangling-next.json:12:15  steps[0].next  Step 1 (first): "next" goes to "secnod", but no step has that id. Did you mean "second"?\n' +
        'dangling-next.json:14:5  steps[1]  Step 2 (second) can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.\n\n' +
        '1 file checked: 0 passed, 1 failed with 2 problems.\n',
    );
    assert.equal(code, 1);
  });

  test('reports an unknown field with a suggestion', () => {
    const { code, stdout } = validate('unknown-field.json');
    assert.match(stdout, /^unknown-field\.json:19:3 {2}sumary {2}The tutorial has a field "sumary" that guidepost does not know\. Did you mean "summary"\?\n/);
    assert.equal(code, 1);
  });

  test('reports a truncated file where it ends', () => {
    const { code, stdout } = validate('truncated.json');
    assert.match(stdout, /^truncated\.json:14:13 {2}\(file\) {2}The file ends too early\. The \{ on line 13 is never closed with \}\. Part of the file may be missing\.\n/);
    assert.equal(code, 1);
  });

  test('marks warnings and fails on them too', () => {
    const { code, stdout } = validate('missing-translation.json');
    assert.equal(
      stdout,
      'missing-translation.json:15:15  steps[0].title.vi  warning: Step 1 (first): "title" has an empty "vi" translation. Fill it in, so people reading vi do not get another language.\n\n' +
        '1 file checked: 0 passed, 1 failed with 1 problem (1 warning).\n',
    );
    assert.equal(code, 1);
  });

  test('reports a file that is not UTF-8 at its first bad letter', () => {
    const { code, stdout } = validate('latin1.json');
    assert.match(stdout, /^latin1\.json:16:18 {2}\(file\) {2}The file is not saved as UTF-8 text, .* Save it as UTF-8 /);
    assert.equal(code, 1);
  });

  test('reports a missing file and a folder as problems of their own, and checks the rest', () => {
    const { code, stdout, stderr } = validate('missing.json', 'good.json', 'folder');
    assert.equal(
      stdout,
      'missing.json  (file)  There is no file with this name. Check the spelling of the name and of its folder.\n' +
        'folder  (file)  This is a folder, not a file. To check every tutorial in it, write "folder/*.json".\n\n' +
        '3 files checked: 1 passed, 2 failed with 2 problems.\n',
    );
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });

  test('expands *, ** and ? itself, skipping hidden files and node_modules', () => {
    const files = (...patterns) => JSON.parse(validate('--json', ...patterns).stdout).files.map((f) => f.file);
    assert.deepEqual(files('folder/*.json'), ['folder/a.json', 'folder/b.json']);
    assert.deepEqual(files('folder/**/*.json'), ['folder/a.json', 'folder/b.json', 'folder/deep/c.json']);
    assert.deepEqual(files('folder/?.json'), ['folder/a.json', 'folder/b.json']);
    assert.deepEqual(files('*/deep/*'), ['folder/deep/c.json']);
    assert.deepEqual(files('folder/.*.json'), ['folder/.hidden.json']);
  });

  test('checks a file named twice only once', () => {
    const { stdout } = validate('folder/a.json', 'folder/*.json', './folder/a.json');
    assert.equal(stdout, '2 files checked: 2 passed.\n');
  });

  test('--json prints files, problems and a summary', () => {
    const { code, stdout } = validate('dangling-next.json', 'good.json', 'missing.json', '--json');
    assert.deepEqual(JSON.parse(stdout), {
      files: [
        {
          file: 'dangling-next.json',
          ok: false,
          problems: [
            {
              path: 'steps[0].next',
              code: 'unknown-step',
              message: 'Step 1 (first): "next" goes to "secnod", but no step has that id. Did you mean "second"?',
              severity: 'error',
              line: 12,
              column: 15,
            },
            {
              path: 'steps[1]',
              code: 'unreachable-step',
              message: 'Step 2 (second) can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.',
              severity: 'error',
              line: 14,
              column: 5,
            },
          ],
        },
        { file: 'good.json', ok: true, problems: [] },
        {
          file: 'missing.json',
          ok: false,
          problems: [
            {
              path: '',
              code: 'unreadable-file',
              message: 'There is no file with this name. Check the spelling of the name and of its folder.',
              severity: 'error',
            },
          ],
        },
      ],
      summary: { files: 3, passed: 1, failed: 2, problems: 3, errors: 3, warnings: 0 },
    });
    assert.equal(code, 1);
  });

  test('colours only when asked, and never with NO_COLOR', () => {
    const coloured = runCli(['validate', 'missing-translation.json'], { cwd: folder.dir, env: { FORCE_COLOR: '1' } });
    assert.match(coloured.stdout, /\u001b\[33mwarning:\u001b\[39m/);
    const noColour = runCli(['validate', 'missing-translation.json'], { cwd: folder.dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    assert.doesNotMatch(noColour.stdout, /\u001b\[/);
    // Not a terminal (a pipe, as here) and nothing forced: plain text.
    assert.doesNotMatch(runCli(['validate', 'missing-translation.json'], { cwd: folder.dir, env: { FORCE_COLOR: undefined } }).stdout, /\u001b\[/);
  });
});

describe('guidepost usage errors (exit 2, a message, no stack trace)', () => {
  const cases = [
    [['validate'], /^guidepost: Name at least one tutorial file to check, for example: guidepost validate my-tutorial\.json\nRun "guidepost validate --help" to see how to use it\.\n$/],
    [['validate', '--jsn', 'examples/pay-bill-qr.json'], /^guidepost: Unknown option --jsn\. Did you mean --json\?/],
    [['validate', '--json=yes', 'examples/pay-bill-qr.json'], /^guidepost: --json does not take a value: write just --json\./],
    [['validate', 'exmples/*.json'], /^guidepost: No file matches "exmples\/\*\.json"\. Check the folder name and the pattern;/],
    [['valdate', 'examples/pay-bill-qr.json'], /^guidepost: There is no command "valdate"\. Did you mean "validate"\? The commands are validate, preview, edit, new and handbook\.\nRun "guidepost --help"/],
    [['--verbose'], /^guidepost: Unknown option --verbose\. Name a command first/],
    [['preview'], /^guidepost: Name the tutorial file to preview, for example: guidepost preview my-tutorial\.json\n/],
    [['preview', 'a.json', 'b.json'], /^guidepost: The preview shows one file at a time, but 2 were named\./],
    [['preview', 'no-such-file.json'], /^guidepost: There is no file "no-such-file\.json"\. Check the spelling/],
    [['preview', 'examples'], /^guidepost: "examples" is a folder\. Name one tutorial file in it/],
    [['preview', 'examples/pay-bill-qr.json', '--port', 'eighty'], /^guidepost: --port eighty is not a port\. Use a whole number up to 65535/],
    [['preview', 'examples/pay-bill-qr.json', '--port'], /^guidepost: --port needs a value, for example --port 8090\./],
    [['preview', 'examples/pay-bill-qr.json', '--lang', 'not a language'], /^guidepost: --lang not a language is not a language code\./],
  ];
  for (const [args, message] of cases) {
    test(`guidepost ${args.join(' ')}`, () => {
      const { code, stdout, stderr } = runCli(args);
      assert.match(stderr, message);
      assert.equal(hasStackTrace(stderr), false, stderr);
      assert.equal(stdout, '');
      assert.equal(code, 2);
    });
  }

  test('guidepost with nothing else prints the help on stderr', () => {
    const { code, stdout, stderr } = runCli([]);
    assert.match(stderr, /^guidepost \d+\.\d+\.\d+: check and preview guidepost tutorial files\./);
    assert.equal(stdout, '');
    assert.equal(code, 2);
  });
});

describe('guidepost help and version', () => {
  test('--help lists the commands with examples', () => {
    const { code, stdout } = runCli(['--help']);
    assert.match(stdout, new RegExp(`^guidepost ${version.replaceAll('.', '\\.')}: check and preview guidepost tutorial files\\.`));
    assert.match(stdout, /\n {2}guidepost validate <files…> {3}Check tutorial and catalog files for problems\.\n/);
    assert.match(stdout, /\n {2}guidepost preview <file> {6}See a tutorial in your browser as you edit\.\n/);
    assert.match(stdout, /\nExamples:\n {2}guidepost validate my-tutorial\.json\n/);
    assert.equal(code, 0);
    assert.equal(runCli(['-h']).stdout, stdout);
    assert.deepEqual(stdout.split('\n').filter((line) => line.length > 80), [], 'fits an 80-column terminal');
  });

  test('validate --help explains patterns and exit codes', () => {
    const { code, stdout } = runCli(['validate', '--help']);
    assert.match(stdout, /^guidepost validate: check tutorial files\.\n/);
    assert.match(stdout, /\n {4}\*\* {3}any number of folders {12}tutorials\/\*\*\/\*\.json\n/);
    assert.match(stdout, /\n {2}1 {2}at least one file has a problem \(an error or a warning\)\n/);
    assert.equal(code, 0);
    assert.equal(runCli(['help', 'validate']).stdout, stdout);
    assert.deepEqual(stdout.split('\n').filter((line) => line.length > 80), []);
  });

  test('preview --help explains the options', () => {
    const { code, stdout } = runCli(['preview', '-h']);
    assert.match(stdout, /^guidepost preview: see a tutorial as citizens will, while you write it\.\n/);
    assert.match(stdout, /\n {2}--lang <language> {3}Show the tutorial in this language/);
    assert.match(stdout, /\nPress Ctrl\+C to stop the preview\.\n/);
    assert.equal(code, 0);
    assert.deepEqual(stdout.split('\n').filter((line) => line.length > 80), []);
  });

  test('--version prints the version in package.json', () => {
    assert.deepEqual(runCli(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
    assert.equal(runCli(['-v']).stdout, `${version}\n`);
  });

  test('the built command is a Node script with only Node built-ins left to import', () => {
    const source = readFileSync(cli, 'utf8');
    assert.ok(source.startsWith('#!/usr/bin/env node\n'));
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    assert.ok(imports.length > 0);
    assert.deepEqual(imports.filter((name) => !name.startsWith('node:')), []);
  });
});
