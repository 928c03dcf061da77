/**
 * What the catalog's checks say, in Vietnamese, as `words.ts` has it in English. Field names and
 * values in quotes stay as they are in the file. Only `parseCatalog(text, { lang: 'vi' })` and the
 * `guidepost` command load it: a page's `<gp-catalog>` never does.
 */
import { describeValueVi } from '../tutorial/places-vi.js';
import type { CatalogOwner, CatalogWords } from './words.js';

const quoted = (names: readonly string[]) => names.map((k) => `"${k}"`).join(', ');
const ownerName = (owner: CatalogOwner) => (owner.of === 'catalog' ? 'Danh mục' : `${owner.of === 'category' ? 'Nhóm' : 'Hướng dẫn'} ${owner.i}`);
const title = (i: number) => `Tên của nhóm ${i}`;
const DID_YOU_MEAN = (guess: string) => ` Có phải ý bạn là "${guess}"?`;

/** The catalog's messages in Vietnamese. */
export const VIETNAMESE_CATALOG: CatalogWords = {
  tooLarge: () => 'Danh mục này lớn hơn rất nhiều so với bất kỳ danh sách hướng dẫn nào; guidepost không đọc nó.',
  notObject: (value) => `Danh mục là một đối tượng trong dấu ngoặc nhọn { } có "format", "lang", "categories" và "tutorials", không phải ${describeValueVi(value)}.`,
  unknownField: (owner, key, near, known) =>
    `${ownerName(owner)} có trường "${key}" mà guidepost không biết.${near ? DID_YOU_MEAN(near) : ` ${ownerName(owner)} có thể có: ${quoted(known)}; ghi chú của riêng bạn đặt trong các trường bắt đầu bằng "x-".`}`,
  noFormat: () => 'Danh mục chưa có "format". Hãy thêm "format": 1 ở đầu tệp.',
  formatVersion: (value) => `"format" là ${describeValueVi(value)}, nhưng phiên bản guidepost này đọc danh mục định dạng 1. Hãy viết "format": 1.`,
  noLang: () => 'Danh mục chưa có "lang": hãy thêm ngôn ngữ dùng để viết tên các nhóm, ví dụ "lang": "vi".',
  badLang: (value) => `"lang" cần là mã ngôn ngữ như "vi" hoặc "en", không phải ${describeValueVi(value)}.`,
  listWrongType: (key, value) => `"${key}" cần là một danh sách trong [ ], mỗi ${key === 'categories' ? 'nhóm' : 'hướng dẫn'} trong một cặp { }, không phải ${describeValueVi(value)}.`,
  noCategories: () => 'Danh mục chưa có "categories": hãy thêm ít nhất một nhóm, ví dụ { "id": "identity", "title": "Giấy tờ tuỳ thân" }.',
  noTutorials: () => 'Danh mục chưa liệt kê "tutorials" nào: hãy thêm ít nhất một, ví dụ { "src": "vneid-level-2.json", "category": "identity" }.',
  categoryNotObject: (i, value) => `Nhóm ${i} cần là một đối tượng { "id": …, "title": … }, không phải ${describeValueVi(value)}.`,
  categoryNoId: (i) => `Nhóm ${i} chưa có "id". Hãy thêm một mã gồm a–z, 0–9 và dấu gạch nối, ví dụ "identity".`,
  categoryBadId: (i, value) => `"id" của nhóm ${i} cần gồm a–z, 0–9 và từng dấu gạch nối đơn, ví dụ "public-services", không phải ${describeValueVi(value)}.`,
  categoryDuplicateId: (i, id, first) => `Nhóm ${i} có mã "${id}", trùng với nhóm ${first}. Hãy đặt cho mỗi nhóm một mã riêng.`,
  categoryNoTitle: (i) => `Nhóm ${i} chưa có "title": tiêu đề người dân thấy phía trên các hướng dẫn của nhóm.`,
  titleEmpty: (i) => `${title(i)} đang để trống. Hãy viết chữ người dân sẽ thấy.`,
  titleWrongType: (i, value) => `${title(i)} cần là một đoạn chữ trong dấu ngoặc kép, hoặc các bản dịch như { "vi": "…", "en": "…" }, không phải ${describeValueVi(value)}.`,
  titleNoTranslation: (i) => `${title(i)} chưa có bản dịch nào. Hãy viết ít nhất một, ví dụ { "vi": "…" }.`,
  titleBadLang: (i, lang) => `${title(i)} có "${lang}", đây không phải là mã ngôn ngữ như "vi" hoặc "en".`,
  titleLangWrongType: (i, lang, value) => `${title(i)} bằng "${lang}" cần là một đoạn chữ trong dấu ngoặc kép, không phải ${describeValueVi(value)}.`,
  titleLangEmpty: (i, lang) => `${title(i)} bằng "${lang}" đang để trống. Hãy viết vào, hoặc xoá "${lang}".`,
  tutorialNotObject: (i, value) => `Hướng dẫn ${i} cần là một đối tượng { "src": …, "category": … }, không phải ${describeValueVi(value)}.`,
  noSrc: (i) => `Hướng dẫn ${i} chưa có "src": địa chỉ tệp hướng dẫn, ví dụ "vneid-level-2.json".`,
  srcWrong: (i, value) => `"src" của hướng dẫn ${i} cần là địa chỉ một tệp hướng dẫn, không phải ${describeValueVi(value)}.`,
  srcUnsafe: (i, src) => `"src" của hướng dẫn ${i} là ${JSON.stringify(src)}; nó cần là một đường dẫn trên chính trang của cổng (ví dụ "guides/vneid.json") hoặc một địa chỉ https:.`,
  srcDuplicate: (i, src, first) => `Hướng dẫn ${i} liệt kê ${JSON.stringify(src)}, trùng với hướng dẫn ${first}. Mỗi hướng dẫn chỉ liệt kê một lần.`,
  noCategory: (i) => `Hướng dẫn ${i} chưa có "category": mã của nhóm mà nó thuộc về.`,
  categoryWrongType: (i, value) => `"category" của hướng dẫn ${i} cần là mã một nhóm trong dấu ngoặc kép, không phải ${describeValueVi(value)}.`,
  unknownCategory: (i, category, near, ids) =>
    `Hướng dẫn ${i} thuộc nhóm "${category}", nhưng danh mục không có nhóm này.${near ? DID_YOU_MEAN(near) : ids.length ? ` Các nhóm là: ${quoted(ids)}.` : ''}`,
  keywordsWrongType: (i, value) => `"keywords" của hướng dẫn ${i} cần là một danh sách từ trong [ ], ví dụ ["kích hoạt", "căn cước"], không phải ${describeValueVi(value)}.`,
  keywordWrongType: (i, k, value) => `Từ khoá ${k} của hướng dẫn ${i} cần là một từ trong dấu ngoặc kép, không phải ${describeValueVi(value)}.`,
  keywordEmpty: (i, k) => `Từ khoá ${k} của hướng dẫn ${i} đang để trống. Hãy xoá nó hoặc viết một từ.`,
  emptyCategory: (id) => `Không có hướng dẫn nào thuộc nhóm "${id}", nên nhóm này sẽ hiện ra mà không có hướng dẫn nào. Hãy thêm một hướng dẫn, hoặc xoá nhóm.`,
  doesNotFit: () => 'Danh mục không đúng định dạng 1.',
};
