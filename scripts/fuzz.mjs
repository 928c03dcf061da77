// `npm run fuzz`: the properties of `npm test` (test/core/fuzz/) with a random seed and 100
// times the cases. A failure prints its seed, the path to the smallest failing case and the
// case itself; replay it with `npm run fuzz -- --seed <seed>` (add `--only <words>` to run the
// properties whose name has those words).
import fc from 'fast-check';
import { loadProperties } from './fuzz-properties.mjs';

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const seed = option('--seed') === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(option('--seed'));
const times = Number(option('--times') ?? 100);
const only = option('--only');

const { properties, context } = await loadProperties();
let failures = 0;
console.log(`fuzz: seed ${seed}, ${times} times the cases of npm test`);
for (const { name, runs, build } of properties) {
  if (only && !name.includes(only)) continue;
  const started = Date.now();
  const details = await fc.check(build(context), { seed, numRuns: runs * times });
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  if (!details.failed) {
    console.log(`✔ ${name} (${details.numRuns} cases, ${took})`);
    continue;
  }
  failures += 1;
  console.log(`✘ ${name} (${took})`);
  console.log(`  seed ${details.seed}, path ${details.counterexamplePath}`);
  console.log(`  replay: npm run fuzz -- --seed ${details.seed} --only "${name.slice(0, 40)}"`);
  console.log(`  case: ${fc.stringify(details.counterexample)}`);
  console.log(`  ${String(details.errorInstance).split('\n').join('\n  ')}`);
}
console.log(failures === 0 ? `fuzz: all properties held (seed ${seed})` : `fuzz: ${failures} properties failed (seed ${seed})`);
process.exit(failures === 0 ? 0 : 1);
