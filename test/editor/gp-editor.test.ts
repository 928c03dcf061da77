import { expect, fixture, html } from '@open-wc/testing';
import '../../src/editor/index.js';
import type { GpEditor } from '../../src/editor/index.js';
import { validateTutorial } from '../../src/index.js';
import { sendKeys } from '@web/test-runner-commands';
import { button, choose, ctrl, expectAxeClean, field, focused, press, type } from './helpers.js';

describe('<gp-editor>: a tutorial from nothing', () => {
  beforeEach(() => localStorage.clear());

  it('makes three steps, a branching choice and two languages with the keyboard', async () => {
    const el = await fixture<GpEditor>(html`<gp-editor lang="en" draft-key="walk"></gp-editor>`);
    await expectAxeClean(el);
    await type(field(el, 'Tutorial title'), 'Renew a card');
    await press(button(el, 'Add step'));
    expect(focused()).to.equal(field(el, 'Step title'));
    await type(field(el, 'Step title'), 'Do you have your card?');
    await type(field(el, 'Text'), 'Look in your wallet.');
    await press(button(el, 'Add step'));
    await type(field(el, 'Step title'), 'Renew online');
    await type(field(el, 'Text'), 'Open the portal.');
    await choose(field<HTMLSelectElement>(el, 'Then'), 'Finish here');
    await press(button(el, 'Add step'));
    await type(field(el, 'Step title'), 'Get a card first');
    await type(field(el, 'Text'), 'Go to the ward office.');
    await expectAxeClean(el);

    await press(button(el, 'Step 1: Do you have your card?'));
    await press(button(el, 'Add choice'));
    expect(focused()).to.equal(field(el, 'Choice label'));
    await type(field(el, 'Choice label'), 'Yes');
    await press(button(el, 'Add choice'));
    const labels = [...el.shadowRoot!.querySelectorAll('label')].filter((l) => l.textContent!.trim() === 'Choice label');
    await type(el.shadowRoot!.getElementById(labels[1]!.htmlFor)!, 'No');
    const goesTo = [...el.shadowRoot!.querySelectorAll('label')].filter((l) => l.textContent!.trim() === 'Goes to');
    await choose(el.shadowRoot!.getElementById(goesTo[1]!.htmlFor) as HTMLSelectElement, 'Go to step 3: Get a card first');
    await expectAxeClean(el);
    expect(validateTutorial(el.value).problems).to.deep.equal([]);
    expect(el.value.steps.map((s) => s.id)).to.deep.equal(['do-you-have-your-card', 'renew-online', 'get-a-card-first']);
    expect(el.value.steps[0]!.choices).to.deep.equal([
      { label: 'Yes', next: 'renew-online' },
      { label: 'No', next: 'get-a-card-first' },
    ]);
    expect(el.value.steps[1]!.next).to.equal(null);

    await choose(field<HTMLSelectElement>(el, 'Language to add'), 'Tiếng Việt');
    await press(button(el, 'Add language'));
    expect(field(el, 'Tutorial title (English)').value).to.equal('Renew a card');
    expect(el.problems.some((p) => p.code === 'missing-translation')).to.equal(true);
    await expectAxeClean(el);
  });
});

/** An editor with a small valid tutorial of three steps, the first branching. */
async function opened(key: string): Promise<GpEditor> {
  const el = await fixture<GpEditor>(html`<gp-editor lang="en" draft-key=${key}></gp-editor>`);
  el.value = {
    format: 1,
    id: 'renew-card',
    revision: 1,
    lang: 'en',
    title: 'Renew a card',
    steps: [
      { id: 'start', title: 'Start', choices: [{ label: 'Online', next: 'online' }, { label: 'At the desk', next: 'desk' }] },
      { id: 'online', title: 'Online', body: 'Open the portal.', next: null },
      { id: 'desk', title: 'Desk', body: 'Go to the ward.' },
    ],
  };
  await el.updateComplete;
  return el;
}

