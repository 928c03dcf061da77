// Every unit and element test runs in Debian's Chromium (never a browser npm downloads).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync } from 'node:fs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { mediaFeaturesPlugin } from './scripts/wtr-media-plugin.mjs';

const executablePath = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser']
  .find((p) => existsSync(p));

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/csp/**'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240000,
  browserStartTimeout: 60000,
  plugins: [mediaFeaturesPlugin(), esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
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
