import { memoryStore, webStorageStore, type ProgressStore } from '../../core/progress/index.js';

/**
 * The progress store for a `storage` attribute value: `local` (default) and `session` keep
 * progress in the browser's storage, `none` only in memory for this page.
 */
export function storeFor(storage: string | null | undefined): ProgressStore {
  if (storage === 'none') return memoryStore();
  return webStorageStore(() => (storage === 'session' ? globalThis.sessionStorage : globalThis.localStorage));
}
