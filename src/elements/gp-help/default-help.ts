import { helpProblems } from '../../core/help/index.js';
import type { Help } from '../../core/tutorial/index.js';

export { helpProblems };

/**
 * The portal-wide help lives on `globalThis` under a registered symbol, not in a module variable,
 * so that two copies of guidepost on one page (a CDN bundle and an npm build) share it: the copy
 * that defined `<gp-help>` first is the one that renders, whichever copy the portal called.
 */
const key = Symbol.for('guidepost.defaultHelp');

interface DefaultHelpSlot {
  help: Help | undefined;
  listeners: Set<() => void>;
}

function slot(): DefaultHelpSlot {
  const holder = globalThis as unknown as Record<symbol, DefaultHelpSlot | undefined>;
  return (holder[key] ??= { help: undefined, listeners: new Set() });
}

/**
 * Sets the help every `<gp-help>` on the page lists after the tutorial's own: typically the
 * portal's hotline and its one-stop desk. It is listed after the step's and the tutorial's
 * channels (the more specific help first); a channel already listed (same type and number or
 * address) is not repeated. Pass `undefined` to remove it. Elements already on the page update.
 *
 * It has the shape of a tutorial's `help`: `{ channels, timezone }`, where `timezone` (an IANA
 * name such as `Asia/Ho_Chi_Minh`) is needed for "Open now" to be shown.
 *
 * Throws a `TypeError` when `help` does not have that shape: that is a mistake in the portal's
 * code, not something a citizen can cause.
 *
 * @example
 * setDefaultHelp({
 *   timezone: 'Asia/Ho_Chi_Minh',
 *   channels: [{ type: 'phone', label: { vi: 'Tổng đài phường', en: 'Ward hotline' }, value: '024 3765 4321',
 *     hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '17:00' }] }],
 * });
 */
export function setDefaultHelp(help: Help | undefined): void {
  const problems = help === undefined ? [] : helpProblems(help, 'help');
  if (problems.length) throw new TypeError(`setDefaultHelp: the help given is not { channels, timezone }.\n${problems.join('\n')}`);
  const current = slot();
  current.help = help;
  for (const listener of current.listeners) listener();
}

/** The help set with {@link setDefaultHelp}, if any. @internal */
export function defaultHelp(): Help | undefined {
  return slot().help;
}

/** Calls `listener` whenever the default help changes; returns the function that stops it. @internal */
export function watchDefaultHelp(listener: () => void): () => void {
  const { listeners } = slot();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
