// Loads the fuzzing's property definitions (test/core/fuzz/, TypeScript importing the core's
// source) for the two runners: test/node/fuzz.test.mjs in `npm test` (fixed seed) and
// scripts/fuzz.mjs for `npm run fuzz` (random seed, 100 times the cases). esbuild bundles them
// next to node_modules, so `fast-check` and `valibot` resolve from there.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The properties, and the context they need: the example files' text. */
export async function loadProperties() {
  const outdir = join(root, 'node_modules', '.cache', 'guidepost-fuzz');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `properties-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'test/core/fuzz/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  const { properties } = await import(pathToFileURL(outfile).href);
  rmSync(outfile, { force: true });
  const folder = join(root, 'examples');
  const examples = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'));
  return { properties, context: { examples } };
}
