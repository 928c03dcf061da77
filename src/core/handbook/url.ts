/**
 * The address a printed QR code opens, from the portal's template, for example
 * `https://portal.example/huong-dan.html?t={tutorialId}&step={stepId}`.
 */

/**
 * Fills `{tutorialId}` and `{stepId}` in `template` (each encoded for a URL). For the QR code
 * of the whole tutorial (`stepId` absent), a query parameter whose value is just `{stepId}`
 * is left out, so the guide opens at its start view; a `{stepId}` elsewhere becomes empty.
 * Returns `undefined` unless the result is an `https:` or `http:` address.
 */
export function fillUrlTemplate(template: string, tutorialId: string, stepId?: string): string | undefined {
  let url: URL;
  try {
    // Parsed before filling, so the braces mark places, not characters to encode.
    url = new URL(template.replace(/\{(tutorialId|stepId)\}/g, '__gp_$1__'));
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  let href = url.href;
  if (stepId === undefined && url.search) {
    const kept = url.search.slice(1).split('&').filter((pair) => pair.split('=')[1] !== '__gp_stepId__');
    href = href.replace(url.search, kept.length ? `?${kept.join('&')}` : '');
  }
  const values: Record<string, string> = { tutorialId, stepId: stepId ?? '' };
  return href.replace(/__gp_(tutorialId|stepId)__/g, (_, name: string) => encodeURIComponent(values[name]!));
}
