/**
 * What a screen reader should say for a reference code or a phone number: one character at a
 * time, group by group, `445M-1009` → `4 4 5 M, 1 0 0 9` and `1900 0000` → `1 9 0 0, 0 0 0 0`.
 * Read as written, a screen reader says "445" as a number ("bốn trăm bốn mươi lăm", "four
 * hundred and forty-five") and "1900" as a year or a thousand; the citizen and the helper have
 * to read the code out, or dial the number, one character at a time. Groups are split at
 * spaces, hyphens, dots and slashes, as they are written; each group's characters are said one
 * by one, with a pause (a comma) between groups.
 */
export function spokenGroups(text: string): string {
  return text
    .trim()
    .split(/[\s.\-–/]+/u)
    .filter(Boolean)
    .map((group) => [...group].join(' '))
    .join(', ');
}
