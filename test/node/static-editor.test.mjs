// The static editor page (dist/editor-app/index.html, as the package ships it), in Debian's
// Chromium under the demo's strict CSP: open a file from the computer, edit it with real key
// presses, download it, and the downloaded file passes `guidepost validate`. No server of
// ours takes part beyond serving the files. Run `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { chooseFiles } from './file-chooser.mjs';
import { repo, runCli, tempFolder, tutorialText } from './run-cli.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
let browser;
let server;
let folder;

before(async () => {
  if (!executablePath) return;
  folder = tempFolder({ 'renew-card.json': tutorialText() });
  mkdirSync(folder.path('downloads'));
  server = await createStaticServer({ root: repo.replace(/\/$/, ''), port: 8290 });
  browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});
after(async () => {
  await browser?.close();
  server?.close();
  folder?.remove();
});

test('opens a file from the computer, edits it by keyboard, and downloads a valid file', { skip: executablePath ? false : 'no Chromium' }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder.path('downloads') });
  await page.goto(`http://127.0.0.1:${server.address().port}/dist/editor-app/index.html?lang=en`);
  const open = await page.waitForSelector('aria/Open a file');
  await chooseFiles(page, () => open.click(), [folder.path('renew-card.json')]);
  await page.waitForFunction(() => document.querySelector('[data-status]').textContent === 'Opened renew-card.json.');

  await (await page.waitForSelector('aria/Step 2: Second')).focus();
  await page.keyboard.press('Enter');
  await (await page.waitForSelector('aria/Step title')).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' step');
  await (await page.waitForSelector('aria/Save')).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-status]').textContent.startsWith('Downloaded renew-card.json.'));
  const downloaded = folder.path('downloads/renew-card.json');
  for (let i = 0; i < 100 && !existsSync(downloaded); i += 1) await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(readdirSync(folder.path('downloads')), ['renew-card.json']);
  const data = JSON.parse(readFileSync(downloaded, 'utf8'));
  assert.equal(data.steps[1].title, 'Second step');
  assert.equal(data.steps[1].id, 'second-step');
  assert.equal(runCli(['validate', downloaded]).code, 0);
  assert.deepEqual(errors, []);
});
