// Browser half of `npm run bench`: in Debian's Chromium with the CPU slowed 4×, measures
//  - first step on screen after the tutorial data is available (budget 100 ms)
//  - script time of one step change in <gp-tutorial> (budget: under one 16 ms frame)
//  - heap growth over 1,000 step changes (budget < 1 MB)
// Figures are printed, never asserted: a shared 2-core machine is no stopwatch.
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from './static-server.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
if (!executablePath) {
  console.log('browser bench skipped: no Chromium at /usr/lib/chromium/chromium');
  process.exit(0);
}

const server = await createStaticServer({ root: process.cwd(), port: 8190 });
const { port } = server.address();
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/page.html`);
  await page.waitForFunction(() => customElements.get('gp-tutorial'));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const tutorial = JSON.parse(readFileSync('examples/vneid-level-2.json', 'utf8'));

  const result = await page.evaluate(async (data) => {
    const stage = document.getElementById('stage');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const firstStep = [];
    for (let i = 0; i < 10; i++) {
      stage.replaceChildren();
      await frame();
      const el = document.createElement('gp-tutorial');
      el.setAttribute('storage', 'none');
      el.setAttribute('start', data.steps[0].id);
      stage.append(el);
      const t0 = performance.now();
      el.tutorial = data;
      while (!el.shadowRoot?.querySelector('.step-heading')) await el.updateComplete.then(() => Promise.resolve());
      await frame();
      firstStep.push(performance.now() - t0);
    }
    const el = stage.querySelector('gp-tutorial');
    const change = [];
    const move = async () => {
      const last = el.shadowRoot.querySelector('.next')?.textContent?.includes('Hoàn thành');
      const choice = el.shadowRoot.querySelector('.choice');
      const t0 = performance.now();
      if (choice) el.next(0);
      else if (last || !el.shadowRoot.querySelector('.next')) el.restart();
      else el.next();
      await el.updateComplete;
      return performance.now() - t0;
    };
    for (let i = 0; i < 200; i++) change.push(await move());
    globalThis.gc?.();
    const before = performance.memory.usedJSHeapSize;
    for (let i = 0; i < 1000; i++) await move();
    globalThis.gc?.();
    const after = performance.memory.usedJSHeapSize;
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { firstStep: median(firstStep), change: median(change), changeMax: Math.max(...change), heap: after - before };
  }, tutorial);

  console.log(`first step on screen, 4× CPU slowdown: ${result.firstStep.toFixed(1)} ms median (budget 100 ms)`);
  console.log(`<gp-tutorial> step change, 4× CPU slowdown: ${result.change.toFixed(2)} ms median, ${result.changeMax.toFixed(1)} ms worst (budget 16 ms)`);
  console.log(`browser heap growth over 1,000 step changes: ${(result.heap / 1024).toFixed(0)} KB (budget < 1024 KB)`);
} finally {
  await browser.close();
  server.close();
}
