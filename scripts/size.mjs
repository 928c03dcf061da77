// `npm run size`: gzip sizes against the product's budgets (docs/decisions/0003-bundle-budgets.md),
// per page, as the CDN autoloader (dist/cdn/guidepost.js) loads them. Prints the figures always
// and exits 1 when a figure is over its budget:
//  - a page with <gp-tutorial> (and the help and progress it opens), in Vietnamese
//  - a page with <gp-tour> on a desktop, positioning included, and at 375 px wide, where the
//    step docks and no positioning code loads
//  - <gp-tutorial> alone from the npm build, lit and every dependency included
// With --ceilings (what `npm test` runs), it exits 1 only above the CI ceilings of
// scripts/size-ceilings.json instead, so CI catches every regression while a figure is still
// over its budget. The ceilings only ever go down.
// SIZE_BYTES=1 prints every figure in bytes, to see how close a change brings one to its ceiling.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => process.env.SIZE_BYTES ? `${n} B` : `${(n / KB).toFixed(1)} KB`;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** The name of a chunk file (`chunks/[name]-[hash].js`): `help-more` for `./chunks/help-more-CvUcRK.js`. */
const chunkName = (spec) => spec.split('/').pop().replace(/-[\w-]{6}\.js$/, '');

// What a page loads from the CDN build: the static import closure of `entry`, plus the chunks it
// (or they) load with import() whose names are in `lazy` (`gp-tutorial`, `vi`…).
function pageFiles(entry, lazy) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const dynamic = [...text.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => m[1]);
    const staticImports = [...text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
    for (const spec of staticImports) visit(resolve(dirname(file), spec));
    for (const spec of dynamic) if (lazy.includes(chunkName(spec))) visit(resolve(dirname(file), spec));
  };
  visit(resolve(entry));
  return [...seen];
}

const gzFiles = (files) => files.reduce((n, f) => n + gz(readFileSync(f)), 0);

const enforceCeilings = process.argv.includes('--ceilings');
const ceilings = JSON.parse(readFileSync('scripts/size-ceilings.json', 'utf8'));
const budgets = [];
const check = (name, bytes, budget, goal, ceiling) => budgets.push({ name, bytes, budget, goal, ceiling: ceiling * KB });

const cdnEntry = 'dist/cdn/guidepost.js';
const page = pageFiles(cdnEntry, ['gp-tutorial', 'help', 'vi']);
check('CDN: page with <gp-tutorial> (+ help, progress)', gzFiles(page), 35 * KB, 30 * KB, ceilings.cdnPage);
const tour = pageFiles(cdnEntry, ['gp-tour', 'positioning', 'vi']);
check('CDN: page with <gp-tour>, desktop (positioning included)', gzFiles(tour), 40 * KB, 35 * KB, ceilings.cdnTour);
const tourPhone = pageFiles(cdnEntry, ['gp-tour', 'vi']);
check('CDN: page with <gp-tour>, 375 px wide (the step docks)', gzFiles(tourPhone), 35 * KB, undefined, ceilings.cdnTourPhone);
// Fetched once the first step is shown, so Get help still opens if the network drops; not
// part of the tour budgets.
const tourHelp = gzFiles(pageFiles(cdnEntry, ['gp-tour', 'help', 'vi']).filter((f) => !tour.includes(f)));

// The printed handbook loads itself and its QR code library only where it is used: printed for
// reference, and a citizen's walkthrough page that pulls either in fails the check.
const handbookPage = pageFiles(cdnEntry, ['gp-handbook', 'qr-']);
const handbookBytes = handbookPage.reduce((n, f) => n + gz(readFileSync(f)), 0);
const leaked = page.filter((f) => /gp-handbook|[\\/]qr-/.test(f));

// A portal's home page of guides: <gp-catalog>, whose code the CDN entry loads only when the
// page has one, and the walkthrough it opens. It has no budget of its own in the decision; its
// ceiling keeps it from growing unnoticed.
const catalogPage = pageFiles(cdnEntry, ['gp-catalog', 'gp-tutorial', 'help', 'gp-progress']);
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
// The UI strings of the page's language load with the element: Vietnamese counts, English not.
add(Object.keys(outputs).find((f) => Object.keys(outputs[f].inputs).some((i) => /chunks\/vi-[\w-]+\.js$/.test(i))));
check('npm: <gp-tutorial> alone, lit and the vi strings included', [...closure].reduce((n, f) => n + gz(contents.get(f)), 0), 35 * KB, undefined, ceilings.npmTutorial);

let over = leaked.length > 0;
if (over) console.log(`✘ the <gp-tutorial> page loads the handbook's files: ${leaked.map((f) => relative('.', f)).join(', ')}`);
console.log(`  CDN: page with <gp-handbook> (+ its QR codes): ${kb(handbookBytes)} gzip (for reference; only ward and print pages load it)`);
console.log(`  CDN: all ${cdnFiles.length} file(s) of dist/cdn/: ${kb(cdnAll)} gzip (for reference; no page loads them all)`);
for (const { name, bytes, budget, goal, ceiling } of budgets) {
  const withinBudget = bytes <= budget;
  over ||= enforceCeilings ? bytes > ceiling : !withinBudget;
  const goalNote = goal ? `, goal ${kb(goal)}` : '';
  const mark = withinBudget ? '✔' : enforceCeilings && bytes <= ceiling ? '!' : '✘';
  console.log(`${mark} ${name}: ${kb(bytes)} gzip (budget ${kb(budget)}${goalNote}; CI ceiling ${kb(ceiling)})`);
}
console.log(`  + Get help on a tour page, fetched after the first step: ${kb(tourHelp)} gzip`);
for (const [name, files] of [['tutorial page', page], ['tour page', tour]]) {
  console.log(`  ${name}: ${files.map((f) => `${relative('dist/cdn', f)} ${kb(gz(readFileSync(f)))}`).join(', ')}`);
}
console.log(
  enforceCeilings
    ? `  checked against the CI ceilings (scripts/size-ceilings.json); ${over ? 'a ceiling is exceeded' : 'all within'}`
    : `  checked against the budgets of docs/decisions/0003-bundle-budgets.md; ${over ? 'over budget: see docs/decisions/0003-bundle-budgets.md' : 'all within'}`,
);
process.exit(over ? 1 : 0);
