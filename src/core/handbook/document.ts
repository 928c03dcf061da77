/**
 * The whole printed handbook of one tutorial as a {@link HandbookElement} tree: title, summary,
 * minutes, what you need, a QR code for the guide; every step numbered in paper order with its
 * text, picture, tip, warning, where it leads and its reference code (and, if asked, its own
 * QR code); then the help channels with their opening hours in words.
 */
import { channelHref, groupPhoneNumber, intlLocale, listChannels, type ListedChannel } from '../help/index.js';
import { translator, type Translate } from '../i18n/index.js';
import { parseMarkdown, type MarkdownInline } from '../markdown/index.js';
import { resolveTextWithLang } from '../text/index.js';
import type { Help, Step, Text, Tutorial } from '../tutorial/types.js';
import { hoursInWords } from './hours.js';
import { handbookTranslator, type HandbookTranslate } from './i18n.js';
import { paperSteps, type PaperExit, type PaperStep } from './paper.js';
import { h, type HandbookElement, type HandbookNode, type HandbookTag } from './tree.js';
import { fillUrlTemplate } from './url.js';

/** A QR code as `qrCode()` of `core/qr` draws it. */
export interface HandbookQr {
  size: number;
  path: string;
}

/** How to print a handbook. */
export interface HandbookOptions {
  /** The language to print in (texts fall back to the tutorial's language). */
  lang: string;
  /** The level of the title heading (default 1); step headings are one below. */
  headingLevel?: number | undefined;
  /** The address a QR code opens, with `{tutorialId}` and `{stepId}` (see `fillUrlTemplate`). */
  urlTemplate?: string | undefined;
  /** Whether every step gets its own QR code too (it needs `urlTemplate`). */
  stepQr?: boolean | undefined;
  /** Draws a QR code; without it no QR code is printed. */
  qr?: ((text: string) => HandbookQr) | undefined;
  /** The address to put in an image's `src` (embedded, or resolved against the file); `''` leaves it out. */
  image?: ((src: string) => string) | undefined;
}

interface Context {
  t: Translate;
  ht: HandbookTranslate;
  lang: string;
  locale: string;
  tutorial: Tutorial;
  options: HandbookOptions;
  text: (text: Text) => { text: string; lang: string };
}

/** The handbook of `tutorial` (which should have passed `validateTutorial`). */
export function handbookDocument(tutorial: Tutorial, options: HandbookOptions): HandbookElement {
  const lang = options.lang;
  const c: Context = {
    t: translator(lang),
    ht: handbookTranslator(lang),
    lang,
    locale: intlLocale(lang),
    tutorial,
    options,
    text: (text) => resolveTextWithLang(text, lang, tutorial.lang),
  };
  const steps = paperSteps(tutorial);
  const level = Math.min(6, Math.max(1, Math.trunc(options.headingLevel || 1)));
  const heading = (offset: number): HandbookTag => `h${Math.min(6, level + offset)}` as HandbookTag;
  const title = c.text(tutorial.title);
  return h(
    'article',
    { class: 'handbook', lang },
    h(
      'header',
      { class: 'handbook-header' },
      h(heading(0), { class: 'title', lang: langOf(title, lang) }, title.text),
      tutorial.summary && textBlock('summary', tutorial.summary, c),
      tutorial.minutes !== undefined && h('p', { class: 'minutes' }, c.t('tutorial.minutes', { count: Math.round(tutorial.minutes) })),
      !!tutorial.requirements?.length &&
        h(
          'section',
          { class: 'requirements' },
          h(heading(1), {}, c.t('tutorial.whatYouNeed')),
          h('ul', {}, tutorial.requirements.map((r) => h('li', { lang: langOf(c.text(r), lang) }, c.text(r).text))),
        ),
      qrFigure(undefined, c),
    ),
    h('div', { class: 'steps' }, steps.map((s) => stepSection(s, heading(1), c))),
    tutorial.completion && h('section', { class: 'completion' }, h(heading(1), {}, c.t('tutorial.completeHeading')), markdown(tutorial.completion, c)),
    helpSection(tutorial.help, heading(1), c),
  );
}

