// `guidepost edit`, built, run as a child process and driven in Debian's Chromium through
// puppeteer-core with real key presses, as a content editor would: a tutorial made from
// nothing, saved, and accepted by `guidepost validate`. Run `npm run build` first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chooseFiles } from './file-chooser.mjs';
import { cli, runCli, tempFolder, tutorial, tutorialText } from './run-cli.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const plainEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' };

/** Starts `guidepost edit …args`; resolves with its address once printed. */
function startEdit(args) {
  const child = spawn(process.execPath, [cli, 'edit', ...args], { env: plainEnv });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const started = new Promise((resolve, reject) => {
    child.stdout.setEncoding('utf8').on('data', (c) => {
      stdout += c;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout)?.[0];
      if (url && /Press Ctrl\+C to stop\.\n/.test(stdout)) resolve(url);
    });
    exited.then((code) => reject(new Error(`edit exited with ${code}\n${stdout}\n${stderr}`)));
  });
  return {
    started,
    output: () => stdout,
    /** Resolves when the output matches `regex`. */
    waitFor: (regex) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`Timed out waiting for ${regex}:\n${stdout}`)), 15_000);
        const check = () => (regex.test(stdout) ? (clearTimeout(timer), resolve()) : setTimeout(check, 20));
        check();
      }),
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('guidepost edit in Chromium', { skip: executablePath ? false : 'no Chromium' }, () => {
  let browser;
  let folder;
  before(async () => {
    folder = tempFolder({ 'existing.json': tutorialText() });
    browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    folder.remove();
  });

  // One page at a time, in front: a file chooser or a "leave the page?" question only opens
  // in the tab that has focus.
  let current;
  const newPage = async () => {
    await current?.close();
    current = await browser.newPage();
    await current.bringToFront();
    return current;
  };

  /** Helpers over one page: every control is found by its accessible name, used by keys. */
  const on = (page) => {
    const find = async (name) => {
      const handle = await page.waitForSelector(`aria/${name}`);
      assert.ok(handle, `a control named "${name}"`);
      return handle;
    };
    return {
      type: async (name, text) => {
        await (await find(name)).focus();
        await page.keyboard.type(text);
      },
      press: async (name) => {
        await (await find(name)).focus();
        await page.keyboard.press('Enter');
      },
      choose: async (name, option) => {
        const select = await find(name);
        await select.focus();
        for (let i = 0; i < 30; i += 1) {
          const text = await select.evaluate((s) => s.selectedOptions[0]?.textContent.trim());
          if (text === option) return;
          await page.keyboard.press('ArrowDown');
        }
        assert.fail(`no option "${option}" in ${name}`);
      },
    };
  };

  test('makes a tutorial from nothing, saves it, and guidepost validate accepts it', async () => {
    const file = folder.path('new-guide.json');
    const edit = startEdit([file, '--lang', 'en', '--port', '0']);
    const url = await edit.started;
    try {
      assert.match(edit.output(), /^Created .*new-guide\.json: a new, empty tutorial\.\n/);
      const page = await newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url);
      const ui = on(page);
      await ui.type('Tutorial title', 'Renew a card');
      await ui.press('Add step');
      await ui.type('Step title', 'Do you have your old card?');
      await ui.type('Text', 'Look in your wallet.');
      await ui.press('Add step');
      await ui.type('Step title', 'Renew online');
      await ui.type('Text', 'Open the portal.');
      await ui.choose('Then', 'Finish here');
      await ui.press('Add step');
      await ui.type('Step title', 'Ask at the ward');
      await ui.type('Text', 'Go to the ward office.');
      await ui.press('Step 1: Do you have your old card?');
      await ui.press('Add choice');
      await ui.type('Choice label', 'Yes');
      await ui.press('Add choice');
      // The second choice: its label field is the one focused after Add choice.
      await page.keyboard.type('No');
      await page.keyboard.press('Tab');
      let goesTo = await page.evaluate(() => document.querySelector('gp-editor').shadowRoot.activeElement.labels[0].textContent.trim());
      assert.equal(goesTo, 'Goes to');
      const shown = () => page.evaluate(() => document.querySelector('gp-editor').shadowRoot.activeElement.selectedOptions[0].textContent.trim());
      assert.equal(await shown(), 'Go to step 2: Renew online');
      await page.keyboard.press('ArrowDown');
      assert.equal(await shown(), 'Go to step 3: Ask at the ward');

      await ui.press('Add language');
      const vi = [
        ['Tutorial title (Tiếng Việt)', 'Làm lại thẻ'],
        ['Step title (Tiếng Việt)', 'Bạn còn thẻ cũ không?'],
        ['Text (Tiếng Việt)', 'Xem trong ví.'],
      ];
      for (const [name, text] of vi) await ui.type(name, text);
      const choiceFields = await page.$$('aria/Choice label (Tiếng Việt)');
      await choiceFields[0].focus();
      await page.keyboard.type('Có');
      await choiceFields[1].focus();
      await page.keyboard.type('Không');
      for (const [step, title, text] of [['Step 2: Renew online', 'Làm lại trên mạng', 'Mở cổng.'], ['Step 3: Ask at the ward', 'Hỏi ở phường', 'Đến phường.']]) {
        await ui.press(step);
        await ui.type('Step title (Tiếng Việt)', title);
        await ui.type('Text (Tiếng Việt)', text);
      }
      const problems = await page.evaluate(() => document.querySelector('gp-editor').problems);
      assert.deepEqual(problems, []);
      await ui.press('Save');
      await edit.waitFor(/Saved .*new-guide\.json: no problems\./);

      const saved = readFileSync(file, 'utf8');
      assert.ok(saved.endsWith('}\n'));
      const data = JSON.parse(saved);
      assert.deepEqual(Object.keys(data), ['$schema', 'format', 'id', 'revision', 'lang', 'title', 'steps']);
      assert.equal(data.id, 'renew-a-card');
      assert.deepEqual(data.steps[0].choices, [
        { label: { en: 'Yes', vi: 'Có' }, next: 'renew-online' },
        { label: { en: 'No', vi: 'Không' }, next: 'ask-at-the-ward' },
      ]);
      const result = runCli(['validate', file]);
      assert.equal(result.code, 0, result.stdout + result.stderr);
    } finally {
      await edit.stop();
    }
  });

  test('says when the file changed on disk, and overwrites only when asked', async () => {
    const file = folder.path('existing.json');
    const edit = startEdit([file, '--lang', 'en', '--port', '0']);
    const url = await edit.started;
    try {
      const page = await newPage();
      await page.goto(url);
      const ui = on(page);
      await ui.type('Tutorial title', ' now');
      const other = { ...tutorial(), title: 'Changed elsewhere' };
      writeFileSync(file, tutorialText(other));
      await ui.press('Save');
      await page.waitForSelector('aria/Overwrite');
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).title, 'Changed elsewhere');
      await ui.press('Overwrite');
      await edit.waitFor(/Saved .*existing\.json/);
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).title, 'Renew a card now');
    } finally {
      await edit.stop();
    }
  });

  test('copies a chosen picture into img/, and offers unsaved work back after a reload', async () => {
    const file = folder.path('existing.json');
    writeFileSync(file, tutorialText());
    writeFileSync(folder.path('Ảnh chụp thẻ.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    const edit = startEdit([file, '--lang', 'en', '--port', '0']);
    const url = await edit.started;
    try {
      const page = await newPage();
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type());
        void dialog.accept();
      });
      await page.goto(url);
      const ui = on(page);
      await ui.press('Step 1: First');
      await ui.press('Add a picture');
      const choose = await page.waitForSelector('aria/Choose a picture');
      await choose.focus();
      await chooseFiles(page, () => page.keyboard.press('Enter'), [folder.path('Ảnh chụp thẻ.svg')]);
      await page.waitForFunction(() => document.querySelector('gp-editor').value.steps[0].image?.src === 'img/anh-chup-the.svg');
      assert.ok(existsSync(folder.path('img/anh-chup-the.svg')));
      await ui.type('Picture description', 'The front of the card');

      // Leaving with unsaved changes asks first; coming back offers them again.
      await page.reload();
      assert.deepEqual(dialogs, ['beforeunload']);
      await ui.press('Bring back my changes');
      const image = await page.evaluate(() => document.querySelector('gp-editor').value.steps[0].image);
      assert.deepEqual(image, { src: 'img/anh-chup-the.svg', alt: 'The front of the card' });
      assert.equal(JSON.parse(readFileSync(file, 'utf8')).steps[0].image, undefined);
    } finally {
      await edit.stop();
    }
  });

  test('with --lang vi, shows the problems beside their fields in Vietnamese', async () => {
    const file = folder.path('dangling-vi.json');
    const data = JSON.parse(tutorialText());
    data.steps[0].next = 'secnod';
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    const edit = startEdit([file, '--lang', 'vi', '--port', '0']);
    const url = await edit.started;
    try {
      const page = await newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('gp-editor')?.problems?.length > 0);
      const problems = await page.evaluate(() => document.querySelector('gp-editor').problems.map((p) => [p.path, p.code, p.message]));
      assert.deepEqual(problems[0], ['steps[0].next', 'unknown-step', 'Bước 1 (first): "next" dẫn tới "secnod", nhưng không có bước nào có mã này. Có phải ý bạn là "second"?']);
      const listed = await page.evaluate(() => document.querySelector('gp-editor').shadowRoot.querySelector('.problems').textContent.replace(/\s+/g, ' '));
      assert.match(listed, /Lỗi: Bước 1 \(first\): "next" dẫn tới "secnod"/);
    } finally {
      await edit.stop();
    }
  });

  test('refuses to save for a page that does not hold this run\'s token, and serves nothing outside the folder', async () => {
    const edit = startEdit([folder.path('existing.json'), '--port', '0']);
    const url = await edit.started;
    try {
      const put = await fetch(new URL('/_guidepost/file', url), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"text":"{}"}' });
      assert.equal(put.status, 403);
      assert.equal((await fetch(new URL('/%2e%2e/%2e%2e/etc/passwd', url))).status, 404);
      assert.equal((await fetch(new URL('/_guidepost/editor/%2e%2e/cli/guidepost.js', url))).status, 404);
      const page = await fetch(url);
      assert.match(page.headers.get('content-security-policy'), /script-src 'self'/);
      assert.match(await page.text(), /<gp-editor lang="vi" draft-key="[^"]+existing\.json"><\/gp-editor>/);
    } finally {
      await edit.stop();
    }
  });
});

