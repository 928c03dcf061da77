/**
 * `guidepost`: the framework-free core. Tutorial types and validation, the guide state
 * machine, progress stores, help and reference codes, and the library's own i18n. Nothing here
 * touches the DOM or storage at import time; it runs in Node and in browsers.
 *
 * @packageDocumentation
 */
export * from './core/tutorial/index.js';
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
} from './core/guide.js';
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
} from './core/progress.js';
export { resolveText, resolveTextWithLang, type ResolvedText } from './core/text.js';
export * from './core/help/index.js';
export * from './core/i18n/index.js';
export type * from './core/events.js';
export { lintTutorial, LINT_LIMITS, type LintAdvice, type LintCode, type LintOptions } from './core/lint/index.js';
