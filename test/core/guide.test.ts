import { expect } from '@open-wc/testing';
import { createGuide, GuideError, type Guide, type GuideChange, type GuideErrorCode, type GuideState } from '../../src/core/guide/index.js';
import {
  memoryStore,
  progressKeyPrefix,
  webStorageStore,
  type ProgressRecord,
  type ProgressStore,
  type StoreOperation,
} from '../../src/core/progress/index.js';
import type { Step, Tutorial } from '../../src/core/tutorial/types.js';

const linear: Tutorial = {
  format: 1,
  id: 'pay-bill-qr',
  revision: 1,
  lang: 'vi',
  title: 'Thanh toán hoá đơn bằng mã QR',
  steps: [
    { id: 'open-bank-app', title: 'Mở ứng dụng ngân hàng' },
    { id: 'scan-qr', title: 'Quét mã QR' },
    { id: 'check-amount', title: 'Kiểm tra số tiền' },
    { id: 'confirm', title: 'Xác nhận' },
  ],
};

/**
 * welcome → has-card ─ Yes ─→ install-app → scan-card → done-check ─ It worked ─→ (finish)
 *                    └ Not yet → get-card → book-visit (finish)      └ It did not → troubleshoot → scan-card
 */
const branchingSteps: Step[] = [
  { id: 'welcome', title: { vi: 'Chào bạn', en: 'Welcome' } },
  {
    id: 'has-card',
    title: { vi: 'Bạn đã có căn cước gắn chip chưa?', en: 'Do you have a chip-based ID card?' },
    choices: [
      { label: { vi: 'Có', en: 'Yes' }, next: 'install-app' },
      { label: { vi: 'Chưa', en: 'Not yet' }, next: 'get-card' },
    ],
  },
  { id: 'get-card', title: 'Làm căn cước trước', next: 'book-visit' },
  { id: 'book-visit', title: 'Đặt lịch hẹn', next: null },
  { id: 'install-app', title: 'Cài ứng dụng VNeID' },
  { id: 'scan-card', title: 'Quét căn cước' },
  {
    id: 'done-check',
    title: 'Đã xong chưa?',
    choices: [
      { label: 'Được rồi', next: null },
      { label: 'Chưa được', next: 'troubleshoot' },
    ],
  },
  { id: 'troubleshoot', title: 'Thử lại', next: 'scan-card' },
];

const branching: Tutorial = {
  format: 1,
  id: 'vneid-level-2',
  revision: 1,
  lang: 'vi',
  title: { vi: 'Kích hoạt tài khoản định danh mức 2', en: 'Activate a level-2 e-ID account' },
  steps: branchingSteps,
};

/** A clock the test moves by hand. */
function fakeClock(start = 1_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

/** What a guide told its listeners, as `[type, from, stepId, index, total]`. */
function record(guide: Guide): [string, string | undefined, string, number, number][] {
  const heard: [string, string | undefined, string, number, number][] = [];
  guide.subscribe((state: GuideState, change: GuideChange) => {
    heard.push([change.type, change.from, state.stepId, state.index, state.total]);
  });
  return heard;
}

function position(guide: Guide): { stepId: string; index: number; total: number; path: readonly string[] } {
  const { stepId, index, total, path } = guide.state;
  return { stepId, index, total, path };
}

function expectGuideError(run: () => void, code: GuideErrorCode, message: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).to.be.instanceOf(GuideError);
  expect((caught as GuideError).name).to.equal('GuideError');
  expect((caught as GuideError).code).to.equal(code);
  expect((caught as GuideError).message).to.equal(message);
}

