// Helpers for the tests of the built `guidepost` command (dist/cli/guidepost.js), which run it
// as a child process exactly as `npx guidepost` would. Run `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const cli = join(repo, 'dist/cli/guidepost.js');

/** No colour unless a test asks for it, whatever the terminal running the tests does. */
const plainEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' };

/** Runs `guidepost …args` to the end; returns its exit code and both outputs. `env` adds to the environment. */
export function runCli(args, { cwd = repo, env = {} } = {}) {
  const merged = { ...plainEnv, ...env };
  // `{ NAME: undefined }` removes a variable (Node would pass the word "undefined").
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: merged });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** True when `text` looks like a Node stack trace ("    at fn (file:1:2)"). */
export function hasStackTrace(text) {
  return /^\s+at .+:\d+:\d+\)?$/m.test(text);
}

/** A fresh folder in the system's temp folder, with `files` ({ 'a/b.json': text }) written in it. */
export function tempFolder(files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'guidepost-cli-'));
  for (const [name, content] of Object.entries(files)) writeFile(dir, name, content);
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function writeFile(dir, name, content) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), content);
}

/** A small valid tutorial; `tutorialText()` is its file text, 19 lines, two-space indent. */
export function tutorial() {
  return {
    format: 1,
    id: 'renew-card',
    revision: 1,
    lang: 'en',
    title: 'Renew a card',
    steps: [
      { id: 'first', title: 'First', body: 'Do this.' },
      { id: 'second', title: 'Second', body: 'Then this.' },
    ],
  };
}

export function tutorialText(data = tutorial()) {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Starts `guidepost preview …args` and resolves once it has printed its address, with the
 * address, the child, and `output()` (everything printed so far). `waitFor(regex)` resolves
 * when the output matches. The child is killed by `stop()` (SIGTERM) or when the test ends.
 */
export function startPreview(args, { cwd = repo } = {}) {
  const child = spawn(process.execPath, [cli, 'preview', ...args], { cwd, env: plainEnv });
  let stdout = '';
  let stderr = '';
  const waiting = new Set();
  const check = () => {
    for (const waiter of waiting) {
      if (waiter.regex.test(stdout)) {
        waiting.delete(waiter);
        waiter.resolve(stdout);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    stdout += chunk;
    check();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (regex, ms = 10_000) =>
    new Promise((resolve, reject) => {
      const waiter = { regex, resolve };
      waiting.add(waiter);
      check();
      setTimeout(() => {
        if (!waiting.delete(waiter)) return;
        reject(new Error(`Timed out waiting for ${regex}. stdout:\n${stdout}\nstderr:\n${stderr}`));
      }, ms).unref();
    });
  const session = {
    child,
    exited,
    waitFor,
    output: () => stdout,
    errors: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return Promise.race([
    // The last line of what it prints on start, so the whole start-up text is there.
    waitFor(/Press Ctrl\+C to stop\.\n/).then((text) => ({ ...session, url: /http:\/\/127\.0\.0\.1:\d+\//.exec(text)[0] })),
    exited.then(({ code }) => {
      throw new Error(`preview exited with ${code} before printing its address.\nstdout:\n${stdout}\nstderr:\n${stderr}`);
    }),
  ]);
}
