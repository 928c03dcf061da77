/**
 * Which link addresses a tutorial may contain. Tutorials are written by editors, but they are
 * files passed around by email and chat: a `javascript:` or `data:` link in one must never
 * become a live link in a government portal.
 */

/** Why an address is refused, so the validator can say what to write instead. */
export type HrefVerdict = 'safe' | 'http' | 'relative' | 'other-scheme' | 'malformed';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Anything a browser strips or folds before parsing (tabs, newlines, controls) could hide a
// scheme: `java\nscript:` is `javascript:` to the URL parser.
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/u;
const PHONE = /^\+?[0-9*#().-]*[0-9][0-9*#().-]*$/;
const EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+(?:\?.*)?$/u;

/**
 * Judges a link address: `'safe'` for `https:` (with a host), `tel:` (a phone number) and
 * `mailto:` (an email address); otherwise why not.
 */
export function judgeHref(href: string): HrefVerdict {
  const value = href.trim();
  if (value === '' || SPACE_OR_CONTROL.test(value)) return 'malformed';
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) return 'relative';
  const rest = value.slice(scheme.length + 1);
  switch (scheme) {
    case 'https':
      return isHttpsUrl(value) ? 'safe' : 'malformed';
    case 'tel':
      return PHONE.test(rest) ? 'safe' : 'malformed';
    case 'mailto':
      return EMAIL.test(rest) ? 'safe' : 'malformed';
    case 'http':
      return 'http';
    default:
      return 'other-scheme';
  }
}

/**
 * Whether a link address may become a live link: `https:`, `tel:` and `mailto:` only. Everything
 * else (`javascript:`, `data:`, `http:`, relative paths) is shown as text.
 */
export function isSafeHref(href: string): boolean {
  return judgeHref(href) === 'safe';
}

function isHttpsUrl(value: string): boolean {
  try {
    // `https:example.org` parses too, but no editor means it; ask for the usual form.
    if (!/^https:\/\//i.test(value)) return false;
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
