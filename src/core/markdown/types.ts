/**
 * The tree `parseMarkdown()` returns: plain objects, never HTML, so a renderer can only put
 * tutorial text into the page as text (Lit text bindings), never as markup.
 */

/** Plain text, shown exactly as written (angle brackets included). */
export interface MarkdownText {
  type: 'text';
  text: string;
}

/** `**important**`: text to stress strongly (rendered as `<strong>`). */
export interface MarkdownStrong {
  type: 'strong';
  children: MarkdownInline[];
}

/** `*stressed*` or `_stressed_`: emphasised text (rendered as `<em>`). */
export interface MarkdownEmphasis {
  type: 'emphasis';
  children: MarkdownInline[];
}

/** `[text](href)` whose `href` passed {@link isSafeHref}: `https:`, `tel:` or `mailto:` only. */
export interface MarkdownLink {
  type: 'link';
  href: string;
  children: MarkdownInline[];
}

/** A line break: a single newline inside a paragraph or list item. */
export interface MarkdownBreak {
  type: 'break';
}

/** Anything that sits inside a line of text. */
export type MarkdownInline = MarkdownText | MarkdownStrong | MarkdownEmphasis | MarkdownLink | MarkdownBreak;

/** A paragraph; paragraphs are separated by blank lines. */
export interface MarkdownParagraph {
  type: 'paragraph';
  children: MarkdownInline[];
}

/**
 * A bulleted (`- ` or `* `) or numbered (`1. `) list. `start` is the first number of a
 * numbered list when it is not 1; each item is one line of inlines.
 */
export interface MarkdownList {
  type: 'list';
  ordered: boolean;
  start?: number;
  items: MarkdownInline[][];
}

/** A top-level block of a Markdown text. */
export type MarkdownBlock = MarkdownParagraph | MarkdownList;

/** A `[text](href)` found in a Markdown text, safe or not; see `findLinks()`. */
export interface FoundLink {
  /** The address as written, trimmed. */
  href: string;
  /** The link text as written, Markdown marks included. */
  text: string;
  /** Whether `href` passed `isSafeHref()`; unsafe links are shown as plain text. */
  safe: boolean;
}
