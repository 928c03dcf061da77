/**
 * Vietnamese words for the shape problems, as `shape-words.ts` words them in English: the
 * place, what was expected in plain terms and, where it helps, a suggestion.
 */
import type { FoundProblem, ProblemParams } from './found.js';
import { MAX_ID_LENGTH } from './limits.js';
import { placeOf, quote } from './places.js';
import { describeValueVi, subjectVi, THE_TUTORIAL, VIETNAMESE_PLACES } from './places-vi.js';
import { ADVANCE_EVENTS, HELP_CHANNEL_TYPES, WEEKDAYS } from './schema.js';
import { canonicalTag, type ShapeParams } from './shape-words.js';
import { closest, toId } from './suggest.js';

const EXPECTED: Record<string, string> = {
  string: 'một đoạn chữ trong dấu ngoặc kép',
  number: 'một số',
  boolean: 'true hoặc false',
  array: 'một danh sách trong dấu ngoặc vuông [ ]',
  object: 'một đối tượng trong dấu ngoặc nhọn { }',
  union: 'một đoạn chữ trong dấu ngoặc kép, hoặc các bản dịch như { "vi": "…", "en": "…" }',
  record: 'các bản dịch như { "vi": "…", "en": "…" }',
};

/** What to add for a missing field, by field name. */
const ADD_HINT: Record<string, string> = {
  format: 'Hãy thêm "format": 1.',
  id: 'Hãy thêm một tên ngắn gồm chữ thường không dấu, chữ số và dấu gạch nối, ví dụ "cai-ung-dung".',
  revision: 'Hãy thêm "revision": 1, và tăng số này khi các bước thay đổi.',
  lang: 'Hãy thêm mã ngôn ngữ của các đoạn chữ, ví dụ "vi".',
  title: 'Hãy thêm tiêu đề mà người dân nhìn thấy.',
  steps: 'Hãy thêm danh sách các bước.',
  label: 'Hãy thêm chữ mà người dân nhìn thấy trên đó.',
  next: 'Hãy viết mã của bước mà nó dẫn tới, hoặc null để kết thúc hướng dẫn.',
  src: 'Hãy cho biết hình nằm ở đâu, ví dụ "img/buoc-1.png".',
  type: `Hãy thêm một trong các loại ${HELP_CHANNEL_TYPES.map((t) => `"${t}"`).join(', ')}.`,
  value: 'Hãy thêm số điện thoại, địa chỉ hoặc liên kết.',
  channels: 'Hãy thêm danh sách các cách liên hệ với người hỗ trợ.',
  days: 'Hãy thêm các ngày, ví dụ ["mo", "tu", "we", "th", "fr"].',
  opens: 'Hãy thêm giờ mở cửa, ví dụ "07:30".',
  closes: 'Hãy thêm giờ đóng cửa, ví dụ "17:00".',
  event: 'Hãy thêm "change", "input" hoặc "click".',
};

const list = (options: readonly string[]) => options.map((o) => `"${o}"`).join(', ');

/** The Vietnamese message of a shape problem. */
export function describeShapeVi(problem: FoundProblem, params: ShapeParams, data: unknown): string {
  const segments = problem.segments;
  const place = placeOf(segments, data, VIETNAMESE_PLACES);
  const key = segments[segments.length - 1];
  const where = () => (segments.length === 0 ? 'Tệp cần chứa hướng dẫn dưới dạng' : `${subjectVi(place)} cần là`);
  switch (params.kind) {
    case 'list-for-object':
      return `${where()} ${EXPECTED['object']}, không phải ${describeValueVi(params.value)}.`;
    case 'missing-field': {
      const owner = subjectVi({ owner: place.owner, rest: place.rest.slice(0, -1) });
      const name = String(key);
      return `${owner} chưa có "${name}". ${Object.hasOwn(ADD_HINT, name) ? ADD_HINT[name] : 'Hãy thêm vào.'}`;
    }
    case 'format-version': {
      const value = params.value;
      return typeof value === 'number' && Number.isInteger(value) && value > 1
        ? `Tệp này được viết cho định dạng ${value}, nhưng phiên bản guidepost này chỉ đọc định dạng 1. Hãy dùng guidepost mới hơn, hoặc viết "format": 1.`
        : `"format" cần là số 1, không phải ${describeValueVi(value)}.`;
    }
    case 'unknown-option': {
      const field = [...place.rest].reverse().find((s): s is string => typeof s === 'string');
      const options: readonly string[] = field === 'days' ? WEEKDAYS : field === 'event' ? ADVANCE_EVENTS : HELP_CHANNEL_TYPES;
      const text = typeof params.value === 'string' ? params.value : '';
      const start = text.slice(0, 2).toLowerCase();
      const guess = field === 'days' && WEEKDAYS.some((d) => d === start) ? start : closest(text, options);
      const hint = guess ? ` Có phải ý bạn là "${guess}"?` : '';
      return `${subjectVi(place)} là ${quote(params.value)}, giá trị mà guidepost không biết. Hãy dùng một trong ${list(options)}.${hint}`;
    }
    case 'wrong-type': {
      const expected =
        key === 'next'
          ? 'mã của một bước trong dấu ngoặc kép, hoặc null để kết thúc tại đó'
          : (Object.hasOwn(EXPECTED, params.type) ? EXPECTED[params.type] : params.expected) ?? 'một giá trị khác';
      return `${where()} ${expected}, không phải ${describeValueVi(params.value)}.`;
    }
    case 'rule':
      return describeRuleVi(problem, params, data);
  }
}

