/**
 * Choosing the voice that reads a step: the best installed voice for the content's language,
 * and never a voice of another language (Vietnamese read by an English voice is not
 * understood). A voice list is what `speechSynthesis.getVoices()` gives.
 */

/** What guidepost reads of a voice (a `SpeechSynthesisVoice` has these). */
export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** `vi_VN`, `VI-vn` and `vi-VN` are one tag; the result is lowercase. */
const normal = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
const base = (tag: string) => normal(tag).split('-')[0]!;

/**
 * The voice for text in `lang`: a voice of exactly that tag first (`vi-VN` for `vi-VN`), then
 * one of the same language (`vi-VN` for `vi`), preferring a voice on the device (it works
 * offline and starts at once) and the browser's default; undefined when no voice speaks the
 * language.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normal(lang);
  const language = base(lang);
  if (language === '') return undefined;
  const usual = usualTag(lang);
  let best: V | undefined;
  let bestScore = -1;
  for (const voice of voices) {
    if (typeof voice?.lang !== 'string' || base(voice.lang) !== language) continue;
    const tag = normal(voice.lang);
    // The exact tag, else the region most speakers of the language live in (vi → vi-VN).
    const score = (tag === wanted ? 8 : tag === usual ? 4 : 0) + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

/** The language with its most likely region, lowercase: `vi` → `vi-vn`, `en` → `en-us`. */
function usualTag(lang: string): string | undefined {
  try {
    const locale = new Intl.Locale(normal(lang)).maximize();
    return locale.region ? `${locale.language}-${locale.region}`.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}
