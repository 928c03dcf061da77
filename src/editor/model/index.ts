/**
 * The editing model of `<gp-editor>`: plain functions over immutable drafts, with no DOM, so
 * every rule of editing is tested on its own and a CMS could drive it without our element.
 */
export type { Draft, DraftChoice, DraftPath, DraftRecord, DraftStep } from './types.js';
export { newDraft, draftFrom, languagesOf } from './draft.js';
export { getIn, setIn, formatDraftPath, parseDraftPath } from './path.js';
export { suggestId, uniqueId } from './slug.js';
export { textIn, withText, withLanguage } from './text.js';
export { setField, setText, setRecording, addLanguage, addRequirement, deleteRequirement } from './edits.js';
export { addStep, duplicateStep, deleteStep, moveStep, renameStep, referencesTo, stepIdFollowsTitle, suggestedStepId } from './steps.js';
export { thenOf, setThen, addChoice, deleteChoice, setChoiceNext, type Then } from './links.js';
export { serializeDraft, tutorialOrder } from './serialize.js';
export { startHistory, record, seal, undo, redo, HISTORY_LIMIT, type History } from './history.js';
export { editorFields, fieldForProblem, fieldElementId, stepOfField, ADD_STEP_FIELD } from './fields.js';
export {
  channelsOf,
  addChannel,
  deleteChannel,
  setChannelType,
  addHours,
  deleteHours,
  setDay,
  DEFAULT_TIMEZONE,
  type ChannelType,
  type DraftChannel,
  type DraftHours,
  type Weekday,
} from './help.js';
