/**
 * Making and reading drafts: a new tutorial from nothing, a draft from a file's data, and the
 * languages a draft is written in.
 */
import { languagesOfText } from './text.js';
import type { Draft, DraftStep } from './types.js';

/** A tutorial with nothing written yet, in `lang`. */
export function newDraft(lang: string): Draft {
  return { format: 1, id: '', revision: 1, lang, title: '', steps: [] };
}

/**
 * A draft from a file's data, keeping every field as it is (even ones the validator will
 * reject: the editor shows the problem instead of dropping someone's work). Data that is not
 * a tutorial at all gives a new draft.
 */
export function draftFrom(data: unknown, lang: string): Draft {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return newDraft(lang);
  const record = data as Record<string, unknown>;
  const steps = Array.isArray(record.steps)
    ? record.steps.map((step, index): DraftStep => {
        const object = typeof step === 'object' && step !== null && !Array.isArray(step) ? (step as Record<string, unknown>) : {};
        return { ...object, id: typeof object.id === 'string' ? object.id : `step-${index + 1}` };
      })
    : [];
  return {
    ...record,
    format: 1,
    id: typeof record.id === 'string' ? record.id : '',
    revision: typeof record.revision === 'number' ? record.revision : 1,
    lang: typeof record.lang === 'string' && record.lang !== '' ? record.lang : lang,
    steps,
  } as Draft;
}

/** Every text of the draft, for finding its languages. */
function* texts(draft: Draft): Generator<unknown> {
  yield draft.title;
  yield draft.summary;
  yield draft.completion;
  if (Array.isArray(draft.requirements)) yield* draft.requirements;
  const help = draft.help as { channels?: unknown } | undefined;
  if (Array.isArray(help?.channels)) for (const channel of help.channels as { label?: unknown }[]) yield channel?.label;
  for (const step of draft.steps) {
    yield step.title;
    yield step.body;
    yield step.tip;
    yield step.warning;
    yield step.image?.alt;
    if (Array.isArray(step.choices)) for (const choice of step.choices) yield choice.label;
  }
}

/** The languages of the draft: its own `lang` first, then every other one its texts have. */
export function languagesOf(draft: Draft): string[] {
  // Asked many times per change (labels, fields, focus): drafts never change, so remember.
  let languages = known.get(draft);
  if (languages === undefined) {
    const found = new Set<string>([draft.lang]);
    for (const text of texts(draft)) for (const lang of languagesOfText(text)) found.add(lang);
    languages = [...found];
    known.set(draft, languages);
  }
  return [...languages];
}

const known = new WeakMap<Draft, string[]>();
