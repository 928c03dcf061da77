/**
 * The JSON reader's words in Vietnamese, as `json-words.ts` has them in English: what is wrong
 * with the file's text, after "Dòng 12, cột 5: ".
 */
import type { JsonWords } from './json-words.js';
import { clip } from './places.js';

/** Names a character in a message: `dấu ngoặc kép "` or `"x"`. */
const describeChar = (char: string) => (char === '"' ? 'dấu ngoặc kép "' : `"${char}"`);

export const VIETNAMESE_JSON: JsonWords = {
  at: (line, column, words) => `Dòng ${line}, cột ${column}: ${words}`,
  empty: () => 'tệp đang trống. Tệp cần chứa một hướng dẫn trong dấu ngoặc nhọn { }.',
  textAfterEnd: () => 'còn chữ sau chỗ kết thúc của hướng dẫn. Mọi thứ phải nằm trong cặp { } đầu tiên; hãy xoá phần còn lại hoặc đưa vào trong.',
  endsEarly: (open) => `tệp kết thúc quá sớm.${open ? ` Dấu ${open.char} ở dòng ${open.line} chưa bao giờ được đóng bằng ${open.closer}.` : ''} Có thể một phần của tệp bị mất.`,
  comment: () => 'tệp JSON không được có lời chú thích. Hãy xoá lời chú thích, hoặc ghi nó vào một trường có tên bắt đầu bằng "x-".',
  plusOrPoint: () => 'số được viết như 10 hoặc 2.5: không có dấu +, và có chữ số trước dấu chấm.',
  commaBeforeValue: () => 'thiếu một giá trị trước dấu phẩy này, hoặc có một dấu phẩy thừa.',
  unexpected: (char) => `guidepost không ngờ gặp ${describeChar(char)} ở đây. Ở đây cần bắt đầu một giá trị: một đoạn chữ trong dấu ngoặc kép, một số, true, false, null, { hoặc [.`,
  trailingCommaField: () => 'có một dấu phẩy sau trường cuối cùng. Hãy xoá dấu phẩy này.',
  missingCommaField: () => 'thiếu dấu phẩy trước trường này. Hãy thêm một dấu phẩy sau giá trị ở trước.',
  missingColon: (name) => `thiếu dấu hai chấm : sau tên trường "${clip(name)}".`,
  duplicateField: (name, line) => `Trường "${clip(name)}" xuất hiện hai lần ở đây (lần kia ở dòng ${line}). Chỉ lần cuối được tính; hãy xoá hoặc đổi tên một trong hai.`,
  keyExpected: (char) => `ở đây cần bắt đầu một tên trường trong dấu ngoặc kép, không phải ${describeChar(char)}.`,
  unquotedKey: (word) => `tên trường phải nằm trong dấu ngoặc kép: hãy viết "${clip(word)}".`,
  trailingCommaItem: () => 'có một dấu phẩy sau mục cuối cùng. Hãy xoá dấu phẩy này.',
  doubleComma: () => 'có hai dấu phẩy liền nhau. Hãy xoá một dấu.',
  missingCommaItem: () => 'thiếu dấu phẩy trước mục này. Hãy thêm một dấu phẩy sau mục ở trước.',
  mismatched: (char, open, line, closer) => `dấu ${char} này không khớp với dấu ${open} ở dòng ${line}; ở đây cần là ${closer}.`,
  separator: (closer, char) => `thiếu một dấu phẩy hoặc có một dấu phẩy thừa. Trước ${describeChar(char)} cần có một dấu phẩy hoặc ${closer}.`,
  badNumber: () => 'số này viết chưa đúng. Hãy viết số như 10, 2.5 hoặc -3, không có số 0 ở đầu, đơn vị hay chữ cái.',
  capitalLiteral: (lower, word) => `hãy viết ${lower} bằng chữ thường, không phải ${word}.`,
  unquotedText: (word) => `đoạn chữ phải nằm trong dấu ngoặc kép: hãy viết "${clip(word)}".`,
  singleQuotes: () => 'đoạn chữ và tên trường phải nằm trong dấu ngoặc kép ("như thế này"), không phải dấu nháy đơn.',
  endsInText: (line) => `tệp kết thúc quá sớm, ngay trong đoạn chữ bắt đầu ở dòng ${line}. Thiếu dấu ngoặc kép đóng, hoặc thiếu một phần của tệp.`,
  noClosingQuote: () => 'đoạn chữ này không có dấu ngoặc kép đóng trên cùng dòng. Một đoạn chữ phải kết thúc trên dòng nó bắt đầu; hãy viết \\n để xuống dòng bên trong.',
  badEscape: (next) => `dấu gạch chéo ngược \\ bắt đầu một ký tự đặc biệt ở đây, nhưng "\\${next}" không phải ký tự đặc biệt. Để viết chính dấu gạch chéo ngược, hãy viết hai lần: \\\\.`,
  control: () => 'có một dấu tab hoặc một ký tự vô hình khác trong đoạn chữ. Hãy thay bằng dấu cách (hoặc \\t cho dấu tab).',
};
