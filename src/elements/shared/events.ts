import type { GuidepostEventMap } from '../../core/events.js';

/** The detail type of a guidepost event, by name. */
export type DetailOf<K extends keyof GuidepostEventMap> = GuidepostEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a guidepost event from `target`. Every guidepost event bubbles and is composed,
 * so a portal can listen on `document` even when the element sits inside another shadow root.
 */
export function emit<K extends keyof GuidepostEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  // Makes `el.addEventListener('gp-step-change', (e) => e.detail.stepId)` typed for users.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends GuidepostEventMap {}
}
