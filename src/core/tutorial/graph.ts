/**
 * Checks of the steps as a whole: ids unique, every `next` and choice going to a real step,
 * every step reachable from the first, and no loop a citizen can never leave.
 *
 * Steps run in list order unless a step has `choices` (each to its `next`) or `next` (a step
 * id, or null to finish); the last step without `next` finishes. A `next` that names no step
 * counts as a way to finish here, so one typo is reported once, not again as a loop.
 */
import { isRecord } from './data.js';
import { found, type FoundProblem } from './found.js';
import type { PathSegment } from './problems.js';

const FINISH = -1;

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
    else problems.push(found('duplicate-id', ['steps', index, 'id'], { kind: 'duplicate-id', first }));
  });

  let known: string[] | undefined;
  const target = (value: unknown, segments: PathSegment[]): number => {
    if (typeof value !== 'string') return FINISH; // null finishes; other types are shape problems
    const index = ids.get(value);
    if (index !== undefined) return index;
    // The ids, for the "Did you mean …?" the wording may add.
    known ??= [...ids.keys()];
    problems.push(found('unknown-step', segments, { kind: 'unknown-step', value, ids: known }));
    return FINISH;
  };

  const successors: number[][] = steps.map((step, i) => {
    if (!isRecord(step)) return [i + 1 < steps.length ? i + 1 : FINISH];
    const choices = Array.isArray(step['choices']) ? (step['choices'] as unknown[]) : [];
    const hasNext = step['next'] !== undefined;
    const next = hasNext ? target(step['next'], ['steps', i, 'next']) : undefined;
    if (choices.length > 0) {
      if (hasNext) problems.push(found('invalid-value', ['steps', i, 'next'], { kind: 'choices-and-next' }));
      return choices.map((choice, k) => (isRecord(choice) ? target(choice['next'], ['steps', i, 'choices', k, 'next']) : FINISH));
    }
    if (next !== undefined) return [next];
    return [i + 1 < steps.length ? i + 1 : FINISH];
  });

  const reachable = reach([0], successors);
  const predecessors: number[][] = steps.map(() => []);
  const finishing: number[] = [];
  successors.forEach((list, from) => {
    for (const to of list) {
      if (to === FINISH) finishing.push(from);
      else predecessors[to]!.push(from);
    }
  });
  const canFinish = reach(finishing, predecessors);

  steps.forEach((_, i) => {
    if (!reachable.has(i)) problems.push(found('unreachable-step', ['steps', i], { kind: 'unreachable' }));
  });
  problems.push(...trappedGroups(steps.length, successors, reachable, canFinish));
  return problems;
}

/** The steps reachable from `starts` (themselves included) along `edges`. */
function reach(starts: number[], edges: number[][]): Set<number> {
  const seen = new Set(starts);
  const queue = [...starts];
  while (queue.length > 0) {
    for (const to of edges[queue.pop()!]!) {
      if (to !== FINISH && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/**
 * One problem per loop the citizen can enter but never leave: the strongly connected groups of
 * trapped steps with no edge out of the group. Steps that merely lead into such a loop are not
 * named; the fix (a way out) belongs in the loop.
 */
function trappedGroups(count: number, successors: number[][], reachable: Set<number>, canFinish: Set<number>): FoundProblem[] {
  const trapped = (i: number) => reachable.has(i) && !canFinish.has(i);
  const problems: FoundProblem[] = [];
  for (const group of stronglyConnected(count, successors, trapped)) {
    const members = new Set(group);
    const selfLoop = group.length === 1 && successors[group[0]!]!.includes(group[0]!);
    const leaves = group.some((i) => successors[i]!.some((j) => !members.has(j)));
    if (leaves || (group.length === 1 && !selfLoop)) continue;
    group.sort((a, b) => a - b);
    const params = group.length === 1 ? ({ kind: 'self-loop' } as const) : ({ kind: 'loop', steps: group } as const);
    problems.push(found('no-way-out', ['steps', group[0]!], params));
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
