/**
 * Checks of values whose meaning depends on other fields: a help channel's `value` by its
 * `type`, opening hours that close after they open, image and map addresses, and a tour step
 * that advances on its target but has none.
 */
import { judgeHref } from '../markdown/index.js';
import { lead, placeOf, quote, subject } from './places.js';
import { problem, type FoundProblem, type PathSegment } from './problems.js';
import { CLOSING_TIME_PATTERN, TIME_PATTERN } from './schema.js';
import { unsafeLinkMessage } from './texts.js';

const PHONE = /^[0-9 +().*#-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs the value checks on the (normalized, possibly malformed) data. */
export function checkValues(data: unknown): FoundProblem[] {
  if (!isRecord(data)) return [];
  const problems: FoundProblem[] = [];
  checkHelp(data['help'], ['help'], data, problems);
  const steps = Array.isArray(data['steps']) ? (data['steps'] as unknown[]) : [];
  steps.forEach((step, i) => {
    if (!isRecord(step)) return;
    checkHelp(step['help'], ['steps', i, 'help'], data, problems);
    const image = step['image'];
    const found = isRecord(image) ? imageSource(image['src'], ['steps', i, 'image', 'src'], data) : undefined;
    if (found) problems.push(found);
    if (step['advanceOn'] !== undefined && step['target'] === undefined) {
      const place = placeOf(['steps', i], data);
      problems.push(
        problem('required', ['steps', i, 'target'], `${place.owner} has "advanceOn" but no "target". Say which element of the page to watch, or remove "advanceOn".`),
      );
    }
  });
  return problems;
}

function checkHelp(help: unknown, base: PathSegment[], data: unknown, problems: FoundProblem[]): void {
  if (!isRecord(help) || !Array.isArray(help['channels'])) return;
  help['channels'].forEach((channel: unknown, j: number) => {
    if (!isRecord(channel)) return;
    const segments = [...base, 'channels', j];
    const value = channel['value'];
    if (typeof value === 'string' && value.trim() !== '') {
      const found = channelValue(channel['type'], value, [...segments, 'value'], data);
      if (found) problems.push(found);
    }
    if (typeof channel['map'] === 'string') {
      const found = httpsAddress(channel['map'], [...segments, 'map'], data);
      if (found) problems.push(found);
    }
    if (Array.isArray(channel['hours'])) {
      channel['hours'].forEach((hours: unknown, h: number) => {
        if (!isRecord(hours)) return;
        const { opens, closes } = hours;
        if (typeof opens !== 'string' || typeof closes !== 'string') return;
        if (!TIME_PATTERN.test(opens) || !CLOSING_TIME_PATTERN.test(closes) || closes > opens) return;
        const at = [...segments, 'hours', h, 'closes'];
        problems.push(
          problem(
            'invalid-value',
            at,
            `${lead(placeOf(at, data))}it closes at "${closes}", which is not after it opens at "${opens}". For hours past midnight, write two entries: one until "24:00" and one from "00:00".`,
          ),
        );
      });
    }
  });
}

function channelValue(type: unknown, value: string, segments: PathSegment[], data: unknown): FoundProblem | undefined {
  const start = `${lead(placeOf(segments, data))}"value" is ${quote(value)}`;
  switch (type) {
    case 'phone':
    case 'sms':
      if (PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 3) return undefined;
      return problem('invalid-value', segments, `${start}, which is not a phone number. Use digits, spaces and + ( ) - only, such as "1900 0000".`);
    case 'email':
      if (EMAIL.test(value)) return undefined;
      return problem('invalid-value', segments, `${start}, which is not an email address. Write it like "hotro@example.gov.vn".`);
    case 'chat':
    case 'link':
      return httpsAddress(value, segments, data);
    default:
      return undefined;
  }
}

/** A web address that must be `https:`: a link or chat channel, a desk's map. */
function httpsAddress(href: string, segments: PathSegment[], data: unknown): FoundProblem | undefined {
  const verdict = judgeHref(href);
  if (verdict === 'safe' && /^https:/i.test(href.trim())) return undefined;
  const place = placeOf(segments, data);
  const start = `${subject(place)} is`;
  if (verdict === 'safe') {
    return problem('invalid-value', segments, `${start} ${quote(href)}, which is not a web address. Write an address starting with https://.`);
  }
  return problem(verdict === 'malformed' ? 'invalid-value' : 'unsafe-link', segments, unsafeLinkMessage(start, href, verdict));
}

/** An image may come from a path next to the tutorial or from an `https:` address. */
function imageSource(src: unknown, segments: PathSegment[], data: unknown): FoundProblem | undefined {
  if (typeof src !== 'string' || !HAS_SCHEME.test(src.trim())) return undefined;
  const verdict = judgeHref(src);
  if (verdict === 'safe' && /^https:/i.test(src.trim())) return undefined;
  const place = placeOf(segments, data);
  if (verdict === 'http') {
    return problem('unsafe-link', segments, `${place.owner}: the image "src" is ${quote(src)}, which is not secure. Write "https:${src.slice(5)}" instead.`);
  }
  return problem(
    'unsafe-link',
    segments,
    `${place.owner}: the image "src" is ${quote(src)}, which is not allowed. Use a path next to the tutorial file, such as "img/step-1.png", or an https: address.`,
  );
}