test('guidepost edit explains a wrong language in words', () => {
  const result = runCli(['edit', 'x.json', '--lang', 'fr']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--lang fr: the editor speaks vi \(Tiếng Việt\) or en \(English\)/);
});

test('guidepost validate --lint gives the editor\'s advice without failing the check', () => {
  const data = tutorial();
  data.steps[0].body = 'Open the VNeID app, then type the OTP.';
  const folder = tempFolder({ 'advice.json': tutorialText(data) });
  try {
    const plain = runCli(['validate', folder.path('advice.json')]);
    assert.equal(plain.code, 0);
    assert.doesNotMatch(plain.stdout, /advice/);
    const linted = runCli(['validate', folder.path('advice.json'), '--lint', '--abbreviations', 'VNeID']);
    assert.equal(linted.code, 0, linted.stderr);
    assert.match(linted.stdout, /advice\.json {2}steps\[0\]\.body {2}advice: This step asks for more than one action\. .* Split it into one step per action\.\n/);
    assert.match(linted.stdout, /advice: “OTP” is used without saying what it stands for\./);
    assert.doesNotMatch(linted.stdout, /“VNeID”/);
    assert.match(linted.stdout, /\n2 pieces of advice \(they do not fail the check\)\.\n$/);
    const json = JSON.parse(runCli(['validate', folder.path('advice.json'), '--lint', '--json']).stdout);
    assert.deepEqual(json.files[0].advice.map((a) => a.code), ['several-actions', 'unexplained-abbreviation', 'unexplained-abbreviation']);
  } finally {
    folder.remove();
  }
});

test('guidepost edit --help fits an 80-column terminal', () => {
  const { code, stdout } = runCli(['edit', '--help']);
  assert.equal(code, 0);
  assert.match(stdout, /^guidepost edit: write a tutorial in your browser/);
  assert.deepEqual(stdout.split('\n').filter((line) => line.length > 80), []);
  assert.deepEqual(runCli(['validate', '--help']).stdout.split('\n').filter((line) => line.length > 80), []);
});
