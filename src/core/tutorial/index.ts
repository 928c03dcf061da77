export type {
  AdvanceOn,
  Choice,
  Help,
  HelpChannel,
  HelpChannelType,
  OpeningHours,
  Step,
  Text,
  Tutorial,
  TutorialImage,
  Weekday,
} from './types.js';
export type { Problem, ProblemCode, ProblemSeverity, ValidationOptions, ValidationResult } from './problems.js';
export { validateTutorial } from './validate.js';
export { parseTutorial } from './parse.js';
export { ADVANCE_EVENTS, HELP_CHANNEL_TYPES, WEEKDAYS } from './schema.js';
// For the command (not re-exported by the package).
export { closest } from './suggest.js';
// For the command too.
export { stepImages, type StepImage } from './images.js';
export { clip } from './places.js';
