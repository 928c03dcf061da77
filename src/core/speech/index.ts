/**
 * Whether a step can be read aloud with a voice, decided before any reading code loads (the
 * rest is in `core/read`), so a page showing a step downloads only this much until the citizen
 * presses Read aloud.
 *
 * @packageDocumentation
 */

/** Whether any of `voices` speaks `lang`'s language, whatever the region (`vi-VN`, `vi_VN` and `vi` are all Vietnamese). */
export function hasVoice(voices: readonly { readonly lang: string }[], lang: string): boolean {
  const language = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();
  return voices.some((voice) => language(voice.lang) === language(lang));
}
