// Broken tutorials, built from the shared fixtures, that between them make validateTutorial()
// report every problem code it can (all but the two only parseTutorial() finds).
import { bilingual, minimal, withSteps, type Json } from './tutorials.js';

/** A fresh broken tutorial per call, by what is wrong with it. */
export const BROKEN: Record<string, () => Json> = {
  'a list instead of a tutorial': () => [minimal()],
  'a list instead of a step': () => withSteps([[{ id: 'a', title: 'A' }]]),
  'wrong types and missing fields': () => {
    const data = minimal();
    data.revision = '1';
    delete data.title;
    data.steps[0].next = 5;
    return data;
  },
  'a newer format, bad ids and codes': () => {
    const data = bilingual();
    data.format = 2;
    data.id = 'Cài ứng dụng';
    data.lang = 'VI';
    data.title = { vi: 'A', EN: 'B', 'en-us': 'C' };
    data.help.timezone = 'Mars/Base';
    data.help.channels[0].type = 'phon';
    data.help.channels[0].hours[0].days = ['Monday'];
    data.help.channels[0].hours[0].opens = '25:00';
    return data;
  },
  'unknown fields': () => {
    const data = bilingual();
    data.titel = 'x';
    data.steps[1].image.caption = 'x';
    data.help.channels[0].hourz = [];
    data['x-note'] = 'kept as a note';
    return data;
  },
  'texts: empty, untranslated, unsafe links, no alt': () => {
    const data = bilingual();
    data.summary = '';
    data.completion = 'Only Vietnamese';
    data.requirements[0] = { vi: 'a' };
    data.requirements[1].en = ' ';
    data.steps[0].body.en = 'See [this](http://example.vn) and [that](javascript:alert(1)).';
    data.steps[1].image.alt = '';
    delete data.steps[1].image.width;
    data.steps[1].image.height = 0;
    return data;
  },
  'an image without alt, and bad numbers': () => {
    const data = withSteps([{ id: 'a', title: 'A', image: { src: 'http://x.vn/a.png' } }]);
    data.minutes = -5;
    data.revision = 1.5;
    return data;
  },
  'steps: duplicates, unknown targets, unreachable, loops': () =>
    withSteps([
      { id: 'a', title: 'A', choices: [{ label: 'x', next: 'b' }, { label: 'y', next: 'nowhere' }], next: 'c' },
      { id: 'b', title: 'B', next: 'b' },
      { id: 'a', title: 'A again', next: 'd' },
      { id: 'd', title: 'D', next: 'e' },
      { id: 'e', title: 'E', next: 'd' },
      { id: 'f', title: 'F', choices: [] },
    ]),
  'values: addresses, hours, tours': () => {
    const data = bilingual();
    data.help.channels.push(
      { type: 'phone', label: 'a', value: 'call us' },
      { type: 'email', label: 'b', value: 'not-an-address' },
      { type: 'link', label: 'c', value: 'tel:1900' },
      { type: 'chat', label: 'd', value: 'http://chat.example.vn' },
      { type: 'desk', label: 'e', value: 'Ward office', map: 'maps.example.vn', hours: [{ days: ['mo'], opens: '17:00', closes: '07:30' }] },
    );
    data.steps[2].advanceOn = { event: 'clck' };
    data.steps[1].image.src = 'ftp://example.vn/a.png';
    return data;
  },
  'only missing translations': () => {
    const data = bilingual();
    delete data.steps[0].title.en;
    data.steps[1].tip = 'Miễn phí';
    return data;
  },
};
