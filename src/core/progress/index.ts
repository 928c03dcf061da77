/**
 * Where a citizen's progress through a tutorial is kept between visits.
 *
 * Only the fields of {@link ProgressRecord} are ever stored: no names, no answers, nothing a
 * citizen typed. Storage is touched only when a store's method runs, never at import time or
 * when a store is created, so this module is safe on a server and in sandboxed iframes.
 */

/**
 * What is remembered of one tutorial: which revision, the step ids taken (the last one is where
 * the citizen is), whether they finished, and when (milliseconds since the epoch).
 */
export interface ProgressRecord {
  readonly tutorialId: string;
  readonly revision: number;
  /** Step ids actually taken, in order; the last one is the current step. Never empty. */
  readonly path: readonly string[];
  readonly finished: boolean;
  readonly startedAt: number;
  readonly updatedAt: number;
}

/**
 * Keeps progress records, one per tutorial id. Each method may answer at once or with a
 * Promise, so a host can write one that syncs through its own account system.
 *
 * The guide wraps every store in {@link resilientStore}: a store that throws, rejects or returns
 * something that is not a record never stops the tutorial.
 */
export interface ProgressStore {
  /** The record for `tutorialId`, or `undefined` (or `null`) when there is none. */
  get(tutorialId: string): ProgressRecord | null | undefined | Promise<ProgressRecord | null | undefined>;
  /** Saves `record`, replacing any record of the same tutorial id. */
  set(record: ProgressRecord): void | Promise<void>;
  /** Forgets the record of `tutorialId`, if any. */
  delete(tutorialId: string): void | Promise<void>;
}

/** A {@link ProgressStore} that answers at once, such as {@link memoryStore} and {@link webStorageStore}. */
export interface SyncProgressStore extends ProgressStore {
  get(tutorialId: string): ProgressRecord | undefined;
  set(record: ProgressRecord): void;
  delete(tutorialId: string): void;
}

/** A {@link ProgressStore} whose methods always answer with a Promise and never reject. */
export interface ResilientProgressStore extends ProgressStore {
  get(tutorialId: string): Promise<ProgressRecord | undefined>;
  set(record: ProgressRecord): Promise<void>;
  delete(tutorialId: string): Promise<void>;
}

/** Which store method failed, for {@link StoreErrorHandler}. */
export type StoreOperation = 'get' | 'set' | 'delete';

/**
 * Told about a store failure the tutorial has already recovered from, for logging or
 * diagnostics. Never show the citizen an alarm for it: the tutorial simply carries on in memory.
 */
export type StoreErrorHandler = (error: unknown, operation: StoreOperation) => void;

/** Prefix of the Web Storage keys guidepost writes; the tutorial id follows it. */
export const progressKeyPrefix = 'guidepost:progress:';

/** The longest saved path read back: far more steps than any tutorial has. */
const maxPathLength = 10_000;

/** Version of the JSON that {@link webStorageStore} writes, so a later format can migrate it. */
const storedVersion = 1;

/**
 * Whether `value` has exactly the shape of a {@link ProgressRecord} (extra fields are allowed
 * here and dropped by {@link copyRecord}). Useful to a host writing its own store.
 */
export function isProgressRecord(value: unknown): value is ProgressRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['tutorialId'] === 'string' &&
    record['tutorialId'] !== '' &&
    Number.isInteger(record['revision']) &&
    Array.isArray(record['path']) &&
    record['path'].length > 0 &&
    record['path'].every((id) => typeof id === 'string' && id !== '') &&
    // A walk never holds a step twice: going back cuts the path.
    new Set(record['path']).size === record['path'].length &&
    typeof record['finished'] === 'boolean' &&
    Number.isFinite(record['startedAt']) &&
    Number.isFinite(record['updatedAt'])
  );
}

/** Tells `onError` about a store failure; a failing diagnostics hook must not break the tutorial either. @internal */
export function reportStoreError(onError: StoreErrorHandler | undefined, error: unknown, operation: StoreOperation): void {
  try {
    onError?.(error, operation);
  } catch {
    // Swallowed on purpose.
  }
}

/**
 * A frozen copy of `value` when it is a record, each field read once (a getter may throw: the
 * caller catches it), or undefined.
 */
function readRecord(value: unknown): ProgressRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const source = value as Record<string, unknown>;
  const path = source['path'];
  const copy = {
    tutorialId: source['tutorialId'],
    revision: source['revision'],
    // A path longer than any walk (a proxy may claim billions) is not read at all.
    path: Array.isArray(path) && path.length <= maxPathLength ? Array.from({ length: path.length }, (_, i) => (path as unknown[])[i]) : undefined,
    finished: source['finished'],
    startedAt: source['startedAt'],
    updatedAt: source['updatedAt'],
  };
  return isProgressRecord(copy) ? copyRecord(copy) : undefined;
}

