// `npm run build`: schema, bundles, type declarations, the Custom Elements Manifest and the API
// tables in docs/api/ generated from it. Stops at the first failing step.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['JSON Schema', 'node', ['scripts/build-schema.mjs']],
  ['bundles', bin('rollup'), ['--config', 'rollup.config.ts', '--configPlugin', 'esbuild', '--silent']],
  ['type declarations', bin('tsc'), ['-p', 'tsconfig.build.json']],
  ['Custom Elements Manifest', bin('cem'), ['analyze', '--quiet']],
  ['API tables', 'node', ['scripts/api-docs.mjs']],
];

rmSync('dist', { recursive: true, force: true });
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch {
    console.error(`build: ${name} failed`);
    process.exit(1);
  }
  console.log(`build: ${name} (${Date.now() - started} ms)`);
}
