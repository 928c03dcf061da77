/**
 * The small Markdown subset of tutorial texts (`body`, `tip`, `warning`): paragraphs, bulleted
 * and numbered lists, strong, emphasis, safe links and line breaks. Everything else (headings,
 * raw HTML, images, code) is plain text: a tutorial can never put markup into a page.
 */
import { parseInlines, type InlineContext } from './inline.js';
import type { FoundLink, MarkdownBlock } from './types.js';

const BULLET = /^ {0,3}[-*][ \t]+(\S.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})\.[ \t]+(\S.*)$/;

interface OpenList {
  ordered: boolean;
  start: number;
  items: string[];
}

/**
 * Parses a tutorial text into plain objects: paragraphs (separated by blank lines) and lists
 * (`- ` or `* ` bulleted, `1. ` numbered; one level, no nesting). Inside them: `**strong**`,
 * `*emphasis*` or `_emphasis_`, `[text](href)` links and line breaks (a single newline).
 *
 * A link whose address is not `https:`, `tel:` or `mailto:` stays as its literal text
 * `[text](href)`; raw HTML such as `<script>` also stays literal text. Never throws.
 */
export function parseMarkdown(source: string): MarkdownBlock[] {
  return parseBlocks(source, {});
}

/**
 * Every `[text](href)` link in a tutorial text, in order, with whether its address is safe;
 * the validator uses it to report the unsafe ones that `parseMarkdown()` turns into text.
 */
export function findLinks(source: string): FoundLink[] {
  if (!source.includes('](')) return [];
  const links: FoundLink[] = [];
  parseBlocks(source, { links });
  return links;
}

function parseBlocks(source: string, context: InlineContext): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let list: OpenList | undefined;

  const closeParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInlines(paragraph.join('\n'), context) });
    paragraph = [];
  };
  const closeList = () => {
    if (list === undefined) return;
    const items = list.items.map((item) => parseInlines(item, context));
    blocks.push(list.ordered && list.start !== 1 ? { type: 'list', ordered: true, start: list.start, items } : { type: 'list', ordered: list.ordered, items });
    list = undefined;
  };

  let blankBefore = false;
  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/[ \t]+$/, '');
    if (line.trim() === '') {
      closeParagraph();
      blankBefore = true;
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const marker = bullet ? { ordered: false, text: bullet[1]! } : numbered ? { ordered: true, text: numbered[2]!, start: Number(numbered[1]) } : undefined;

    // A numbered line interrupts a paragraph only when it starts at 1, so a sentence that
    // happens to wrap before "2024. " is not turned into a list (as in CommonMark).
    const startsList = marker !== undefined && (paragraph.length === 0 || !marker.ordered || marker.start === 1);
    if (marker && startsList) {
      closeParagraph();
      if (list === undefined || list.ordered !== marker.ordered) {
        closeList();
        list = { ordered: marker.ordered, start: marker.start ?? 1, items: [] };
      }
      list.items.push(marker.text);
    } else if (list !== undefined && !blankBefore) {
      // A line right under a list item continues that item, on a new line.
      list.items[list.items.length - 1] += `\n${line.trim()}`;
    } else {
      closeList();
      paragraph.push(line.trim());
    }
    blankBefore = false;
  }
  closeParagraph();
  closeList();
  return blocks;
}
