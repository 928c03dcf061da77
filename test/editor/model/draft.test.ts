import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addChoice,
  addLanguage,
  addStep,
  deleteChoice,
  deleteStep,
  draftFrom,
  duplicateStep,
  languagesOf,
  moveStep,
  newDraft,
  referencesTo,
  renameStep,
  setChoiceNext,
  setText,
  setThen,
  thenOf,
  type Draft,
} from '../../../src/editor/model/index.js';
import { validateTutorial } from '../../../src/index.js';

/** A tutorial of `titles.length` steps, written through the model as a person would. */
function written(titles: string[], lang = 'en'): Draft {
  let draft = setText(newDraft(lang), ['title'], lang, 'Renew a card');
  for (const title of titles) {
    const added = addStep(draft);
    draft = setText(added.draft, ['steps', added.index, 'title'], lang, title);
  }
  return draft;
}

describe('editor model: drafts', () => {
  it('makes a tutorial from nothing that the validator accepts', () => {
    let draft = written(['Have your card ready', 'Open the app', 'Get a card first']);
    expect(draft.id).to.equal('renew-a-card');
    expect(draft.steps.map((s) => s.id)).to.deep.equal(['have-your-card-ready', 'open-the-app', 'get-a-card-first']);
    const choice = addChoice(draft, 0);
    draft = setText(choice.draft, ['steps', 0, 'choices', 0, 'label'], 'en', 'Yes');
    const second = addChoice(draft, 0);
    draft = setText(second.draft, ['steps', 0, 'choices', 1, 'label'], 'en', 'Not yet');
    draft = setChoiceNext(draft, 0, 1, 'get-a-card-first');
    draft = setThen(draft, 1, { kind: 'finish' });
    const result = validateTutorial(draft);
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('follows a renamed step title in the id and in every link to it', () => {
    let draft = written(['Start', 'Install', 'End']);
    draft = addChoice(draft, 0).draft;
    draft = setChoiceNext(draft, 0, 0, 'install');
    draft = setThen(draft, 2, { kind: 'step', id: 'install' });
    draft = setText(draft, ['steps', 1, 'title'], 'en', 'Install the app');
    expect(draft.steps[1]!.id).to.equal('install-the-app');
    expect(draft.steps[0]!.choices![0]!.next).to.equal('install-the-app');
    expect(draft.steps[2]!.next).to.equal('install-the-app');
    expect(referencesTo(draft, 'install-the-app')).to.deep.equal([{ step: 0, choice: 0 }, { step: 2 }]);
  });

  it('keeps an id someone set by hand when the title changes', () => {
    let draft = written(['Install']);
    draft = renameStep(draft, 0, 'setup');
    draft = setText(draft, ['steps', 0, 'title'], 'en', 'Install the app');
    expect(draft.steps[0]!.id).to.equal('setup');
  });

  it('flags what pointed at a deleted step through the validator', () => {
    let draft = written(['Start', 'Middle', 'End']);
    draft = setThen(draft, 0, { kind: 'step', id: 'end' });
    draft = deleteStep(draft, 2);
    const problems = validateTutorial(draft).problems;
    expect(problems.some((p) => p.path === 'steps[0].next' && p.code === 'unknown-step')).to.equal(true);
  });

  it('duplicates under a new id and moves steps inside the list', () => {
    let draft = written(['A', 'B']);
    const copy = duplicateStep(draft, 0);
    draft = copy.draft;
    expect(copy.index).to.equal(1);
    expect(draft.steps.map((s) => s.id)).to.deep.equal(['a', 'a-2', 'b']);
    expect(moveStep(draft, 0, -1).draft).to.equal(draft);
    const moved = moveStep(draft, 0, 1);
    expect(moved.draft.steps.map((s) => s.id)).to.deep.equal(['a-2', 'a', 'b']);
    expect(moved.index).to.equal(1);
  });

  it('never changes the draft it was given', () => {
    const draft = written(['A', 'B']);
    const frozen = JSON.stringify(draft);
    addStep(draft);
    duplicateStep(draft, 0);
    deleteStep(draft, 1);
    moveStep(draft, 1, -1);
    renameStep(draft, 0, 'x');
    setText(draft, ['steps', 0, 'title'], 'en', 'C');
    addChoice(draft, 0);
    addLanguage(draft, 'vi');
    expect(JSON.stringify(draft)).to.equal(frozen);
  });

  it('adds a choice in place of "Then", and goes on in order when the last choice goes', () => {
    let draft = written(['A', 'B']);
    draft = setThen(draft, 0, { kind: 'finish' });
    draft = addChoice(draft, 0).draft;
    expect(draft.steps[0]!.next).to.equal(undefined);
    expect(draft.steps[0]!.choices![0]!.next).to.equal(null);
    draft = deleteChoice(draft, 0, 0);
    expect(draft.steps[0]!.choices).to.equal(undefined);
    expect(thenOf(draft.steps[0]!)).to.deep.equal({ kind: 'order' });
  });

  it('writes translations side by side and keeps a single language as plain strings', () => {
    let draft = written(['Open the app']);
    expect(draft.steps[0]!.title).to.equal('Open the app');
    draft = addLanguage(draft, 'vi');
    expect(languagesOf(draft)).to.deep.equal(['en', 'vi']);
    expect(draft.title).to.deep.equal({ en: 'Renew a card', vi: '' });
    draft = setText(draft, ['steps', 0, 'title'], 'vi', 'Mở ứng dụng');
    expect(draft.steps[0]!.title).to.deep.equal({ en: 'Open the app', vi: 'Mở ứng dụng' });
    // Writing the other language does not move the id.
    expect(draft.steps[0]!.id).to.equal('open-the-app');
    // An optional text emptied in every language disappears; a required one stays.
    draft = setText(draft, ['steps', 0, 'body'], 'vi', 'x');
    draft = setText(draft, ['steps', 0, 'body'], 'vi', '');
    expect('body' in draft.steps[0]!).to.equal(false);
    draft = setText(draft, ['steps', 0, 'title'], 'en', '');
    draft = setText(draft, ['steps', 0, 'title'], 'vi', '');
    expect(draft.steps[0]!.title).to.deep.equal({ en: '', vi: '' });
  });

  it('reads any file data without throwing, keeping unknown fields', () => {
    expect(draftFrom(null, 'vi')).to.deep.equal(newDraft('vi'));
    const draft = draftFrom({ id: 'x', lang: 'en', title: 'T', steps: [{ title: 'A' }, 'oops'], 'x-note': 1 }, 'vi');
    expect(draft.lang).to.equal('en');
    expect(draft['x-note']).to.equal(1);
    expect(draft.steps.map((s) => s.id)).to.deep.equal(['step-1', 'step-2']);
    fc.assert(fc.property(fc.jsonValue(), (data) => void draftFrom(data, 'vi')));
  });

  it('keeps step ids unique whatever is added, duplicated, renamed or moved', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(9) }),
      fc.record({ kind: fc.constant('title' as const), at: fc.nat(9), title: fc.constantFrom('Bước một', 'Bước 1', 'bước-một', '', 'Đi', 'Di') }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(9), by: fc.constantFrom(-1, 1) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(9) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let draft = newDraft('vi');
        for (const o of ops) {
          if (o.kind === 'add') draft = addStep(draft).draft;
          else if (o.kind === 'duplicate') draft = duplicateStep(draft, o.at).draft;
          else if (o.kind === 'title') draft = o.at < draft.steps.length ? setText(draft, ['steps', o.at, 'title'], 'vi', o.title) : draft;
          else if (o.kind === 'move') draft = moveStep(draft, o.at, o.by).draft;
          else draft = deleteStep(draft, o.at);
        }
        const ids = draft.steps.map((s) => s.id);
        expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
      }),
    );
  });
});