describe('<gp-editor>: editing', () => {
  beforeEach(() => localStorage.clear());

  it('renames a step and the choice that goes to it follows', async () => {
    const el = await opened('rename');
    await press(button(el, 'Step 2: Online'));
    const title = field(el, 'Step title');
    title.focus();
    await sendKeys({ press: 'End' });
    await type(title, ' renewal');
    expect(el.value.steps[1]!.id).to.equal('online-renewal');
    expect(el.value.steps[0]!.choices![0]!.next).to.equal('online-renewal');
    await press(button(el, 'Step 1: Start'));
    const goesTo = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.trim() === 'Goes to')!;
    const select = el.shadowRoot!.getElementById(goesTo.htmlFor) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Go to step 2: Online renewal');
    expect(validateTutorial(el.value).ok).to.equal(true);
  });

  it('shows a problem beside its field as you type, and Problems takes focus there', async () => {
    const el = await opened('problem');
    await press(button(el, 'Step 3: Desk'));
    const title = field(el, 'Step title');
    title.focus();
    await sendKeys({ press: 'End' });
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const described = title.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim());
    expect(described.join(' ')).to.match(/^Problem: .*step 3/i);
    await expectAxeClean(el);
    await press(button(el, 'Step 1: Start'));
    const entry = [...el.shadowRoot!.querySelectorAll('.problems button')].find((b) => /Step 3/.test(b.textContent!)) as HTMLButtonElement;
    await press(entry);
    expect(focused()).to.equal(field(el, 'Step title'));
    expect(el.shadowRoot!.getElementById('step-heading')!.textContent).to.equal('Step 3 of 3');
  });

  it('gives plain-language advice beside the text, never blocking, except for abbreviations the portal allows', async () => {
    const el = await opened('advice');
    el.setAttribute('abbreviations', 'VNeID');
    await press(button(el, 'Step 2: Online'));
    const text = field<HTMLTextAreaElement>(el, 'Text');
    text.focus();
    await sendKeys({ press: 'End' });
    await type(text, ' Then enter the OTP and VNeID code.');
    await el.updateComplete;
    const said = text.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
    expect(said).to.match(/Advice: This step asks for more than one action\./);
    expect(said).to.match(/Advice: “OTP” is used without saying what it stands for/);
    expect(said).not.to.match(/VNeID/);
    expect(text.hasAttribute('aria-invalid')).to.equal(false);
    expect(el.problems).to.deep.equal([]);
    expect(el.advice.map((a) => a.code)).to.deep.equal(['several-actions', 'unexplained-abbreviation']);
    await expectAxeClean(el);
  });

  it('flags what went to a deleted step beside its "Goes to", and Undo brings the step back', async () => {
    const el = await opened('deleted');
    await press(button(el, 'Step 3: Desk'));
    await press(button(el, 'Delete step'));
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.match(/^Step 3 deleted\. Press Undo to bring it back\. 1 place went to it: see Problems\./);
    await press(button(el, 'Step 1: Start'));
    const goesTo = [...el.shadowRoot!.querySelectorAll('label')].filter((l) => l.textContent!.trim() === 'Goes to')[1]!;
    const select = el.shadowRoot!.getElementById(goesTo.htmlFor) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('A deleted step (desk)');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    await expectAxeClean(el);
    await press(button(el, 'Undo'));
    expect(el.value.steps.map((s) => s.id)).to.deep.equal(['start', 'online', 'desk']);
    expect(el.problems).to.deep.equal([]);
  });

  it('shows titles exactly as written in the step list and the step pickers', async () => {
    const el = await opened('titles');
    await press(button(el, 'Step 2: Online'));
    const title = field(el, 'Step title');
    title.select();
    await type(title, 'Pay $& <b>now</b>');
    expect(button(el, 'Step 2: Pay $& <b>now</b>')).to.exist;
    await press(button(el, 'Step 1: Start'));
    const goesTo = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.trim() === 'Goes to')!;
    const select = el.shadowRoot!.getElementById(goesTo.htmlFor) as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('Go to step 2: Pay $& <b>now</b>');
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Y, typing in one field being one step', async () => {
    const el = await opened('undo');
    await type(field(el, 'Tutorial title'), ' now');
    await press(button(el, 'Step 3: Desk'));
    await press(button(el, 'Delete step'));
    expect(el.value.steps.length).to.equal(2);
    await ctrl('z');
    await el.updateComplete;
    expect(el.value.steps.length).to.equal(3);
    await ctrl('z');
    await el.updateComplete;
    expect(el.value.title).to.equal('Renew a card');
    await ctrl('y');
    await el.updateComplete;
    expect(el.value.title).to.equal('Renew a card now');
    await press(button(el, 'Undo'));
    expect(el.value.title).to.equal('Renew a card');
  });

  it('keeps unsaved work in the browser and offers it back after a reload', async () => {
    const first = await opened('reload');
    await type(field(first, 'Tutorial title'), ' today');
    first.remove();
    const again = await opened('reload');
    expect(again.value.title).to.equal('Renew a card');
    await expectAxeClean(again);
    await press(button(again, 'Bring back my changes'));
    expect(again.value.title).to.equal('Renew a card today');
    expect(field(again, 'Tutorial title').value).to.equal('Renew a card today');
  });

  it('fires gp-change on each edit and gp-save with the file text; asks before saving problems', async () => {
    const el = await opened('save');
    const changes: unknown[] = [];
    const saves: { text: string }[] = [];
    el.addEventListener('gp-change', (e) => changes.push(e.detail));
    el.addEventListener('gp-save', (e) => saves.push(e.detail));
    await type(field(el, 'Tutorial title'), '!');
    expect(changes.length).to.equal(1);
    await press(button(el, 'Save'));
    expect(saves.length).to.equal(1);
    expect(saves[0]!.text).to.match(/^\{\n  "format": 1,\n  "id": "renew-card",/);
    expect(saves[0]!.text.endsWith('}\n')).to.equal(true);
    const title = field(el, 'Tutorial title');
    title.select();
    await sendKeys({ press: 'Backspace' });
    await press(button(el, 'Save'));
    expect(saves.length).to.equal(1);
    expect(focused()!.id).to.equal('prompt-message');
    await expectAxeClean(el);
    await press(button(el, 'Write it anyway'));
    expect(saves.length).to.equal(2);
    expect(focused()).to.equal(button(el, 'Save'));
  });
});

