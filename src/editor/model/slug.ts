/**
 * Ids from titles: "Kích hoạt tài khoản" → `kich-hoat-tai-khoan`. Nobody who writes a
 * tutorial should have to invent an id, and one typed by hand is where typos come from.
 */

/**
 * An id (lowercase letters, digits, single hyphens) made from `title`: Vietnamese marks are
 * dropped and `đ` becomes `d`; anything else that is not a letter or digit separates words.
 * At most 60 characters, cut at a hyphen. Empty when the title has no letter or digit.
 */
export function suggestId(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let id = '';
  for (const word of words) {
    const longer = id === '' ? word : `${id}-${word}`;
    if (longer.length > 60) return id === '' ? word.slice(0, 60) : id;
    id = longer;
  }
  return id;
}

/** `base`, or `base-2`, `base-3`… whichever is not in `taken`; `fallback` when `base` is empty. */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'step'): string {
  const stem = base === '' ? fallback : base;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
