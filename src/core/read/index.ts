/**
 * Reading a step aloud without a DOM: what is said and in which sentences, and which voice
 * says it. `<gp-tutorial>` and `<gp-tour>` speak it with the browser's speech synthesis.
 *
 * @packageDocumentation
 */
export { readingScript, spokenText } from './script.js';
export type { ReadableStep, ReadingPart, ReadingPartName, ReadingWords } from './script.js';
export { splitSentences } from './sentences.js';
export { chooseVoice } from './voice.js';
export type { VoiceLike } from './voice.js';
export { locateSentence } from './locate.js';
export type { TextSpan } from './locate.js';
