/**
 * The Vietnamese words of every problem the checks find, as `words.ts` has them in English:
 * what is wrong and how to fix it, in plain words, naming steps by number and id ("Bước 2
 * (kich-hoat)"). Field names and values in quotes stay as they are in the file.
 *
 * A new problem kind needs a case here as well as in `words.ts`: the switch below has no
 * default, so the type check fails until it has one.
 */
import type { HrefVerdict } from '../markdown/index.js';
import type { FoundProblem } from './found.js';
import { VIETNAMESE_JSON } from './json-words-vi.js';
import { MAX_DEPTH, MAX_FILE_LENGTH, MAX_PROBLEMS, MAX_VALUES } from './limits.js';
import type { ProblemWords } from './message-words.js';
import { capital, clip, placeOf, quote } from './places.js';
import { fieldNameVi, leadVi, stepNameVi, subjectVi, THE_TUTORIAL, VIETNAMESE_PLACES } from './places-vi.js';
import type { ListEnd, Listed } from './problem-list.js';
import { describeShapeVi } from './shape-words-vi.js';
import { closest } from './suggest.js';

const OPTIONAL_FIELDS = new Set(['summary', 'completion', 'body', 'tip', 'warning']);
const count = (n: number) => n.toLocaleString('vi-VN');
const DID_YOU_MEAN = (guess: string) => ` Có phải ý bạn là "${guess}"?`;

/** Everything the validator says, in Vietnamese. */
export const VIETNAMESE_WORDS: ProblemWords = {
  describe: describeProblemVi,
  fileTooLarge: (length) =>
    `Tệp này có ${count(length)} ký tự, nhiều hơn mức ${count(MAX_FILE_LENGTH)} ký tự mà guidepost đọc. Một hướng dẫn ngắn hơn nhiều: hãy kiểm tra xem có đúng tệp không, hoặc chia thành nhiều hướng dẫn.`,
  tooManyValues,
  summary,
  json: VIETNAMESE_JSON,
};

function tooManyValues(): string {
  return `Tệp này chứa hơn ${count(MAX_VALUES)} giá trị (chữ, số, danh sách và đối tượng), nhiều hơn mức guidepost kiểm tra. Một hướng dẫn nhỏ hơn nhiều: hãy kiểm tra xem có đúng tệp không, hoặc chia thành nhiều hướng dẫn.`;
}

function summary(rest: number, first: Listed | undefined, end: ListEnd): string {
  const at = first?.line !== undefined ? `Dòng ${first.line}, cột ${first.column}: ` : '';
  if (end.stopped === true) {
    return `${at}ngừng đọc ở đây: tệp có hơn ${MAX_PROBLEMS} lỗi. Hãy sửa các lỗi đã liệt kê ở trên, rồi kiểm tra lại tệp.`;
  }
  const more = end.incomplete === true ? `Còn hơn ${count(rest)} lỗi nữa` : `Còn ${count(rest)} lỗi nữa`;
  const where = first?.line !== undefined ? ` từ dòng ${first.line} trở đi` : '';
  return `${more}${where} chưa được liệt kê ở đây. Hãy sửa ${MAX_PROBLEMS} lỗi ở trên, rồi kiểm tra lại tệp để thấy các lỗi còn lại.`;
}

