import { sendKeys } from '@web/test-runner-commands';
import type { GpEditor } from '../../src/editor/index.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The control labelled exactly `label` (its `<label>` text), as a person finds it. */
export function field<T extends HTMLElement = HTMLInputElement>(el: GpEditor, label: string): T {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('label')].filter((l) => clean(l.textContent) === label);
  if (labels.length !== 1) throw new Error(`${labels.length} fields labelled "${label}"`);
  return root.getElementById(labels[0]!.htmlFor) as T;
}

/** The button whose visible text is exactly `name`. */
export function button(el: GpEditor, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].filter((b) => clean(b.textContent) === name);
  if (found.length !== 1) throw new Error(`${found.length} buttons named "${name}"`);
  return found[0]!;
}

/** Focuses `target` and presses Enter on it, as a keyboard user does. */
export async function press(target: HTMLElement): Promise<void> {
  const host = (target.getRootNode() as ShadowRoot).host as GpEditor;
  target.focus();
  await sendKeys({ press: 'Enter' });
  await host.updateComplete;
}

/** Presses Ctrl with `key` (Ctrl+Z, Ctrl+Y) as real key presses. */
export async function ctrl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

/** Focuses `input` and types `text` with real key presses. */
export async function type(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

/** Picks the option whose text is `label` in a select, with arrow keys. */
export async function choose(select: HTMLSelectElement, label: string): Promise<void> {
  select.focus();
  const target = [...select.options].findIndex((o) => clean(o.textContent) === label);
  if (target === -1) throw new Error(`No option "${label}" in ${[...select.options].map((o) => clean(o.textContent)).join(' | ')}`);
  while (select.selectedIndex !== target) {
    await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
    await ((select.getRootNode() as ShadowRoot).host as GpEditor).updateComplete;
  }
}

/** The element focused now, inside shadow roots. */
export function focused(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

type AxeResults = { violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[] };

/** axe-core over the editor (into its shadow roots): WCAG 2.2 AA plus AAA contrast. */
export async function expectAxeClean(el: Element): Promise<void> {
  const w = window as unknown as { axe?: { run(context: unknown, options: unknown): Promise<AxeResults> } };
  if (!w.axe) await import('axe-core/axe.min.js');
  const results = await w.axe!.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa'] } });
  if (results.violations.length) {
    const lines = results.violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`);
    throw new Error(`axe found ${results.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}
