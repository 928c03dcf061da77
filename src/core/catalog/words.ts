/**
 * What the catalog's checks say, in English (the default): every message of a catalog file's
 * problems, in plain words for the content editor who keeps the list of guides. `words-vi.ts`
 * has the same in Vietnamese; a new message needs a member here, so the type check fails until
 * every language has it.
 */
import { describeValue } from '../tutorial/describe.js';

/** Everything the catalog's checks say, in one language. `i` counts from 1, as people do. */
export interface CatalogWords {
  tooLarge(): string;
  notObject(value: unknown): string;
  unknownField(owner: CatalogOwner, key: string, near: string | undefined, known: readonly string[]): string;
  noFormat(): string;
  formatVersion(value: unknown): string;
  noLang(): string;
  badLang(value: unknown): string;
  listWrongType(key: 'categories' | 'tutorials', value: unknown): string;
  noCategories(): string;
  noTutorials(): string;
  categoryNotObject(i: number, value: unknown): string;
  categoryNoId(i: number): string;
  categoryBadId(i: number, value: unknown): string;
  categoryDuplicateId(i: number, id: string, first: number): string;
  categoryNoTitle(i: number): string;
  titleEmpty(i: number): string;
  titleWrongType(i: number, value: unknown): string;
  titleNoTranslation(i: number): string;
  titleBadLang(i: number, lang: string): string;
  titleLangWrongType(i: number, lang: string, value: unknown): string;
  titleLangEmpty(i: number, lang: string): string;
  tutorialNotObject(i: number, value: unknown): string;
  noSrc(i: number): string;
  srcWrong(i: number, value: unknown): string;
  srcUnsafe(i: number, src: string): string;
  srcDuplicate(i: number, src: string, first: number): string;
  noCategory(i: number): string;
  categoryWrongType(i: number, value: unknown): string;
  unknownCategory(i: number, category: string, near: string | undefined, ids: readonly string[]): string;
  keywordsWrongType(i: number, value: unknown): string;
  keywordWrongType(i: number, k: number, value: unknown): string;
  keywordEmpty(i: number, k: number): string;
  emptyCategory(id: string): string;
  doesNotFit(): string;
}

/** Whose field it is: the catalog itself, category `i` or tutorial `i`. */
export type CatalogOwner = { of: 'catalog' } | { of: 'category' | 'tutorial'; i: number };

const quoted = (names: readonly string[]) => names.map((k) => `"${k}"`).join(', ');
const ownerName = (owner: CatalogOwner) => (owner.of === 'catalog' ? 'The catalog' : `${owner.of === 'category' ? 'Category' : 'Tutorial'} ${owner.i}`);
const title = (i: number) => `Category ${i}'s title`;

/** The catalog's messages in English. */
export const ENGLISH_CATALOG: CatalogWords = {
  tooLarge: () => 'The catalog is far larger than any list of guides; guidepost does not read it.',
  notObject: (value) => `A catalog is an object in curly brackets { } with "format", "lang", "categories" and "tutorials", not ${describeValue(value)}.`,
  unknownField: (owner, key, near, known) =>
    `${ownerName(owner)} has a field "${key}" that guidepost does not know.${near ? ` Did you mean "${near}"?` : ` ${ownerName(owner)} may have: ${quoted(known)}; your own notes go in fields starting with "x-".`}`,
  noFormat: () => 'The catalog has no "format". Add "format": 1 at the top.',
  formatVersion: (value) => `"format" is ${describeValue(value)}, but this version of guidepost reads catalogs of format 1. Write "format": 1.`,
  noLang: () => 'The catalog has no "lang": add the language its category titles are written in, such as "lang": "vi".',
  badLang: (value) => `"lang" should be a language code such as "vi" or "en", not ${describeValue(value)}.`,
  listWrongType: (key, value) => `"${key}" should be a list in [ ], one ${key === 'categories' ? 'category' : 'tutorial'} in { } each, not ${describeValue(value)}.`,
  noCategories: () => 'The catalog has no "categories": add at least one, such as { "id": "identity", "title": "Giấy tờ tuỳ thân" }.',
  noTutorials: () => 'The catalog lists no "tutorials": add at least one, such as { "src": "vneid-level-2.json", "category": "identity" }.',
  categoryNotObject: (i, value) => `Category ${i} should be an object { "id": …, "title": … }, not ${describeValue(value)}.`,
  categoryNoId: (i) => `Category ${i} has no "id". Add one made of a–z, 0–9 and hyphens, such as "identity".`,
  categoryBadId: (i, value) => `Category ${i}'s "id" should be made of a–z, 0–9 and single hyphens, such as "public-services", not ${describeValue(value)}.`,
  categoryDuplicateId: (i, id, first) => `Category ${i} has the id "${id}", like category ${first}. Give each category its own id.`,
  categoryNoTitle: (i) => `Category ${i} has no "title": the heading citizens see above its guides.`,
  titleEmpty: (i) => `${title(i)} is empty. Write the words citizens see.`,
  titleWrongType: (i, value) => `${title(i)} should be a text in quotes, or translations such as { "vi": "…", "en": "…" }, not ${describeValue(value)}.`,
  titleNoTranslation: (i) => `${title(i)} has no translation. Write at least one, such as { "vi": "…" }.`,
  titleBadLang: (i, lang) => `${title(i)} has "${lang}", which is not a language code such as "vi" or "en".`,
  titleLangWrongType: (i, lang, value) => `${title(i)} in "${lang}" should be a text in quotes, not ${describeValue(value)}.`,
  titleLangEmpty: (i, lang) => `${title(i)} in "${lang}" is empty. Write it, or remove "${lang}".`,
  tutorialNotObject: (i, value) => `Tutorial ${i} should be an object { "src": …, "category": … }, not ${describeValue(value)}.`,
  noSrc: (i) => `Tutorial ${i} has no "src": the address of its tutorial file, such as "vneid-level-2.json".`,
  srcWrong: (i, value) => `Tutorial ${i}'s "src" should be the address of a tutorial file, not ${describeValue(value)}.`,
  srcUnsafe: (i, src) => `Tutorial ${i}'s "src" ${JSON.stringify(src)} should be a path on the portal's own site (such as "guides/vneid.json") or an https: address.`,
  srcDuplicate: (i, src, first) => `Tutorial ${i} lists ${JSON.stringify(src)}, like tutorial ${first}. List each guide once.`,
  noCategory: (i) => `Tutorial ${i} has no "category": the id of the category it is listed under.`,
  categoryWrongType: (i, value) => `Tutorial ${i}'s "category" should be a category id in quotes, not ${describeValue(value)}.`,
  unknownCategory: (i, category, near, ids) =>
    `Tutorial ${i} is in the category "${category}", which the catalog does not have.${near ? ` Did you mean "${near}"?` : ids.length ? ` The categories are: ${quoted(ids)}.` : ''}`,
  keywordsWrongType: (i, value) => `Tutorial ${i}'s "keywords" should be a list of words in [ ], such as ["kích hoạt", "căn cước"], not ${describeValue(value)}.`,
  keywordWrongType: (i, k, value) => `Tutorial ${i}'s keyword ${k} should be a word in quotes, not ${describeValue(value)}.`,
  keywordEmpty: (i, k) => `Tutorial ${i}'s keyword ${k} is empty. Remove it or write a word.`,
  emptyCategory: (id) => `No tutorial is in the category "${id}", so it would show with no guide. Add one, or remove the category.`,
  doesNotFit: () => 'The catalog does not fit format 1.',
};
