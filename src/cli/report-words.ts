/**
 * The words `guidepost validate` adds around the problems, in English (the default) and in
 * Vietnamese (`--lang vi`): the totals, the labels, and why a file could not be read. The
 * problems' own messages come from the core in the same language.
 */
import type { Summary } from './report.js';

/** What the command says, in one language. */
export interface ReportWords {
  /** `vi` or `en`, as the core takes it. */
  lang: 'vi' | 'en';
  /** How the core's JSON messages start (left out: the line starts with the place): "Line 3, column 5: ". */
  at(line: number, column: number): string;
  file: string;
  warning: string;
  advice: string;
  summary(summary: Summary, style: { green(t: string): string; red(t: string): string }): string;
  adviceSummary(count: number): string;
  notFound: string;
  isFolder(pattern: string): string;
  notAllowed: string;
  unreadable(code: string): string;
  utf16: string;
  notUtf8: string;
  /** A step's picture has a relative path, and there is no such file next to the tutorial. */
  missingImage(found: { step: string; index: number; id: string; src: string; file: string }): string;
  /** Why tutorial `i` (counted from 1) of a catalog would be left out, or needs a look. */
  catalogEntry(i: number, src: string, why: CatalogEntryTrouble): string;
}

/** What is wrong with a file a catalog lists: missing, another catalog, or with problems or warnings. */
export type CatalogEntryTrouble = { kind: 'missing' } | { kind: 'catalog' } | { kind: 'errors' | 'warnings'; count: number; file: string };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const SAVE_AS_UTF8 = 'Save it as UTF-8 (in VS Code: click the encoding in the status bar, then "Save with Encoding", then "UTF-8").';
const LUU_UTF8 = 'Hãy lưu lại bằng UTF-8 (trong VS Code: bấm vào tên bảng mã ở thanh trạng thái, chọn "Save with Encoding", rồi chọn "UTF-8").';

export const ENGLISH_REPORT: ReportWords = {
  lang: 'en',
  at: (line, column) => `Line ${line}, column ${column}: `,
  file: '(file)',
  warning: 'warning:',
  advice: 'advice:',
  summary: (s, style) => {
    const checked = `${plural(s.files, 'file')} checked: `;
    const passed = `${s.passed} passed`;
    if (s.failed === 0) return `${checked}${style.green(passed)}.`;
    const warnings = s.warnings > 0 ? ` (${plural(s.warnings, 'warning')})` : '';
    return `${checked}${passed}, ${style.red(`${s.failed} failed`)} with ${s.more ? 'more than ' : ''}${plural(s.problems, 'problem')}${warnings}.`;
  },
  adviceSummary: (n) => (n === 0 ? 'No advice: the words read plainly.' : `${n} piece${n === 1 ? '' : 's'} of advice (they do not fail the check).`),
  notFound: 'There is no file with this name. Check the spelling of the name and of its folder.',
  isFolder: (pattern) => `This is a folder, not a file. To check every tutorial in it, write "${pattern}".`,
  notAllowed: 'guidepost is not allowed to read this file. Ask whoever manages this computer to let you read it.',
  unreadable: (code) => `The file could not be read (${code}).`,
  utf16: `The file is saved as UTF-16, but tutorials must be UTF-8. ${SAVE_AS_UTF8}`,
  notUtf8: `The file is not saved as UTF-8 text, so its letters (such as Vietnamese letters with marks) cannot be read. ${SAVE_AS_UTF8}`,
  missingImage: ({ step, src, file }) =>
    `${step}: the picture "${src}" is not there: there is no file ${file}. Put the picture there, or correct the path: it is relative to the tutorial file's folder.`,
  catalogEntry: (i, src, why) => {
    if (why.kind === 'catalog') return `Tutorial ${i}: "${src}" is another catalog, not a tutorial file.`;
    if (why.kind === 'missing') return `Tutorial ${i}: there is no tutorial file "${src}" next to the catalog. Check the name and the folder.`;
    const found = why.kind === 'errors' ? `${plural(why.count, 'problem')}, so the catalog would leave it out` : plural(why.count, 'warning');
    return `Tutorial ${i}: the tutorial "${src}" has ${found}. Run "guidepost validate ${why.file}" to see them.`;
  },
};

export const VIETNAMESE_REPORT: ReportWords = {
  lang: 'vi',
  at: (line, column) => `Dòng ${line}, cột ${column}: `,
  file: '(tệp)',
  warning: 'cần xem lại:',
  advice: 'lời khuyên:',
  summary: (s, style) => {
    const checked = `Đã kiểm tra ${s.files} tệp: `;
    const passed = `${s.passed} tệp đạt`;
    if (s.failed === 0) return `${checked}${style.green(passed)}.`;
    const warnings = s.warnings > 0 ? ` (${s.warnings} chỗ cần xem lại)` : '';
    return `${checked}${passed}, ${style.red(`${s.failed} tệp chưa đạt`)} với ${s.more ? 'hơn ' : ''}${s.problems} lỗi${warnings}.`;
  },
  adviceSummary: (n) => (n === 0 ? 'Không có lời khuyên nào: lời lẽ đã dễ đọc.' : `${n} lời khuyên (không làm tệp bị đánh giá là chưa đạt).`),
  notFound: 'Không có tệp nào tên như vậy. Hãy kiểm tra lại cách viết tên tệp và tên thư mục.',
  isFolder: (pattern) => `Đây là một thư mục, không phải một tệp. Để kiểm tra mọi hướng dẫn trong đó, hãy viết "${pattern}".`,
  notAllowed: 'guidepost không được phép đọc tệp này. Hãy nhờ người quản lý máy tính này cho phép bạn đọc tệp.',
  unreadable: (code) => `Không đọc được tệp (${code}).`,
  utf16: `Tệp được lưu bằng UTF-16, nhưng hướng dẫn phải được lưu bằng UTF-8. ${LUU_UTF8}`,
  notUtf8: `Tệp không được lưu dạng chữ UTF-8, nên không đọc được các chữ cái (ví dụ chữ tiếng Việt có dấu). ${LUU_UTF8}`,
  missingImage: ({ index, id, src, file }) =>
    `Bước ${index + 1}${id ? ` (${id})` : ''}: không có hình "${src}": không có tệp ${file}. Hãy đặt hình vào đó, hoặc sửa lại đường dẫn: đường dẫn tính từ thư mục chứa tệp hướng dẫn.`,
  catalogEntry: (i, src, why) => {
    if (why.kind === 'catalog') return `Hướng dẫn ${i}: "${src}" là một danh mục khác, không phải tệp hướng dẫn.`;
    if (why.kind === 'missing') return `Hướng dẫn ${i}: không có tệp hướng dẫn "${src}" bên cạnh danh mục. Hãy kiểm tra lại tên tệp và thư mục.`;
    const found = why.kind === 'errors' ? `${why.count} lỗi, nên danh mục sẽ bỏ nó ra` : `${why.count} chỗ cần xem lại`;
    return `Hướng dẫn ${i}: hướng dẫn "${src}" có ${found}. Hãy chạy "guidepost validate ${why.file}" để xem.`;
  },
};

/** The words for `--lang`: Vietnamese for `vi`, English otherwise. */
export const reportWords = (lang: 'vi' | 'en' | undefined): ReportWords => (lang === 'vi' ? VIETNAMESE_REPORT : ENGLISH_REPORT);
