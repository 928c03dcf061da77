// The framework examples (examples/react, examples/vue, examples/angular), used as a portal
// developer uses the package: each is built with Vite and rendered in Debian's Chromium, where
// a real key press starts the guide, the app hears `gp-step-change`, and the step's picture
// loads from the tutorial's folder although the tutorial was set as a property. Their
// typecheck against the packed tarball is in package-shape.test.mjs. Run `npm run build` first.
import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { repo } from './run-cli.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
const frameworks = [{ name: 'react' }, { name: 'vue' }, { name: 'angular' }];

const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves a built app; an unknown address gets the app's page, as Vite's own server does. */
function serve(root) {
  const server = createServer((req, res) => {
    let path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root + sep)) path = join(root, 'index.html');
    if (!existsSync(path) || statSync(path).isDirectory()) path = join(root, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('framework examples render in Chromium', { skip: executablePath ? false : 'no Chromium' }, () => {
  let browser;
  let out;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'guidepost-frameworks-'));
    browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  });
  after(async () => {
    await browser?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  for (const { name } of frameworks) {
    test(name, async () => {
      const root = join(out, name);
      await build({ configFile: join(repo, `examples/${name}/vite.config.ts`), logLevel: 'error', build: { outDir: root, emptyOutDir: true } });
      const server = await serve(root);
      // A fresh context each time: no progress saved by another test on the same address.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      try {
        await page.goto(`http://127.0.0.1:${server.address().port}/`);
        await (await page.waitForSelector('aria/Start')).focus();
        await page.keyboard.press('Enter');
        // The app heard gp-step-change through its framework's own event binding.
        await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.trim() === 'Step 1 of 9: has-chip-card');
        // Focus moved to the step (its heading), and its picture came from /guides/, not the page.
        await page.waitForFunction(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.textContent?.includes('Do you already have a chip-based ID card?');
        });
        const picture = await page.waitForFunction(() => {
          const img = document.querySelector('gp-tutorial')?.shadowRoot?.querySelector('[part="image"] img');
          return img?.complete && img.naturalWidth > 0 ? img.getAttribute('src') : false;
        });
        assert.equal(new URL(await picture.jsonValue()).pathname, '/guides/img/id-card-chip.svg');
        await page.addScriptTag({ path: join(repo, 'node_modules/axe-core/axe.min.js') });
        const violations = await page.evaluate(async () => {
          const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'];
          const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        });
        assert.deepEqual(violations, []);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
        server.close();
      }
    });
  }
});
