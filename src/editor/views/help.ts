/**
 * Help from a person: the ways a stuck citizen can reach a helper (shown behind "Get help" on
 * every step), each with its opening hours — days as checkboxes, times as time inputs — and
 * the time zone the hours are in.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { HELP_CHANNEL_TYPES, WEEKDAYS } from '../../index.js';
import * as m from '../model/index.js';
import type { EditorKey } from '../i18n.js';
import type { ViewContext } from './context.js';
import { renderPlainField, renderProblems, renderSelectField, renderTextField } from './fields.js';

/** What the help part tells the element, so focus lands on what was added. */
export interface HelpControls {
  channelAdded(index: number): void;
  hoursAdded(index: number, period: number): void;
}

/** The time zones offered: Vietnam's first, then every one the browser knows. */
function timeZones(current: string | undefined): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set([m.DEFAULT_TIMEZONE, ...(current ? [current] : []), ...known]);
  return [...zones];
}

export function renderHelp(v: ViewContext, controls: HelpControls): TemplateResult {
  const { t, draft } = v;
  const channels = m.channelsOf(draft);
  const timezone = m.getIn(draft, ['help', 'timezone']);
  const add = () => {
    const added = m.addChannel(v.draft);
    v.edit(() => added.draft);
    controls.channelAdded(added.index);
  };
  return html`<section class="card" aria-labelledby="help-heading">
    <h2 id="help-heading">${t('help.heading')}</h2>
    <p class="hint">${t('help.hint')}</p>
    ${channels.map((channel, i) => renderChannel(v, controls, channel, i))}
    <button type="button" class="secondary" id="add-channel" @click=${add}>${t('help.addChannel')}</button>
    ${channels.length === 0
      ? nothing
      : renderSelectField(v, {
          key: 'help.timezone',
          label: t('help.timezone'),
          hint: t('help.timezoneHint'),
          value: typeof timezone === 'string' ? timezone : '',
          options: timeZones(typeof timezone === 'string' ? timezone : undefined).map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
          onChange: (value) => v.edit((d) => m.setField(d, ['help', 'timezone'], value)),
        })}
  </section>`;
}

/** What the channel's value is, in the words of its kind: a phone number, an address… */
const valueLabel: Record<m.ChannelType, EditorKey> = {
  phone: 'help.valuePhone',
  sms: 'help.valuePhone',
  email: 'help.valueEmail',
  chat: 'help.valueLink',
  link: 'help.valueLink',
  desk: 'help.valueDesk',
};

function renderChannel(v: ViewContext, controls: HelpControls, channel: m.DraftChannel, i: number): TemplateResult {
  const { t } = v;
  const c = ['help', 'channels', i];
  const key = `help.channels[${i}]`;
  const type: m.ChannelType = HELP_CHANNEL_TYPES.includes(channel.type as m.ChannelType) ? (channel.type as m.ChannelType) : 'phone';
  const hours = Array.isArray(channel.hours) ? channel.hours : [];
  const addHours = () => {
    const added = m.addHours(v.draft, i);
    v.edit(() => added.draft);
    controls.hoursAdded(i, added.period);
  };
  return html`<fieldset class="group channel">
    <legend>${t('help.channel', { number: i + 1 })}</legend>
    ${renderSelectField(v, {
      key: `${key}.type`,
      label: t('help.type'),
      value: type,
      options: HELP_CHANNEL_TYPES.map((value) => ({ value, label: t(`help.types.${value}`) })),
      onChange: (value) => v.edit((d) => m.setChannelType(d, i, value as m.ChannelType)),
    })}
    ${renderTextField(v, { path: [...c, 'label'], label: t('help.label'), hint: t('help.labelHint') })}
    ${renderPlainField(v, {
      key: `${key}.value`,
      label: t(valueLabel[type]),
      value: typeof channel.value === 'string' ? channel.value : '',
      onInput: (value) => v.edit((d) => m.setField(d, [...c, 'value'], value), `${key}.value`),
    })}
    ${type === 'desk'
      ? renderPlainField(v, {
          key: `${key}.map`,
          label: t('help.map'),
          hint: t('help.mapHint'),
          value: typeof channel.map === 'string' ? channel.map : '',
          onInput: (value) => v.edit((d) => m.setField(d, [...c, 'map'], value === '' ? undefined : value), `${key}.map`),
        })
      : nothing}
    <div class="hours">
      <p class="hint">${t('help.hoursHint')}</p>
      ${hours.map((period, h) => renderHours(v, i, period, h))}
      <button type="button" class="secondary" @click=${addHours}>${t('help.addHours')}</button>
    </div>
    <button type="button" class="danger" @click=${() => v.edit((d) => m.deleteChannel(d, i))}>${t('help.removeChannel', { number: i + 1 })}</button>
  </fieldset>`;
}

function renderHours(v: ViewContext, i: number, period: m.DraftHours, h: number): TemplateResult {
  const { t } = v;
  const p = ['help', 'channels', i, 'hours', h];
  const key = `help.channels[${i}].hours[${h}]`;
  const days = Array.isArray(period.days) ? period.days : [];
  const daysId = m.fieldElementId(`${key}.days`);
  const daysProblems = v.problemsAt(`${key}.days`);
  const time = (field: 'opens' | 'closes') =>
    renderPlainField(v, {
      key: `${key}.${field}`,
      label: t(`help.${field}`),
      type: 'time',
      value: typeof period[field] === 'string' ? period[field] : '',
      onInput: (value) => v.edit((d) => m.setField(d, [...p, field], value), `${key}.${field}`),
    });
  // One group per period, named "Opening hours 1": its days are ticked in it (a group
  // inside a group would leave too little width at 320 px with large text).
  return html`<fieldset class="group period" aria-describedby=${daysProblems.length > 0 ? `${daysId}-problems` : nothing}>
    <legend>${t('help.period', { number: h + 1 })}</legend>
    <p class="days-label">${t('help.days')}</p>
    ${renderProblems(v, daysId, daysProblems)}
    <div class="days">
      ${WEEKDAYS.map((day, d) => {
        // The first box carries the days' own id, where "Problems" sends focus.
        const id = d === 0 ? daysId : m.fieldElementId(`${key}.days.${day}`);
        return html`<div class="check">
          <input type="checkbox" id=${id} .checked=${days.includes(day)}
            @change=${(e: Event) => v.edit((dr) => m.setDay(dr, i, h, day, (e.target as HTMLInputElement).checked))} />
          <label for=${id}>${t(`help.weekdays.${day}`)}</label>
        </div>`;
      })}
    </div>
    <div class="row">${time('opens')} ${time('closes')}</div>
    <button type="button" class="secondary" @click=${() => v.edit((d) => m.deleteHours(d, i, h))}>${t('help.removeHours', { number: h + 1 })}</button>
  </fieldset>`;
}
