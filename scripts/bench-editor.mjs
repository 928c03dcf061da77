// Editor half of `npm run bench`: in Debian's Chromium with the CPU slowed 4×, a 200-step
// tutorial in <gp-editor>:
//  - opening it: from setting `value` to the form and the preview on screen (budget 1 s)
//  - typing one letter in a step title until the preview shows it (budget 100 ms)
// Figures are printed, never asserted: a shared 2-core machine is no stopwatch.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createStaticServer } from './static-server.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
if (!executablePath || !existsSync('dist/editor-app/guidepost-editor.js')) {
  console.log('editor bench skipped: no Chromium, or no build (npm run build)');
  process.exit(0);
}

const steps = Array.from({ length: 200 }, (_, i) => ({
  id: `step-${i + 1}`,
  title: { vi: `Bước số ${i + 1}: bấm vào nút`, en: `Step number ${i + 1}: press the button` },
  body: { vi: 'Bấm vào nút **Tiếp tục** ở dưới cùng màn hình.', en: 'Press **Continue** at the bottom of the screen.' },
  ...(i % 20 === 0 && i < 180 ? { choices: [{ label: { vi: 'Có', en: 'Yes' }, next: `step-${i + 2}` }, { label: { vi: 'Không', en: 'No' }, next: `step-${i + 3}` }] } : {}),
}));
const tutorial = { format: 1, id: 'bench-200', revision: 1, lang: 'vi', title: { vi: 'Hướng dẫn dài', en: 'A long guide' }, steps };

const server = await createStaticServer({ root: process.cwd(), port: 8191 });
const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`http://127.0.0.1:${server.address().port}/scripts/bench/page.html`);
  await page.evaluate(() => import('/dist/editor-app/guidepost-editor.js'));
  await page.waitForFunction(() => customElements.get('gp-editor'));
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const result = await page.evaluate(async (data) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const stage = document.getElementById('stage');
    const heading = (el) => el.shadowRoot.querySelector('gp-tutorial')?.shadowRoot?.querySelector('.step-heading')?.textContent ?? '';
    const open = [];
    let el;
    for (let i = 0; i < 3; i += 1) {
      stage.replaceChildren();
      localStorage.clear();
      await frame();
      el = document.createElement('gp-editor');
      el.setAttribute('lang', 'en');
      stage.append(el);
      const t0 = performance.now();
      el.value = data;
      while (!heading(el)) await new Promise((r) => setTimeout(r, 1));
      await frame();
      open.push(performance.now() - t0);
    }
    el.shadowRoot.querySelector('[data-step="100"]').click();
    await el.updateComplete;
    while (!heading(el).includes('Step number 101')) await new Promise((r) => setTimeout(r, 1));
    const typing = [];
    const input = el.shadowRoot.getElementById('f-steps_100__title_en');
    for (let i = 0; i < 10; i += 1) {
      const letter = 'abcdefghij'[i];
      const t0 = performance.now();
      input.value += letter;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const expected = input.value;
      while (!heading(el).includes(expected)) await new Promise((r) => setTimeout(r, 0));
      await frame();
      typing.push(performance.now() - t0);
    }
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return { open: median(open), typing: median(typing), typingMax: Math.max(...typing) };
  }, tutorial);
  console.log(`<gp-editor> opening a 200-step tutorial, 4× CPU slowdown: ${result.open.toFixed(0)} ms median (budget 1000 ms)`);
  console.log(`<gp-editor> typing a letter → preview, 200 steps, 4× CPU slowdown: ${result.typing.toFixed(0)} ms median, ${result.typingMax.toFixed(0)} ms worst (budget 100 ms)`);
} finally {
  await browser.close();
  server.close();
}
