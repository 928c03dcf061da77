// The README's two quick starts, followed literally from its own code blocks in a new project
// folder: the shell lines run as written (`npm install guidepost` installs the packed tarball,
// as there is no network here), the HTML and TypeScript become the page, and Debian's Chromium
// shows the starter tutorial that `guidepost new` wrote. Run `npm run build` first.
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { installPacked, pack } from './packed-app.mjs';
import { repo } from './run-cli.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
/** A page around a README HTML block. */
const pageAround = (body) => `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Portal</title></head><body><main>${body}</main></body></html>\n`;

/** The code blocks of the README section whose heading is `heading`, by language. */
function blocks(heading) {
  const start = readme.indexOf(`## ${heading}\n`);
  assert.notEqual(start, -1, `README has no section "${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const found = {};
  for (const [, lang, code] of section.matchAll(/```(\w+)\n([\s\S]*?)```/g)) (found[lang] ??= []).push(code);
  return found;
}

/** Runs a README shell block line by line in `app`; `npm install guidepost` installs the tarball. */
function runShell(code, app, tarball) {
  for (const line of code.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    if (line === 'npm install guidepost') {
      if (!existsSync(join(app, 'node_modules/guidepost'))) installPacked(tarball, app);
      continue;
    }
    execSync(line, { cwd: app, stdio: 'pipe', env: { ...process.env, PATH: `${join(app, 'node_modules/.bin')}:${process.env.PATH}`, npm_config_offline: 'true' } });
  }
}

describe('the README quick starts, followed literally', { skip: executablePath ? false : 'no Chromium' }, () => {
  let packed;
  let browser;
  before(async () => {
    packed = pack();
    browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    packed?.remove();
  });

  /** Opens `url` and waits for the starter tutorial's title in <gp-tutorial>; returns the page's errors. */
  async function showsStarter(url) {
    // A fresh context each time: no progress saved by another test on the same address.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('gp-tutorial')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() === 'Hướng dẫn đầu tiên của bạn');
      await (await page.waitForSelector('aria/Bắt đầu')).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('gp-tutorial')?.shadowRoot?.textContent?.includes('Mở trang dịch vụ'));
      return errors;
    } finally {
      await context.close();
    }
  }

  /** Serves `root` under the demo's strict CSP and opens its index.html; returns the page's errors. */
  async function servedShowsStarter(root) {
    const server = await createStaticServer({ root, port: 8390, index: '/index.html' });
    try {
      return await showsStarter(`http://127.0.0.1:${server.address().port}/index.html`);
    } finally {
      server.close();
    }
  }

  test('a portal with no build step: copy dist/cdn, guidepost new, the <script> tag, under a strict CSP', async () => {
    const app = mkdtempSync(join(tmpdir(), 'guidepost-readme-cdn-'));
    try {
      const { sh, html } = blocks('Quick start: a portal with no build step');
      assert.equal(sh.length, 1);
      runShell(sh[0], app, packed.tarball);
      assert.equal(execSync('npx guidepost validate "public/guides/*.json"', { cwd: app, encoding: 'utf8', env: { ...process.env, PATH: `${join(app, 'node_modules/.bin')}:${process.env.PATH}` } }), '1 file checked: 1 passed.\n');
      writeFileSync(join(app, 'public/index.html'), pageAround(html[0]));
      mkdirSync(join(app, 'public/js'), { recursive: true });
      writeFileSync(join(app, 'public/js/guides.js'), "document.addEventListener('gp-complete', (e) => console.log(e.detail.tutorialId));\n");
      assert.deepEqual(await servedShowsStarter(join(app, 'public')), []);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  test('with npm: guidepost new, the element in the page, its property set from src/main.ts, built by a bundler', async () => {
    const app = mkdtempSync(join(tmpdir(), 'guidepost-readme-npm-'));
    try {
      const { sh, html, ts } = blocks('Quick start: with npm');
      runShell(sh[0], app, packed.tarball);
      writeFileSync(join(app, 'index.html'), pageAround(html[0]));
      mkdirSync(join(app, 'src'));
      writeFileSync(join(app, 'src/main.ts'), ts[0]);
      await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: join(app, 'dist') } });
      assert.ok(existsSync(join(app, 'dist/guides/first-guide.json')), 'Vite copies public/ into the build');
      assert.deepEqual(await servedShowsStarter(join(app, 'dist')), []);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});
