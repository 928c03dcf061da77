import { css } from 'lit';

/** Fields, buttons, lists and banners of the editor; reads the private tokens of its frame. */
export const formStyles = css`
  .field {
    margin: 0 0 1rem;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.75rem;
  }
  label,
  legend,
  summary {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25rem;
  }
  .check {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin: 0 0 1rem;
  }
  .check label {
    margin: 0;
    font-weight: 400;
  }
  input[type='checkbox'] {
    width: 1.75rem;
    height: 1.75rem;
    flex: none;
    margin: 0.625rem;
  }
  input[type='text'],
  input[type='time'],
  input:not([type]),
  textarea,
  select {
    display: block;
    width: 100%;
    min-height: var(--_target);
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }
  .hint,
  .note {
    color: var(--_muted);
  }
  .missing {
    color: var(--_warn);
    font-weight: 700;
    margin: 0.25rem 0 0;
  }
  .problem {
    margin: 0 0 0.25rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
    color: var(--_error);
  }
  .problem.warning {
    border-color: var(--_warn);
    color: var(--_warn);
  }
  fieldset,
  details.group {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    min-width: 0;
  }
  summary {
    min-height: var(--_target);
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  button {
    font: inherit;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    cursor: pointer;
    text-align: start;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  button.secondary,
  button.step-item,
  button.link {
    background: var(--_bg);
    color: var(--_accent);
  }
  button.danger {
    background: var(--_bg);
    color: var(--_error);
    border-color: var(--_error);
  }
  button[aria-disabled='true'],
  button:disabled {
    opacity: 1;
    color: var(--_muted);
    border-color: var(--_border);
    cursor: not-allowed;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-fg);
  }
  button.link {
    border: none;
    text-decoration: underline;
    padding: 0.5rem 0;
    width: 100%;
  }
  :focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .step-list {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .step-item {
    width: 100%;
  }
  .step-item[aria-current='step'] {
    background: var(--_surface);
    border-width: 4px;
    font-weight: 700;
  }
  .step-actions,
  .actions,
  .add-language,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .row > .field {
    flex: 1 1 14rem;
    min-width: 0;
  }
  input[type='time'] {
    min-width: 0;
  }
  .days {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .days .check {
    margin: 0;
    gap: 0.25rem;
  }
  .days input[type='checkbox'] {
    margin: 0.625rem 0.5rem 0.625rem 0;
  }
  @media (max-width: 600px) {
    /* At large text on a phone the clock icon leaves no room for the time itself; a tap on
       the field still opens the phone's own time picker. */
    input[type='time']::-webkit-calendar-picker-indicator {
      display: none;
    }
    input[type='time'] {
      padding-inline: 0.5rem;
    }
  }
  .days-label {
    font-weight: 700;
    margin: 0;
  }
  /* A way to get help, and each of its opening hours, is set off by a rule above it, not a
     box: boxes in boxes leave too little width at 320 px with large text. */
  fieldset.channel,
  fieldset.period {
    border-width: 2px 0 0;
    border-radius: 0;
    padding-inline: 0;
  }
  .add-language .field {
    flex: 1 1 12rem;
    margin: 0;
  }
  .languages {
    margin: 0 0 0.75rem;
  }
  .problem-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .problem-list li {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
    margin-bottom: 0.25rem;
  }
  .problem-list li.warning {
    border-color: var(--_warn);
  }
  .banner {
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    padding: 1rem;
    margin: 0 0 1rem;
    background: var(--_surface);
  }
  .banner.alert {
    border-color: var(--_error);
    background: var(--_error-bg);
  }
`;
