// Tour half of `npm run bench`: guidepost's <gp-tour> (CDN build), Shepherd 13.0.3 and driver.js
// 1.8.0 side by side in one run, on the same portal form (scripts/bench/tour.html) with the same
// six steps, in Debian's Chromium, served gzipped:
//  - script and style loaded, gzip (what the page fetched for the library)
//  - click on "Show me how" → first step on screen, with the CPU slowed 4× (median of 7 fresh
//    page loads, each clicked once its network is idle)
//  - step change (median), and heap growth over 1,000 step changes
// and, for guidepost alone, page load → first view of <gp-tutorial> with 4× CPU and a slow
// network (about 1.6 Mbps, 150 ms latency). Each figure is printed with the ratio guidepost ÷
// Shepherd and the budget; none is asserted: a shared 2-core machine is no stopwatch.
import { build } from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
if (!executablePath || !existsSync('dist/cdn/guidepost.js')) {
  console.log('tour bench skipped: no Chromium, or no build (npm run build)');
  process.exit(0);
}
const runs = Number(process.env.BENCH_RUNS) || 7;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Shepherd and driver.js as a portal would ship them: bundled, minified, with their CSS.
async function bundle(code) {
  const out = await build({ stdin: { contents: code, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error' });
  return out.outputFiles[0].contents;
}
async function minifyCss(file) {
  const out = await build({ entryPoints: [file], bundle: true, minify: true, write: false, logLevel: 'error' });
  return out.outputFiles[0].contents;
}
const libs = {
  '/bench-libs/shepherd.js': await bundle("export { default } from 'shepherd.js';"),
  '/bench-libs/shepherd.css': await minifyCss('node_modules/shepherd.js/dist/css/shepherd.css'),
  '/bench-libs/driver.js': await bundle("export { driver } from 'driver.js';"),
  '/bench-libs/driver.css': await minifyCss('node_modules/driver.js/dist/driver.css'),
};
const versions = Object.fromEntries(
  ['shepherd.js', 'driver.js'].map((name) => [name, JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version]),
);

// A server that gzips what it sends, as a portal's would; loopback only.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };
const root = process.cwd();
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  let body = libs[path];
  if (!body) {
    const file = normalize(join(root, decodeURIComponent(path)));
    if (!file.startsWith(root + sep) || !existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    body = readFileSync(file);
  }
  const type = types[extname(path)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-encoding': 'gzip', 'cache-control': 'no-cache' });
  res.end(gzipSync(body, { level: 9 }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--js-flags=--expose-gc'],
});

/** A fresh page of `lib`'s tour, loaded with the CPU slowed 4×, its network idle. */
async function tourPage(lib) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${base}/scripts/bench/tour.html?lib=${lib}`);
  await page.waitForFunction(() => window.bench?.ready);
  await page.waitForNetworkIdle({ idleTime: 300 });
  return { page, cdp };
}

/** Gzip bytes of the library's own scripts and styles the page fetched (not the bench page's). */
function libraryBytes(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\.(js|css)$/.test(new URL(e.name).pathname) && !new URL(e.name).pathname.startsWith('/scripts/bench/'))
      .reduce((n, e) => n + e.encodedBodySize, 0),
  );
}

async function measure(lib) {
  console.error(`tour bench: ${lib}…`);
  const first = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const { page } = await tourPage(lib);
    await page.click('#show-me');
    first.push(await page.evaluate(() => window.bench.firstStep()));
    await page.waitForNetworkIdle({ idleTime: 300 });
    bytes = await libraryBytes(page);
    await page.close();
  }
  const { page, cdp } = await tourPage(lib);
  await page.click('#show-me');
  await page.evaluate(() => window.bench.firstStep());
  const { change } = await page.evaluate(async () => {
    const times = [];
    for (let i = 1; i < window.bench.steps; i++) times.push(await window.bench.move(i, true));
    for (let i = window.bench.steps - 2; i >= 0; i--) times.push(await window.bench.move(i, false));
    return { change: times };
  });
  // The heap: 1,000 step changes back and forth, unthrottled (the figure does not depend on speed).
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const heap = await page.evaluate(async () => {
    const n = window.bench.steps;
    let at = 0;
    const walk = async (count) => {
      for (let i = 0; i < count; i++) {
        const forward = Math.floor(i / (n - 1)) % 2 === 0;
        at += forward ? 1 : -1;
        await window.bench.move(at, forward);
      }
    };
    await walk(2 * (n - 1)); // warm up, and back at the first step
    globalThis.gc?.();
    const before = performance.memory.usedJSHeapSize;
    await walk(1000 - (1000 % (2 * (n - 1))));
    globalThis.gc?.();
    return performance.memory.usedJSHeapSize - before;
  });
  await page.close();
  return { bytes, first: median(first), firstAll: first, change: median(change), heap };
}

/** Page load → the start view of <gp-tutorial>, 4× CPU and a slow network, median of `runs`. */
async function tutorialOnSlowNetwork() {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 });
    await page.goto(`${base}/scripts/bench/tutorial.html`, { waitUntil: 'domcontentloaded' });
    const shown = await page.waitForFunction(
      () => (document.querySelector('gp-tutorial')?.shadowRoot?.querySelector('h2') ? performance.now() : false),
      { polling: 'raf', timeout: 60000 },
    );
    times.push(await shown.jsonValue());
    await page.close();
  }
  return median(times);
}

try {
  const results = {};
  for (const lib of ['guidepost', 'shepherd', 'driver']) results[lib] = await measure(lib);
  const slow = await tutorialOnSlowNetwork();
  const g = results.guidepost;
  const s = results.shepherd;
  const d = results.driver;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n) => `${n.toFixed(1)} ms`;
  const ratio = (a, b) => (a / b).toFixed(2);
  const rows = [
    ['script + style loaded, gzip', kb(g.bytes), kb(s.bytes), kb(d.bytes), ratio(g.bytes, s.bytes), 'desktop tour page ≤ 40 KB'],
    [`click → first step, 4× CPU (median of ${runs})`, ms(g.first), ms(s.first), ms(d.first), ratio(g.first, s.first), 'ratio ≤ 1.00'],
    ['step change, 4× CPU (median)', ms(g.change), ms(s.change), ms(d.change), ratio(g.change, s.change), 'under one 16 ms frame'],
    ['heap growth over 1,000 steps', kb(g.heap), kb(s.heap), kb(d.heap), ratio(Math.max(g.heap, 1), Math.max(s.heap, 1)), '< 1024 KB'],
  ];
  const header = ['', 'guidepost <gp-tour>', `Shepherd ${versions['shepherd.js']}`, `driver.js ${versions['driver.js']}`, 'guidepost ÷ Shepherd', 'budget'];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  const verdict = g.first <= s.first ? '✔ no slower than Shepherd' : '✘ slower than Shepherd';
  console.log(`click → first step: ${verdict} (guidepost runs: ${g.firstAll.map((t) => t.toFixed(0)).join(', ')} ms)`);
  console.log(`page load → first view of <gp-tutorial>, 4× CPU, 1.6 Mbps / 150 ms: ${ms(slow)} median of ${runs}`);
} finally {
  await browser.close();
  server.close();
}
