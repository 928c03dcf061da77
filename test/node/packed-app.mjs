// A portal's project folder with the package installed from the packed tarball, as
// `npm install guidepost` would leave it, without the network: the tarball unpacked into
// node_modules/guidepost (with its `guidepost` command in node_modules/.bin), and everything else
// (React, Vue, Vite, Lit, i18next, their types) linked from this repository's node_modules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo } from './run-cli.mjs';

export const run = (cmd, args, cwd = repo) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });

/** Packs the package (without rebuilding it) into a fresh folder; returns the folder and the tarball. */
export function pack() {
  const folder = mkdtempSync(join(tmpdir(), 'guidepost-pack-'));
  // --ignore-scripts: `prepack` would rebuild dist/ under the other tests' feet.
  const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder]);
  assert.equal(packed.status, 0, packed.stderr);
  return { folder, tarball: join(folder, JSON.parse(packed.stdout)[0].filename), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** `npm install guidepost` in `app` (made when missing), from `tarball`. */
export function installPacked(tarball, app) {
  const unpacked = mkdtempSync(join(tmpdir(), 'guidepost-unpacked-'));
  assert.equal(run('tar', ['-xzf', tarball, '-C', unpacked]).status, 0);
  mkdirSync(join(app, 'node_modules/.bin'), { recursive: true });
  cpSync(join(unpacked, 'package'), join(app, 'node_modules/guidepost'), { recursive: true });
  rmSync(unpacked, { recursive: true, force: true });
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name !== 'guidepost' && name !== '.bin' && !name.startsWith('.')) symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name));
  }
  const cli = join(app, 'node_modules/guidepost/dist/cli/guidepost.js');
  chmodSync(cli, 0o755);
  symlinkSync('../guidepost/dist/cli/guidepost.js', join(app, 'node_modules/.bin/guidepost'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module', dependencies: { guidepost: 'file:guidepost.tgz' } }));
}
