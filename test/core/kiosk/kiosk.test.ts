import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { announceCountdown, clearGuidepostKeys, isGuidepostKey, kioskTiming, minCountdownSeconds } from '../../../src/core/kiosk/index.js';

describe('kiosk rules', () => {
  it('waits 3 minutes by default and never counts down under 60 seconds, whatever it is given', () => {
    expect(kioskTiming()).to.deep.equal({ idleMs: 180_000, countdownSeconds: 60 });
    expect(kioskTiming({ idleMinutes: 0.5, countdownSeconds: 90.2 })).to.deep.equal({ idleMs: 30_000, countdownSeconds: 91 });
    fc.assert(
      fc.property(fc.option(fc.double()), fc.option(fc.double()), (idleMinutes, countdownSeconds) => {
        const timing = kioskTiming({ ...(idleMinutes === null ? {} : { idleMinutes }), ...(countdownSeconds === null ? {} : { countdownSeconds }) });
        expect(timing.idleMs).to.be.greaterThan(0);
        expect(Number.isFinite(timing.idleMs)).to.equal(true);
        expect(timing.countdownSeconds).to.be.at.least(minCountdownSeconds);
        expect(Number.isInteger(timing.countdownSeconds)).to.equal(true);
      }),
    );
  });

  it('says the countdown aloud at its start, at 30 and at 10 seconds', () => {
    const said = Array.from({ length: 61 }, (_, i) => 60 - i).filter((s) => announceCountdown(s, 60));
    expect(said).to.deep.equal([60, 30, 10]);
  });

  it('clears guidepost keys only', () => {
    const data = new Map([
      ['guidepost:progress:a', '1'],
      ['guidepost:text-size', 'large'],
      ['portal:lang', 'vi'],
      ['guideposts', 'x'],
    ]);
    const storage = {
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      removeItem: (k: string) => void data.delete(k),
    };
    expect(clearGuidepostKeys(storage)).to.equal(2);
    expect([...data.keys()]).to.deep.equal(['portal:lang', 'guideposts']);
    fc.assert(fc.property(fc.string(), (rest) => isGuidepostKey(`guidepost:${rest}`) && !isGuidepostKey(`x${rest}guidepost:`)));
  });
});
