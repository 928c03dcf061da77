/**
 * Splitting a text into the sentences read aloud one utterance each, so the sentence being
 * read can be shown. `Intl.Segmenter` knows the sentence rules of each language; where an
 * engine lacks it, a plain rule (., !, ?, … followed by a space) does the same for
 * Vietnamese and English.
 */

type Segmenter = { segment(text: string): Iterable<{ segment: string }> };
type SegmenterConstructor = new (lang: string, options: { granularity: 'sentence' }) => Segmenter;

const segmenters = new Map<string, Segmenter | null>();

function segmenterFor(lang: string): Segmenter | null {
  let segmenter = segmenters.get(lang);
  if (segmenter === undefined) {
    const Intl_ = Intl as unknown as { Segmenter?: SegmenterConstructor };
    try {
      segmenter = Intl_.Segmenter ? new Intl_.Segmenter(lang, { granularity: 'sentence' }) : null;
    } catch {
      segmenter = null;
    }
    if (segmenters.size < 50) segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The sentences of `text` in `lang`, trimmed, none empty; white space inside is made single. */
export function splitSentences(text: string, lang: string): string[] {
  const plain = text.replace(/\s+/gu, ' ').trim();
  if (plain === '') return [];
  const segmenter = segmenterFor(lang);
  const pieces = segmenter ? [...segmenter.segment(plain)].map((s) => s.segment) : plain.split(/(?<=[.!?…])\s+/u);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}