describe('createGuide', () => {
  describe('before the start', () => {
    it('has not started, and points at the first step with the default total', () => {
      const guide = createGuide(branching);
      expect(guide.state).to.deep.equal({
        tutorialId: 'vneid-level-2',
        revision: 1,
        stepId: 'welcome',
        index: 0,
        total: 5,
        path: ['welcome'],
        started: false,
        finished: false,
        resumable: false,
      });
      expect(guide.step).to.equal(branchingSteps[0]);
      expect(guide.route).to.deep.equal(['welcome', 'has-card', 'install-app', 'scan-card', 'done-check']);
      expect(guide.canGoBack).to.equal(false);
      expect(guide.isLast).to.equal(false);
      expect(guide.elapsedMs).to.equal(0);
      expect(Object.isFrozen(guide.state)).to.equal(true);
      expect(Object.isFrozen(guide.state.path)).to.equal(true);
    });

    it('refuses a tutorial without steps', () => {
      expectGuideError(
        () => createGuide({ ...linear, steps: [] }),
        'no-steps',
        'The tutorial "pay-bill-qr" has no steps to guide through.',
      );
    });
  });

  describe('a linear walk', () => {
    it('goes through the steps in order and finishes after the last', () => {
      const clock = fakeClock();
      const guide = createGuide(linear, { now: clock.now });
      const heard = record(guide);
      guide.start();
      clock.advance(500);
      guide.next();
      guide.next();
      expect(guide.isLast).to.equal(false);
      guide.next();
      expect(guide.isLast).to.equal(true);
      expect(position(guide)).to.deep.equal({
        stepId: 'confirm',
        index: 3,
        total: 4,
        path: ['open-bank-app', 'scan-qr', 'check-amount', 'confirm'],
      });
      clock.advance(1_500);
      guide.next();
      expect(guide.state.finished).to.equal(true);
      expect(position(guide)).to.deep.equal({
        stepId: 'confirm',
        index: 3,
        total: 4,
        path: ['open-bank-app', 'scan-qr', 'check-amount', 'confirm'],
      });
      expect(guide.canGoBack).to.equal(false);
      clock.advance(60_000);
      expect(guide.elapsedMs).to.equal(2_000);
      expect(heard).to.deep.equal([
        ['start', undefined, 'open-bank-app', 0, 4],
        ['step', 'open-bank-app', 'scan-qr', 1, 4],
        ['step', 'scan-qr', 'check-amount', 2, 4],
        ['step', 'check-amount', 'confirm', 3, 4],
        ['complete', 'confirm', 'confirm', 3, 4],
      ]);
    });

    it('counts the time so far before finishing', () => {
      const clock = fakeClock();
      const guide = createGuide(linear, { now: clock.now });
      guide.start();
      clock.advance(750);
      expect(guide.elapsedMs).to.equal(750);
    });

    it('makes a fresh frozen state on every change', () => {
      const guide = createGuide(linear);
      const states = [guide.state];
      guide.start();
      states.push(guide.state);
      guide.next();
      states.push(guide.state);
      expect(new Set(states).size).to.equal(3);
      expect(states.every((state) => Object.isFrozen(state) && Object.isFrozen(state.path))).to.equal(true);
      expect(states[1]!.path).to.deep.equal(['open-bank-app']);
    });

    it('can start at a given step, along the way a citizen would have come', () => {
      const guide = createGuide(linear);
      const heard = record(guide);
      guide.start('check-amount');
      expect(position(guide)).to.deep.equal({ stepId: 'check-amount', index: 2, total: 4, path: ['open-bank-app', 'scan-qr', 'check-amount'] });
      expect(heard).to.deep.equal([['start', undefined, 'check-amount', 2, 4]]);
      guide.back();
      expect(guide.state.stepId).to.equal('scan-qr');
    });
  });

  describe('branching', () => {
    it('follows each choice and counts the total again after it', () => {
      const guide = createGuide(branching);
      const heard = record(guide);
      guide.start();
      guide.next();
      expect(guide.route).to.deep.equal(['welcome', 'has-card', 'install-app', 'scan-card', 'done-check']);
      guide.next(1);
      expect(guide.route).to.deep.equal(['welcome', 'has-card', 'get-card', 'book-visit']);
      guide.next();
      expect(guide.isLast).to.equal(true);
      guide.next();
      expect(guide.state.finished).to.equal(true);
      expect(heard).to.deep.equal([
        ['start', undefined, 'welcome', 0, 5],
        ['step', 'welcome', 'has-card', 1, 5],
        ['step', 'has-card', 'get-card', 2, 4],
        ['step', 'get-card', 'book-visit', 3, 4],
        ['complete', 'book-visit', 'book-visit', 3, 4],
      ]);
    });

    it('finishes through a choice that leads nowhere, with the total equal to the steps taken', () => {
      const guide = createGuide(branching);
      const heard = record(guide);
      guide.start();
      guide.next();
      guide.next(0);
      guide.next();
      guide.next();
      expect(guide.isLast).to.equal(false);
      guide.next(0);
      expect(guide.state.finished).to.equal(true);
      expect(heard.slice(2)).to.deep.equal([
        ['step', 'has-card', 'install-app', 2, 5],
        ['step', 'install-app', 'scan-card', 3, 5],
        ['step', 'scan-card', 'done-check', 4, 5],
        ['complete', 'done-check', 'done-check', 4, 5],
      ]);
    });

    it('cuts the path back when a choice loops to a step already taken', () => {
      const guide = createGuide(branching);
      guide.start();
      guide.next();
      guide.next(0);
      guide.next();
      guide.next();
      guide.next(1);
      expect(position(guide)).to.deep.equal({
        stepId: 'troubleshoot',
        index: 5,
        total: 6,
        path: ['welcome', 'has-card', 'install-app', 'scan-card', 'done-check', 'troubleshoot'],
      });
      guide.next();
      expect(position(guide)).to.deep.equal({
        stepId: 'scan-card',
        index: 3,
        total: 5,
        path: ['welcome', 'has-card', 'install-app', 'scan-card'],
      });
      guide.back();
      expect(guide.state.stepId).to.equal('install-app');
    });

    it('goes Back along the path taken, not the list order', () => {
      const guide = createGuide(branching);
      guide.start();
      guide.next();
      guide.next(1);
      guide.next();
      const heard = record(guide);
      guide.back();
      guide.back();
      guide.back();
      expect(guide.canGoBack).to.equal(false);
      expect(heard).to.deep.equal([
        ['step', 'book-visit', 'get-card', 2, 4],
        ['step', 'get-card', 'has-card', 1, 5],
        ['step', 'has-card', 'welcome', 0, 5],
      ]);
      guide.next();
      guide.next(0);
      expect(position(guide)).to.deep.equal({
        stepId: 'install-app',
        index: 2,
        total: 5,
        path: ['welcome', 'has-card', 'install-app'],
      });
    });
  });

  describe('goTo', () => {
    it('jumps ahead so that Back returns, and goes back to a step already taken', () => {
      const guide = createGuide(branching);
      guide.start();
      const heard = record(guide);
      guide.goTo('scan-card');
      expect(position(guide)).to.deep.equal({ stepId: 'scan-card', index: 1, total: 3, path: ['welcome', 'scan-card'] });
      guide.back();
      expect(guide.state.stepId).to.equal('welcome');
      guide.next();
      guide.next(0);
      guide.goTo('has-card');
      expect(position(guide)).to.deep.equal({ stepId: 'has-card', index: 1, total: 5, path: ['welcome', 'has-card'] });
      expect(heard).to.deep.equal([
        ['step', 'welcome', 'scan-card', 1, 3],
        ['step', 'scan-card', 'welcome', 0, 5],
        ['step', 'welcome', 'has-card', 1, 5],
        ['step', 'has-card', 'install-app', 2, 5],
        ['step', 'install-app', 'has-card', 1, 5],
      ]);
    });

    it('changes nothing when going to the current step', () => {
      const guide = createGuide(branching);
      guide.start();
      const before = guide.state;
      const heard = record(guide);
      guide.goTo('welcome');
      expect(guide.state).to.equal(before);
      expect(heard).to.deep.equal([]);
    });

    it('starts at the step when the guide has not started', () => {
      const guide = createGuide(branching);
      const heard = record(guide);
      guide.goTo('install-app');
      expect(guide.state.started).to.equal(true);
      expect(heard).to.deep.equal([['start', undefined, 'install-app', 2, 5]]);
    });
  });

  describe('restart', () => {
    it('begins again at the first step from the middle, saying where it came from', () => {
      const guide = createGuide(branching);
      guide.start();
      guide.next();
      guide.next(1);
      const heard = record(guide);
      guide.restart();
      expect(position(guide)).to.deep.equal({ stepId: 'welcome', index: 0, total: 5, path: ['welcome'] });
      expect(heard).to.deep.equal([['restart', 'get-card', 'welcome', 0, 5]]);
    });

    it('begins again after finishing, with a fresh clock', () => {
      const clock = fakeClock();
      const guide = createGuide(linear, { now: clock.now });
      guide.start('confirm');
      clock.advance(100);
      guide.next();
      clock.advance(5_000);
      guide.restart();
      expect(guide.state.finished).to.equal(false);
      expect(guide.state.path).to.deep.equal(['open-bank-app']);
      expect(guide.elapsedMs).to.equal(0);
      clock.advance(30);
      expect(guide.elapsedMs).to.equal(30);
    });

    it('also starts a guide that has not started', () => {
      const guide = createGuide(linear);
      const heard = record(guide);
      guide.restart();
      expect(heard).to.deep.equal([['restart', undefined, 'open-bank-app', 0, 4]]);
    });
  });

  describe('misuse', () => {
    /** Asserts that `run` throws the error and that neither state, listeners nor store noticed. */
    async function expectRefused(guide: Guide, store: ProgressStore, run: () => void, code: GuideErrorCode, message: string): Promise<void> {
      await guide.flush();
      const before = guide.state;
      const stored = await store.get(guide.tutorial.id);
      let heard = 0;
      const unsubscribe = guide.subscribe(() => (heard += 1));
      expectGuideError(run, code, message);
      unsubscribe();
      await guide.flush();
      expect(guide.state).to.equal(before);
      expect(heard).to.equal(0);
      expect(await store.get(guide.tutorial.id)).to.deep.equal(stored);
    }

    it('starts at the first step and moves on when Next comes before the start', () => {
      const guide = createGuide(branching);
      const heard = record(guide);
      guide.next();
      expect(position(guide)).to.deep.equal({ stepId: 'has-card', index: 1, total: 5, path: ['welcome', 'has-card'] });
      expect(heard.map((h) => h[0])).to.deep.equal(['start', 'step']);
    });

    it('refuses to go back or resume before the start', async () => {
      const store = memoryStore();
      const guide = createGuide(branching, { store });
      const notStarted = 'The guide has not started; call start() or resume() before ';
      await expectRefused(guide, store, () => guide.back(), 'not-started', `${notStarted}back().`);
      await expectRefused(guide, store, () => guide.resume(), 'not-resumable', 'There is no saved progress to resume; check state.resumable first.');
      await expectRefused(guide, store, () => guide.start('nowhere'), 'unknown-step', 'The tutorial "vneid-level-2" has no step "nowhere".');
    });

    it('refuses Next on a step with choices without a valid choice', async () => {
      const store = memoryStore();
      const guide = createGuide(branching, { store });
      guide.start('has-card');
      await expectRefused(guide, store, () => guide.next(), 'choice-required', 'Step "has-card" has choices; pass the index of the one picked to next().');
      for (const index of [2, -1, 0.5, Number.NaN]) {
        await expectRefused(
          guide,
          store,
          () => guide.next(index),
          'invalid-choice',
          `Step "has-card" has 2 choices (0 to 1); ${index} is not one of them.`,
        );
      }
    });

    it('refuses a choice on a step without choices', async () => {
      const store = memoryStore();
      const guide = createGuide(branching, { store });
      guide.start();
      await expectRefused(guide, store, () => guide.next(0), 'invalid-choice', 'Step "welcome" has no choices, so next() takes no choice index.');
    });

    it('refuses Back on the first step, a second start, and unknown steps', async () => {
      const store = memoryStore();
      const guide = createGuide(branching, { store });
      guide.start();
      const noBack = 'Step "welcome" is the first step of the path; there is nothing to go back to.';
      await expectRefused(guide, store, () => guide.back(), 'no-previous-step', noBack);
      await expectRefused(guide, store, () => guide.start(), 'already-started', 'The guide has already started; use restart() to begin again.');
      await expectRefused(guide, store, () => guide.goTo('Install-App'), 'unknown-step', 'The tutorial "vneid-level-2" has no step "Install-App".');
    });

    it('refuses a Next that leads to a step the tutorial lacks', async () => {
      const broken: Tutorial = { ...linear, steps: [{ id: 'a', title: 'A', next: 'missing' }, { id: 'b', title: 'B' }] };
      const store = memoryStore();
      const guide = createGuide(broken, { store });
      guide.start();
      await expectRefused(guide, store, () => guide.next(), 'unknown-step', 'The tutorial "pay-bill-qr" has no step "missing".');
    });

    it('refuses to move after finishing', async () => {
      const store = memoryStore();
      const guide = createGuide(linear, { store });
      guide.start('confirm');
      guide.next();
      await expectRefused(guide, store, () => guide.next(), 'finished', 'The tutorial is finished; call restart() before next().');
      await expectRefused(guide, store, () => guide.back(), 'finished', 'The tutorial is finished; call restart() before back().');
      await expectRefused(guide, store, () => guide.goTo('scan-qr'), 'finished', 'The tutorial is finished; call restart() before goTo("scan-qr").');
    });
  });

  describe('subscribe', () => {
    it('passes the new state and stops after unsubscribing', () => {
      const guide = createGuide(linear);
      const states: GuideState[] = [];
      const unsubscribe = guide.subscribe((state) => states.push(state));
      guide.start();
      expect(states).to.deep.equal([guide.state]);
      expect(states[0]).to.equal(guide.state);
      unsubscribe();
      unsubscribe();
      guide.next();
      expect(states.length).to.equal(1);
    });

    it('calls a function subscribed twice twice, until each subscription ends', () => {
      const guide = createGuide(linear);
      let calls = 0;
      const listener = (): void => {
        calls += 1;
      };
      const first = guide.subscribe(listener);
      guide.subscribe(listener);
      guide.start();
      expect(calls).to.equal(2);
      first();
      guide.next();
      expect(calls).to.equal(3);
    });

    it('keeps calling the other listeners when one throws, and rethrows it later', () => {
      const guide = createGuide(linear);
      const rethrown: (() => void)[] = [];
      const original = globalThis.queueMicrotask;
      globalThis.queueMicrotask = (callback) => rethrown.push(callback);
      const heard: string[] = [];
      try {
        guide.subscribe(() => {
          throw new Error('listener broke');
        });
        guide.subscribe((state) => heard.push(state.stepId));
        guide.start();
      } finally {
        globalThis.queueMicrotask = original;
      }
      expect(heard).to.deep.equal(['open-bank-app']);
      expect(guide.state.stepId).to.equal('open-bank-app');
      expect(rethrown.length).to.equal(1);
      expect(() => rethrown[0]!()).to.throw('listener broke');
    });
  });

  describe('helpers', () => {
    it('finds steps by id', () => {
      const guide = createGuide(branching);
      expect(guide.stepAt('book-visit')).to.equal(branchingSteps[3]);
      expect(guide.stepAt('nowhere')).to.equal(undefined);
    });

    it('localizes text in the language asked for, falling back to the tutorial language', () => {
      const guide = createGuide(branching, { lang: 'en-GB' });
      expect(guide.localize(branching.title)).to.deep.equal({ text: 'Activate a level-2 e-ID account', lang: 'en' });
      expect(guide.localize('Đặt lịch hẹn')).to.deep.equal({ text: 'Đặt lịch hẹn', lang: 'vi' });
      guide.lang = 'hmn';
      expect(guide.localize(branching.title)).to.deep.equal({ text: 'Kích hoạt tài khoản định danh mức 2', lang: 'vi' });
    });
  });
});