function describeRuleVi(problem: FoundProblem, { rule, value }: Extract<ProblemParams, { kind: 'rule' }>, data: unknown): string {
  const segments = problem.segments;
  const place = placeOf(segments, data, VIETNAMESE_PLACES);
  const field = subjectVi(place);
  const whose = typeof segments[1] === 'number' ? `Bước ${segments[1] + 1}` : THE_TUTORIAL;
  switch (rule) {
    case 'id': {
      const suggestion = typeof value === 'string' && value.length <= MAX_ID_LENGTH * 2 ? toId(value) : '';
      const hint = suggestion !== '' && suggestion.length <= MAX_ID_LENGTH ? ` ví dụ "${suggestion}"` : ' ví dụ "cai-ung-dung"';
      return `${whose} có mã ${quote(value)}, một mã không được phép. Chỉ dùng chữ thường không dấu (a-z), chữ số và dấu gạch nối ở giữa,${hint}.`;
    }
    case 'id-length': {
      const length = typeof value === 'string' ? value.length : 0;
      return `${whose} có mã dài ${length.toLocaleString('vi-VN')} ký tự, quá dài. Hãy dùng một mã ngắn, tối đa ${MAX_ID_LENGTH} ký tự, ví dụ "cai-ung-dung".`;
    }
    case 'lang': {
      const canonical = canonicalTag(String(value));
      const hint = canonical ? ` Có phải ý bạn là "${canonical}"?` : ' Hãy dùng một mã ngôn ngữ như "vi", "en" hoặc "hmn".';
      if (problem.atKey) {
        const text = subjectVi({ owner: place.owner, rest: place.rest.slice(0, -1) });
        return `${text} có một bản dịch ghi dưới ${quote(value)}, đây không phải là mã ngôn ngữ.${hint}`;
      }
      return `${field} là ${quote(value)}, đây không phải là mã ngôn ngữ.${hint}`;
    }
    case 'timezone':
      return `${field} là ${quote(value)}, đây không phải là múi giờ mà guidepost biết. Hãy dùng tên theo IANA, ví dụ "Asia/Ho_Chi_Minh".`;
    case 'time':
    case 'closing-time':
      return `${field} là ${quote(value)}, đây không phải là giờ hợp lệ. Hãy viết theo dạng HH:MM của đồng hồ 24 giờ, ví dụ "07:30" hoặc "17:00"${rule === 'closing-time' ? ' ("24:00" là nửa đêm)' : ''}.`;
    case 'positive':
      return `${field} là ${quote(value)}, nhưng cần là một số lớn hơn 0.`;
    case 'whole-number':
      return `${field} là ${quote(value)}, nhưng cần là một số nguyên (1, 2, 3…).`;
    case 'at-least-one': {
      const owner = subjectVi({ owner: place.owner, rest: place.rest.slice(0, -1) });
      const name = place.rest[place.rest.length - 1];
      return `${owner} có danh sách "${String(name)}" đang trống. Hãy thêm ít nhất một mục${name === 'choices' ? ', hoặc xoá "choices"' : ''}.`;
    }
    case 'not-empty':
      return `${field} đang trống. Hãy điền vào.`;
    default:
      return `${field} là ${quote(value)}, giá trị này không được phép ở đây.`;
  }
}
