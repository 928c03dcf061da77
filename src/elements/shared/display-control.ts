// The Display control of <gp-preferences>: a disclosure with the contrast theme and the line
// spacing as two groups of radio buttons, and its own strings (locales/display/).
import { css, html, type TemplateResult } from 'lit';
import en from '../../../locales/display/en.json';
import vi from '../../../locales/display/vi.json';
import { extraTranslator, type KeysOf } from '../../core/i18n/index.js';
import { chooseDisplay, currentDisplay, spacings, startDisplay, themes, type Display } from '../controllers/display.js';
import { choose, load } from '../controllers/text-size.js';

const translate = extraTranslator<KeysOf<typeof en>>({ en, vi });

/** The Display choices' styles; the element adds the walkthrough's (`tutorialStyles`) for the summary. */
export const displayStyles = css`
  .display-panel {
    display: flex;
    flex-wrap: wrap;
    gap: 0 2em;
    padding: 0.5em;
  }
  .display-panel fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .display-panel legend {
    font-weight: 700;
    padding: 0;
  }
  .display-option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: var(--_target);
    cursor: pointer;
  }
  .display-option input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
`;

/**
 * The "Display" disclosure: contrast theme (Standard, High contrast, Dark, Yellow on black)
 * and line spacing (Normal, Wide), each a group of radio buttons named by its legend. A choice
 * applies at once to every guidepost element on the page and is remembered.
 */
export function renderDisplay(lang: string): TemplateResult {
  startDisplay(load, choose);
  const t = translate(lang);
  const shown = currentDisplay();
  const group = <K extends keyof Display>(name: K, values: readonly Display[K][]) =>
    html`<fieldset part="display-group">
      <legend>${t(`display.${name}`)}</legend>
      ${values.map(
        (value) => html`<label part="display-option" class="display-option"
          ><input type="radio" name=${name} .checked=${shown[name] === value} @change=${() => chooseDisplay({ [name]: value })} />${t(
            `display.${value}`,
          )}</label
        >`,
      )}
    </fieldset>`;
  // Its summary looks like the walkthrough's "Show all steps" (`.progress` of the walkthrough's styles).
  return html`<details part="display" class="display progress">
    <summary part="display-summary">${t('display.label')}</summary>
    <div part="display-panel" class="display-panel">${group('theme', themes)}${group('spacing', spacings)}</div>
  </details>`;
}
