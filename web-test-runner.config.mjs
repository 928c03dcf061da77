// Every unit and element test runs in Debian's Chromium (never a browser npm downloads).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { mediaFeaturesPlugin } from './scripts/wtr-media-plugin.mjs';
import { axTreePlugin } from './scripts/wtr-ax-plugin.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']
  .find((p) => existsSync(p));

// The esbuild plugin turns every .json request into a JavaScript module (so source files can
// import locales/*.json). Tests that fetch a tutorial file as a portal would use /raw/<path>,
// which this middleware serves untouched, with its real content type; so do tests that open a
// demo page in a frame (/raw/demo/…), with its scripts, styles and tutorial files as served.
const rawTypes = {
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};
async function serveRaw(ctx, next) {
  if (!ctx.path.startsWith('/raw/')) return next();
  const path = normalize(join(process.cwd(), decodeURIComponent(ctx.path.slice('/raw/'.length))));
  if (!path.startsWith(process.cwd())) return next();
  try {
    ctx.body = await readFile(path);
    ctx.type = rawTypes[extname(path)] ?? 'application/octet-stream';
  } catch {
    ctx.status = 404;
  }
}

export default {
  middleware: [serveRaw],
  files: ['test/**/*.test.ts', '!test/node/**', '!test/csp/**'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  plugins: [mediaFeaturesPlugin(), axTreePlugin(), esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--font-render-hinting=none',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  groups: [
    {
      // Pages with a strict CSP: Trusted Types enforced (only Lit's policy and ours are
      // allowed), and no inline style attributes.
      name: 'csp',
      files: 'test/csp/**/*.test.ts',
      testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head>
    <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html guidepost 'allow-duplicates'; style-src 'self'; object-src 'none'" />
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
    },
  ],
  reporters: [defaultReporter(), countingReporter()],
};
