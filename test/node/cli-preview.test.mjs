// `guidepost preview`, built, run as a child process: the page, the bundle and the tutorial's
// files under a strict CSP, reloading on save, and a clean stop. Run `npm run build` first.
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { after, afterEach, before, describe, test } from 'node:test';
import { hasStackTrace, runCli, startPreview, tempFolder, tutorial, tutorialText, writeFile } from './run-cli.mjs';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';

/**
 * A GET of `path` exactly as written (fetch() would resolve `%2e%2e`), with a Host header of
 * our choosing (fetch() does not allow setting it).
 */
function get(base, path, headers = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** Opens the page's event stream; `next()` resolves with the next event's `{ event, data }`. */
function openEvents(url) {
  const controller = new AbortController();
  const queue = [];
  const waiters = [];
  let buffer = '';
  const ready = fetch(new URL('/_guidepost/events', url), { signal: controller.signal }).then(async (response) => {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ done: true }));
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(block.split('\n').filter((l) => /^\w+:/.test(l)).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
          if (fields.event === undefined) continue;
          const item = { event: fields.event, data: fields.data };
          const waiter = waiters.shift();
          if (waiter) waiter(item);
          else queue.push(item);
        }
      }
    })();
    return response;
  });
  return {
    ready,
    next: () =>
      within(queue.length > 0 ? Promise.resolve(queue.shift()) : new Promise((resolve) => waiters.push(resolve)), 'the next event'),
    close: () => controller.abort(),
  };
}

