/**
 * What the editor works out from a draft, once per change: its problems, each with the field
 * it is shown beside, and the tutorial the preview shows (the last one without errors, so the
 * preview does not vanish while someone is half-way through a word).
 */
import { lintTutorial, validateTutorial, type LintAdvice, type Tutorial, type ValidationResult } from '../index.js';
import * as m from './model/index.js';
import type { EditorProblem } from './views/context.js';

/** The problems of one draft. */
export interface Analysis {
  draft: m.Draft;
  /** Validation problems, then advice, each with its field. */
  problems: EditorProblem[];
  advice: LintAdvice[];
  validation: ValidationResult;
  byField: Map<string, EditorProblem[]>;
}

/** Analyses `draft`, with problems and advice worded in `lang`, the editor's own language. */
export function analyse(draft: m.Draft, abbreviations: readonly string[], lang: 'vi' | 'en'): Analysis {
  const fields = new Set(m.editorFields(draft, m.languagesOf(draft)));
  const advice = lintTutorial(draft, { abbreviations, lang });
  const validation = validateTutorial(draft, { lang });
  const problems: EditorProblem[] = [
    ...validation.problems.map((p) => ({ ...p, field: m.fieldForProblem(p.path, fields, draft.lang) })),
    // Advice is not a validation problem, but is shown the same way: beside its field.
    ...advice.map((a) => ({ ...a, code: 'invalid-value' as const, advice: true, field: m.fieldForProblem(a.path, fields, draft.lang) })),
  ];
  const byField = new Map<string, EditorProblem[]>();
  for (const p of problems) if (p.field !== undefined) byField.set(p.field, [...(byField.get(p.field) ?? []), p]);
  return { draft, problems, advice, validation, byField };
}

/** What the preview shows: a tutorial and the step to open at. */
export interface PreviewData {
  draft: m.Draft;
  step: string | undefined;
  tutorial: Tutorial | undefined;
}

/**
 * The preview for `draft` opened at step `selected`. The tutorial is a new object only when
 * the draft or the step changed, since a new object makes `<gp-tutorial>` start again there.
 */
export function previewFor(last: PreviewData | undefined, analysis: Analysis, selected: number): PreviewData {
  const { draft, validation: result } = analysis;
  const step = draft.steps[selected]?.id;
  if (last?.draft === draft && last.step === step) return last;
  return { draft, step, tutorial: result.ok && result.tutorial ? { ...result.tutorial } : last?.tutorial };
}
