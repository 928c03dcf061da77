/**
 * `guidepost`: the framework-free core. Tutorial types and validation, the guide state
 * machine, progress stores, help and reference codes, and the library's own i18n. Nothing here
 * touches the DOM or storage at import time; it runs in Node and in browsers.
 *
 * @packageDocumentation
 */
// Named one by one: the folders' index.ts files also serve the rest of the library, and only
// what is listed here is the package's API.
export {
  validateTutorial,
  parseTutorial,
  ADVANCE_EVENTS,
  HELP_CHANNEL_TYPES,
  WEEKDAYS,
  type AdvanceOn,
  type Choice,
  type Help,
  type HelpChannel,
  type HelpChannelType,
  type OpeningHours,
  type Step,
  type Text,
  type Tutorial,
  type TutorialImage,
  type Weekday,
  type Problem,
  type ProblemCode,
  type ProblemSeverity,
  type ValidationOptions,
  type ValidationResult,
} from './core/tutorial/index.js';
export * from './core/markdown/index.js';
export {
  createGuide,
  GuideError,
  type Guide,
  type GuideChange,
  type GuideChangeType,
  type GuideErrorCode,
  type GuideListener,
  type GuideOptions,
  type GuideState,
  type SavedProgress,
  savedPlace,
  stepPlace,
  type WalkPlace,
} from './core/guide/index.js';
export {
  memoryStore,
  webStorageStore,
  resilientStore,
  progressKeyPrefix,
  type ProgressRecord,
  type ProgressStore,
  type SyncProgressStore,
  type ResilientProgressStore,
  type StoreErrorHandler,
  type StoreOperation,
} from './core/progress/index.js';
export { resolveText, resolveTextWithLang, foldMarks, type ResolvedText } from './core/text/index.js';
export {
  validateCatalog,
  parseCatalog,
  isCatalogData,
  matchesSearch,
  searchableText,
  searchWords,
  type Catalog,
  type CatalogCategory,
  type CatalogEntry,
  type CatalogProblem,
  type CatalogProblemCode,
  type CatalogValidation,
  type ParseCatalogOptions,
} from './core/catalog/index.js';
export {
  decodeReference,
  encodeReference,
  formatReference,
  lookUpReference,
  normalizeReference,
  referencePrefix,
  referenceStepLimit,
  explainReference,
  spokenReference,
  type ReferenceExplanation,
  describeStatus,
  openingStatus,
  channelHref,
  groupPhoneNumber,
  spokenGroups,
  type ReferenceInfo,
  type ReferenceLookup,
  type ReferenceProblem,
  type ReferenceTutorial,
  type OpeningStatus,
  type StatusDescription,
  type WeekTime,
  type ChannelLinkOptions,
} from './core/help/index.js';
export * from './core/i18n/index.js';
export type * from './core/events/index.js';
export {
  readingScript,
  spokenText,
  splitSentences,
  chooseVoice,
  type ReadableStep,
  type ReadingPart,
  type ReadingPartName,
  type ReadingWords,
  type VoiceLike,
} from './core/read/index.js';
export { lintTutorial, LINT_LIMITS, type LintAdvice, type LintCode, type LintOptions } from './core/lint/index.js';