/** `promise`, or a failure naming `what` after 10 s, so a missing event fails instead of hanging. */
function within(promise, what, ms = 10_000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out waiting for ${what}.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('guidepost preview', () => {
  let folder;
  let preview;
  before(() => {
    const withImage = tutorial();
    withImage.steps[1].image = { src: 'img/card.svg', alt: 'A card' };
    folder = tempFolder({ 'renew card.json': tutorialText(withImage), 'img/card.svg': svg, '.secret': 'do not serve' });
  });
  afterEach(async () => {
    await preview?.stop();
    preview = undefined;
  });
  after(() => folder.remove());

  test('serves a page that shows the file in <gp-tutorial>, under a strict CSP', async () => {
    preview = await startPreview([folder.path('renew card.json'), '--port', '0']);
    assert.match(preview.output(), /^Previewing .*renew card\.json: no problems\.\n/);
    assert.match(preview.output(), /\nOpen this address in your browser: http:\/\/127\.0\.0\.1:\d+\/\nThe page reloads every time you save the file\. Press Ctrl\+C to stop\.\n/);

    const page = await fetch(preview.url);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy');
    assert.match(csp, /(^|; )script-src 'self'(;|$)/);
    assert.match(csp, /(^|; )style-src 'self'(;|$)/);
    assert.match(csp, /require-trusted-types-for 'script'; trusted-types lit-html guidepost 'allow-duplicates'$/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const html = await page.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<gp-tutorial src="\/renew%20card\.json" storage="none"><\/gp-tutorial>/);
    // Every script is a file of its own: a strict CSP allows no inline script.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, [
      '<script type="module" src="/_guidepost/preview.js">',
      '<script type="module" src="/_guidepost/cdn/guidepost.js">',
    ]);
    assert.doesNotMatch(html, /\sstyle=|\son\w+=/);

    const script = await fetch(new URL('/_guidepost/preview.js', preview.url));
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(await script.text(), /new EventSource\('\/_guidepost\/events'\)/);
    const bundle = await fetch(new URL('/_guidepost/cdn/guidepost.js', preview.url));
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers.get('content-type'), 'text/javascript; charset=utf-8');
    // The entry is the autoloader: it imports <gp-tutorial>'s chunk, served from the same folder.
    const entry = await bundle.text();
    assert.match(entry, /discover/);
    const chunk = /import\("\.\/(chunks\/gp-tutorial-[^"]+\.js)"\)/.exec(entry)?.[1];
    assert.ok(chunk, 'the entry loads the gp-tutorial chunk');
    const chunkResponse = await fetch(new URL(`/_guidepost/cdn/${chunk}`, preview.url));
    assert.equal(chunkResponse.status, 200);
    const style = await fetch(new URL('/_guidepost/preview.css', preview.url));
    assert.equal(style.headers.get('content-type'), 'text/css; charset=utf-8');

    const file = await fetch(new URL('/renew%20card.json', preview.url));
    assert.equal(file.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(file.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await file.json(), (() => {
      const expected = tutorial();
      expected.steps[1].image = { src: 'img/card.svg', alt: 'A card' };
      return expected;
    })());
    const image = await fetch(new URL('/img/card.svg', preview.url));
    assert.equal(image.headers.get('content-type'), 'image/svg+xml');
    assert.equal(await image.text(), svg);
  });

  test('serves nothing outside the folder, no hidden files, and only to 127.0.0.1 or localhost', async () => {
    preview = await startPreview([folder.path('renew card.json'), '--port', '0']);
    assert.equal((await get(preview.url, '/%2e%2e/%2e%2e/etc/passwd')).status, 404);
    assert.equal((await get(preview.url, '/..%2f..%2f..%2fetc/passwd')).status, 404);
    assert.equal((await get(preview.url, '/img/..%5c..%5c.secret')).status, 404);
    assert.equal((await get(preview.url, '/.secret')).status, 404);
    assert.equal((await get(preview.url, '/_guidepost/cdn/%2e%2e/index.js')).status, 404);
    assert.equal((await get(preview.url, '/img/')).status, 404);
    const port = new URL(preview.url).port;
    assert.equal((await get(preview.url, '/', { host: `localhost:${port}` })).status, 200);
    const rebound = await get(preview.url, '/', { host: `attacker.example:${port}` });
    assert.equal(rebound.status, 403);
    assert.equal(rebound.body, `This preview only answers at http://127.0.0.1:${port}/`);
    const missing = await get(preview.url, '/img/photo.png');
    assert.equal(missing.status, 404);
    await preview.waitFor(/The page asked for "img\/photo\.png", but there is no such file next to .*renew card\.json\.\n/);
  });

  test('--lang sets the language of the page and the element', async () => {
    preview = await startPreview([folder.path('renew card.json'), '--port', '0', '--lang', 'vi']);
    const html = await (await fetch(preview.url)).text();
    assert.match(html, /<html lang="vi">/);
    assert.match(html, /<title>Xem trước: renew card\.json – guidepost<\/title>/);
    assert.match(html, /<gp-tutorial src="\/renew%20card\.json" storage="none" lang="vi"><\/gp-tutorial>/);
  });

  test('on save, prints the problems again and tells the page to reload; stops cleanly', async () => {
    const file = 'live.json';
    writeFile(folder.dir, file, tutorialText());
    preview = await startPreview([file, '--port', '0'], { cwd: folder.dir });
    const page = await (await fetch(preview.url)).text();
    const shown = /data-version="([^"]+)"/.exec(page)[1];
    const events = openEvents(preview.url);
    try {
      await within(events.ready, 'the event stream');
      assert.deepEqual(await events.next(), { event: 'version', data: shown });

      writeFile(folder.dir, file, tutorialText().replace('"Then this."', '"Then this.",'));
      const changed = await events.next();
      assert.equal(changed.event, 'version');
      assert.notEqual(changed.data, shown);
      await preview.waitFor(/\n\d\d:\d\d:\d\d {2}live\.json changed: 1 problem\.\nlive\.json:16:27 {2}\(file\) {2}There is a comma after the last field\. Remove this comma\.\n/);
      // The page still loads while the file is invalid (the element shows the error).
      assert.equal((await fetch(preview.url)).status, 200);
      assert.equal(await (await fetch(new URL(`/${file}`, preview.url))).text(), tutorialText().replace('"Then this."', '"Then this.",'));

      writeFile(folder.dir, file, tutorialText());
      assert.notEqual((await events.next()).data, changed.data);
      await preview.waitFor(/\n\d\d:\d\d:\d\d {2}live\.json changed: no problems\.\n/);
    } finally {
      events.close();
    }
    const { code } = await preview.stop();
    assert.equal(code, 0);
    assert.match(preview.output(), /\nPreview stopped\.\n$/);
    assert.equal(preview.errors(), '');
  });

  test('starts with an invalid file and prints its problems', async () => {
    writeFile(folder.dir, 'broken.json', '{ "format": 1,');
    preview = await startPreview(['broken.json', '--port', '0'], { cwd: folder.dir });
    assert.match(preview.output(), /^Previewing broken\.json: 1 problem\.\nbroken\.json:1:15 {2}\(file\) {2}The file ends too early\./);
    assert.equal((await fetch(preview.url)).status, 200);
  });

  test('a port in use is a usage error with advice, not a crash', async () => {
    const blocker = createServer();
    await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address();
    try {
      const { code, stdout, stderr } = runCli(['preview', folder.path('renew card.json'), '--port', String(port)]);
      assert.equal(
        stderr,
        `guidepost: Port ${port} is already in use, perhaps by another preview. Choose another port, for example --port ${port + 1}, or --port 0 for any free one.\n` +
          'Run "guidepost preview --help" to see how to use it.\n',
      );
      assert.equal(hasStackTrace(stderr), false);
      assert.equal(stdout, '');
      assert.equal(code, 2);
    } finally {
      blocker.close();
    }
  });
});
