/**
 * Finding the sentence being read in the text shown on screen, so it can be highlighted. What
 * is said is not exactly what is shown: Markdown's marks are gone, a full stop may have been
 * added, an address is said without its `https://`, a phone number digit by digit. Letters
 * and digits are the same in both, so the sentence is looked for by those alone, ignoring
 * case, accents, spaces and punctuation.
 */

/** A span of the shown text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** One character of text as compared: lowercase, without its accents; '' for what is not a letter or digit. */
function folded(ch: string): string {
  return ch.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** The letters and digits of `text`, folded, each with the span of `text` it came from. */
function wordChars(text: string): { chars: string; at: number[]; ends: number[] } {
  let chars = '';
  const at: number[] = [];
  const ends: number[] = [];
  let i = 0;
  // An address is said without its `https://` and `www.`: they are not compared either (the
  // same length of spaces keeps every offset).
  for (const ch of text.replace(/\bhttps?:\/\/(?:www\.)?/giu, (m) => ' '.repeat(m.length))) {
    const f = folded(ch);
    for (let k = 0; k < f.length; k += 1) {
      at.push(i);
      ends.push(i + ch.length);
    }
    chars += f;
    i += ch.length;
  }
  return { chars, at, ends };
}

/**
 * Where `sentence` (as said) is in `shown` (as on screen), searching from `from` on; undefined
 * when it is not there (a sentence with no letter or digit, or words the screen does not
 * show). Accents are compared apart from their letters, so composed and decomposed
 * Vietnamese (NFC and NFD) find each other.
 */
export function locateSentence(shown: string, sentence: string, from = 0): TextSpan | undefined {
  const said = wordChars(sentence).chars;
  if (said === '') return undefined;
  const screen = wordChars(shown);
  const startChar = screen.at.findIndex((pos) => pos >= from);
  if (startChar < 0) return undefined;
  const found = screen.chars.indexOf(said, startChar);
  if (found < 0) return undefined;
  return { start: screen.at[found]!, end: screen.ends[found + said.length - 1]! };
}
