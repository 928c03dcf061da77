// `npm run bench`: the product's performance budgets (listed below and in docs/decisions/0003), measured, never asserted by the clock.
//  - validating a 500-step tutorial (budget 50 ms)
//  - 1,000 step changes of a guide: time per change and heap growth (budget < 1 MB)
//  - <gp-tour> beside Shepherd and driver.js in one run: bytes, click → first step, step
//    change, heap (scripts/bench-tour.mjs), and page load → first view of <gp-tutorial> on a
//    slow network
//  - bundle sizes (see scripts/size.mjs)
// Run after `npm run build`.
import { execFileSync } from 'node:child_process';

const core = await import('../dist/index.js');

function bigTutorial(n) {
  return {
    format: 1, id: 'bench', revision: 1, lang: 'vi',
    title: { vi: 'Thử', en: 'Bench' },
    steps: Array.from({ length: n }, (_, i) => ({
      id: `step-${i}`,
      title: { vi: `Bước ${i}`, en: `Step ${i}` },
      body: { vi: `Làm **việc** số ${i}. [Gọi](tel:19000000)`, en: `Do **thing** ${i}. [Call](tel:19000000)` },
    })),
  };
}

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const data = bigTutorial(500);
const text = JSON.stringify(data, null, 2);
for (let i = 0; i < 5; i++) core.validateTutorial(data); // warm up
const validate = [];
const parse = [];
for (let i = 0; i < 20; i++) {
  let t = performance.now();
  const r = core.validateTutorial(data);
  validate.push(performance.now() - t);
  if (!r.ok) throw new Error('bench tutorial is invalid: ' + JSON.stringify(r.problems.slice(0, 3)));
  t = performance.now();
  core.parseTutorial(text);
  parse.push(performance.now() - t);
}
console.log(`validateTutorial, 500 steps: ${median(validate).toFixed(2)} ms median (budget 50 ms)`);
console.log(`parseTutorial (text, with line/column), 500 steps: ${median(parse).toFixed(2)} ms median`);

const tutorial = core.validateTutorial(bigTutorial(50)).tutorial;
const guide = core.createGuide(tutorial, { store: core.memoryStore() });
await guide.ready;
guide.start();
const step = () => (guide.isLast ? guide.restart() : guide.next());
for (let i = 0; i < 1000; i++) step();
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const t0 = performance.now();
for (let i = 0; i < 1000; i++) step();
const perChange = (performance.now() - t0) / 1000;
await guide.flush();
globalThis.gc?.();
const growth = process.memoryUsage().heapUsed - before;
console.log(`guide step change: ${(perChange * 1000).toFixed(1)} µs each (budget: under one 16 ms frame)`);
console.log(`heap growth over 1,000 step changes: ${(growth / 1024).toFixed(0)} KB (budget < 1024 KB)${globalThis.gc ? '' : ' — run with node --expose-gc for a steadier figure'}`);

// What a tour adds to a page that already uses guidepost: <gp-tour>'s own code, positioning included,
// everything else (lit, i18next, the core, shared element code) left out as already there.
const { build } = await import('esbuild');
const { gzipSync } = await import('node:zlib');
const tourOnly = await build({
  entryPoints: ['src/elements/gp-tour.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'error',
  plugins: [
    {
      name: 'tour-only',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.kind === 'entry-point') return undefined;
          const own = args.path.startsWith('./gp-tour/') || (args.path.startsWith('./') && args.importer.includes('/gp-tour/'));
          return own ? undefined : { path: args.path, external: true };
        });
      },
    },
  ],
});
const tourKb = gzipSync(tourOnly.outputFiles[0].contents, { level: 9 }).length / 1024;
console.log(`<gp-tour>'s own code, positioning included: ${tourKb.toFixed(1)} KB gzip (for comparison: Shepherd ≈16 KB, driver.js ≈7 KB)`);

console.log('');
try {
  execFileSync('node', ['scripts/bench-browser.mjs'], { stdio: 'inherit' });
} catch {
  console.log('browser bench failed to run');
}
console.log('');
try {
  execFileSync('node', ['scripts/bench-tour.mjs'], { stdio: 'inherit' });
} catch {
  console.log('tour bench failed to run');
}
try {
  execFileSync('node', ['scripts/bench-editor.mjs'], { stdio: 'inherit' });
} catch {
  console.log('editor bench failed to run');
}
console.log('');
try {
  execFileSync('node', ['scripts/size.mjs'], { stdio: 'inherit' });
} catch {
  process.exitCode = 0; // sizes are reported; `npm run size` is the check that fails
}
