import { expect } from '@open-wc/testing';
import {
  isProgressRecord,
  memoryStore,
  progressKeyPrefix,
  resilientStore,
  webStorageStore,
  type ProgressRecord,
  type ProgressStore,
  type StoreOperation,
} from '../../src/core/progress/index.js';

const record: ProgressRecord = {
  tutorialId: 'vneid-level-2',
  revision: 3,
  path: ['has-chip-card', 'install-app'],
  finished: false,
  startedAt: 1_000,
  updatedAt: 2_000,
};
const key = `${progressKeyPrefix}vneid-level-2`;

/** A Storage that keeps items in a Map and can be told to refuse writes like a full disk. */
class FakeStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(name: string): string | null {
    return this.items.get(name) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(name: string): void {
    this.items.delete(name);
  }
  setItem(name: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(name, value);
  }
}

function recordingErrors(): { errors: [string, StoreOperation][]; onError: (error: unknown, operation: StoreOperation) => void } {
  const errors: [string, StoreOperation][] = [];
  return { errors, onError: (error, operation) => errors.push([(error as Error).message, operation]) };
}

describe('isProgressRecord', () => {
  it('accepts a record', () => {
    expect(isProgressRecord(record)).to.equal(true);
  });

  it('rejects values that are not records', () => {
    expect(isProgressRecord(null)).to.equal(false);
    expect(isProgressRecord('vneid-level-2')).to.equal(false);
    expect(isProgressRecord({ ...record, tutorialId: '' })).to.equal(false);
    expect(isProgressRecord({ ...record, revision: '3' })).to.equal(false);
    expect(isProgressRecord({ ...record, revision: 2.5 })).to.equal(false);
    expect(isProgressRecord({ ...record, path: [] })).to.equal(false);
    expect(isProgressRecord({ ...record, path: ['a', 4] })).to.equal(false);
    expect(isProgressRecord({ ...record, path: 'a' })).to.equal(false);
    expect(isProgressRecord({ ...record, finished: 'no' })).to.equal(false);
    expect(isProgressRecord({ ...record, startedAt: Number.NaN })).to.equal(false);
    expect(isProgressRecord({ ...record, updatedAt: undefined })).to.equal(false);
  });
});

describe('memoryStore', () => {
  it('keeps a record per tutorial until it is deleted', () => {
    const store = memoryStore();
    expect(store.get('vneid-level-2')).to.equal(undefined);
    store.set(record);
    expect(store.get('vneid-level-2')).to.deep.equal(record);
    expect(store.get('etax-mobile')).to.equal(undefined);
    store.delete('vneid-level-2');
    expect(store.get('vneid-level-2')).to.equal(undefined);
  });

  it('keeps a copy with only the record fields', () => {
    const store = memoryStore();
    const path = ['has-chip-card'];
    store.set({ ...record, path, citizenName: 'Nguyễn Văn A' } as ProgressRecord);
    path.push('install-app');
    expect(store.get('vneid-level-2')).to.deep.equal({ ...record, path: ['has-chip-card'] });
  });
});