/** What is wrong and how to fix it, in Vietnamese. */
export function describeProblemVi(problem: FoundProblem, data: unknown): string {
  const { segments, params } = problem;
  const stepIndex = segments[1] as number;
  const step = () => stepNameVi(stepIndex, (data as { steps: unknown[] }).steps[stepIndex]);
  const place = (at: readonly (string | number)[] = segments) => placeOf(at, data, VIETNAMESE_PLACES);
  switch (params.kind) {
    case 'list-for-object':
    case 'missing-field':
    case 'format-version':
    case 'unknown-option':
    case 'wrong-type':
    case 'rule':
      return describeShapeVi(problem, params, data);
    case 'missing-alt': {
      const owner = place().owner || THE_TUTORIAL;
      return `${owner} có một hình chưa có mô tả (alt). Hãy mô tả hình cho người không nhìn thấy được.`;
    }
    case 'unknown-field':
      return unknownField(problem, params.known, data);
    case 'empty-text': {
      const remove = OPTIONAL_FIELDS.has(params.field) ? `, hoặc xoá "${params.field}"` : '';
      return `${subjectVi(place())} đang trống. Hãy viết nội dung${remove}.`;
    }
    case 'untranslated':
    case 'no-translation':
    case 'empty-translation': {
      const text = subjectVi(place(segments.slice(0, -1)));
      const language = clip(String(segments[segments.length - 1]));
      if (params.kind === 'untranslated') {
        const { lang } = params;
        return `${text} mới chỉ có ngôn ngữ "${lang}", nhưng tệp này còn có ngôn ngữ "${language}". Hãy viết thành các bản dịch: { "${lang}": "…", "${language}": "…" }.`;
      }
      const how = params.kind === 'no-translation' ? `chưa có bản dịch "${language}". Hãy thêm bản dịch` : `có bản dịch "${language}" đang trống. Hãy điền vào`;
      return `${text} ${how}, để người đọc ngôn ngữ "${language}" không phải đọc một ngôn ngữ khác.`;
    }
    case 'markdown-link': {
      const { href, verdict, language } = params;
      const where = language === undefined ? subjectVi(place()) : `${subjectVi(place(segments.slice(0, -1)))} (${clip(language)})`;
      return unsafeLink(`${where} có liên kết tới`, href, verdict);
    }
    case 'duplicate-id':
      return `${capital(step())} có mã trùng với bước ${params.first + 1}. Hãy đặt cho mỗi bước một mã riêng.`;
    case 'unknown-step': {
      const who = segments[2] === 'choices' ? `Lựa chọn ${(segments[3] as number) + 1} của ${step()}` : `${capital(step())}: "next"`;
      const guess = closest(params.value, params.ids);
      const hint = guess ? DID_YOU_MEAN(guess) : ' Hãy dùng mã của một trong các bước, hoặc null để kết thúc tại đó.';
      return `${who} dẫn tới "${clip(params.value)}", nhưng không có bước nào có mã này.${hint}`;
    }
    case 'choices-and-next':
      return `${capital(step())} có cả "choices" lẫn "next". Mỗi lựa chọn đã tự cho biết nó dẫn tới đâu; hãy xoá "next".`;
    case 'unreachable':
      return `${capital(step())} không bao giờ tới được: không có "next", lựa chọn hay thứ tự bước nào dẫn tới nó từ bước 1. Hãy dẫn tới nó từ một bước khác, hoặc xoá bước này.`;
    case 'self-loop':
      return `${capital(step())} dẫn ngược lại chính nó, nên người dân tới đây không bao giờ làm xong được. Hãy cho nó một "next" dẫn tiếp, hoặc "next": null để kết thúc tại đó.`;
    case 'loop': {
      const steps = (data as { steps: unknown[] }).steps;
      const names = params.steps.map((i) => stepNameVi(i, steps[i]).slice('bước '.length));
      const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} bước nữa`] : names;
      return `Các bước ${shown.slice(0, -1).join(', ')} và ${shown[shown.length - 1]} đi vòng tròn, không có lối ra: người dân tới đây không bao giờ làm xong được. Hãy cho một trong các bước đó một "next" hoặc một lựa chọn dẫn ra khỏi vòng, hoặc "next": null để kết thúc tại đó.`;
    }
    case 'closes-early':
      return capital(`${leadVi(place())}giờ đóng cửa "${params.closes}" không muộn hơn giờ mở cửa "${params.opens}". Nếu làm việc qua nửa đêm, hãy viết hai mục: một mục đến "24:00" và một mục từ "00:00".`);
    case 'phone':
      return `${leadVi(place())}"value" là ${quote(params.value)}, đây không phải là số điện thoại. Chỉ dùng chữ số, dấu cách và các dấu + ( ) -, ví dụ "1900 0000".`;
    case 'email':
      return `${leadVi(place())}"value" là ${quote(params.value)}, đây không phải là địa chỉ thư điện tử. Hãy viết như "hotro@example.gov.vn".`;
    case 'web-address': {
      const start = `${subjectVi(place())} là`;
      if (params.verdict === 'safe') return `${start} ${quote(params.href)}, đây không phải là địa chỉ trang web. Hãy viết một địa chỉ bắt đầu bằng https://.`;
      return unsafeLink(start, params.href, params.verdict);
    }
    case 'image-src': {
      const { src, verdict } = params;
      const owner = place().owner;
      if (verdict === 'http') return `${owner}: "src" của hình là ${quote(src)}, địa chỉ này không an toàn. Hãy đổi thành "https:${clip(src.slice(5))}".`;
      return `${owner}: "src" của hình là ${quote(src)}, loại địa chỉ này không được phép. Hãy dùng một đường dẫn cạnh tệp hướng dẫn, ví dụ "img/buoc-1.png", hoặc một địa chỉ https:.`;
    }
    case 'audio-src': {
      const { src, verdict } = params;
      const owner = place().owner;
      const lang = String(segments[segments.length - 1]);
      if (verdict === 'http') return `${owner}: bản ghi âm cho "${lang}" là ${quote(src)}, địa chỉ này không an toàn. Hãy đổi thành "https:${clip(src.slice(5))}".`;
      return `${owner}: bản ghi âm cho "${lang}" là ${quote(src)}, loại địa chỉ này không được phép. Hãy dùng một đường dẫn cạnh tệp hướng dẫn, ví dụ "audio/buoc-1.${lang}.mp3", hoặc một địa chỉ https:.`;
    }
    case 'too-deep':
      return capital(`${leadVi(place(segments.slice(0, 4)))}phần này của tệp có hơn ${MAX_DEPTH} lớp { } và [ ] lồng vào nhau. Một hướng dẫn không bao giờ cần nhiều như vậy: hãy xoá các dấu ngoặc thừa.`);
    case 'too-many-values':
      return tooManyValues();
    case 'advance-without-target':
      return `${place(segments.slice(0, 2)).owner} có "advanceOn" nhưng không có "target". Hãy cho biết cần theo dõi phần tử nào của trang, hoặc xoá "advanceOn".`;
  }
}

