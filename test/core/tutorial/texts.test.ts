import { expect } from '@open-wc/testing';
import { validateTutorial } from '../../../src/core/tutorial/index.js';
import { bilingual, minimal, problemsOf, problemsWith, withSteps } from './tutorials.js';

describe('text checks', () => {
  describe('missing-translation', () => {
    it('warns for a translations object that lacks a language of the file', () => {
      const data = bilingual();
      delete data.steps[1].tip.en;
      const result = validateTutorial(data);
      expect(result.problems).to.deep.equal([
        {
          code: 'missing-translation',
          path: 'steps[1].tip.en',
          message: 'Step 2 (install-app): "tip" has no "en" translation. Add one, so people reading en do not get another language.',
          severity: 'warning',
        },
      ]);
      expect(result.ok).to.equal(true);
      expect(result.tutorial?.id).to.equal('vneid-level-2');
    });

    it('warns for a plain text in a file with several languages', () => {
      const data = bilingual();
      data.requirements[1] = 'Điện thoại thông minh';
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'missing-translation',
          path: 'requirements[1].en',
          message: 'Requirement 2 is only in vi, but this file also has en. Write it as translations: { "vi": "…", "en": "…" }.',
        },
      ]);
    });

    it('warns for an empty translation, and counts every language used anywhere', () => {
      const data = bilingual();
      data.steps[0].choices[0].label = { vi: 'Có', en: 'Yes', hmn: 'Muaj' };
      data.title.en = '  ';
      const found = problemsWith(data, 'missing-translation');
      expect(found.slice(0, 3)).to.deep.equal([
        { code: 'missing-translation', path: 'title.en', message: '"title" has an empty "en" translation. Fill it in, so people reading en do not get another language.' },
        { code: 'missing-translation', path: 'title.hmn', message: '"title" has no "hmn" translation. Add one, so people reading hmn do not get another language.' },
        { code: 'missing-translation', path: 'summary.hmn', message: '"summary" has no "hmn" translation. Add one, so people reading hmn do not get another language.' },
      ]);
      expect(found.some((p) => p.path.startsWith('steps[0].choices[0]'))).to.equal(false);
    });

    it('accepts a file in one language written with plain texts', () => {
      expect(problemsOf(minimal())).to.deep.equal([]);
    });
  });

  describe('empty-text', () => {
    it('reports empty and whitespace-only texts, saying when the field can go', () => {
      const data = withSteps([{ id: 'a', title: ' ', body: '\n\n', tip: { en: '' } }]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'empty-text', path: 'steps[0].title', message: 'Step 1 (a): "title" is empty. Write the text.' },
        { code: 'empty-text', path: 'steps[0].body', message: 'Step 1 (a): "body" is empty. Write the text, or remove "body".' },
        { code: 'empty-text', path: 'steps[0].tip', message: 'Step 1 (a): "tip" is empty. Write the text, or remove "tip".' },
      ]);
    });

    it('reports an empty help value', () => {
      const data = bilingual();
      data.help.channels[0].value = '';
      expect(problemsOf(data)).to.deep.equal([
        { code: 'empty-text', path: 'help.channels[0].value', message: 'Help channel 1 (phone): "value" is empty. Fill it in.' },
      ]);
    });

    it('accepts texts with words in them', () => {
      expect(problemsWith(bilingual(), 'empty-text')).to.deep.equal([]);
    });
  });

  describe('missing-alt', () => {
    it('reports an image with empty alt text', () => {
      const data = withSteps([{ id: 'start', title: 'Start' }, { id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'register', title: 'Register', image: { src: 'img/form.png', alt: '' } }]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'missing-alt', path: 'steps[3].image.alt', message: 'Step 4 (register) has an image without alt text. Describe the picture for people who cannot see it.' },
      ]);
    });

    it('reports an image with no alt at all, or only empty translations', () => {
      const data = withSteps([{ id: 'a', title: 'A', image: { src: 'a.png' } }, { id: 'b', title: 'B', image: { src: 'b.png', alt: { en: ' ' } } }]);
      expect(problemsOf(data)).to.deep.equal([
        { code: 'missing-alt', path: 'steps[0].image.alt', message: 'Step 1 (a) has an image without alt text. Describe the picture for people who cannot see it.' },
        { code: 'missing-alt', path: 'steps[1].image.alt', message: 'Step 2 (b) has an image without alt text. Describe the picture for people who cannot see it.' },
      ]);
    });

    it('accepts an empty alt on a decorative image, and any described image', () => {
      const data = withSteps([
        { id: 'a', title: 'A', image: { src: 'line.png', alt: '', decorative: true } },
        { id: 'b', title: 'B', image: { src: 'b.png', alt: 'The Install button' } },
      ]);
      expect(problemsOf(data)).to.deep.equal([]);
    });
  });

  describe('unsafe-link', () => {
    it('reports script, data, http and relative links in body, tip and warning', () => {
      const data = withSteps([
        {
          id: 'a',
          title: 'A',
          body: 'Click [here](javascript:alert(1)) or [there](data:text/html,<b>x</b>).',
          tip: 'See [the page](http://dichvucong.gov.vn).',
          warning: 'Read [this](/help.html).',
        },
      ]);
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'unsafe-link',
          path: 'steps[0].body',
          message: 'Step 1 (a): "body" has a link to "javascript:alert(1)", which is not allowed. Links may only go to https:, tel: or mailto: addresses.',
        },
        {
          code: 'unsafe-link',
          path: 'steps[0].body',
          message: 'Step 1 (a): "body" has a link to "data:text/html,<b>x</b>", which is not allowed. Links may only go to https:, tel: or mailto: addresses.',
        },
        { code: 'unsafe-link', path: 'steps[0].tip', message: 'Step 1 (a): "tip" has a link to "http://dichvucong.gov.vn", which is not secure. Write "https://dichvucong.gov.vn" instead.' },
        { code: 'unsafe-link', path: 'steps[0].warning', message: 'Step 1 (a): "warning" has a link to "/help.html", which is not a full address. Write the whole address, starting with https://.' },
      ]);
    });

    it('names the translation that holds the link', () => {
      const data = bilingual();
      data.steps[3].body.en = 'Read more at [the portal](javascript:void(0)).';
      expect(problemsOf(data)).to.deep.equal([
        {
          code: 'unsafe-link',
          path: 'steps[3].body.en',
          message: 'Step 4 (get-card-first): "body" (en) has a link to "javascript:void(0)", which is not allowed. Links may only go to https:, tel: or mailto: addresses.',
        },
      ]);
    });

    it('accepts https, tel and mailto links', () => {
      const data = withSteps([{ id: 'a', title: 'A', body: '[Portal](https://dichvucong.gov.vn), [call](tel:+84-19000368), [mail](mailto:hotro@example.gov.vn)' }]);
      expect(problemsOf(data)).to.deep.equal([]);
    });
  });
});
