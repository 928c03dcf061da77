export { parseMarkdown, findLinks } from './parse.js';
export { isSafeHref, judgeHref, type HrefVerdict } from './href.js';
export type {
  FoundLink,
  MarkdownBlock,
  MarkdownBreak,
  MarkdownEmphasis,
  MarkdownInline,
  MarkdownLink,
  MarkdownList,
  MarkdownParagraph,
  MarkdownStrong,
  MarkdownText,
} from './types.js';
