/**
 * How the handbook looks on screen and on paper, as plain CSS text: the element adopts it in
 * its shadow root, the command writes it into the HTML file. Large print: body text of at
 * least 16 pt on paper, black on white, a step never split across pages, pictures scaled to
 * fit, addresses and phone numbers written out in full.
 */
import type { HandbookTranslate } from './i18n.js';

/** The paper sizes a handbook is laid out for. */
export const paperSizes = ['a4', 'a5'] as const;
/** One of {@link paperSizes}. */
export type PaperSize = (typeof paperSizes)[number];

/** The styles of the handbook itself (class `handbook` and everything in it). */
export const handbookCss = `
.handbook {
  font-family: var(--gp-font-family, 'Noto Sans', 'Be Vietnam Pro', 'Segoe UI', Roboto, Arial, system-ui, sans-serif);
  font-size: var(--gp-font-size, 1.25rem);
  line-height: var(--gp-line-height, 1.6);
  color: var(--gp-color-text, #1a1a1a);
  background: var(--gp-color-background, #ffffff);
  overflow-wrap: anywhere;
  max-width: 48rem;
}
.handbook h1, .handbook h2, .handbook h3, .handbook h4, .handbook h5, .handbook h6 { line-height: 1.4; margin: 0 0 0.5em; }
.handbook p, .handbook ul, .handbook ol { margin: 0 0 0.75em; }
.handbook a { color: var(--gp-color-link, #0a3d7a); }
.handbook .minutes, .handbook .summary { font-weight: 600; }
.handbook .step {
  border-top: 0.1875rem solid var(--gp-color-border, #5c5c5c);
  padding-top: 0.75em;
  margin-top: 1.25em;
  break-inside: avoid;
  page-break-inside: avoid;
}
.handbook .step-number { display: inline-block; margin-inline-end: 0.25em; }
.handbook .reference { font-size: 0.9em; }
.handbook .code { font-family: ui-monospace, 'Noto Sans Mono', Menlo, Consolas, monospace; letter-spacing: 0.08em; white-space: nowrap; }
.handbook .image { margin: 0 0 0.75em; }
.handbook .image img { display: block; max-width: 100%; max-height: 40vh; width: auto; height: auto; object-fit: contain; }
.handbook .callout { border-inline-start: 0.375rem solid var(--gp-color-tip-border, #0a3d7a); background: var(--gp-color-tip-background, #e7f0fa); padding: 0.5em 0.75em; margin: 0 0 0.75em; }
.handbook .callout.warning { border-inline-start-color: var(--gp-color-warning-border, #8a4300); background: var(--gp-color-warning-background, #fdf1e3); }
.handbook .callout-label { margin: 0 0 0.25em; }
.handbook .callout div > :last-child { margin-bottom: 0; }
.handbook .exits { font-weight: 700; }
.handbook .qr { display: flex; align-items: center; gap: 0.75em; margin: 0.75em 0; break-inside: avoid; page-break-inside: avoid; }
.handbook .qr-code { width: 4.5cm; height: 4.5cm; flex: none; }
.handbook .qr-step .qr-code { width: 3.5cm; height: 3.5cm; }
.handbook .url, .handbook .address, .handbook .channel-value { overflow-wrap: anywhere; }
.handbook .channels { list-style: none; padding: 0; }
.handbook .channel { display: flex; flex-direction: column; margin-bottom: 0.75em; break-inside: avoid; page-break-inside: avoid; }
.handbook .help { break-inside: avoid; page-break-inside: avoid; margin-top: 1.5em; border-top: 0.1875rem solid var(--gp-color-border, #5c5c5c); padding-top: 0.75em; }
.handbook .print-button { font: inherit; min-height: 3rem; padding: 0.5em 1.25em; border: 0.125rem solid var(--gp-color-accent, #0a3d7a); border-radius: 0.5rem; background: var(--gp-color-accent, #0a3d7a); color: var(--gp-color-accent-text, #ffffff); font-weight: 700; cursor: pointer; margin-bottom: 1em; }
.handbook .print-button:focus-visible { outline: 0.1875rem solid var(--gp-color-focus, #0a3d7a); outline-offset: 0.1875rem; }
@media print {
  .handbook { font-size: 16pt; line-height: 1.5; color: #000; background: #fff; max-width: none; }
  .handbook .title { font-size: 24pt; }
  .handbook h2, .handbook h3, .handbook h4, .handbook h5, .handbook h6 { font-size: 19pt; break-after: avoid; page-break-after: avoid; }
  .handbook .reference, .handbook figcaption, .handbook .hours { font-size: 16pt; }
  .handbook a { color: #000; text-decoration: underline; }
  .handbook .callout, .handbook .callout.warning { background: #fff; border: 0.0625rem solid #000; border-inline-start: 0.25rem solid #000; }
  .handbook .step, .handbook .help { border-top-color: #000; }
  .handbook .image img { max-height: 9cm; }
  .handbook .print-button { display: none; }
}
`;

const cssEscapes = /[\\"<>\n\r\f\u0000-\u001f\u007f]/g;

/** `text` as a CSS string, every character that could end it or the `<style>` written as an escape. */
function cssString(text: string): string {
  return `"${text.replace(cssEscapes, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/**
 * The page rules, which only a document's own style sheet can set (never a shadow root's):
 * the paper size, margins, and on every page the tutorial title at the top and "Page 2 of 5"
 * at the bottom.
 */
export function pageCss(title: string, paper: PaperSize, ht: HandbookTranslate): string {
  const marker = '\u0001';
  const [before = '', middle = '', after = ''] = ht('handbook.page', { page: marker, pages: marker }).split(marker);
  const pageNumber = `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}`;
  const margins = paper === 'a5' ? '16mm 12mm 16mm' : '20mm 18mm 20mm';
  return `@page {
  size: ${paper === 'a5' ? 'A5' : 'A4'};
  margin: ${margins};
  @top-center { content: ${cssString(title)}; font-family: 'Noto Sans', Arial, sans-serif; font-size: 12pt; color: #000; }
  @bottom-center { content: ${pageNumber}; font-family: 'Noto Sans', Arial, sans-serif; font-size: 12pt; color: #000; }
}
@media print { html, body { background: #fff; } }
`;
}
