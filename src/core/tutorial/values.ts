/**
 * Checks of values whose meaning depends on other fields: a help channel's `value` by its
 * `type`, opening hours that close after they open, image and map addresses, and a tour step
 * that advances on its target but has none.
 */
import { judgeHref } from '../markdown/index.js';
import { isRecord } from './data.js';
import { found, type FoundProblem } from './found.js';
import type { PathSegment } from './problems.js';
import { CLOSING_TIME_PATTERN, TIME_PATTERN } from './rules.js';

const PHONE = /^[0-9 +().*#-]+$/;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;

/** Runs the value checks on the (normalized, possibly malformed) data. */
export function checkValues(data: unknown): FoundProblem[] {
  if (!isRecord(data)) return [];
  const problems: FoundProblem[] = [];
  checkHelp(data['help'], ['help'], problems);
  const steps = Array.isArray(data['steps']) ? (data['steps'] as unknown[]) : [];
  steps.forEach((step, i) => {
    if (!isRecord(step)) return;
    checkHelp(step['help'], ['steps', i, 'help'], problems);
    const image = step['image'];
    const bad = isRecord(image) ? fileSource(image['src'], ['steps', i, 'image', 'src'], 'image-src') : undefined;
    if (bad) problems.push(bad);
    const audio = step['audio'];
    if (isRecord(audio)) {
      for (const [lang, src] of Object.entries(audio)) {
        const unsafe = fileSource(src, ['steps', i, 'audio', lang], 'audio-src');
        if (unsafe) problems.push(unsafe);
      }
    }
    if (step['advanceOn'] !== undefined && step['target'] === undefined) {
      problems.push(found('required', ['steps', i, 'target'], { kind: 'advance-without-target' }));
    }
  });
  return problems;
}

function checkHelp(help: unknown, base: PathSegment[], problems: FoundProblem[]): void {
  if (!isRecord(help) || !Array.isArray(help['channels'])) return;
  help['channels'].forEach((channel: unknown, j: number) => {
    if (!isRecord(channel)) return;
    const segments = [...base, 'channels', j];
    const value = channel['value'];
    if (typeof value === 'string' && value.trim() !== '') {
      const bad = channelValue(channel['type'], value, [...segments, 'value']);
      if (bad) problems.push(bad);
    }
    if (typeof channel['map'] === 'string') {
      const bad = httpsAddress(channel['map'], [...segments, 'map']);
      if (bad) problems.push(bad);
    }
    if (Array.isArray(channel['hours'])) {
      channel['hours'].forEach((hours: unknown, h: number) => {
        if (!isRecord(hours)) return;
        const { opens, closes } = hours;
        if (typeof opens !== 'string' || typeof closes !== 'string') return;
        if (!TIME_PATTERN.test(opens) || !CLOSING_TIME_PATTERN.test(closes) || closes > opens) return;
        problems.push(found('invalid-value', [...segments, 'hours', h, 'closes'], { kind: 'closes-early', opens, closes }));
      });
    }
  });
}

function channelValue(type: unknown, value: string, segments: PathSegment[]): FoundProblem | undefined {
  switch (type) {
    case 'phone':
    case 'sms':
      if (PHONE.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 3) return undefined;
      return found('invalid-value', segments, { kind: 'phone', value });
    case 'email':
      if (isEmail(value)) return undefined;
      return found('invalid-value', segments, { kind: 'email', value });
    case 'chat':
    case 'link':
      return httpsAddress(value, segments);
    default:
      return undefined;
  }
}

/**
 * `name@host.domain`: one @, no spaces, and a dot inside the part after the @. Written out
 * rather than as `/^[^\s@]+@[^\s@]+\.[^\s@]+$/`, which backtracks for ever on a host of
 * many dots.
 */
function isEmail(value: string): boolean {
  const at = value.indexOf('@');
  if (at <= 0 || value.indexOf('@', at + 1) !== -1 || /\s/u.test(value)) return false;
  return value.slice(at + 2, -1).includes('.');
}

/** A web address that must be `https:`: a link or chat channel, a desk's map. */
function httpsAddress(href: string, segments: PathSegment[]): FoundProblem | undefined {
  const verdict = judgeHref(href);
  if (verdict === 'safe' && /^https:/i.test(href.trim())) return undefined;
  // A safe address that is not https: (tel:, mailto:) or a broken one is the wrong value; the
  // others (http:, javascript:…) are unsafe.
  const code = verdict === 'safe' || verdict === 'malformed' ? 'invalid-value' : 'unsafe-link';
  return found(code, segments, { kind: 'web-address', href, verdict });
}

/** An image or a recording may come from a path next to the tutorial or from an `https:` address. */
function fileSource(src: unknown, segments: PathSegment[], kind: 'image-src' | 'audio-src'): FoundProblem | undefined {
  if (typeof src !== 'string' || !HAS_SCHEME.test(src.trim())) return undefined;
  const verdict = judgeHref(src);
  if (verdict === 'safe' && /^https:/i.test(src.trim())) return undefined;
  return found('unsafe-link', segments, { kind, src, verdict });
}
