/**
 * The printed handbook, without a DOM: the order and numbers of steps on paper and where each
 * leads (`paperSteps`), opening hours in words, the QR code addresses, and the whole handbook
 * as a tree of plain nodes with its styles, which `<gp-handbook>` and `guidepost handbook`
 * both print. The QR code drawing itself is in `core/qr`, loaded only when a code is printed.
 *
 * @packageDocumentation
 */
export { paperOrder, paperSteps } from './paper.js';
export type { PaperExit, PaperStep } from './paper.js';
export { hoursInWords, weeklyHours } from './hours.js';
export type { HoursGroup } from './hours.js';
export { fillUrlTemplate } from './url.js';
export { handbookDocument } from './document.js';
export type { HandbookOptions, HandbookQr } from './document.js';
export { h, svgTags, textOf, toHtml, voidTags } from './tree.js';
export type { HandbookAttribute, HandbookElement, HandbookNode, HandbookTag } from './tree.js';
export { handbookCss, pageCss, paperSizes } from './styles.js';
export type { PaperSize } from './styles.js';
export { handbookTranslator } from './i18n.js';
export type { HandbookKey, HandbookTranslate } from './i18n.js';
