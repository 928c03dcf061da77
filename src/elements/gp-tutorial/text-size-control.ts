import { html, type TemplateResult } from 'lit';
import type { Translate, UiKey } from '../../core/i18n/index.js';
import { announce } from '../shared/live-region.js';
import { textSizes, type TextSize, type TextSizeController } from '../controllers/text-size.js';

const names: Record<TextSize, [visible: UiKey, name: UiKey]> = {
  normal: ['textSize.normal', 'textSize.normalName'],
  large: ['textSize.large', 'textSize.largeName'],
  largest: ['textSize.largest', 'textSize.largestName'],
};

/**
 * The A / A+ / A++ buttons. Each shows its short label and carries the full name as hidden
 * text after it, so the accessible name starts with what is seen (WCAG 2.5.3), and
 * `aria-pressed` says which size is on.
 */
export function renderTextSize(controller: TextSizeController, t: Translate, lang: string): TemplateResult {
  const choose = (size: TextSize) => {
    controller.size = size;
    announce(t('textSize.changed', { size: t(names[size][1]) }), lang);
  };
  return html`<div part="text-size" class="text-size" role="group" aria-label=${t('textSize.label')}>
    <span class="text-size-label" aria-hidden="true">${t('textSize.label')}</span>
    ${textSizes.map(
      (size) => html`<button
        part="button text-size-button"
        class="text-size-button size-${size}"
        aria-pressed=${controller.size === size ? 'true' : 'false'}
        @click=${() => choose(size)}
      >
        <span>${t(names[size][0])}</span><span class="visually-hidden"> ${t(names[size][1])}</span>
      </button>`,
    )}
  </div>`;
}
