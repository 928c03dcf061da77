/**
 * Names places in Vietnamese, as `places.ts` does in English: "Bước 4 (dang-ky)", "Kênh hỗ
 * trợ 1 (điện thoại) của bước 2 (goi-dien)". Field names in quotes stay as in the file.
 */
import { isRecord } from './data.js';
import { clip, type Place, type PlaceNames } from './places.js';
import type { PathSegment } from './problems.js';

/** The kinds of help channel, as the editor names them. */
const CHANNEL_TYPES: Record<string, string> = {
  phone: 'điện thoại',
  sms: 'tin nhắn SMS',
  email: 'thư điện tử',
  chat: 'trò chuyện trực tuyến',
  link: 'trang web',
  desk: 'nơi tiếp dân',
};

/** "bước 4 (dang-ky)": the 1-based number and, when it has a usable one, the id. */
export function stepNameVi(index: number, step: unknown): string {
  const id = isRecord(step) ? step['id'] : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `bước ${index + 1} (${clip(id)})` : `bước ${index + 1}`;
}

export const VIETNAMESE_PLACES: PlaceNames = {
  step: stepNameVi,
  choice: (index, owner) => `lựa chọn ${index + 1} của ${owner}`,
  requirement: (index) => `thứ cần chuẩn bị ${index + 1}`,
  channel: (index, type, owner) => {
    const kind = type === undefined ? '' : ` (${Object.hasOwn(CHANNEL_TYPES, type) ? CHANNEL_TYPES[type] : clip(type, 20)})`;
    const name = `kênh hỗ trợ ${index + 1}${kind}`;
    return owner === '' ? name : `${name} của ${owner}`;
  },
  hours: (index, owner) => `giờ làm việc ${index + 1} của ${owner}`,
};

/** Names a field path inside its owner: `"alt" trong "image"`, `"days" (mục 3)`. */
export function fieldNameVi(rest: readonly PathSegment[]): string {
  const parts: string[] = [];
  for (const segment of rest) {
    if (typeof segment === 'number') {
      if (parts.length === 0) parts.push(`mục ${segment + 1}`);
      else parts[parts.length - 1] += ` (mục ${segment + 1})`;
    } else parts.push(`"${clip(segment)}"`);
  }
  return parts.length === 0 ? 'mục này' : parts.reverse().join(' trong ');
}

/** The tutorial itself, as the subject of a sentence. */
export const THE_TUTORIAL = 'Hướng dẫn này';

/** Names the place as the subject of a sentence: `Bước 4 (dang-ky): "title"`, `Hướng dẫn này`. */
export function subjectVi(place: Place): string {
  if (place.rest.length === 0) return place.owner === '' ? THE_TUTORIAL : place.owner;
  return `${leadVi(place)}${fieldNameVi(place.rest)}`;
}

/** Starts a sentence about a place: `Bước 4 (dang-ky): ` or nothing for the tutorial. */
export function leadVi(place: Place): string {
  return place.owner === '' ? '' : `${place.owner}: `;
}

/** A short picture of a JSON value: `một số (5)`, `một đoạn chữ ("x")`. */
export function describeValueVi(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'một danh sách [ … ]';
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `một đoạn chữ ("${value.slice(0, 37)}…")` : `một đoạn chữ ("${value}")`;
    case 'number':
      return `một số (${value})`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'một đối tượng { … }';
    case 'undefined':
      return 'không có gì';
    default:
      return `một giá trị kiểu ${typeof value}`;
  }
}

