import * as v from 'valibot';
import { HelpSchema } from '../tutorial/schema.js';

/**
 * What is wrong with help given in code (`setDefaultHelp`, `<gp-help>`'s `help` and
 * `channels`; not a tutorial file, which validation has already checked), one line per problem
 * with its path from `where`; empty when it has the right shape.
 */
export function helpProblems(help: unknown, where: string): string[] {
  const result = v.safeParse(HelpSchema, help);
  if (result.success) return [];
  const path = (issue: v.BaseIssue<unknown>) =>
    (issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('');
  return result.issues.map((issue) => `${where}${path(issue)}: ${issue.message}`);
}
