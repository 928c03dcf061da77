/** Language names as their readers write them, for labels such as "Step title (Tiếng Việt)". */

/** Languages offered by "Add language", besides any already in the tutorial. */
export const OFFERED_LANGUAGES = ['vi', 'en', 'hmn', 'tyz', 'km', 'cjm', 'rad', 'jra', 'zh', 'fr', 'ko', 'ja', 'th', 'lo'] as const;

/** Names Intl may not know, in the language itself. */
const OWN_NAMES: Record<string, string> = { tyz: 'Tày', cjm: 'Cham', rad: 'Êđê', jra: 'Jarai', hmn: 'Hmoob' };

const cache = new Map<string, string>();

/** The name of `tag` in that language itself: `vi` → "Tiếng Việt", `en` → "English". */
export function languageName(tag: string): string {
  let name = cache.get(tag);
  if (name === undefined) {
    name = OWN_NAMES[tag] ?? tag;
    try {
      const own = new Intl.DisplayNames([tag], { type: 'language', fallback: 'none' }).of(tag);
      if (own && !OWN_NAMES[tag]) name = own.charAt(0).toLocaleUpperCase(tag) + own.slice(1);
    } catch {
      // Not a tag Intl accepts: show it as written.
    }
    cache.set(tag, name);
  }
  return name;
}
