import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { serializeDraft, draftFrom, tutorialOrder } from '../../../src/editor/model/index.js';
import schema from '../../../schema/tutorial.schema.json';

describe('editor model: the file text', () => {
  it('writes the format\'s field order, two-space indents, $schema kept, a final newline', () => {
    const text = serializeDraft({
      steps: [{ next: null, title: { en: 'B', vi: 'A' }, id: 'a' }],
      title: { en: 'T', vi: 'Tê' },
      lang: 'vi',
      'x-note': 'kept',
      revision: 2,
      id: 't',
      format: 1,
      $schema: '../schema/tutorial.schema.json',
    });
    expect(text).to.equal(`{
  "$schema": "../schema/tutorial.schema.json",
  "format": 1,
  "id": "t",
  "revision": 2,
  "lang": "vi",
  "title": {
    "vi": "Tê",
    "en": "T"
  },
  "steps": [
    {
      "id": "a",
      "title": {
        "vi": "A",
        "en": "B"
      },
      "next": null
    }
  ],
  "x-note": "kept"
}
`);
  });

  it('lists the tutorial\'s fields in the JSON Schema\'s order', () => {
    expect(tutorialOrder.keys).to.deep.equal(Object.keys((schema as { properties: object }).properties));
  });

  it('writes the shipped examples with their own field order, changing only the layout', async () => {
    for (const name of ['vneid-level-2', 'pay-bill-qr', 'tour-residence-form']) {
      const text = await (await fetch(`/raw/examples/${name}.json`)).text();
      const written = serializeDraft(draftFrom(JSON.parse(text), 'vi'));
      expect(JSON.stringify(JSON.parse(written)), name).to.equal(JSON.stringify(JSON.parse(text)));
      expect(written).to.equal(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it('keeps every value of any file it reads', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
        const draft = draftFrom(data, 'vi');
        expect(JSON.parse(serializeDraft(draft))).to.deep.equal(JSON.parse(JSON.stringify(draft)));
      }),
    );
  });
});
