// `npm test`: typecheck, lint, build, the Node tests (CLI and package), every unit and element
// test in real Chromium, the Storybook build and the size check. It runs every step even when
// one fails, then prints one closing line, `N passed, N failed`, that CI log parsers read: the
// tests counted one by one, and each failed step that is not a test run counted as one failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, { capture = false } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  if (capture) process.stdout.write(result.stdout ?? '');
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failures.push(name);
  return { ok, stdout: result.stdout ?? '' };
}

function step(name, cmd, args) {
  const { ok } = run(name, cmd, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('typecheck the core without the DOM', bin('tsc'), ['-p', 'tsconfig.core.json']);
step('typecheck the command (Node)', bin('tsc'), ['-p', 'tsconfig.cli.json']);
step('typecheck tests and stories', bin('tsc'), ['-p', 'test/tsconfig.json', '--noEmit']);
step('lint', bin('eslint'), ['.', '--max-warnings', '0']);
const built = step('build', 'node', ['scripts/build.mjs']);

const nodeTests = existsSync('test/node') && readdirSync('test/node').some((f) => f.endsWith('.test.mjs'));
if (built && nodeTests) {
  const node = run('Node tests (CLI, package)', process.execPath, ['--test', '--test-reporter=tap', 'test/node/'], { capture: true });
  const pass = Number(/^# pass (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(node.stdout)?.[1] ?? 0);
  passed += pass;
  failed += fail + (!node.ok && fail === 0 ? 1 : 0);
} else if (!built) {
  failed += 1;
}

rmSync('.test-results/browser.json', { force: true });
const browser = run('browser tests (Chromium)', bin('web-test-runner'), []);
if (existsSync('.test-results/browser.json')) {
  const totals = JSON.parse(readFileSync('.test-results/browser.json', 'utf8'));
  passed += totals.passed;
  failed += totals.failed + (!browser.ok && totals.failed === 0 ? 1 : 0);
} else {
  failed += 1;
}

step('Storybook build', bin('storybook'), ['build', '--quiet', '-o', 'storybook-static', '--disable-telemetry']);
if (built) step('size (CI ceilings)', 'node', ['scripts/size.mjs', '--ceilings']);
else failed += 1;

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
