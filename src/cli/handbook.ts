/**
 * `guidepost handbook <file>`: the printed handbook as one self-contained HTML file (styles and
 * pictures inside, no script), and with `--pdf` a PDF printed by a Chrome or Chromium already
 * installed on the computer.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fillUrlTemplate, handbookCss, handbookDocument, handbookTranslator, pageCss, paperSizes, toHtml, type PaperSize } from '../core/handbook/index.js';
import { qrCode } from '../core/qr/index.js';
import { resolveText } from '../core/text/index.js';
import { parseTutorial, type Tutorial } from '../core/tutorial/index.js';
import { languageOption, parseArgs, UsageError } from './args.js';
import { checkFile } from './check-file.js';
import { handbookHelp } from './help.js';
import { formatProblems, formatSummary, summarize } from './report.js';
import type { Terminal } from './terminal.js';

const imageTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
};

/** Runs `guidepost handbook` with the arguments after the command name; returns the exit code. */
export async function handbook(args: readonly string[], terminal: Terminal): Promise<number> {
  const { options, positionals } = parseArgs(
    args,
    [
      { name: 'lang', value: '<language>', example: 'en' },
      { name: 'url-template', value: '<address>', example: "'https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}'" },
      { name: 'step-qr' },
      { name: 'paper', value: '<a4|a5>', example: 'a5' },
      { name: 'output', short: 'o', value: '<file>', example: 'handbook.html' },
      { name: 'pdf', value: '<file>', example: 'handbook.pdf' },
      { name: 'chrome', value: '<program>', example: '/usr/bin/chromium' },
      { name: 'help', short: 'h' },
    ],
    'handbook',
  );
  if (options.has('help')) {
    terminal.out(handbookHelp);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError('Name one tutorial file to print, for example: guidepost handbook my-tutorial.json', 'handbook');
  }
  const paper = paperOption(options.get('paper'));
  const urlTemplate = text(options.get('url-template'));
  if (options.has('step-qr') && !urlTemplate) {
    throw new UsageError('--step-qr needs --url-template: the QR codes open that address.', 'handbook');
  }
  if (urlTemplate && fillUrlTemplate(urlTemplate, 'a') === undefined) {
    throw new UsageError(`--url-template ${urlTemplate} is not a web address. Give one that starts with https://, with {tutorialId} and {stepId} in it.`, 'handbook');
  }
  const file = positionals[0]!;
  const report = await checkFile(file);
  const tutorial = report.text === undefined ? undefined : parseTutorial(report.text).tutorial;
  // Problems are said exactly as `guidepost validate` says them; warnings do not stop the print.
  if (report.problems.length > 0) terminal.err(`${formatProblems([report], terminal.style).join('\n')}\n`);
  if (!tutorial) {
    terminal.err(formatSummary(summarize([report]), terminal.style));
    terminal.err('No handbook was made: fix the problems above first.');
    return 1;
  }

  const lang = languageOption(options.get('lang'), 'handbook') ?? tutorial.lang;
  const html = await handbookHtml(tutorial, { lang, paper, urlTemplate, stepQr: options.has('step-qr'), folder: dirname(resolve(file)), terminal });
  const output = text(options.get('output')) ?? 'handbook.html';
  await writeFile(output, html);
  terminal.out(`Wrote ${output}: the handbook of "${resolveText(tutorial.title, lang, tutorial.lang)}", ${tutorial.steps.length} steps.`);

  const pdf = text(options.get('pdf'));
  if (pdf === undefined) return 0;
  const chrome = findChrome(text(options.get('chrome')));
  if (!chrome) {
    terminal.err(noChrome);
    return 1;
  }
  await rm(pdf, { force: true });
  const printed = await printPdf(chrome, resolve(output), resolve(pdf));
  if (printed !== true) {
    terminal.err(`The PDF could not be printed with ${chrome}: ${printed}`);
    terminal.err(`The HTML file ${output} is ready: open it in a browser and print it to a PDF from there.`);
    return 1;
  }
  terminal.out(`Wrote ${pdf}.`);
  return 0;
}

interface HtmlOptions {
  lang: string;
  paper: PaperSize;
  urlTemplate: string | undefined;
  stepQr: boolean;
  folder: string;
  terminal: Terminal;
}