describe('<gp-editor>: help from a person', () => {
  beforeEach(() => localStorage.clear());

  it('adds a hotline with its opening hours by keyboard, and a problem in it shows beside the field', async () => {
    const el = await opened('help');
    await press(button(el, 'Add a way to get help'));
    expect(focused()).to.equal(field(el, 'Kind'));
    await choose(field<HTMLSelectElement>(el, 'Kind'), 'Desk to visit');
    await type(field(el, 'Name shown'), 'Ward 3 one-stop desk');
    await type(field(el, 'Address of the desk'), '12 Lê Lợi, Huế');
    await press(button(el, 'Add opening hours'));
    expect(focused()).to.equal(field(el, 'Monday'));
    // Saturday morning too: ticked with the space bar, as a checkbox is.
    field(el, 'Saturday').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // The hour of "Opens at" one later, with the arrow key (the same in a 12- or 24-hour clock).
    field(el, 'Opens at').focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.value.help).to.deep.equal({
      channels: [
        { type: 'desk', label: 'Ward 3 one-stop desk', value: '12 Lê Lợi, Huế', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa'], opens: '08:30', closes: '17:00' }] },
      ],
      timezone: 'Asia/Ho_Chi_Minh',
    });
    expect(el.problems).to.deep.equal([]);
    expect(field<HTMLSelectElement>(el, 'Time zone of the opening hours').value).to.equal('Asia/Ho_Chi_Minh');
    await expectAxeClean(el);

    // No day ticked: the problem is beside the days, and Problems sends focus to them.
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
      field(el, day).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
    }
    expect(el.problems.map((p) => p.path)).to.deep.equal(['help.channels[0].hours[0].days']);
    const group = field(el, 'Monday').closest('fieldset')!;
    expect(group.querySelector('legend')!.textContent).to.equal('Opening hours 1');
    const said = el.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(said).to.match(/^Problem: /);
    await expectAxeClean(el);
    const entry = [...el.shadowRoot!.querySelectorAll('.problems button')].find((b) => /days/.test(b.textContent!)) as HTMLButtonElement;
    field(el, 'Tutorial title').focus();
    await press(entry);
    expect(focused()).to.equal(field(el, 'Monday'));

    await press(button(el, 'Remove way to get help 1'));
    expect(el.value.help).to.equal(undefined);
    await press(button(el, 'Undo'));
    expect((el.value.help as { channels: unknown[] }).channels).to.have.length(1);
  });

  it('shows a Vietnamese editor its problems and advice in Vietnamese, beside the field', async () => {
    const el = await fixture<GpEditor>(html`<gp-editor lang="vi" draft-key="problems-vi"></gp-editor>`);
    el.value = {
      format: 1,
      id: 'cap-lai-the',
      revision: 1,
      lang: 'vi',
      title: 'Cấp lại thẻ',
      steps: [
        { id: 'bat-dau', title: 'Bắt đầu', body: 'Mở cổng dịch vụ công.' },
        { id: 'quay', title: 'Quầy', body: 'Đến phường.' },
      ],
    };
    await el.updateComplete;
    await press(button(el, 'Bước 2: Quầy'));
    const title = field(el, 'Tên bước');
    title.focus();
    await sendKeys({ press: 'End' });
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const said = (input: HTMLElement) =>
      input.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim()).join(' ');
    // The step's id follows its (now empty) title.
    expect(said(title)).to.equal('Lỗi: Bước 2 (step): "title" đang trống. Hãy viết nội dung.');
    expect(el.problems.map((p) => [p.path, p.code])).to.deep.equal([['steps[1].title', 'empty-text']]);
    await expectAxeClean(el);

    const text = field<HTMLTextAreaElement>(el, 'Nội dung');
    text.focus();
    await sendKeys({ press: 'End' });
    await type(text, ' Nhập mã OTP, sau đó bấm Gửi.');
    await el.updateComplete;
    expect(said(text)).to.match(/Lời khuyên: Bước này yêu cầu làm nhiều hơn một việc\./);
    expect(said(text)).to.match(/Lời khuyên: “OTP” được dùng mà chưa nói rõ là viết tắt của gì\./);

    await press(button(el, 'Bước 1: Bắt đầu'));
    const entry = [...el.shadowRoot!.querySelectorAll('.problems button')].find((b) => /đang trống/.test(b.textContent!)) as HTMLButtonElement;
    expect(entry.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lỗi: Bước 2 (step): "title" đang trống. Hãy viết nội dung.');
    await press(entry);
    expect(focused()).to.equal(field(el, 'Tên bước'));
    expect(el.shadowRoot!.getElementById('step-heading')!.textContent).to.equal('Bước 2 / 2');
    await expectAxeClean(el);
  });

  it('speaks Vietnamese to a Vietnamese editor', async () => {
    const el = await fixture<GpEditor>(html`<gp-editor lang="vi" draft-key="help-vi"></gp-editor>`);
    await press(button(el, 'Thêm một cách liên hệ'));
    expect(focused()).to.equal(field(el, 'Loại'));
    await press(button(el, 'Thêm giờ làm việc'));
    expect(focused()).to.equal(field(el, 'Thứ Hai'));
    expect(field(el, 'Chủ Nhật').checked).to.equal(false);
    await expectAxeClean(el);
  });
});

describe('<gp-editor>: recordings read aloud', () => {
  beforeEach(() => localStorage.clear());

  it('takes a recording per language, refuses an unsafe one beside its field, and drops audio when emptied', async () => {
    const el = await opened('audio');
    await press(button(el, 'Step 2: Online'));
    const summary = [...el.shadowRoot!.querySelectorAll('summary')].find((s) => s.textContent!.trim() === 'Recordings read aloud')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const recording = field(el, 'Recording (English)');
    await type(recording, 'http://example.gov.vn/online.mp3');
    await el.updateComplete;
    expect(el.value.steps[1]!.audio).to.deep.equal({ en: 'http://example.gov.vn/online.mp3' });
    expect(el.problems.map((p) => `${p.code} ${p.path}`)).to.deep.equal(['unsafe-link steps[1].audio.en']);
    expect(recording.getAttribute('aria-invalid')).to.equal('true');
    await expectAxeClean(el);
    recording.select();
    await type(recording, 'audio/online.en.mp3');
    await el.updateComplete;
    expect(el.problems).to.deep.equal([]);
    recording.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.value.steps[1]).to.not.have.property('audio');
  });
});
