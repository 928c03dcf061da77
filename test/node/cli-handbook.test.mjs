// `guidepost handbook`: the printed handbook as one HTML file (and a PDF), run as a child
// process exactly as `npx guidepost` runs it. Run `npm run build` first. The PDF tests start
// the Chromium of the machine: `npm test` runs under the browser lock.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import jsQR from 'jsqr';
import { encodeReference } from '../../dist/index.js';
import { repo, runCli, tempFolder, tutorialText } from './run-cli.mjs';

const paper = JSON.parse(readFileSync(new URL('../fixtures/paper-guide.json', import.meta.url), 'utf8'));
const template = 'https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}';
// A 1 × 1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const chrome = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/**
 * Reads a QR code as the file prints it: the SVG path of 1 × 1 modules is drawn into pixels
 * (4 per module) and handed to jsQR, which knows nothing of how it was made.
 */
function scan(svg) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)[1]);
  const d = /<path d="([^"]+)"/.exec(svg)[1];
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dx = 0; dx < Number(run) * scale; dx += 1) {
      for (let dy = 0; dy < scale; dy += 1) {
        const at = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels[at] = pixels[at + 1] = pixels[at + 2] = 0;
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}

const sections = (html) => [...html.matchAll(/<section class="step"[^>]*data-step="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => ({ id: m[1], html: m[2] }));
const plain = (html) => html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('guidepost handbook', () => {
  let folder;
  before(() => {
    const withPicture = structuredClone(paper);
    withPicture.steps[3].image = { src: 'img/scan.png', alt: { vi: 'Màn hình quét mã', en: 'The scan screen' } };
    const broken = JSON.parse(tutorialText());
    broken.steps[0].next = 'secnod';
    folder = tempFolder({
      'paper.json': `${JSON.stringify(withPicture, null, 2)}\n`,
      'img/scan.png': png,
      'broken.json': `${JSON.stringify(broken, null, 2)}\n`,
    });
  });
  after(() => folder.remove());
  const handbook = (...args) => runCli(['handbook', ...args], { cwd: folder.dir });

  test('writes one self-contained HTML file: numbered steps, branch sentences, reference codes', () => {
    const { code, stdout, stderr } = handbook('paper.json', '--lang', 'en', '-o', 'en.html');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Wrote en\.html: the handbook of "Register permanent residence", 6 steps\./);
    const html = readFileSync(folder.path('en.html'), 'utf8');
    assert.doesNotMatch(html, /<script|<link|src="img\//);
    assert.match(html, /<style>[\s\S]*@page[\s\S]*size: A4;[\s\S]*"Register permanent residence"[\s\S]*<\/style>/);
    assert.match(html, /<img src="data:image\/png;base64,iVBOR/);
    const steps = sections(html);
    assert.deepEqual(steps.map((s) => s.id), ['open-portal', 'how-log-in', 'vneid', 'fill-form', 'send', 'password']);
    assert.deepEqual(steps.map((s) => /class="step-heading"[^>]*>(.*?)<\/h2>/.exec(s.html)[1].replace(/<[^>]+>/g, '')), [
      'Step 1: Open the public service portal',
      'Step 2: How do you log in?',
      'Step 3: Scan the code with VNeID',
      'Step 4: Fill in the form',
      'Step 5: Send the application',
      'Step 6: Enter your password',
    ]);
    const exits = (i) => [...steps[i].html.matchAll(/<p class="exit[^"]*">(.*?)<\/p>/g)].map((m) => plain(m[1]));
    assert.deepEqual(exits(1), [
      'If you choose “VNeID”, go to step 3.',
      'If you choose “A portal account”, go to step 6.',
      'If you choose “I have no account”, you have finished this guide.',
    ]);
    assert.deepEqual(exits(0), []);
    assert.deepEqual(exits(4), ['This is the end of the guide.']);
    assert.deepEqual(exits(5), ['Then go to step 4.']);
    for (const step of steps) {
      const expected = encodeReference({ tutorialId: paper.id, revision: paper.revision, stepId: step.id }, paper);
      assert.match(step.html, new RegExp(`Reference code: <strong class="code" dir="ltr">${expected}</strong>`));
    }
    assert.match(plain(html), /Opening hours: Monday to Friday, 07:30–11:30 and 13:30–17:00; Saturday, 07:30–11:30/);
    assert.match(plain(html), /1900 0368/);
    assert.match(plain(html), /\(https:\/\/dichvucong\.gov\.vn\)/);
  });

  test('prints QR codes that scan back to the guide and to each step', () => {
    const { code, stderr } = handbook('paper.json', '--url-template', template, '--step-qr', '-o', 'qr.html');
    assert.equal(code, 0, stderr);
    const html = readFileSync(folder.path('qr.html'), 'utf8');
    const guide = /<figure class="qr qr-guide"[\s\S]*?<\/figure>/.exec(html)[0];
    assert.equal(scan(guide), 'https://portal.example/huong-dan.html?t=test-paper');
    const steps = sections(html);
    assert.equal(steps.length, 6);
    for (const step of steps) {
      const url = `https://portal.example/huong-dan.html?t=test-paper&step=${step.id}`;
      assert.equal(scan(/<svg[\s\S]*?<\/svg>/.exec(step.html)[0]), url);
      assert.ok(step.html.includes(`<span class="url" dir="ltr">${url.replace('&', '&amp;')}</span>`), step.id);
    }
    // Vietnamese by default, as the tutorial is written.
    assert.match(plain(html), /Nếu bạn chọn “Tài khoản cổng”, hãy chuyển đến bước 6\./);
  });

  test('refuses a file with problems, saying them as validate does (exit 1)', () => {
    const validate = runCli(['validate', 'broken.json'], { cwd: folder.dir });
    const problem = validate.stdout.split('\n')[0];
    const { code, stdout, stderr } = handbook('broken.json', '-o', 'broken.html');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.ok(stderr.startsWith(`${problem}\n`), stderr);
    assert.match(stderr, /No handbook was made: fix the problems above first\./);
    assert.equal(existsSync(folder.path('broken.html')), false);
  });

  test('says how to type it when an option is wrong (exit 2)', () => {
    assert.match(handbook('paper.json', '--paper', 'a3').stderr, /--paper a3 is not a paper size guidepost prints on\. Use a4 or a5/);
    assert.match(handbook('paper.json', '--step-qr').stderr, /--step-qr needs --url-template/);
    assert.match(handbook('paper.json', '--url-template', 'javascript:alert(1)').stderr, /is not a web address/);
    assert.equal(handbook().code, 2);
    assert.match(runCli(['handbook', '--help']).stdout, /guidepost handbook <file> \[--lang vi\]/);
  });

  test('says plainly where to point it when no Chrome is found', () => {
    const { code, stderr } = handbook('paper.json', '--pdf', 'x.pdf', '--chrome', '/nowhere/chrome');
    assert.equal(code, 1);
    assert.match(stderr, /--pdf needs Chrome or Chromium, and none was found\.\nInstall one \(on Debian or Ubuntu: sudo apt install chromium\), or say where yours is:/);
    assert.match(stderr, /--chrome "\/path\/to\/chrome"/);
    assert.equal(existsSync(folder.path('handbook.html')), true, 'the HTML is still written');
  });

  test('prints a PDF on A4 or A5 with the local Chromium', { skip: chrome ? false : 'no Chromium installed' }, () => {
    // Points: A4 is 595 × 842, A5 420 × 595 (Chrome rounds them a little).
    for (const [size, width, height] of [['a4', 595, 842], ['a5', 420, 595]]) {
      const { code, stdout, stderr } = handbook('paper.json', '--paper', size, '-o', `${size}.html`, '--pdf', `${size}.pdf`, '--chrome', chrome);
      assert.equal(code, 0, stderr);
      assert.match(stdout, new RegExp(`Wrote ${size}\\.pdf\\.`));
      const pdf = readFileSync(folder.path(`${size}.pdf`)).toString('latin1');
      assert.ok(pdf.startsWith('%PDF-'));
      const [, w, h] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
      assert.ok(Math.abs(w - width) < 3 && Math.abs(h - height) < 3, `${size}: ${w} × ${h}`);
      assert.ok((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length >= 2, 'more than one page');
    }
  });

  test('is listed in the main help', () => {
    assert.match(runCli(['--help'], { cwd: repo }).stdout, /guidepost handbook <file> {5}Make the printed handbook/);
  });
});
