import type { GuidepostEventMap } from '../../core/events/index.js';

/** The detail type of a guidepost event, by name. */
export type DetailOf<K extends keyof GuidepostEventMap> = GuidepostEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a guidepost event from `target`. Every guidepost event bubbles and is composed,
 * so a portal can listen on `document` even when the element sits inside another shadow root.
 */
export function emit<K extends keyof GuidepostEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  // Makes `el.addEventListener('gp-step-change', (e) => e.detail.stepId)` typed for users, on
  // the element and on document and window, where the events bubble to.
  interface HTMLElementEventMap extends GuidepostEventMap {}
  interface DocumentEventMap extends GuidepostEventMap {}
  interface WindowEventMap extends GuidepostEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