/** The self-contained HTML page of the handbook: one file, styles and pictures inside, no script. */
async function handbookHtml(tutorial: Tutorial, o: HtmlOptions): Promise<string> {
  const images = new Map<string, string>();
  for (const step of tutorial.steps) {
    if (step.image && !images.has(step.image.src)) images.set(step.image.src, await embed(step.image.src, o.folder, o.terminal));
  }
  const tree = handbookDocument(tutorial, {
    lang: o.lang,
    headingLevel: 1,
    urlTemplate: o.urlTemplate,
    stepQr: o.stepQr,
    qr: qrCode,
    image: (src) => images.get(src) ?? '',
  });
  const title = resolveText(tutorial.title, o.lang, tutorial.lang);
  const css = `${pageCss(title, o.paper, handbookTranslator(o.lang))}body { margin: 0 auto; padding: 1rem; max-width: 50rem; }\n@media print { body { padding: 0; max-width: none; } }\n${handbookCss}`;
  return `<!doctype html>
<html lang="${o.lang.replace(/[^A-Za-z0-9-]/g, '')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${toHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${toHtml(tree)}
</body>
</html>
`;
}

/** A step picture as a `data:` address, read from next to the tutorial file; a web address stays as it is. */
async function embed(src: string, folder: string, terminal: Terminal): Promise<string> {
  if (/^https?:/i.test(src)) {
    terminal.err(`The picture ${src} is on the web, so it is not inside the file: the handbook shows it only with an internet connection.`);
    return src;
  }
  if (/^data:image\//i.test(src)) return src;
  const type = imageTypes[extname(src).toLowerCase()];
  const path = resolve(folder, decodeURI(src.split(/[?#]/)[0]!));
  try {
    if (!type) throw new Error('not a picture type a browser shows');
    return `data:${type};base64,${(await readFile(path)).toString('base64')}`;
  } catch (error) {
    terminal.err(`The picture ${src} could not be read (${(error as Error).message}), so it is left out of the handbook.`);
    return '';
  }
}

/** Where Chrome or Chromium is usually installed, on Linux, macOS and Windows. */
const chromePlaces = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The browser to print with: `--chrome`, else `CHROME_PATH`, else the first usual place that has one. */
export function findChrome(chosen: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return chromePlaces.find((place) => existsSync(place));
}

const noChrome = `--pdf needs Chrome or Chromium, and none was found.
Install one (on Debian or Ubuntu: sudo apt install chromium), or say where yours is:
  guidepost handbook my-tutorial.json --pdf handbook.pdf --chrome "/path/to/chrome"
or set CHROME_PATH to it. The HTML file was written: you can also open it in a browser and
print it to a PDF from there.`;

/** Prints `html` (a file) to `pdf` with headless Chrome; true, or why it failed. */
function printPdf(chrome: string, html: string, pdf: string): Promise<true | string> {
  return mkdtemp(join(tmpdir(), 'guidepost-pdf-')).then(
    (profile) =>
      new Promise<true | string>((done) => {
        const args = [
          '--headless',
          '--disable-gpu',
          '--no-first-run',
          '--disable-extensions',
          `--user-data-dir=${profile}`,
          '--no-pdf-header-footer',
          `--print-to-pdf=${pdf}`,
          pathToFileURL(html).href,
        ];
        // Chrome refuses to run as root with its sandbox on (CI containers, servers).
        if (process.getuid?.() === 0) args.unshift('--no-sandbox');
        const child = spawn(chrome, args, { stdio: ['ignore', 'ignore', 'pipe'] });
        let errors = '';
        child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
        const timer = setTimeout(() => child.kill(), 120_000);
        child.on('error', (error) => done(error.message));
        child.on('close', (code) => {
          clearTimeout(timer);
          void rm(profile, { recursive: true, force: true });
          done(code === 0 && existsSync(pdf) ? true : `it stopped with code ${code}. ${errors.trim().split('\n').slice(-3).join(' ')}`);
        });
      }),
  );
}

function paperOption(value: string | true | undefined): PaperSize {
  if (value === undefined || value === true) return 'a4';
  const paper = value.toLowerCase();
  if ((paperSizes as readonly string[]).includes(paper)) return paper as PaperSize;
  throw new UsageError(`--paper ${value} is not a paper size guidepost prints on. Use a4 or a5, for example --paper a5.`, 'handbook');
}

function text(value: string | true | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