function stepSection(paper: PaperStep, heading: HandbookTag, c: Context): HandbookElement {
  const { step, number } = paper;
  const title = c.text(step.title);
  return h(
    'section',
    { class: 'step', id: `step-${number}`, 'data-step': step.id, 'aria-labelledby': `step-${number}-heading` },
    h(
      heading,
      { class: 'step-heading', id: `step-${number}-heading` },
      h('span', { class: 'step-number' }, `${c.ht('handbook.step', { number })}:`),
      ' ',
      h('span', { class: 'step-title', lang: langOf(title, c.lang) }, title.text),
    ),
    paper.reference &&
      h(
        'p',
        { class: 'reference', 'data-reference': paper.reference },
        `${c.ht('handbook.reference')}: `,
        h('strong', { class: 'code', dir: 'ltr' }, paper.reference),
      ),
    step.body && markdown(step.body, c, 'body'),
    image(step, c),
    callout(step.tip, 'tip', c),
    callout(step.warning, 'warning', c),
    h('div', { class: 'exits' }, paper.exits.map((exit) => exitLine(exit, c))),
    c.options.stepQr && qrFigure(step.id, c),
    step.help && channelList(listChannels([{ help: step.help, fallbackZone: c.tutorial.help?.timezone, lang: c.tutorial.lang }]), c),
  );
}

function exitLine(exit: PaperExit, c: Context): HandbookElement | undefined {
  switch (exit.kind) {
    case 'choice': {
      const choice = c.text(exit.label).text;
      return h(
        'p',
        { class: 'exit choice' },
        exit.to === null ? c.ht('handbook.choiceEnd', { choice }) : c.ht('handbook.choiceGoTo', { choice, number: exit.to }),
      );
    }
    case 'go-to':
      return h('p', { class: 'exit go-to' }, c.ht('handbook.goTo', { number: exit.to }));
    case 'end':
      return h('p', { class: 'exit end' }, c.ht('handbook.end'));
    default:
      return undefined;
  }
}