describe('createGuide with saved progress', () => {
  /** Walks a fresh guide over `store` to install-app (welcome → has-card → install-app). */
  async function walkToInstallApp(store: ProgressStore, now = fakeClock().now): Promise<void> {
    const guide = createGuide(branching, { store, now });
    await guide.ready;
    guide.start();
    guide.next();
    guide.next(0);
    await guide.flush();
  }

  it('saves every change as a record with only the record fields', async () => {
    const clock = fakeClock();
    const store = memoryStore();
    const guide = createGuide(branching, { store, now: clock.now });
    guide.start();
    clock.advance(200);
    guide.next();
    await guide.flush();
    expect(store.get('vneid-level-2')).to.deep.equal({
      tutorialId: 'vneid-level-2',
      revision: 1,
      path: ['welcome', 'has-card'],
      finished: false,
      startedAt: 1_000,
      updatedAt: 1_200,
    });
    guide.next(1);
    guide.next();
    clock.advance(300);
    guide.next();
    await guide.flush();
    expect(store.get('vneid-level-2')).to.deep.equal({
      tutorialId: 'vneid-level-2',
      revision: 1,
      path: ['welcome', 'has-card', 'get-card', 'book-visit'],
      finished: true,
      startedAt: 1_000,
      updatedAt: 1_500,
    });
  });

  it('keeps progress in memory only by default', async () => {
    const first = createGuide(linear);
    first.start();
    first.next();
    await first.flush();
    const second = createGuide(linear);
    await second.ready;
    expect(second.state.resumable).to.equal(false);
  });

  it('offers to resume after a reload, and continues where the citizen was', async () => {
    const store = memoryStore();
    await walkToInstallApp(store);
    const clock = fakeClock(90_000);
    const guide = createGuide(branching, { store, now: clock.now });
    expect(guide.state.resumable).to.equal(false);
    await guide.ready;
    expect(guide.state.resumable).to.equal(true);
    expect(guide.state.started).to.equal(false);
    expect(guide.saved).to.deep.equal({
      stepId: 'install-app',
      step: branchingSteps[4],
      index: 2,
      total: 5,
      path: ['welcome', 'has-card', 'install-app'],
      revision: 1,
      startedAt: 1_000,
      updatedAt: 1_000,
    });
    const heard = record(guide);
    guide.resume();
    expect(heard).to.deep.equal([['resume', undefined, 'install-app', 2, 5]]);
    expect(guide.state.resumable).to.equal(false);
    expect(guide.saved).to.equal(undefined);
    expect(guide.elapsedMs).to.equal(89_000);
    guide.back();
    expect(guide.state.stepId).to.equal('has-card');
  });

  it('reads an asynchronous store before offering to resume', async () => {
    const inner = memoryStore();
    await walkToInstallApp(inner);
    const slow: ProgressStore = {
      get: (id) => new Promise((resolve) => setTimeout(() => resolve(inner.get(id)), 20)),
      set: (r) => new Promise((resolve) => setTimeout(() => resolve(inner.set(r)), 20)),
      delete: (id) => new Promise((resolve) => setTimeout(() => resolve(inner.delete(id)), 20)),
    };
    const guide = createGuide(branching, { store: slow });
    expect(guide.state.resumable).to.equal(false);
    await guide.ready;
    expect(guide.state.resumable).to.equal(true);
    expect(guide.saved?.stepId).to.equal('install-app');
  });

  it('saves in order even when a store answers out of order', async () => {
    const inner = memoryStore();
    let delay = 30;
    const erratic: ProgressStore = {
      get: () => undefined,
      set: (r) => new Promise((resolve) => setTimeout(() => resolve(inner.set(r)), (delay -= 10))),
      delete: () => {},
    };
    const guide = createGuide(linear, { store: erratic });
    guide.start();
    guide.next();
    guide.next();
    await guide.flush();
    expect(inner.get('pay-bill-qr')?.path).to.deep.equal(['open-bank-app', 'scan-qr', 'check-amount']);
  });

  it('does not offer finished progress, and keeps it', async () => {
    const store = memoryStore();
    const first = createGuide(linear, { store });
    first.start('confirm');
    first.next();
    await first.flush();
    const guide = createGuide(linear, { store });
    await guide.ready;
    expect(guide.state.resumable).to.equal(false);
    expect(guide.saved).to.equal(undefined);
    expect(store.get('pay-bill-qr')?.finished).to.equal(true);
  });

  it('replaces saved progress when the citizen starts afresh instead', async () => {
    const store = memoryStore();
    await walkToInstallApp(store);
    const guide = createGuide(branching, { store });
    await guide.ready;
    guide.start();
    expect(guide.state.resumable).to.equal(false);
    expect(guide.saved).to.equal(undefined);
    expectGuideError(() => guide.resume(), 'not-resumable', 'There is no saved progress to resume; check state.resumable first.');
    await guide.flush();
    expect(store.get('vneid-level-2')?.path).to.deep.equal(['welcome']);
  });

  it('ignores what the store held when the citizen started before it answered', async () => {
    const inner = memoryStore();
    await walkToInstallApp(inner);
    const slow: ProgressStore = {
      get: (id) => new Promise((resolve) => setTimeout(() => resolve(inner.get(id)), 20)),
      set: (r) => inner.set(r),
      delete: (id) => inner.delete(id),
    };
    const guide = createGuide(branching, { store: slow });
    guide.start();
    await guide.ready;
    await guide.flush();
    expect(guide.state.resumable).to.equal(false);
    expect(inner.get('vneid-level-2')?.path).to.deep.equal(['welcome']);
  });

  it('offers progress of the same revision even after a jump with goTo', async () => {
    const store = memoryStore();
    const first = createGuide(branching, { store });
    first.start();
    first.goTo('scan-card');
    await first.flush();
    const guide = createGuide(branching, { store });
    await guide.ready;
    expect(guide.saved?.path).to.deep.equal(['welcome', 'scan-card']);
  });

  describe('across revisions', () => {
    it('resumes at the same step when the saved path is still a walk of the new revision', async () => {
      const store = memoryStore();
      await walkToInstallApp(store);
      const revised: Tutorial = {
        ...branching,
        revision: 2,
        steps: [...branchingSteps.slice(0, 5), { id: 'update-app', title: 'Cập nhật ứng dụng' }, ...branchingSteps.slice(5)],
      };
      const guide = createGuide(revised, { store });
      await guide.ready;
      expect(guide.state.resumable).to.equal(true);
      expect(guide.saved?.revision).to.equal(1);
      expect(guide.saved?.total).to.equal(6);
      guide.resume();
      expect(position(guide)).to.deep.equal({
        stepId: 'install-app',
        index: 2,
        total: 6,
        path: ['welcome', 'has-card', 'install-app'],
      });
      await guide.flush();
      expect(store.get('vneid-level-2')?.revision).to.equal(2);
    });

    it('offers only a fresh start, and deletes the record, when a saved step is gone', async () => {
      const store = memoryStore();
      await walkToInstallApp(store);
      const revised: Tutorial = {
        ...branching,
        revision: 2,
        steps: branchingSteps.filter((step) => step.id !== 'welcome'),
      };
      const guide = createGuide(revised, { store });
      await guide.ready;
      expect(guide.state.resumable).to.equal(false);
      expect(guide.saved).to.equal(undefined);
      expect(store.get('vneid-level-2')).to.equal(undefined);
    });

    it('offers only a fresh start when the saved path is no longer a walk', async () => {
      const store = memoryStore();
      await walkToInstallApp(store);
      const hasCard = branchingSteps[1]!;
      const revised: Tutorial = {
        ...branching,
        revision: 2,
        steps: branchingSteps.map((step) =>
          step === hasCard ? { ...hasCard, choices: [{ label: 'Có', next: 'scan-card' }, { label: 'Chưa', next: 'get-card' }] } : step,
        ),
      };
      const guide = createGuide(revised, { store });
      await guide.ready;
      expect(guide.state.resumable).to.equal(false);
      expect(store.get('vneid-level-2')).to.equal(undefined);
    });

    it('deletes progress of the same revision whose steps are gone (the revision should have been raised)', async () => {
      const store = memoryStore();
      await walkToInstallApp(store);
      const guide = createGuide({ ...branching, steps: branchingSteps.filter((step) => step.id !== 'install-app') }, { store });
      await guide.ready;
      expect(guide.state.resumable).to.equal(false);
      expect(store.get('vneid-level-2')).to.equal(undefined);
    });
  });

  describe('when the store fails', () => {
    const key = `${progressKeyPrefix}vneid-level-2`;
    afterEach(() => localStorage.removeItem(key));

    /** Walks the whole "Not yet" branch; the walk must be the same whatever the store does. */
    async function walkThrough(guide: Guide): Promise<void> {
      await guide.ready;
      expect(guide.state.resumable).to.equal(false);
      guide.start();
      guide.next();
      guide.next(1);
      guide.back();
      guide.next(1);
      guide.next();
      guide.next();
      await guide.flush();
      expect(guide.state.finished).to.equal(true);
      expect(guide.state.path).to.deep.equal(['welcome', 'has-card', 'get-card', 'book-visit']);
    }

    function errorLog(): { errors: [string, StoreOperation][]; onStoreError: (error: unknown, operation: StoreOperation) => void } {
      const errors: [string, StoreOperation][] = [];
      return { errors, onStoreError: (error, operation) => errors.push([(error as Error).name, operation]) };
    }

    it('carries on when every store method throws', async () => {
      const { errors, onStoreError } = errorLog();
      const fail = (): never => {
        throw new TypeError('store broke');
      };
      await walkThrough(createGuide(branching, { store: { get: fail, set: fail, delete: fail }, onStoreError }));
      expect(errors.length).to.equal(8);
      expect(errors[0]).to.deep.equal(['TypeError', 'get']);
      expect(errors.slice(1).every(([, operation]) => operation === 'set')).to.equal(true);
    });

    it('carries on when the stored JSON is garbage, and writes over it', async () => {
      localStorage.setItem(key, '{"v":1,"tutorialId":"vneid-level-2","path":');
      const { errors, onStoreError } = errorLog();
      await walkThrough(createGuide(branching, { store: webStorageStore(), onStoreError }));
      expect(errors).to.deep.equal([]);
      expect((JSON.parse(localStorage.getItem(key)!) as ProgressRecord).path).to.deep.equal([
        'welcome',
        'has-card',
        'get-card',
        'book-visit',
      ]);
    });

    it('carries on when someone else\'s data sits under the key', async () => {
      localStorage.setItem(key, JSON.stringify({ name: 'Nguyễn Văn A', step: 3 }));
      await walkThrough(createGuide(branching, { store: webStorageStore() }));
    });

    it('carries on when the storage is full', async () => {
      const full = {
        getItem: () => null,
        setItem: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        removeItem: () => {},
      } as unknown as Storage;
      const { errors, onStoreError } = errorLog();
      await walkThrough(createGuide(branching, { store: webStorageStore(full), onStoreError }));
      expect(errors.length).to.equal(7);
      expect(errors[0]).to.deep.equal(['QuotaExceededError', 'set']);
    });

    it('carries on when there is no storage at all', async () => {
      const { errors, onStoreError } = errorLog();
      const sandboxed = webStorageStore(() => {
        throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
      });
      await walkThrough(createGuide(branching, { store: sandboxed, onStoreError }));
      expect(errors[0]).to.deep.equal(['SecurityError', 'get']);
      await walkThrough(createGuide(branching, { store: webStorageStore(null) }));
    });

    it('carries on when an asynchronous store rejects', async () => {
      const reject = (): Promise<never> => Promise.reject(new RangeError('offline'));
      const { errors, onStoreError } = errorLog();
      await walkThrough(createGuide(branching, { store: { get: reject, set: reject, delete: reject }, onStoreError }));
      expect(errors[0]).to.deep.equal(['RangeError', 'get']);
      expect(errors.length).to.equal(8);
    });
  });
});
