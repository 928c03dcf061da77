/**
 * The words of every problem the checks find: what is wrong and how to fix it, in plain
 * language, naming steps by number and id. Kept apart from the checks because it is most of
 * the validator's size: elements load it only when a tutorial has problems.
 */
import type { HrefVerdict } from '../markdown/index.js';
import type { ExplainedProblem, FoundProblem } from './found.js';
import { capital, clip, fieldName, lead, placeOf, quote, stepName, subject } from './places.js';
import type { Problem } from './problems.js';
import { MAX_DEPTH } from './limits.js';
import { ENGLISH_JSON } from './json-words.js';
import type { ProblemWords } from './message-words.js';
import { fileTooLarge, summaryMessage, tooManyValues } from './problem-list.js';
import { describeShape } from './shape-words.js';
import { closest } from './suggest.js';

const OPTIONAL_FIELDS = new Set(['summary', 'completion', 'body', 'tip', 'warning']);

/** Everything the validator says, in English (the default). */
export const ENGLISH_WORDS: ProblemWords = { describe: describeProblem, fileTooLarge, tooManyValues, summary: summaryMessage, json: ENGLISH_JSON };

/** The problem with its message; `data` is the (normalized) data it was found in. */
export function explainProblem(problem: FoundProblem, data: unknown, words: ProblemWords = ENGLISH_WORDS): ExplainedProblem {
  const { params: _params, ...rest } = problem;
  return { ...rest, message: words.describe(problem, data) };
}

/** Words found problems as `validateTutorial()` reports them. */
export function wordProblems(problems: readonly FoundProblem[], data: unknown, words: ProblemWords = ENGLISH_WORDS): Problem[] {
  return problems.map((problem) => ({ path: problem.path, code: problem.code, message: words.describe(problem, data), severity: problem.severity }));
}

