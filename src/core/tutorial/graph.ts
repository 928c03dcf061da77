/**
 * Checks of the steps as a whole: ids unique, every `next` and choice going to a real step,
 * every step reachable from the first, and no loop a citizen can never leave.
 *
 * Steps run in list order unless a step has `choices` (each to its `next`) or `next` (a step
 * id, or null to finish); the last step without `next` finishes. A `next` that names no step
 * counts as a way to finish here, so one typo is reported once, not again as a loop.
 */
import { capital, stepName } from './places.js';
import { problem, type FoundProblem, type PathSegment } from './problems.js';
import { closest } from './suggest.js';

const FINISH = -1;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs the checks of the step graph on the (normalized, possibly malformed) data. */
export function checkStepGraph(data: unknown): FoundProblem[] {
  const steps = isRecord(data) && Array.isArray(data['steps']) ? (data['steps'] as unknown[]) : [];
  if (steps.length === 0) return [];
  const problems: FoundProblem[] = [];
  const ids = new Map<string, number>();
  steps.forEach((step, index) => {
    const id = isRecord(step) ? step['id'] : undefined;
    if (typeof id !== 'string') return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, index);
    else problems.push(problem('duplicate-id', ['steps', index, 'id'], `${capital(stepName(index, step))} has the same id as step ${first + 1}. Give each step its own id.`));
  });

  const target = (value: unknown, segments: PathSegment[], who: string): number => {
    if (typeof value !== 'string') return FINISH; // null finishes; other types are shape problems
    const index = ids.get(value);
    if (index !== undefined) return index;
    const guess = closest(value, ids.keys());
    const hint = guess ? ` Did you mean "${guess}"?` : ' Use the id of one of the steps, or null to finish there.';
    problems.push(problem('unknown-step', segments, `${who} goes to "${value}", but no step has that id.${hint}`));
    return FINISH;
  };

  const successors: number[][] = steps.map((step, i) => {
    const name = stepName(i, step);
    if (!isRecord(step)) return [i + 1 < steps.length ? i + 1 : FINISH];
    const choices = Array.isArray(step['choices']) ? (step['choices'] as unknown[]) : [];
    const hasNext = step['next'] !== undefined;
    const next = hasNext ? target(step['next'], ['steps', i, 'next'], `${capital(name)}: "next"`) : undefined;
    if (choices.length > 0) {
      if (hasNext) {
        problems.push(problem('invalid-value', ['steps', i, 'next'], `${capital(name)} has both "choices" and "next". Each choice already says where it goes; remove "next".`));
      }
      return choices.map((choice, k) =>
        isRecord(choice) ? target(choice['next'], ['steps', i, 'choices', k, 'next'], `Choice ${k + 1} of ${name}`) : FINISH,
      );
    }
    if (next !== undefined) return [next];
    return [i + 1 < steps.length ? i + 1 : FINISH];
  });

  const reachable = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) {
    for (const to of successors[queue.pop()!]!) {
      if (to !== FINISH && !reachable.has(to)) {
        reachable.add(to);
        queue.push(to);
      }
    }
  }

  const predecessors: number[][] = steps.map(() => []);
  const canFinish = new Set<number>();
  successors.forEach((list, from) => {
    for (const to of list) {
      if (to === FINISH) canFinish.add(from);
      else predecessors[to]!.push(from);
    }
  });
  const back = [...canFinish];
  while (back.length > 0) {
    for (const from of predecessors[back.pop()!]!) {
      if (!canFinish.has(from)) {
        canFinish.add(from);
        back.push(from);
      }
    }
  }

  steps.forEach((step, i) => {
    if (reachable.has(i)) return;
    problems.push(
      problem('unreachable-step', ['steps', i], `${capital(stepName(i, step))} can never be reached: no "next", choice or step order leads to it from step 1. Link to it from another step, or remove it.`),
    );
  });
  problems.push(...trappedGroups(steps, successors, reachable, canFinish));
  return problems;
}

/**
 * One problem per loop the citizen can enter but never leave: the strongly connected groups of
 * trapped steps with no edge out of the group. Steps that merely lead into such a loop are not
 * named; the fix (a way out) belongs in the loop.
 */
function trappedGroups(steps: unknown[], successors: number[][], reachable: Set<number>, canFinish: Set<number>): FoundProblem[] {
  const trapped = (i: number) => reachable.has(i) && !canFinish.has(i);
  const problems: FoundProblem[] = [];
  for (const group of stronglyConnected(steps.length, successors, trapped)) {
    const members = new Set(group);
    const selfLoop = group.length === 1 && successors[group[0]!]!.includes(group[0]!);
    const leaves = group.some((i) => successors[i]!.some((j) => !members.has(j)));
    if (leaves || (group.length === 1 && !selfLoop)) continue;
    group.sort((a, b) => a - b);
    const first = group[0]!;
    if (group.length === 1) {
      problems.push(
        problem('no-way-out', ['steps', first], `${capital(stepName(first, steps[first]))} leads back to itself, so a citizen who gets there can never finish. Give it a "next" that leads on, or "next": null to finish there.`),
      );
      continue;
    }
    const names = group.map((i) => stepName(i, steps[i]).slice('step '.length));
    const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} more`] : names;
    problems.push(
      problem(
        'no-way-out',
        ['steps', first],
        `Steps ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]} go round in a loop with no way out: a citizen who gets there can never finish. Give one of them a "next" or a choice that leads out of the loop, or "next": null to finish there.`,
      ),
    );
  }
  return problems;
}

/** Tarjan's strongly connected components of the steps that pass `include`, without recursion. */
function stronglyConnected(count: number, successors: number[][], include: (i: number) => boolean): number[][] {
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let root = 0; root < count; root += 1) {
    if (!include(root) || index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edge] = frame;
      if (edge === 0) {
        index[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = true;
      }
      const next = successors[node]!.filter((j) => j >= 0 && include(j));
      if (edge < next.length) {
        frame[1] += 1;
        const to = next[edge]!;
        if (index[to] === -1) work.push([to, 0]);
        else if (onStack[to]) low[node] = Math.min(low[node]!, index[to]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!);
      if (low[node] === index[node]) {
        const group: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          group.push(member);
        } while (member !== node);
        groups.push(group);
      }
    }
  }
  return groups;
}
