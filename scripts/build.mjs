// `npm run build`: schema, bundles, type declarations, the Custom Elements Manifest and the API
// tables in docs/api/ and the React and Vue typings generated from it. Stops at the first failing step.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  ['JSON Schema', 'node', ['scripts/build-schema.mjs']],
  ['bundles', bin('rollup'), ['--config', 'rollup.config.ts', '--configPlugin', 'esbuild', '--silent']],
  ['type declarations', bin('tsc'), ['-p', 'tsconfig.build.json']],
  ['Custom Elements Manifest', bin('cem'), ['analyze', '--quiet']],
  ['API tables', 'node', ['scripts/api-docs.mjs']],
  ['framework typings', 'node', ['scripts/framework-types.mjs']],
];

rmSync('dist', { recursive: true, force: true });
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  try {
    // Each tool's own output goes to stderr as well.
    execFileSync(cmd, args, { stdio: ['inherit', 2, 'inherit'] });
  } catch {
    console.error(`build: ${name} failed`);
    process.exit(1);
  }
  // Progress goes to stderr: `npm pack --json` runs this build (prepack), and tools read its stdout as JSON.
  console.error(`build: ${name} (${Date.now() - started} ms)`);
}
