// The fuzzing's properties (test/core/fuzz/) with a fixed seed and about 1,000 cases each, so
// `npm test` runs them the same way on every machine. `npm run fuzz` runs the same properties
// with a random seed and 100 times the cases.
import fc from 'fast-check';
import { test } from 'node:test';
import { loadProperties } from '../../scripts/fuzz-properties.mjs';

const { properties, context } = await loadProperties();

for (const { name, runs, build } of properties) {
  test(name, async () => {
    await fc.assert(build(context), { seed: 20261204, numRuns: runs });
  });
}
