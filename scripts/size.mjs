// `npm run size`: gzip sizes against the product's budgets (docs/decisions/0003-bundle-budgets.md).
// Prints the figures always and exits 1 when a figure is over its budget:
//  - a page with <gp-tutorial> (and the help and progress it opens) on the CDN build
//  - every file of dist/cdn/ together
//  - <gp-tutorial> alone from the npm build, lit and every dependency included
// With --ceilings (what `npm test` runs), it exits 1 only above the CI ceilings of
// scripts/size-ceilings.json instead: the budgets are out of reach today
// (docs/decisions/0003-bundle-budgets.md), and CI must still catch every regression.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

// The static import closure of a CDN file, plus the lazily loaded chunks of the given elements.
function pageFiles(entry, elements) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const dynamic = [...text.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]);
    const staticImports = [...text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
    for (const spec of staticImports) visit(resolve(dirname(file), spec));
    for (const spec of dynamic) if (elements.some((e) => spec.includes(e))) visit(resolve(dirname(file), spec));
  };
  visit(resolve(entry));
  return [...seen];
}

const enforceCeilings = process.argv.includes('--ceilings');
const ceilings = JSON.parse(readFileSync('scripts/size-ceilings.json', 'utf8'));
const budgets = [];
const check = (name, bytes, budget, goal, ceiling) => budgets.push({ name, bytes, budget, goal, ceiling: ceiling * KB });

const cdnEntry = 'dist/cdn/guidepost.js';
const page = pageFiles(cdnEntry, ['gp-tutorial', 'gp-help', 'gp-progress']);
check('CDN: page with <gp-tutorial> (+ help, progress)', page.reduce((n, f) => n + gz(readFileSync(f)), 0), 35 * KB, 30 * KB, ceilings.cdnPage);

// A portal's home page of guides: <gp-catalog>, whose code the CDN entry loads only when the
// page has one, and the walkthrough it opens. It has no budget of its own in the decision; its
// ceiling keeps it from growing unnoticed.
const catalogPage = pageFiles(cdnEntry, ['gp-catalog', 'gp-tutorial', 'gp-help', 'gp-progress']);
check('CDN: page with <gp-catalog> (+ the walkthrough it opens)', catalogPage.reduce((n, f) => n + gz(readFileSync(f)), 0), 35 * KB, 30 * KB, ceilings.cdnCatalogPage);

// All of dist/cdn/ together is printed for reference only: the budgets are per page (a page
// never loads every file), as decided in docs/decisions/0003-bundle-budgets.md.
const cdnFiles = filesUnder('dist/cdn').filter((f) => f.endsWith('.js'));
const cdnAll = cdnFiles.reduce((n, f) => n + gz(readFileSync(f)), 0);

// Bundled with code splitting, so a chunk the element loads only for a broken tutorial (the
// line-and-column JSON reader) is left out, as it is from a page that loads a good one.
const alone = await build({
  entryPoints: ['dist/elements/gp-tutorial.js'],
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  outdir: 'size-check',
  write: false,
  metafile: true,
  conditions: ['production'],
  logLevel: 'error',
});
const outputs = alone.metafile.outputs;
const contents = new Map(alone.outputFiles.map((f) => [relative('.', f.path), f.contents]));
const closure = new Set();
const add = (file) => {
  if (closure.has(file)) return;
  closure.add(file);
  for (const i of outputs[file].imports) if (i.kind === 'import-statement') add(i.path);
};
add(Object.keys(outputs).find((f) => outputs[f].entryPoint === 'dist/elements/gp-tutorial.js'));
check('npm: <gp-tutorial> alone, lit included', [...closure].reduce((n, f) => n + gz(contents.get(f)), 0), 25 * KB, undefined, ceilings.npmTutorial);

let over = false;
console.log(`  CDN: all ${cdnFiles.length} file(s) of dist/cdn/: ${kb(cdnAll)} gzip (for reference; no page loads them all)`);
for (const { name, bytes, budget, goal, ceiling } of budgets) {
  const withinBudget = bytes <= budget;
  over ||= enforceCeilings ? bytes > ceiling : !withinBudget;
  const goalNote = goal ? `, goal ${kb(goal)}` : '';
  const mark = withinBudget ? '✔' : enforceCeilings && bytes <= ceiling ? '!' : '✘';
  console.log(`${mark} ${name}: ${kb(bytes)} gzip (budget ${kb(budget)}${goalNote}; CI ceiling ${kb(ceiling)})`);
}
console.log(`  page files: ${page.map((f) => relative('.', f)).join(', ')}`);
console.log(
  enforceCeilings
    ? `  checked against the CI ceilings (scripts/size-ceilings.json); ${over ? 'a ceiling is exceeded' : 'all within'}`
    : `  checked against the budgets of docs/decisions/0003-bundle-budgets.md; ${over ? 'over budget: see docs/decisions/0003-bundle-budgets.md' : 'all within'}`,
);
process.exit(over ? 1 : 0);
