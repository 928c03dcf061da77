import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { toJsonSchema } from '@valibot/to-json-schema';
import jsonSchema from '../../../schema/catalog.schema.json';
import { isCatalogData, parseCatalog, validateCatalog } from '../../../src/core/catalog/index.js';
import { buildCatalogJsonSchema, CATALOG_DOCS } from '../../../src/core/catalog/json-schema.js';
import demoCatalog from '../../../demo/catalog.json';

const good = () => ({
  format: 1,
  lang: 'vi',
  categories: [
    { id: 'identity', title: { vi: 'Định danh điện tử', en: 'Electronic identity' } },
    { id: 'tax', title: 'Thuế' },
  ],
  tutorials: [
    { src: 'vneid-level-2.json', category: 'identity', keywords: ['kích hoạt', 'CCCD'] },
    { src: 'etax-mobile.json', category: 'tax', 'x-owner': 'tax team' },
  ],
});

const codes = (data: unknown) => validateCatalog(data).problems.map((p) => `${p.path} ${p.code}`);

describe('validateCatalog', () => {
  it('accepts a good catalog and gives it typed, without x- fields', () => {
    const result = validateCatalog(good());
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.catalog!.tutorials[1]).to.deep.equal({ src: 'etax-mobile.json', category: 'tax' });
  });

  it('accepts the demo catalog with no warning', () => {
    expect(validateCatalog(demoCatalog).problems).to.deep.equal([]);
  });

  it('names each problem with its path and a code', () => {
    const data = good() as Record<string, any>;
    data['format'] = 2;
    data['categories'].push({ id: 'Tax Office', title: '' }, { id: 'tax', title: { vi: 'Thuế' } });
    data['tutorials'].push({ src: 'etax-mobile.json', category: 'taxes' }, { src: 'javascript:alert(1)', category: 'tax', keyword: [] });
    expect(codes(data)).to.deep.equal([
      'format format-version',
      'categories[2].id invalid-id',
      'categories[2].title empty-text',
      'categories[3].id duplicate-id',
      'tutorials[2].src duplicate-tutorial',
      'tutorials[2].category unknown-category',
      'tutorials[3].keyword unknown-field',
      'tutorials[3].src unsafe-link',
    ]);
    const unknown = validateCatalog(data).problems.find((p) => p.code === 'unknown-category')!;
    expect(unknown.message).to.equal('Tutorial 3 is in the category "taxes", which the catalog does not have. Did you mean "tax"?');
    expect(validateCatalog(data).ok).to.equal(false);
  });

  it('warns about a category no guide is in', () => {
    const data = good();
    data.categories.push({ id: 'payments', title: 'Thanh toán' });
    const result = validateCatalog(data);
    expect(result.ok).to.equal(true);
    expect(result.problems.map((p) => [p.path, p.code, p.severity])).to.deep.equal([['categories[2]', 'empty-category', 'warning']]);
  });

  it('refuses what is not a catalog, without throwing', () => {
    for (const bad of [null, 3, 'catalog', [], {}]) expect(validateCatalog(bad).ok, JSON.stringify(bad)).to.equal(false);
    expect(codes({})).to.deep.equal(['format required', 'lang required', 'categories required', 'tutorials required']);
  });

  it('gives lines and columns from the text', () => {
    const text = JSON.stringify({ ...good(), tutorials: [{ src: 'a.json', category: 'tx' }] }, null, 2);
    const problem = parseCatalog(text).problems.find((p) => p.code === 'unknown-category')!;
    expect([problem.line, problem.column]).to.deep.equal([text.split('\n').findIndex((l) => l.includes('"tx"')) + 1, 19]);
    expect(parseCatalog('{ "format": 1, ').problems[0]!.code).to.equal('json-syntax');
  });

  it('words every problem in Vietnamese with { lang: "vi" }, at the same places with the same codes', () => {
    const data = good() as Record<string, any>;
    data['format'] = 2;
    data['lang'] = 7;
    data['categories'].push({ id: 'Tax Office', title: '' }, { id: 'tax', title: { vi: 'Thuế', xx_1: 'x', en: 3 } }, 5, { title: { vi: ' ' } }, { id: 'empty', title: {} });
    data['tutorials'].push({ src: 'etax-mobile.json', category: 'taxes' }, { src: 'javascript:alert(1)', category: 'tax', keyword: [] }, {}, 'x', { src: 3, category: 4, keywords: 'a' }, { src: 'b.json', category: 'tax', keywords: [1, ' '] });
    data['extra'] = true;
    const text = JSON.stringify(data, null, 2);
    const en = parseCatalog(text).problems;
    const vi = parseCatalog(text, { lang: 'vi' }).problems;
    const facts = (ps: typeof en) => ps.map(({ path, code, severity, line, column }) => [path, code, severity, line, column]);
    expect(en.length).to.be.greaterThan(20);
    expect(facts(vi)).to.deep.equal(facts(en));
    // No English sentence is left: every message says its owner in Vietnamese.
    for (const p of vi) expect(p.message, p.message).to.not.match(/\b(Tutorial|Category|The catalog|should be|Did you mean|is empty)\b/);
    expect(vi.map((p) => p.message)).to.include('Hướng dẫn 3 thuộc nhóm "taxes", nhưng danh mục không có nhóm này. Có phải ý bạn là "tax"?');
    expect(parseCatalog('{ "format": 1, ', { lang: 'vi' }).problems[0]!.message).to.match(/^Tệp|^Dòng|kết thúc|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('any JSON at all: the Vietnamese and English problems are the same problems, and neither throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 1, lang: 'vi', categories: [v], tutorials: [v] }))), (text) => {
        const facts = (ps: ReturnType<typeof parseCatalog>['problems']) => ps.map(({ path, code, severity, line, column }) => [path, code, severity, line, column]);
        expect(facts(parseCatalog(text, { lang: 'vi' }).problems)).to.deep.equal(facts(parseCatalog(text).problems));
      }),
      { numRuns: 300 },
    );
  });

  it('tells a catalog from a tutorial', () => {
    expect(isCatalogData(good())).to.equal(true);
    expect(isCatalogData({ format: 1, id: 'x', steps: [], tutorials: [] })).to.equal(false);
    expect(isCatalogData({ format: 1, id: 'x', steps: [] })).to.equal(false);
  });
});

describe('buildCatalogJsonSchema', () => {
  it('rebuilds schema/catalog.schema.json exactly from the same schema as the types', () => {
    const { schema, problems } = buildCatalogJsonSchema(toJsonSchema);
    expect(problems).to.deep.equal([]);
    expect(JSON.stringify(schema, null, 2)).to.equal(JSON.stringify(jsonSchema, null, 2));
  });

  it('fails when a field has no help', () => {
    const fields = { ...CATALOG_DOCS.parts['CatalogEntry']!.fields };
    delete fields['keywords'];
    const docs = { ...CATALOG_DOCS, parts: { ...CATALOG_DOCS.parts, CatalogEntry: { ...CATALOG_DOCS.parts['CatalogEntry']!, fields } } };
    expect(buildCatalogJsonSchema(toJsonSchema, docs).problems).to.deep.equal(['CatalogEntry.keywords: the field has no description in schema-docs.ts.']);
  });
});