/** A QR code for the guide (`stepId` absent) or one step, with the address printed under it. */
function qrFigure(stepId: string | undefined, c: Context): HandbookElement | undefined {
  const { urlTemplate, qr } = c.options;
  if (!urlTemplate || !qr) return undefined;
  const url = fillUrlTemplate(urlTemplate, c.tutorial.id, stepId);
  if (!url) return undefined;
  let code: HandbookQr;
  try {
    code = qr(url);
  } catch {
    // An address too long for any QR code: no code is printed, rather than a broken page.
    return undefined;
  }
  const size = String(code.size);
  return h(
    'figure',
    { class: stepId ? 'qr qr-step' : 'qr qr-guide', 'data-url': url },
    h(
      'svg',
      { class: 'qr-code', viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': c.ht('handbook.qrLabel', { url }), 'shape-rendering': 'crispEdges' },
      h('rect', { width: size, height: size, fill: '#fff' }),
      h('path', { d: code.path, fill: '#000' }),
    ),
    h('figcaption', {}, c.ht(stepId ? 'handbook.qrStep' : 'handbook.qrGuide'), ' ', h('span', { class: 'url', dir: 'ltr' }, url)),
  );
}

function helpSection(help: Help | undefined, heading: HandbookTag, c: Context): HandbookElement {
  const listed = listChannels([{ help, lang: c.tutorial.lang }]);
  return h(
    'section',
    { class: 'help' },
    h(heading, {}, c.t('help.heading')),
    listed.length ? [h('p', {}, c.t('help.intro')), channelList(listed, c)] : h('p', {}, c.t('help.noChannels')),
    h('p', { class: 'reference-note' }, c.ht('handbook.referenceRead')),
    h('p', { class: 'safety' }, h('strong', {}, c.t('help.safety'))),
  );
}

/** Channels as a list: label, the number or address in full, and the hours in words. */
function channelList(listed: readonly ListedChannel[], c: Context): HandbookElement {
  return h(
    'ul',
    { class: 'channels' },
    listed.map(({ channel, lang }) => {
      const label = resolveTextWithLang(channel.label, c.lang, lang);
      const href = channelHref(channel);
      const value =
        channel.type === 'phone' || channel.type === 'sms'
          ? groupPhoneNumber(channel.value)
          : channel.type === 'chat' || channel.type === 'link'
            ? href
            : channel.value.trim();
      const hours = hoursInWords(channel.hours, c.locale, c.ht);
      return h(
        'li',
        { class: `channel ${channel.type}` },
        h('strong', { class: 'channel-label', lang: langOf(label, c.lang) }, label.text),
        value && h('span', { class: 'channel-value', dir: channel.type === 'desk' ? undefined : 'ltr' }, value),
        channel.type === 'desk' && href && h('span', { class: 'channel-value url', dir: 'ltr' }, href),
        hours.length > 0 && h('span', { class: 'hours' }, `${c.ht('handbook.hours')}: ${hours.join('; ')}`),
      );
    }),
  );
}

function textBlock(kind: string, text: Text, c: Context): HandbookElement {
  const resolved = c.text(text);
  return h('p', { class: kind, lang: langOf(resolved, c.lang) }, resolved.text);
}

function callout(text: Text | undefined, kind: 'tip' | 'warning', c: Context): HandbookElement | undefined {
  if (!text) return undefined;
  return h('div', { class: `callout ${kind}` }, h('p', { class: 'callout-label' }, h('strong', {}, c.t(`tutorial.${kind}`))), markdown(text, c));
}

function image(step: Step, c: Context): HandbookElement | undefined {
  const picture = step.image;
  const src = picture && (c.options.image ? c.options.image(picture.src) : picture.src);
  if (!picture || !src) return undefined;
  const alt = picture.decorative ? { text: '', lang: c.lang } : c.text(picture.alt);
  return h(
    'figure',
    { class: 'image' },
    h('img', {
      src,
      alt: alt.text,
      lang: langOf(alt, c.lang),
      width: picture.width === undefined ? undefined : String(picture.width),
      height: picture.height === undefined ? undefined : String(picture.height),
    }),
  );
}

/** Tutorial Markdown as tree nodes; a link also shows its address in full, for paper. */
function markdown(text: Text, c: Context, kind = 'text'): HandbookElement {
  const resolved = c.text(text);
  const blocks = parseMarkdown(resolved.text).map((block) =>
    block.type === 'list'
      ? h(block.ordered ? 'ol' : 'ul', { start: block.start === undefined ? undefined : String(block.start) }, block.items.map((item) => h('li', {}, inlines(item))))
      : h('p', {}, inlines(block.children)),
  );
  return h('div', { class: kind, lang: langOf(resolved, c.lang) }, blocks);
}

function inlines(list: readonly MarkdownInline[]): HandbookNode[] {
  return list.flatMap((inline): HandbookNode[] => {
    switch (inline.type) {
      case 'text':
        return [inline.text];
      case 'strong':
        return [h('strong', {}, inlines(inline.children))];
      case 'emphasis':
        return [h('em', {}, inlines(inline.children))];
      case 'break':
        return [h('br')];
      case 'link': {
        const address = inline.href.replace(/^(?:tel|mailto):/, '');
        const shown = inline.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
        return [
          h('a', { href: inline.href }, inlines(inline.children)),
          shown.trim() === address ? '' : h('span', { class: 'address', dir: 'ltr' }, ` (${address})`),
        ];
      }
      default:
        return [];
    }
  });
}

function langOf(resolved: { lang: string }, lang: string): string | undefined {
  return resolved.lang === lang ? undefined : resolved.lang;
}