/** What is wrong and how to fix it: the message of a found problem. */
export function describeProblem(problem: FoundProblem, data: unknown): string {
  const { segments, params } = problem;
  const stepIndex = segments[1] as number;
  const step = () => stepName(stepIndex, (data as { steps: unknown[] }).steps[stepIndex]);
  switch (params.kind) {
    case 'list-for-object':
    case 'missing-field':
    case 'format-version':
    case 'unknown-option':
    case 'wrong-type':
    case 'rule':
      return describeShape(problem, params, data);
    case 'missing-alt': {
      const owner = placeOf(segments, data).owner || 'The tutorial';
      return `${owner} has an image without alt text. Describe the picture for people who cannot see it.`;
    }
    case 'unknown-field':
      return unknownField(problem, params.known, data);
    case 'empty-text': {
      const remove = OPTIONAL_FIELDS.has(params.field) ? `, or remove "${params.field}"` : '';
      return `${subject(placeOf(segments, data))} is empty. Write the text${remove}.`;
    }
    case 'untranslated':
    case 'no-translation':
    case 'empty-translation': {
      const text = subject(placeOf(segments.slice(0, -1), data));
      const language = clip(String(segments[segments.length - 1]));
      if (params.kind === 'untranslated') {
        const { lang } = params;
        return `${text} is only in ${lang}, but this file also has ${language}. Write it as translations: { "${lang}": "…", "${language}": "…" }.`;
      }
      const how = params.kind === 'no-translation' ? `has no "${language}" translation. Add one` : `has an empty "${language}" translation. Fill it in`;
      return `${text} ${how}, so people reading ${language} do not get another language.`;
    }
    case 'markdown-link': {
      const { href, verdict, language } = params;
      const where = language === undefined ? subject(placeOf(segments, data)) : `${subject(placeOf(segments.slice(0, -1), data))} (${clip(language)})`;
      return unsafeLinkMessage(`${where} has a link to`, href, verdict);
    }
    case 'duplicate-id':
      return `${capital(step())} has the same id as step ${params.first + 1}. Give each step its own id.`;
    case 'unknown-step': {
      const who = segments[2] === 'choices' ? `Choice ${(segments[3] as number) + 1} of ${step()}` : `${capital(step())}: "next"`;
      const guess = closest(params.value, params.ids);
      const hint = guess ? ` Did you mean "${guess}"?` : ' Use the id of one of the steps, or null to finish there.';
      return `${who} goes to "${clip(params.value)}", but no step has that id.${hint}`;
    }
    case 'choices-and-next':
      return `${capital(step())} has both "choices" and "next". Each choice already says where it goes; remove "next".`;
    case 'unreachable':
      return `${capital(step())} can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.`;
    case 'self-loop':
      return `${capital(step())} leads back to itself, so a citizen who gets there can never finish. Give it a "next" that leads on, or "next": null to finish there.`;
    case 'loop': {
      const steps = (data as { steps: unknown[] }).steps;
      const names = params.steps.map((i) => stepName(i, steps[i]).slice('step '.length));
      const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
      return `Steps ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]} go round in a loop with no way out: a citizen who gets there can never finish. Give one of them a "next" or a choice that leads out of the loop, or "next": null to finish there.`;
    }
    case 'closes-early':
      return `${lead(placeOf(segments, data))}it closes at "${params.closes}", which is not after it opens at "${params.opens}". For hours past midnight, write two entries: one until "24:00" and one from "00:00".`;
    case 'phone':
      return `${lead(placeOf(segments, data))}"value" is ${quote(params.value)}, which is not a phone number. Use digits, spaces and + ( ) - only, such as "1900 0000".`;
    case 'email':
      return `${lead(placeOf(segments, data))}"value" is ${quote(params.value)}, which is not an email address. Write it like "hotro@example.gov.vn".`;
    case 'web-address': {
      const start = `${subject(placeOf(segments, data))} is`;
      if (params.verdict === 'safe') return `${start} ${quote(params.href)}, which is not a web address. Write an address starting with https://.`;
      return unsafeLinkMessage(start, params.href, params.verdict);
    }
    case 'image-src': {
      const { src, verdict } = params;
      const owner = placeOf(segments, data).owner;
      if (verdict === 'http') return `${owner}: the image "src" is ${quote(src)}, which is not secure. Write "https:${clip(src.slice(5))}" instead.`;
      return `${owner}: the image "src" is ${quote(src)}, which is not allowed. Use a path next to the tutorial file, such as "img/step-1.png", or an https: address.`;
    }
    case 'audio-src': {
      const { src, verdict } = params;
      const owner = placeOf(segments, data).owner;
      const lang = String(segments[segments.length - 1]);
      if (verdict === 'http') return `${owner}: the recording for "${lang}" is ${quote(src)}, which is not secure. Write "https:${clip(src.slice(5))}" instead.`;
      return `${owner}: the recording for "${lang}" is ${quote(src)}, which is not allowed. Use a path next to the tutorial file, such as "audio/step-1.${lang}.mp3", or an https: address.`;
    }
    case 'too-deep':
      return capital(`${lead(placeOf(segments.slice(0, 4), data))}this part of the file has more than ${MAX_DEPTH} levels of { } and [ ] inside each other. A tutorial never needs that many: remove the extra brackets.`);
    case 'too-many-values':
      return tooManyValues();
    case 'advance-without-target':
      return `${placeOf(segments.slice(0, 2), data).owner} has "advanceOn" but no "target". Say which element of the page to watch, or remove "advanceOn".`;
  }
}

function unknownField(problem: FoundProblem, known: readonly string[], data: unknown): string {
  const key = String(problem.segments[problem.segments.length - 1]);
  const place = placeOf(problem.segments, data);
  const parent = place.rest.slice(0, -1);
  const owner = place.owner !== '' ? place.owner : parent.length > 0 ? fieldName(parent) : 'The tutorial';
  const inside = place.owner !== '' && parent.length > 0 ? ` in ${fieldName(parent)}` : '';
  const guess = closest(key, known);
  const hint = guess
    ? ` Did you mean "${guess}"?`
    : ` Remove it, or start its name with "x-" to keep it as a note (fields starting with "x-" are ignored).`;
  return `${owner} has a field "${clip(key)}"${inside} that guidepost does not know.${hint}`;
}

/** Says why an address is refused and what to write instead: `${start} "href", …`. */
function unsafeLinkMessage(start: string, link: string, verdict: HrefVerdict): string {
  const href = clip(link);
  switch (verdict) {
    case 'http':
      return `${start} "${href}", which is not secure. Write "https:${clip(link.slice(link.indexOf(':') + 1))}" instead.`;
    case 'relative':
      return `${start} "${href}", which is not a full address. Write the whole address, starting with https://.`;
    case 'malformed':
      return `${start} "${href}", which is not a complete address. Check it; it should look like "https://dichvucong.gov.vn", "tel:19000000" or "mailto:hotro@example.vn".`;
    default:
      return `${start} "${href}", which is not allowed. Links may only go to https:, tel: or mailto: addresses.`;
  }
}
