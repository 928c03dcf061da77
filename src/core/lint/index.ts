/**
 * `lintTutorial()`: plain-language advice for the people who write tutorials. Everything it
 * finds is a warning, never an error: the tutorial works, but an older reader, a reader with
 * low vision or a reader new to smartphones will follow it more easily once it is fixed.
 */
import { sentences, plainText, countTokens, countsSyllables, limitFor } from './words.js';
import { tutorialTexts, type PathSegment, type PlacedText } from './texts.js';
import type { AdviceWords, Finding } from './advice.js';
import { ENGLISH_ADVICE } from './advice-en.js';
import { VIETNAMESE_ADVICE } from './advice-vi.js';

/**
 * The kind of advice.
 *
 * - `long-sentence`: a sentence over about 25 words (about 38 syllables in Vietnamese).
 * - `several-actions`: a step that asks for more than one action (a numbered list, or "then").
 * - `long-text`: a step's text over about 80 words (about 120 syllables in Vietnamese).
 * - `unexplained-abbreviation`: an abbreviation used without saying what it stands for.
 * - `unhelpful-alt`: a picture description that says nothing ("image", the file's name).
 */
export type LintCode = 'long-sentence' | 'several-actions' | 'long-text' | 'unexplained-abbreviation' | 'unhelpful-alt';

/** One piece of advice: where, what, why it matters and how to fix it. */
export interface LintAdvice {
  /** A JSON path, as in validation problems: `steps[2].body.vi`. */
  path: string;
  code: LintCode;
  /** What was found, why it matters for an older reader, and how to fix it, in plain words (in the language asked for). */
  message: string;
  /** Always `'warning'`: advice never stops a tutorial from being shown. */
  severity: 'warning';
}

/** What the portal decides. */
export interface LintOptions {
  /**
   * Abbreviations its citizens know without explanation, such as `['VNeID', 'OTP', 'QR']`.
   * Default: none.
   */
  abbreviations?: readonly string[];
  /**
   * The language of the messages: `'vi'` (or `vi-VN`…) for Vietnamese, anything else or
   * nothing for English. Codes and paths are the same in every language.
   */
  lang?: string;
}

/** The words for `lang`: Vietnamese for `vi`, English otherwise. */
const adviceWords = (lang: string | undefined): AdviceWords => (lang !== undefined && /^vi(?:-|$)/i.test(lang) ? VIETNAMESE_ADVICE : ENGLISH_ADVICE);

/** Sentence, text and step limits, in words (counted as syllables for Vietnamese). */
export const LINT_LIMITS = { sentenceWords: 25, textWords: 80 } as const;

const WORD = /[\p{L}\p{N}]+/gu;
const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u;
const SEQUENCE = /(?<![\p{L}])(then|after that|and next|sau đó|tiếp theo|tiếp đó|rồi bấm|rồi chọn|rồi nhập)(?![\p{L}])/iu;
const GENERIC_ALT = /^(image|picture|photo|screenshot|img|ảnh|hình|hình ảnh|ảnh chụp|ảnh chụp màn hình)$/iu;

function pathOf(segments: readonly PathSegment[], key: string | undefined): string {
  let path = '';
  for (const s of [...segments, ...(key === undefined ? [] : [key])]) {
    path += typeof s === 'number' ? `[${s}]` : path === '' ? s : `.${s}`;
  }
  return path;
}


/** What one text says, wherever it is: found once per distinct text, then remembered. */
interface TextFindings {
  advice: Finding[];
  /** Abbreviations in reading order, and whether each is explained where it stands. */
  abbreviations: { word: string; explained: boolean }[];
}

const remembered = new Map<string, TextFindings>();

/** Typing changes one text at a time: the others' findings are remembered, not found again. */
function findingsOf(t: PlacedText): TextFindings {
  const key = `${t.field}\u0000${t.lang}\u0000${t.text}`;
  let found = remembered.get(key);
  if (found === undefined) {
    found = find(t);
    if (remembered.size > 5000) remembered.clear();
    remembered.set(key, found);
  }
  return found;
}

function find(t: PlacedText): TextFindings {
  const advice: TextFindings['advice'] = [];
  const plain = plainText(t.text);
  if (t.field === 'alt') {
    const alt = t.text.trim();
    if (alt !== '' && (GENERIC_ALT.test(alt) || /\.(png|jpe?g|gif|webp|svg|avif)$/i.test(alt))) {
      advice.push({ code: 'unhelpful-alt', alt });
    }
    return { advice, abbreviations: [] };
  }
  const sentenceLimit = limitFor(LINT_LIMITS.sentenceWords, t.lang);
  const syllables = countsSyllables(t.lang);
  for (const sentence of sentences(t.text)) {
    const count = countTokens(sentence);
    if (count > sentenceLimit) {
      advice.push({ code: 'long-sentence', sentence, count, limit: sentenceLimit, syllables });
    }
  }
  if (t.field === 'body') {
    const words = countTokens(plain);
    const textLimit = limitFor(LINT_LIMITS.textWords, t.lang);
    if (words > textLimit) {
      advice.push({ code: 'long-text', count: words, limit: textLimit, syllables });
    }
    const listItems = t.text.split('\n').filter((line) => /^\s*\d+[.)]\s+/.test(line)).length;
    // "Then …" at the very start follows on from the step before; "Do this, then that" is two actions.
    const sequence = SEQUENCE.exec(plain);
    const secondAction = sequence !== null && /\p{L}/u.test(plain.slice(0, sequence.index));
    if (listItems >= 2 || secondAction) {
      advice.push({ code: 'several-actions' });
    }
  }
  const abbreviations: TextFindings['abbreviations'] = [];
  for (const match of plain.matchAll(WORD)) {
    const word = match[0];
    if (!TWO_CAPITALS.test(word) || !/^\p{Lu}/u.test(word)) continue;
    // Explained where used: "căn cước công dân (CCCD)" or "CCCD (căn cước công dân)".
    const explained = plain.slice(0, match.index).trimEnd().endsWith('(') || plain.slice(match.index + word.length).trimStart().startsWith('(');
    abbreviations.push({ word, explained });
  }
  return { advice, abbreviations };
}

/**
 * Advice on a tutorial's words (valid or not; it never throws): long sentences, long step
 * texts, steps with more than one action, abbreviations used without saying what they stand
 * for, and picture descriptions that describe nothing. Every message says why it matters for
 * an older reader and how to fix it, in English or, with `lang: 'vi'`, in Vietnamese.
 */
export function lintTutorial(data: unknown, options: LintOptions = {}): LintAdvice[] {
  const advice: LintAdvice[] = [];
  const words = adviceWords(options.lang);
  const allowed = new Set((options.abbreviations ?? []).map((a) => a.toLowerCase()));
  const seen = new Set<string>();
  for (const t of tutorialTexts(data)) {
    const path = pathOf(t.path, t.key);
    const found = findingsOf(t);
    for (const a of found.advice) advice.push({ path, code: a.code, message: words(a), severity: 'warning' });
    // Only the first use of an abbreviation needs explaining, in each language.
    for (const { word, explained } of found.abbreviations) {
      const key = `${t.lang}\u0000${word.toLowerCase()}`;
      if (allowed.has(word.toLowerCase()) || seen.has(key)) continue;
      seen.add(key);
      if (explained) continue;
      advice.push({
        path,
        code: 'unexplained-abbreviation',
        message: words({ code: 'unexplained-abbreviation', word }),
        severity: 'warning',
      });
    }
  }
  return advice;
}