describe('webStorageStore', () => {
  afterEach(() => {
    localStorage.removeItem(key);
    sessionStorage.removeItem(key);
  });

  it('writes localStorage by default, as versioned JSON under the guidepost key', () => {
    const store = webStorageStore();
    store.set(record);
    expect(JSON.parse(localStorage.getItem(key)!)).to.deep.equal({ v: 1, ...record });
    expect(store.get('vneid-level-2')).to.deep.equal(record);
  });

  it('writes the storage it is given', () => {
    const store = webStorageStore(sessionStorage);
    store.set(record);
    expect(localStorage.getItem(key)).to.equal(null);
    expect(JSON.parse(sessionStorage.getItem(key)!)).to.deep.equal({ v: 1, ...record });
    store.delete('vneid-level-2');
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('stores nothing but the record fields', () => {
    const storage = new FakeStorage();
    webStorageStore(storage).set({ ...record, phone: '0912 345 678' } as ProgressRecord);
    expect(Object.keys(JSON.parse(storage.items.get(key)!) as object).sort()).to.deep.equal(
      ['finished', 'path', 'revision', 'startedAt', 'tutorialId', 'updatedAt', 'v'],
    );
  });

  it('reads no record for a tutorial never saved', () => {
    expect(webStorageStore(new FakeStorage()).get('vneid-level-2')).to.equal(undefined);
  });

  it('reads no record from garbage under its key', () => {
    const storage = new FakeStorage();
    const store = webStorageStore(storage);
    const garbage = [
      '{not json',
      'null',
      '"vneid-level-2"',
      JSON.stringify({ hello: 'world' }),
      JSON.stringify(record), // no version
      JSON.stringify({ v: 2, ...record }),
      JSON.stringify({ v: 1, ...record, path: [] }),
      JSON.stringify({ v: 1, ...record, tutorialId: 'etax-mobile' }),
    ];
    for (const value of garbage) {
      storage.items.set(key, value);
      expect(store.get('vneid-level-2'), value).to.equal(undefined);
    }
  });

  it('looks the storage up on each call, not when created', () => {
    let lookups = 0;
    const storage = new FakeStorage();
    const store = webStorageStore(() => {
      lookups += 1;
      return storage;
    });
    expect(lookups).to.equal(0);
    store.set(record);
    store.get('vneid-level-2');
    expect(lookups).to.equal(2);
  });

  it('throws when there is no storage, for resilientStore to absorb', () => {
    expect(() => webStorageStore(null).get('vneid-level-2')).to.throw('Web Storage is not available here.');
    expect(() => webStorageStore(() => undefined).set(record)).to.throw('Web Storage is not available here.');
    const sandboxed = webStorageStore(() => {
      throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
    });
    expect(() => sandboxed.get('vneid-level-2')).to.throw('The document is sandboxed');
  });

  it('lets a full storage throw QuotaExceededError, for resilientStore to absorb', () => {
    const storage = new FakeStorage();
    storage.full = true;
    expect(() => webStorageStore(storage).set(record)).to.throw(DOMException, 'The quota has been exceeded.');
  });
});

describe('resilientStore', () => {
  it('passes records through, always as promises', async () => {
    const store = resilientStore(memoryStore());
    const saving = store.set(record);
    expect(saving).to.be.instanceOf(Promise);
    await saving;
    expect(await store.get('vneid-level-2')).to.deep.equal(record);
    await store.delete('vneid-level-2');
    expect(await store.get('vneid-level-2')).to.equal(undefined);
  });

  it('waits for an asynchronous store', async () => {
    const inner = memoryStore();
    const slow: ProgressStore = {
      get: (id) => new Promise((resolve) => setTimeout(() => resolve(inner.get(id)), 5)),
      set: (r) => new Promise((resolve) => setTimeout(() => resolve(inner.set(r)), 5)),
      delete: (id) => new Promise((resolve) => setTimeout(() => resolve(inner.delete(id)), 5)),
    };
    const store = resilientStore(slow);
    await store.set(record);
    expect(await store.get('vneid-level-2')).to.deep.equal(record);
  });

  it('reads a null answer as no record, without calling it an error', async () => {
    const { errors, onError } = recordingErrors();
    const store = resilientStore({ get: () => null, set: () => {}, delete: () => {} }, onError);
    expect(await store.get('vneid-level-2')).to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });

  it('turns methods that throw or reject into "no record" and "not saved"', async () => {
    const { errors, onError } = recordingErrors();
    const broken: ProgressStore = {
      get: () => {
        throw new Error('get broke');
      },
      set: () => Promise.reject(new Error('set broke')),
      delete: () => {
        throw new Error('delete broke');
      },
    };
    const store = resilientStore(broken, onError);
    expect(await store.get('vneid-level-2')).to.equal(undefined);
    await store.set(record);
    await store.delete('vneid-level-2');
    expect(errors).to.deep.equal([
      ['get broke', 'get'],
      ['set broke', 'set'],
      ['delete broke', 'delete'],
    ]);
  });

  it('absorbs a full web storage and one that cannot be reached', async () => {
    const { errors, onError } = recordingErrors();
    const storage = new FakeStorage();
    storage.full = true;
    await resilientStore(webStorageStore(storage), onError).set(record);
    const unreachable = webStorageStore(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    expect(await resilientStore(unreachable, onError).get('vneid-level-2')).to.equal(undefined);
    expect(errors).to.deep.equal([
      ['The quota has been exceeded.', 'set'],
      ['Access is denied for this document.', 'get'],
    ]);
  });

  it('reads no record, and reports it, when a store answers with something else', async () => {
    const { errors, onError } = recordingErrors();
    const answers: unknown[] = ['{"v":1}', { ...record, path: 'install-app' }, { ...record, tutorialId: 'etax-mobile' }];
    for (const answer of answers) {
      const store = resilientStore({ get: () => answer as ProgressRecord, set: () => {}, delete: () => {} }, onError);
      expect(await store.get('vneid-level-2')).to.equal(undefined);
    }
    const message = 'The progress store returned something that is not the record of "vneid-level-2".';
    expect(errors).to.deep.equal([
      [message, 'get'],
      [message, 'get'],
      [message, 'get'],
    ]);
  });

  it('hands on only the record fields, both ways', async () => {
    const written: ProgressRecord[] = [];
    const store = resilientStore({
      get: () => ({ ...record, email: 'a@example.org' }) as ProgressRecord,
      set: (r) => {
        written.push(r);
      },
      delete: () => {},
    });
    expect(await store.get('vneid-level-2')).to.deep.equal(record);
    await store.set({ ...record, email: 'a@example.org' } as ProgressRecord);
    expect(written).to.deep.equal([record]);
  });

  it('works without any store, and survives a throwing error hook', async () => {
    const store = resilientStore(undefined, () => {
      throw new Error('hook broke');
    });
    expect(await store.get('vneid-level-2')).to.equal(undefined);
    await store.set(record);
  });
});