function unknownField(problem: FoundProblem, known: readonly string[], data: unknown): string {
  const key = String(problem.segments[problem.segments.length - 1]);
  const place = placeOf(problem.segments, data, VIETNAMESE_PLACES);
  const parent = place.rest.slice(0, -1);
  const owner = place.owner !== '' ? place.owner : parent.length > 0 ? fieldNameVi(parent) : THE_TUTORIAL;
  const inside = place.owner !== '' && parent.length > 0 ? ` trong ${fieldNameVi(parent)}` : '';
  const guess = closest(key, known);
  const hint = guess
    ? DID_YOU_MEAN(guess)
    : ` Hãy xoá trường này, hoặc đặt tên bắt đầu bằng "x-" để giữ làm ghi chú (guidepost bỏ qua các trường bắt đầu bằng "x-").`;
  return `${capital(owner)} có trường "${clip(key)}"${inside} mà guidepost không biết.${hint}`;
}

/** Says why an address is refused and what to write instead. */
function unsafeLink(start: string, link: string, verdict: HrefVerdict): string {
  const href = clip(link);
  switch (verdict) {
    case 'http':
      return `${start} "${href}", địa chỉ này không an toàn. Hãy đổi thành "https:${clip(link.slice(link.indexOf(':') + 1))}".`;
    case 'relative':
      return `${start} "${href}", đây chưa phải là một địa chỉ đầy đủ. Hãy viết cả địa chỉ, bắt đầu bằng https://.`;
    case 'malformed':
      return `${start} "${href}", đây chưa phải là một địa chỉ hoàn chỉnh. Hãy kiểm tra lại; địa chỉ cần có dạng như "https://dichvucong.gov.vn", "tel:19000000" hoặc "mailto:hotro@example.vn".`;
    default:
      return `${start} "${href}", loại địa chỉ này không được phép. Liên kết chỉ được dẫn tới địa chỉ https:, tel: hoặc mailto:.`;
  }
}
