/**
 * The English words of the JSON reader (`json.ts`, `json-text.ts`): what is wrong with the
 * file's text, after "Line 12, column 5: ". Other languages have a module with the same parts.
 */
import { clip } from './places.js';

/** Everything the JSON reader says, in one language. @internal */
export interface JsonWords {
  at(line: number, column: number, words: string): string;
  empty(): string;
  textAfterEnd(): string;
  endsEarly(open: { char: string; line: number; closer: string } | undefined): string;
  comment(): string;
  plusOrPoint(): string;
  commaBeforeValue(): string;
  unexpected(char: string): string;
  trailingCommaField(): string;
  missingCommaField(): string;
  missingColon(name: string): string;
  duplicateField(name: string, line: number): string;
  keyExpected(char: string): string;
  unquotedKey(word: string): string;
  trailingCommaItem(): string;
  doubleComma(): string;
  missingCommaItem(): string;
  mismatched(char: string, open: string, line: number, closer: string): string;
  separator(closer: string, char: string): string;
  badNumber(): string;
  capitalLiteral(lower: string, word: string): string;
  unquotedText(word: string): string;
  singleQuotes(): string;
  endsInText(line: number): string;
  noClosingQuote(): string;
  badEscape(next: string): string;
  control(): string;
}

/** Names a character in a message: `a quote "` or `"x"`. */
const describeChar = (char: string) => (char === '"' ? 'a quote "' : `"${char}"`);

export const ENGLISH_JSON: JsonWords = {
  at: (line, column, words) => `Line ${line}, column ${column}: ${words}`,
  empty: () => 'the file is empty. It should hold a tutorial in curly brackets { }.',
  textAfterEnd: () => 'there is more text after the end of the tutorial. Everything must be inside the first { }; remove the rest or move it inside.',
  endsEarly: (open) => `the file ends too early.${open ? ` The ${open.char} on line ${open.line} is never closed with ${open.closer}.` : ''} Part of the file may be missing.`,
  comment: () => 'JSON files cannot have comments. Remove the comment, or keep the note in a field whose name starts with "x-".',
  plusOrPoint: () => 'numbers are written like 10 or 2.5: no + sign, and a digit before the point.',
  commaBeforeValue: () => 'a value is missing before this comma, or there is one comma too many.',
  unexpected: (char) => `guidepost did not expect ${describeChar(char)} here. A value should start here: a text in double quotes, a number, true, false, null, { or [.`,
  trailingCommaField: () => 'there is a comma after the last field. Remove this comma.',
  missingCommaField: () => 'a comma is missing before this field. Put a comma after the previous value.',
  missingColon: (name) => `a colon : is missing after the field name "${clip(name)}".`,
  duplicateField: (name, line) => `The field "${clip(name)}" appears twice here (also on line ${line}). Only the last one counts; remove or rename one of them.`,
  keyExpected: (char) => `a field name in double quotes should start here, not ${describeChar(char)}.`,
  unquotedKey: (word) => `field names must be in double quotes: write "${clip(word)}".`,
  trailingCommaItem: () => 'there is a comma after the last item. Remove this comma.',
  doubleComma: () => 'there are two commas in a row. Remove one of them.',
  missingCommaItem: () => 'a comma is missing before this item. Put a comma after the previous item.',
  mismatched: (char, open, line, closer) => `this ${char} does not match the ${open} on line ${line}; it should be ${closer}.`,
  separator: (closer, char) => `a comma is missing or there is one too many. A comma or ${closer} should come before ${describeChar(char)}.`,
  badNumber: () => 'this number is not written correctly. Write numbers like 10, 2.5 or -3, without leading zeros, units or letters.',
  capitalLiteral: (lower, word) => `write ${lower} in small letters, not ${word}.`,
  unquotedText: (word) => `texts must be in double quotes: write "${clip(word)}".`,
  singleQuotes: () => 'texts and field names must be in double quotes ("like this"), not single quotes.',
  endsInText: (line) => `the file ends too early, inside the text that starts on line ${line}. The closing quote is missing, or part of the file is.`,
  noClosingQuote: () => 'this text has no closing quote on its line. A text must end on the line it starts; write \\n for a new line inside it.',
  badEscape: (next) => `a backslash \\ starts a special character here, but "\\${next}" is not one. To write a backslash itself, write it twice: \\\\.`,
  control: () => 'a tab or another invisible character is inside a text. Replace it with a space (or \\t for a tab).',
};

