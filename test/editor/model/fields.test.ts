import { expect } from '@open-wc/testing';
import { ADD_STEP_FIELD, addChannel, addHours, editorFields, fieldElementId, fieldForProblem, newDraft, addStep, addChoice, stepOfField } from '../../../src/editor/model/index.js';
import { validateTutorial } from '../../../src/index.js';

describe('editor model: problems beside their fields', () => {
  const draft = addChoice(addStep(addStep(newDraft('en')).draft).draft, 1).draft;
  const fields = new Set(editorFields(draft, ['en', 'vi']));

  it('puts each problem at the field that fixes it', () => {
    expect(fieldForProblem('steps[1].title', fields, 'en')).to.equal('steps[1].title.en');
    expect(fieldForProblem('steps[1].title.vi', fields, 'en')).to.equal('steps[1].title.vi');
    expect(fieldForProblem('steps[1].choices[0].next', fields, 'en')).to.equal('steps[1].choices[0].next');
    expect(fieldForProblem('steps[1]', fields, 'en')).to.equal('steps[1].title.en');
    expect(fieldForProblem('steps[0].image.alt', fields, 'en')).to.equal('steps[0].image.alt.en');
    expect(fieldForProblem('steps', fields, 'en')).to.equal(ADD_STEP_FIELD);
    expect(fieldForProblem('', fields, 'en')).to.equal('title.en');
    // A step's own help has no fields in the editor: its problems go to the list only.
    expect(fieldForProblem('steps[0].help.channels[0].value', fields, 'en')).to.equal(undefined);
  });

  it('puts a help channel\'s problems beside its fields, once there is a channel', () => {
    expect(fieldForProblem('help.channels[0].value', fields, 'en')).to.equal('title.en');
    const withHelp = addHours(addChannel(draft).draft, 0).draft;
    const helpFields = new Set(editorFields(withHelp, ['en', 'vi']));
    expect(fieldForProblem('help.channels[0].value', helpFields, 'en')).to.equal('help.channels[0].value');
    expect(fieldForProblem('help.channels[0].label', helpFields, 'en')).to.equal('help.channels[0].label.en');
    expect(fieldForProblem('help.channels[0].hours[0].days', helpFields, 'en')).to.equal('help.channels[0].hours[0].days');
    expect(fieldForProblem('help.channels[0].hours[0].days[3]', helpFields, 'en')).to.equal('help.channels[0].hours[0].days');
    expect(fieldForProblem('help.channels[0].hours[0].closes', helpFields, 'en')).to.equal('help.channels[0].hours[0].closes');
    expect(fieldForProblem('help.timezone', helpFields, 'en')).to.equal('help.timezone');
    expect(fieldForProblem('help.timezone', fields, 'en')).to.equal('title.en');
  });

  it('finds a field for every problem of a new tutorial', () => {
    const problems = validateTutorial(draft).problems;
    expect(problems.length).to.be.greaterThan(0);
    for (const p of problems) expect(fieldForProblem(p.path, fields, 'en'), p.path).to.be.a('string');
  });

  it('gives each field an HTML id of its own and knows its step', () => {
    const ids = [...fields].map(fieldElementId);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^f-[A-Za-z0-9_-]+$/);
    expect(stepOfField('steps[12].title.en')).to.equal(12);
    expect(stepOfField('title.en')).to.equal(undefined);
  });
});
