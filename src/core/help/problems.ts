import { faultsOf, HELP } from '../tutorial/format.js';
import { normalizeData } from '../tutorial/normalize.js';
import { formatPath } from '../tutorial/problems.js';

/**
 * What is wrong with help given in code (`setDefaultHelp`, `<gp-help>`'s `help` and
 * `channels`; not a tutorial file, which validation has already checked), one line per problem
 * with its path from `where`; empty when it has the right shape. Checked against the format's
 * description (`format.ts`), so a page never loads valibot for it.
 */
export function helpProblems(help: unknown, where: string): string[] {
  let data: unknown;
  try {
    // A copy as a tutorial's help is checked: a getter that throws reads as a missing field.
    data = normalizeData(help);
  } catch {
    return [`${where}: it refers to itself (a cycle); help must be plain data`];
  }
  // A flood of mistakes is one mistake in the portal's code: the first twenty say enough.
  return faultsOf(HELP, data, 20).map(({ segments, expected }) => `${where}${pathFrom(segments)}: expected ${expected}`);
}

const pathFrom = (segments: readonly (string | number)[]) => {
  const path = formatPath(segments);
  return path === '' || path.startsWith('[') ? path : `.${path}`;
};
