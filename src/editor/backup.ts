/**
 * Unsaved work kept in the browser (localStorage), so a reload, a closed tab or a crash loses
 * nothing: the editor offers it back the next time the same document opens. Only the
 * tutorial being written is kept, never anything about the person writing it. A storage that
 * is full, blocked or broken is ignored: the editor goes on without it.
 */
import type { Draft } from './model/index.js';

/** Work kept for one document. */
export interface Backup {
  /** When it was kept (ms since 1970). */
  savedAt: number;
  draft: Draft;
}

const PREFIX = 'guidepost-editor:';

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The work kept for `key`, if any. */
export function readBackup(key: string): Backup | undefined {
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text) return undefined;
    const data = JSON.parse(text) as Partial<Backup>;
    return typeof data.savedAt === 'number' && typeof data.draft === 'object' && data.draft !== null ? (data as Backup) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `draft` for `key`. */
export function writeBackup(key: string, draft: Draft): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ savedAt: Date.now(), draft }));
  } catch {
    // Full or blocked: the work is still in the page, and Save still works.
  }
}

/** Forgets the work kept for `key` (it was saved, or discarded). */
export function clearBackup(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to do.
  }
}
