/**
 * What "Read aloud" says for a step, in order: its place ("Step 2 of 7"), the title, the
 * text, the tip and the warning with their words, and the choices ("Choose one: Yes. No,
 * not yet."). Each part is split into sentences, one utterance each, so the element can show
 * which sentence is being read. Markdown is read as words: no asterisks, a link's text
 * rather than its address, an address without its `https://`, and a phone number digit by
 * digit in its groups, as a person reads it to be dialled.
 */
import { parseMarkdown, type MarkdownBlock, type MarkdownInline } from '../markdown/index.js';
import { spokenGroups } from '../help/spoken.js';
import { splitSentences } from './sentences.js';

/** The parts of a step read aloud, in the order they are read. */
export type ReadingPartName = 'position' | 'title' | 'body' | 'tip' | 'warning' | 'choices';

/** One part of the step and its sentences. */
export interface ReadingPart {
  part: ReadingPartName;
  sentences: string[];
}

/** The step's texts in the language being read (resolved already). */
export interface ReadableStep {
  title: string;
  body?: string | undefined;
  tip?: string | undefined;
  warning?: string | undefined;
  choices?: readonly string[] | undefined;
}

/** The words of the element's own language around the step's texts. */
export interface ReadingWords {
  /** "Step 2 of 7". */
  position: string;
  /** "Tip", said before the tip. */
  tip: string;
  /** "Warning", said before the warning. */
  warning: string;
  /** "Choose one", said before the choices. */
  chooseOne: string;
}

/**
 * The script of `step` read in `lang`. Parts with no words are left out; every sentence is
 * non-empty. The tip's and the warning's word is said as the start of their first sentence,
 * the choices as one sentence each after "Choose one:".
 */
export function readingScript(step: ReadableStep, words: ReadingWords, lang: string): ReadingPart[] {
  const parts: ReadingPart[] = [];
  const add = (part: ReadingPartName, sentences: string[]) => {
    if (sentences.length > 0) parts.push({ part, sentences });
  };
  add('position', splitSentences(words.position, lang));
  add('title', splitSentences(spokenText(step.title), lang));
  if (step.body) add('body', splitSentences(spokenText(step.body), lang));
  for (const part of ['tip', 'warning'] as const) {
    const text = step[part];
    if (!text) continue;
    const sentences = splitSentences(spokenText(text), lang);
    if (sentences.length > 0) sentences[0] = `${words[part]}: ${sentences[0]}`;
    add(part, sentences);
  }
  const choices = (step.choices ?? []).map((label) => spokenInline(label)).filter((label) => label !== '');
  if (choices.length > 0) add('choices', [`${words.chooseOne}:`, ...choices.map((label) => withStop(label))]);
  return parts;
}

/** Markdown as the words a person would read: one line per paragraph and list item. */
export function spokenText(markdown: string): string {
  return parseMarkdown(markdown)
    .flatMap((block: MarkdownBlock) => (block.type === 'paragraph' ? [block.children] : block.items))
    .map((line) => withStop(inlineWords(line)))
    .filter((line) => line !== '')
    .join(' ');
}

/** A choice label or a title: Markdown's marks are not read there either. */
function spokenInline(text: string): string {
  return spokenText(text).replace(/\.$/u, '');
}

/** A line that ends without a full stop gets one, so the voice pauses and sentences split. */
function withStop(line: string): string {
  const trimmed = line.trim();
  return trimmed === '' || /[.!?…:;]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

function inlineWords(inlines: readonly MarkdownInline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        out += readNumbersAndAddresses(node.text);
        break;
      case 'break':
        out += ' ';
        break;
      case 'link': {
        const text = inlineWords(node.children);
        out += node.href.toLowerCase().startsWith('tel:') && PHONE.test(text.trim()) ? spokenGroups(text) : text;
        break;
      }
      default:
        out += inlineWords(node.children);
    }
  }
  return out.replace(/\s+/gu, ' ');
}

/**
 * A Vietnamese phone number as written: a 0, + or 1800/1900 start, then digits in groups split
 * by spaces or hyphens, 8 to 12 digits in all. Amounts (`100.000 đồng`) and years are not
 * phone numbers and are read as numbers.
 */
const PHONE = /^(?:\+\d{1,3}[ -]?)?(?:0|1[89]00)?[\d -]{6,16}\d$/u;
const PHONE_IN_TEXT = /(?<![\d.,])(?:\+\d{1,3}[ -]?\d|0\d|1[89]00)[\d -]{4,14}\d(?![\d.,]\d)/gu;

function readNumbersAndAddresses(text: string): string {
  return text
    .replace(PHONE_IN_TEXT, (number) => {
      const digits = number.replace(/\D/gu, '').length;
      return digits >= 8 && digits <= 12 ? spokenGroups(number) : number;
    })
    .replace(/\bhttps:\/\/(?:www\.)?([^\s/]+)(\/[^\s]*)?/giu, (_, host: string, path: string | undefined) => (path && path !== '/' ? `${host}${path.replace(/\/$/u, '')}` : host));
}
