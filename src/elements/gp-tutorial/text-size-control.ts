import { html, type TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/index.js';
import { announce } from '../common/live-region.js';
import { chooseDisplay, currentDisplay, spacings, textSizes, themes, type TextSize, type TextSizeController } from '../controllers/text-size.js';

/**
 * A row of buttons of which one is on (`aria-pressed`), named and labelled by `label`: the
 * citizen's text size, contrast theme or line spacing.
 */
function renderChoices<T extends string>(
  part: 'text-size' | 'display-theme' | 'display-spacing',
  label: string,
  values: readonly T[],
  on: T,
  choose: (value: T) => void,
  text: (value: T) => unknown,
): TemplateResult {
  return html`<div part=${part} class="text-size" role="group" aria-label=${label}>
    <span class="text-size-label" aria-hidden="true">${label}</span>
    ${values.map(
      (value) => html`<button
        part="button ${part}-button"
        class=${part === 'text-size' ? `text-size-button size-${value}` : ''}
        aria-pressed=${on === value ? 'true' : 'false'}
        @click=${() => choose(value)}
      >
        ${text(value)}
      </button>`,
    )}
  </div>`;
}

/**
 * The A / A+ / A++ buttons. Each shows its short label (`textSize.large`) and carries the full
 * name (`textSize.largeName`) as hidden text after it, so the accessible name starts with what
 * is seen (WCAG 2.5.3), and `aria-pressed` says which size is on.
 */
export function renderTextSize(controller: TextSizeController, t: Translate, lang: string): TemplateResult {
  const choose = (size: TextSize) => {
    controller.size = size;
    announce(t('textSize.changed', { size: t(`textSize.${size}Name`) }), lang);
  };
  return renderChoices(
    'text-size',
    t('textSize.label'),
    textSizes,
    controller.size,
    choose,
    (size) => html`<span>${t(`textSize.${size}`)}</span><span class="visually-hidden"> ${t(`textSize.${size}Name`)}</span>`,
  );
}

/**
 * The "Display" disclosure beside A / A+ / A++: contrast theme (Standard, High contrast, Dark,
 * Yellow on black) and line spacing (Normal, Wide), each a row of buttons like A / A+ / A++. A
 * choice applies at once to every guidepost element on the page and is remembered.
 */
export function renderDisplay(t: Translate): TemplateResult {
  const shown = currentDisplay();
  const name = (value: string) => t(`display.${value as 'wide'}`);
  // Named by what it holds: "Colours, Line spacing", beside its summary "Display".
  return html`<details part="display" class="display progress" aria-label="${t('display.theme')}, ${t('display.spacing')}">
    <summary part="display-summary">${t('display.label')}</summary>
    ${renderChoices('display-theme', t('display.theme'), themes, shown.theme, (theme) => chooseDisplay({ theme }), name)}
    ${renderChoices('display-spacing', t('display.spacing'), spacings, shown.spacing, (spacing) => chooseDisplay({ spacing }), name)}
  </details>`;
}
