import { sendKeys } from '@web/test-runner-commands';

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab (real key presses) until the focused element matches, or fails after `max`. */
export async function tabTo(matches: (el: Element) => boolean, max = 25): Promise<Element> {
  for (let i = 0; i < max; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error(`No element matched after ${max} Tab presses; focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
}

/** A button by its visible text. */
export const buttonNamed = (text: string) => (el: Element) => el.localName === 'button' && (el.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(text);

/** Text content with whitespace collapsed. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The axe options the project promises: WCAG 2.2 AA tags plus AAA contrast. */
export const axeOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'] },
} as const;

/** Collects events of the given names dispatched on `target`. */
export function record<T = unknown>(target: EventTarget, ...names: string[]): { name: string; detail: T }[] {
  const log: { name: string; detail: T }[] = [];
  for (const name of names) target.addEventListener(name, (e) => log.push({ name, detail: (e as CustomEvent<T>).detail }));
  return log;
}

type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] };
declare global {
  interface Window {
    axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
  }
}

/**
 * Runs axe-core on `el` (into its shadow root) with WCAG 2.2 AA tags plus AAA contrast, and
 * fails with every violation listed.
 */
export async function expectAccessible(el: Element, options: object = axeOptions): Promise<void> {
  if (!window.axe) await import('axe-core/axe.min.js');
  const results = await window.axe.run(el, options);
  if (results.violations.length) {
    const lines = results.violations.map(
      (v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`,
    );
    throw new Error(`axe found ${results.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

/**
 * Collects every error and unhandled rejection that reaches the window during each test of the
 * enclosing describe(), so bad-input tests can assert that nothing was thrown into the page.
 */
export function watchUncaught(): unknown[] {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);
  beforeEach(() => {
    uncaught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  return uncaught;
}

/** The text a sighted reader sees: {@link textOf} without what is there for screen readers only. */
export function shownTextOf(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return textOf(copy);
}
