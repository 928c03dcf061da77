/**
 * The fields the editor shows for a draft, named by their path (`steps[2].title.en`), and which
 * of them a validation problem belongs beside. Problems name places in the file; people fix
 * them in fields, so every problem is shown at the nearest field that can fix it.
 */
import { channelsOf } from './help.js';
import { formatDraftPath, parseDraftPath } from './path.js';
import type { Draft } from './types.js';

/** The key of the "Add step" button, where "a tutorial needs a step" belongs. */
export const ADD_STEP_FIELD = 'add-step';

const texts = (base: string, languages: readonly string[]) => languages.map((lang) => `${base}.${lang}`);

/** Every field of `draft` the editor can show, in the order of the page. */
export function editorFields(draft: Draft, languages: readonly string[]): string[] {
  const fields = [...texts('title', languages), ...texts('summary', languages), 'minutes'];
  (draft.requirements ?? []).forEach((_, i) => fields.push(...texts(`requirements[${i}]`, languages)));
  fields.push(...texts('completion', languages), 'id', 'revision', ADD_STEP_FIELD);
  draft.steps.forEach((step, i) => {
    const s = `steps[${i}]`;
    fields.push(...texts(`${s}.title`, languages), ...texts(`${s}.body`, languages));
    fields.push(...texts(`${s}.tip`, languages), ...texts(`${s}.warning`, languages));
    fields.push(`${s}.image.src`, ...texts(`${s}.image.alt`, languages), ...texts(`${s}.audio`, languages));
    (Array.isArray(step.choices) ? step.choices : []).forEach((_, c) => {
      fields.push(...texts(`${s}.choices[${c}].label`, languages), `${s}.choices[${c}].next`);
    });
    fields.push(`${s}.next`, `${s}.id`, `${s}.target`, `${s}.advanceOn.event`);
  });
  const channels = channelsOf(draft);
  channels.forEach((channel, i) => {
    const c = `help.channels[${i}]`;
    fields.push(`${c}.type`, ...texts(`${c}.label`, languages), `${c}.value`, `${c}.map`);
    (Array.isArray(channel.hours) ? channel.hours : []).forEach((_, h) => {
      fields.push(`${c}.hours[${h}].days`, `${c}.hours[${h}].opens`, `${c}.hours[${h}].closes`);
    });
  });
  // The time zone is asked for once there is a way to get help (see views/help.ts).
  if (channels.length > 0) fields.push('help.timezone');
  return fields;
}

/**
 * The field a problem at `path` belongs beside: the field itself, else its text in the
 * tutorial's language, else the title of the step (or tutorial) it is in. Undefined for
 * places the editor has no field for (a step's own help, kept as the file has it).
 */
export function fieldForProblem(path: string, fields: ReadonlySet<string>, mainLang: string): string | undefined {
  if (path === 'steps') return ADD_STEP_FIELD;
  const segments = parseDraftPath(path);
  if (segments[0] === 'steps' && segments[2] === 'help') return undefined;
  for (let length = segments.length; length >= 0; length -= 1) {
    const base = formatDraftPath(segments.slice(0, length));
    for (const candidate of [base, `${base}.${mainLang}`, base === '' ? `title.${mainLang}` : `${base}.title.${mainLang}`]) {
      if (fields.has(candidate)) return candidate;
    }
  }
  return undefined;
}

/** An id for the element of field `key`, safe in HTML and unique in the editor. */
export function fieldElementId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9-]/g, '_')}`;
}

/** The step index a field key belongs to, or undefined for the tutorial's own fields. */
export function stepOfField(key: string): number | undefined {
  const match = /^steps\[(\d+)\]/.exec(key);
  return match ? Number(match[1]) : undefined;
}
