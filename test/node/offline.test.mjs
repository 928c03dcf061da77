// Offline, as a citizen on a station's Wi-Fi meets it: the demo portal's service worker
// (demo/sw.js, which precaches what dist/cdn/precache.json lists) lets a tutorial opened once
// open again with the server gone, resume where it was, and Get help still list the phone
// number. Real Chromium (Debian's), real clicks. Run `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { repo } from './run-cli.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

describe('a tutorial with the network gone', { skip: executablePath ? false : 'no Chromium' }, () => {
  let server;
  let browser;
  let base;
  before(async () => {
    // The server wants its root without the trailing slash.
    server = await createStaticServer({ root: repo.replace(/[\/]$/, ''), port: 0 });
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });
  after(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
  });

  test('opens again from the service worker cache, resumes at its step, and Get help lists the phone', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    // The demo's home page is the catalog: a guide opens in place, inside it.
    await page.goto(`${base}/demo/`);
    // Installed (everything precached) and in control of the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', { timeout: 20000 });
    const inGuide = (selector) => `gp-catalog >>> gp-tutorial >>> ${selector}`;
    // Waits for the element at `path` (CSS selectors, each in the shadow root of the one
    // before, joined by " >>> "), checking every 100 ms. puppeteer's own waitForSelector
    // re-checks on changes to the document, and none may come once a catalog is on screen:
    // what changes then happens inside shadow roots, and the wait would never end.
    const waitDeep = async (path, timeout = 10000) =>
      (
        await page.waitForFunction(
          (p) => {
            let found = [document];
            for (const selector of p.split(' >>> ')) found = found.flatMap((node) => [...((node === document ? document : node.shadowRoot)?.querySelectorAll(selector) ?? [])]);
            return found[0] ?? null;
          },
          { polling: 100, timeout },
          path,
        )
      ).asElement();
    const headingText = () => document.querySelector('gp-catalog')?.shadowRoot?.querySelector('gp-tutorial')?.shadowRoot?.querySelector('.step-heading')?.textContent.replace(/\s+/g, ' ').trim();
    // The list's own button (after the reload, Continue offers the same guide too).
    const openGuide = async () => (await waitDeep('gp-catalog >>> button.opener[data-guide="0"][data-from="list"]')).click();

    await openGuide();
    await (await waitDeep(inGuide('button.primary'))).click();
    await waitDeep(inGuide('.step-heading'));
    const first = await page.evaluate(headingText);
    // On to the second step, with the step's first choice or Next.
    const choice = await page.$(inGuide('button.choice'));
    await (choice ?? (await page.$(inGuide('button.next')))).click();
    await page.waitForFunction(`(${headingText})() !== ${JSON.stringify(first)}`);
    const second = await page.evaluate(headingText);

    // The network goes: the server stops answering altogether.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    server = undefined;

    await page.reload();
    // The catalog comes from the cache; the progress kept in the browser offers the step the citizen was on.
    await openGuide();
    const resume = await waitDeep(inGuide('button.primary'));
    // "Step 2 of 9: Install the app" on the heading; "Continue at step 2: Install the app" offered.
    const title = second.split(': ').pop();
    assert.equal(await resume.evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim()), `Tiếp tục ở bước 2: ${title}`);
    await resume.click();
    await page.waitForFunction(`(${headingText})() === ${JSON.stringify(second)}`);

    await (await waitDeep(inGuide('button.help-button'))).click();
    const phone = await waitDeep(inGuide('gp-help >>> a[href^="tel:"]'));
    assert.equal(await phone.evaluate((a) => a.getAttribute('href')), 'tel:19000000');
    await page.close();
  });
});

describe('the demo service worker precaches every guide of the demo catalog', () => {
  test('demo/sw.js lists exactly the tutorials that demo/catalog.json lists', async () => {
    const { readFileSync } = await import('node:fs');
    const sw = readFileSync(new URL('../../demo/sw.js', import.meta.url), 'utf8');
    const listed = [...(/const tutorials = \[([^\]]*)\]/.exec(sw)?.[1] ?? '').matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]).sort();
    const catalog = JSON.parse(readFileSync(new URL('../../demo/catalog.json', import.meta.url), 'utf8'));
    const inCatalog = catalog.tutorials.map((t) => /([a-z0-9-]+)\.json$/.exec(t.src)[1]).sort();
    assert.deepEqual(listed, inCatalog);
  });
});
