// A Vite plugin for the framework examples: serves the example tutorials in this folder
// (../*.json and ../img/) at /guides/, as a portal serves its tutorial files, in `vite` and
// `vite preview`, and copies them into the build. A real portal puts them in its `public/guides/`.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const folder = fileURLToPath(new URL('.', import.meta.url));

export function guides(): Plugin {
  let outDir = 'dist';
  return {
    name: 'guidepost-example-guides',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/guides/', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        if (!/^(?:[\w-]+\.json|img\/[\w-]+\.svg)$/.test(name) || !existsSync(join(folder, name))) return next();
        res.setHeader('content-type', name.endsWith('.json') ? 'application/json' : 'image/svg+xml');
        res.end(readFileSync(join(folder, name)));
      });
    },
    closeBundle() {
      const target = join(outDir, 'guides');
      mkdirSync(target, { recursive: true });
      for (const name of readdirSync(folder)) if (name.endsWith('.json')) cpSync(join(folder, name), join(target, name));
      cpSync(join(folder, 'img'), join(target, 'img'), { recursive: true });
    },
  };
}
