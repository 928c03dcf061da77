/**
 * The limits that keep a broken or hostile file from freezing a citizen's phone: how long a
 * file, how deep its brackets, how long an id, and how many problems are listed. A real
 * tutorial is far inside every one of them (docs/writing-tutorials.md, "Limits"). Numbers
 * only: every page that checks a tutorial loads this file; the words are in `problem-list.ts`.
 */
/**
 * The longest file `parseTutorial()` reads, in characters (a long tutorial has 100,000). A
 * file with more than {@link MAX_VALUES} values stops being read long before this.
 */
export const MAX_FILE_LENGTH = 10_000_000;
/** The most levels of `{ }` and `[ ]` inside each other (a tutorial needs 9). */
export const MAX_DEPTH = 100;
/** How many problems are listed; one more problem then says how many others there are. */
export const MAX_PROBLEMS = 100;
/**
 * The most values (texts, numbers, true/false, null, lists and objects) a tutorial may hold: a
 * 500-step tutorial in two languages has about 15,000. Checking more would take seconds.
 */
export const MAX_VALUES = 50_000;
/** The longest tutorial or step id, in characters. */
export const MAX_ID_LENGTH = 100;
/**
 * How many problems the checks keep before they stop checking translations: only missing
 * translations can outnumber the values of a file (every text times every language).
 */
export const MAX_FOUND = 10_000;
