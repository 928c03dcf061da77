/**
 * Writing fields: one language of a text at a time, and plain values. Titles carry their ids
 * along: the tutorial's id and each step's id follow the title (in the tutorial's own
 * language) until someone gives them another one.
 */
import type { Text } from '../../index.js';
import { getIn, setIn } from './path.js';
import { suggestId } from './slug.js';
import { renameStep, stepIdFollowsTitle, suggestedStepId } from './steps.js';
import { textIn, withLanguage, withText } from './text.js';
import type { Draft, DraftPath } from './types.js';

/** Sets a plain value (a number, an id, a selector…) at `path`; undefined removes it. */
export function setField(draft: Draft, path: DraftPath, value: unknown): Draft {
  return setIn(draft, path, value);
}

/**
 * Sets the `lang` translation of the text at `path` to `value`. Required texts (titles, choice
 * labels, requirements) stay as empty strings; optional ones disappear when emptied.
 */
export function setText(draft: Draft, path: DraftPath, lang: string, value: string): Draft {
  const main = draft.lang;
  const current = getIn(draft, path) as Text | undefined;
  const required = isRequiredText(path);
  let next: Text | undefined = withText(current, lang, value, main);
  if (next === undefined && required) next = typeof current === 'object' && current !== null ? { ...current, [lang]: '' } : '';
  let changed = setIn(draft, path, next);
  if (lang !== main) return changed;
  if (path.length === 1 && path[0] === 'title') {
    const before = textIn(current, main, main);
    if (draft.id === '' || draft.id === suggestId(before)) changed = { ...changed, id: suggestId(value) };
  } else if (path.length === 3 && path[0] === 'steps' && path[2] === 'title' && typeof path[1] === 'number') {
    const index = path[1];
    if (stepIdFollowsTitle(draft, index)) changed = renameStep(changed, index, suggestedStepId(changed, index, value));
  }
  return changed;
}

/** Titles, choice labels, requirements and alt text must exist even while empty. */
function isRequiredText(path: DraftPath): boolean {
  const last = path[path.length - 1];
  return last === 'title' || last === 'label' || last === 'alt' || path[path.length - 2] === 'requirements';
}

/**
 * The draft in one more language: the tutorial title gets an empty translation, so the
 * language shows (as missing) in every text until someone writes it.
 */
export function addLanguage(draft: Draft, lang: string): Draft {
  return { ...draft, title: withLanguage(draft.title, lang, draft.lang) };
}

/** Adds an empty requirement ("what you need") at the end. */
export function addRequirement(draft: Draft): Draft {
  return { ...draft, requirements: [...(draft.requirements ?? []), ''] };
}

/** Removes requirement `index`; the list disappears when empty. */
export function deleteRequirement(draft: Draft, index: number): Draft {
  const requirements = (draft.requirements ?? []).filter((_, i) => i !== index);
  return setIn(draft, ['requirements'], requirements.length === 0 ? undefined : requirements);
}

/**
 * Sets the recording of step `index` in `lang` (a path or an https: address); emptied, it
 * goes, and the step's `audio` with its last recording.
 */
export function setRecording(draft: Draft, index: number, lang: string, src: string): Draft {
  const current = getIn(draft, ['steps', index, 'audio']);
  const audio: Record<string, unknown> = typeof current === 'object' && current !== null && !Array.isArray(current) ? { ...current } : {};
  if (src.trim() === '') delete audio[lang];
  else audio[lang] = src;
  return setIn(draft, ['steps', index, 'audio'], Object.keys(audio).length > 0 ? audio : undefined);
}
