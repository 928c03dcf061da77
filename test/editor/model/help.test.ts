import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addChannel,
  addHours,
  addStep,
  channelsOf,
  deleteChannel,
  deleteHours,
  languagesOf,
  newDraft,
  setChannelType,
  setDay,
  setField,
  setText,
  type Draft,
  type Weekday,
} from '../../../src/editor/model/index.js';
import { validateTutorial, WEEKDAYS } from '../../../src/index.js';

/** A one-step tutorial that passes the validator. */
function tutorial(): Draft {
  const added = addStep(setText(newDraft('vi'), ['title'], 'vi', 'Kích hoạt tài khoản'));
  return setText(added.draft, ['steps', 0, 'title'], 'vi', 'Mở ứng dụng');
}

describe('editor model: help from a person', () => {
  it('adds a phone line in Vietnam\'s time zone, with the working week as its hours', () => {
    let draft = addChannel(tutorial()).draft;
    draft = setText(draft, ['help', 'channels', 0, 'label'], 'vi', 'Đường dây nóng');
    draft = setField(draft, ['help', 'channels', 0, 'value'], '1900 1234');
    const hours = addHours(draft, 0);
    expect(hours.period).to.equal(0);
    draft = hours.draft;
    expect(draft.help).to.deep.equal({
      channels: [{ type: 'phone', label: 'Đường dây nóng', value: '1900 1234', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '17:00' }] }],
      timezone: 'Asia/Ho_Chi_Minh',
    });
    expect(validateTutorial(draft).problems).to.deep.equal([]);
  });

  it('keeps a time zone already chosen when another channel is added', () => {
    let draft = setField(addChannel(tutorial()).draft, ['help', 'timezone'], 'Asia/Bangkok');
    const second = addChannel(draft);
    expect(second.index).to.equal(1);
    draft = second.draft;
    expect(draft.help).to.have.property('timezone', 'Asia/Bangkok');
    expect(channelsOf(draft)).to.have.length(2);
  });

  it('removes the tutorial\'s help with its last channel, but keeps fields it does not know', () => {
    const draft = addChannel(tutorial()).draft;
    expect(deleteChannel(draft, 0).help).to.equal(undefined);
    const kept = deleteChannel(setField(draft, ['help', 'x-note'], 'ward 3'), 0);
    expect(kept.help).to.deep.equal({ 'x-note': 'ward 3', channels: [] });
    expect(validateTutorial(kept).problems).to.deep.equal([]);
  });

  it('drops the map link when a desk becomes another kind of channel', () => {
    let draft = setChannelType(addChannel(tutorial()).draft, 0, 'desk');
    draft = setField(draft, ['help', 'channels', 0, 'map'], 'https://maps.example/ward-3');
    expect(channelsOf(setChannelType(draft, 0, 'desk'))[0]).to.have.property('map');
    expect(channelsOf(setChannelType(draft, 0, 'phone'))[0]).to.not.have.property('map');
  });

  it('removes opening hours, and the hours list with its last period', () => {
    let draft = addHours(addHours(addChannel(tutorial()).draft, 0).draft, 0).draft;
    draft = setField(draft, ['help', 'channels', 0, 'hours', 1, 'opens'], '13:00');
    const one = deleteHours(draft, 0, 0);
    expect(channelsOf(one)[0]!.hours).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:00', closes: '17:00' }]);
    expect(channelsOf(deleteHours(one, 0, 0))[0]).to.not.have.property('hours');
  });

  it('keeps the days of a period in the week\'s order, each once, whatever is ticked', () => {
    const start = addHours(addChannel(tutorial()).draft, 0).draft;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WEEKDAYS), fc.boolean()), { maxLength: 30 }), (ticks) => {
        let draft = start;
        const expected = new Set<Weekday>(['mo', 'tu', 'we', 'th', 'fr']);
        for (const [day, on] of ticks) {
          draft = setDay(draft, 0, 0, day, on);
          if (on) expected.add(day);
          else expected.delete(day);
        }
        expect(channelsOf(draft)[0]!.hours![0]!.days).to.deep.equal(WEEKDAYS.filter((d) => expected.has(d)));
      }),
    );
  });

  it('counts a channel label\'s language among the tutorial\'s languages', () => {
    const draft = setText(addChannel(tutorial()).draft, ['help', 'channels', 0, 'label'], 'en', 'Ward hotline');
    expect(languagesOf(draft)).to.deep.equal(['vi', 'en']);
  });
});