/**
 * A frozen copy holding only the record fields, so nothing else a caller attached (or found
 * under our key) is ever stored or handed on.
 */
export function copyRecord(record: ProgressRecord): ProgressRecord {
  return Object.freeze({
    tutorialId: record.tutorialId,
    revision: record.revision,
    path: Object.freeze(Array.from({ length: record.path.length }, (_, i) => record.path[i]!)),
    finished: record.finished,
    startedAt: record.startedAt,
    updatedAt: record.updatedAt,
  });
}

/**
 * A store that lives as long as the page (or the Node process): for tests, previews, kiosks,
 * and `storage="none"`.
 */
export function memoryStore(): SyncProgressStore {
  const records = new Map<string, ProgressRecord>();
  return {
    get: (tutorialId) => records.get(tutorialId),
    set: (record) => {
      records.set(record.tutorialId, copyRecord(record));
    },
    delete: (tutorialId) => {
      records.delete(tutorialId);
    },
  };
}

/**
 * A store in Web Storage, under the key `guidepost:progress:<tutorial id>`, as JSON
 * `{ "v": 1, ...record }`.
 *
 * `storage` is a `Storage` or a function returning one; it defaults to `localStorage`. It is
 * looked up on every call, inside the call, because merely reading `window.localStorage` throws
 * in sandboxed iframes and some private modes. When no storage can be had, or it is full, the
 * methods throw; the guide's {@link resilientStore} turns that into "carry on in memory".
 * Anything under our key that is not a record we wrote (bad JSON, another version, another
 * tutorial's record, someone else's data) reads as "no record".
 */
export function webStorageStore(storage?: Storage | null | (() => Storage | null | undefined)): SyncProgressStore {
  const resolve = (): Storage => {
    const found = typeof storage === 'function' ? storage() : storage === undefined ? globalThis.localStorage : storage;
    if (!found) throw new Error('Web Storage is not available here.');
    return found;
  };
  return {
    get: (tutorialId) => {
      const raw = resolve().getItem(progressKeyPrefix + tutorialId);
      return raw === null ? undefined : parseStored(raw, tutorialId);
    },
    set: (record) => {
      resolve().setItem(progressKeyPrefix + record.tutorialId, JSON.stringify({ v: storedVersion, ...copyRecord(record) }));
    },
    delete: (tutorialId) => {
      resolve().removeItem(progressKeyPrefix + tutorialId);
    },
  };
}

function parseStored(raw: string, tutorialId: string): ProgressRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isProgressRecord(value) || (value as { v?: unknown }).v !== storedVersion) return undefined;
  return value.tutorialId === tutorialId ? copyRecord(value) : undefined;
}

/**
 * Wraps `store` so that nothing it does can break a tutorial: a method that throws or rejects,
 * a store that is missing, or a `get` that answers with something other than this tutorial's
 * record, all become "no record" / "not saved", and `onError` (if given) hears about it.
 * Records read are copies holding only the record fields.
 */
export function resilientStore(store: ProgressStore | null | undefined, onError?: StoreErrorHandler): ResilientProgressStore {
  const report = (error: unknown, operation: StoreOperation): void => reportStoreError(onError, error, operation);
  const attempt = async <T>(operation: StoreOperation, run: (s: ProgressStore) => T | Promise<T>): Promise<T | undefined> => {
    try {
      if (!store) throw new Error('No progress store was given.');
      return await run(store);
    } catch (error) {
      report(error, operation);
      return undefined;
    }
  };
  return {
    get: async (tutorialId) => {
      const value: unknown = await attempt('get', (s) => s.get(tutorialId));
      if (value === undefined || value === null) return undefined;
      let record: ProgressRecord | undefined;
      try {
        // Copied first, each field read once, then checked: a getter may throw, or answer
        // differently the second time.
        record = readRecord(value);
      } catch (error) {
        report(error, 'get');
        return undefined;
      }
      if (record && record.tutorialId === tutorialId) return record;
      report(new TypeError(`The progress store returned something that is not the record of "${tutorialId}".`), 'get');
      return undefined;
    },
    set: async (record) => {
      await attempt('set', (s) => s.set(copyRecord(record)));
    },
    delete: async (tutorialId) => {
      await attempt('delete', (s) => s.delete(tutorialId));
    },
  };
}
