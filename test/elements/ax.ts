import { executeServerCommand } from '@web/test-runner-commands';

/** One node of the browser's accessibility tree (scripts/wtr-ax-plugin.mjs). */
export interface AxNode {
  readonly id: string;
  readonly parent: string | undefined;
  readonly role: string;
  readonly name: string;
  readonly description: string;
  readonly focused: boolean;
  readonly modal: boolean;
  readonly level: number | undefined;
  readonly children: readonly string[];
}

/** Chromium's accessibility tree of the page, as a screen reader gets it. */
export class AxTree {
  private readonly byId: Map<string, AxNode>;

  constructor(readonly nodes: readonly AxNode[]) {
    this.byId = new Map(nodes.map((n) => [n.id, n]));
  }

  /** The node that has focus. */
  get focused(): AxNode | undefined {
    return this.nodes.find((n) => n.focused && n.role !== 'RootWebArea');
  }

  /** Every node with `role`, optionally named `name`. */
  all(role: string, name?: string): AxNode[] {
    return this.nodes.filter((n) => n.role === role && (name === undefined || n.name === name));
  }

  /** The one node with `role` (and `name`); fails when there is none or more than one. */
  one(role: string, name?: string): AxNode {
    const found = this.all(role, name);
    if (found.length !== 1) throw new Error(`expected one ${role}${name === undefined ? '' : ` named “${name}”`}, found ${found.length}: ${this.all(role).map((n) => `“${n.name}”`).join(', ')}`);
    return found[0]!;
  }

  /** The ancestors of `node`, nearest first. */
  ancestors(node: AxNode): AxNode[] {
    const list: AxNode[] = [];
    for (let p = this.byId.get(node.parent ?? ''); p; p = this.byId.get(p.parent ?? '')) list.push(p);
    return list;
  }

  /** The nearest ancestor of `node` with `role`. */
  closest(node: AxNode, role: string): AxNode | undefined {
    return this.ancestors(node).find((a) => a.role === role);
  }

  /** Every node under `node`. */
  descendants(node: AxNode): AxNode[] {
    const out: AxNode[] = [];
    const walk = (n: AxNode) => {
      for (const id of n.children) {
        const child = this.byId.get(id)!;
        out.push(child);
        walk(child);
      }
    };
    walk(node);
    return out;
  }
}

/** Reads the page's accessibility tree now, or that of the frame whose address contains `frame`. */
export async function axTree(frame?: string): Promise<AxTree> {
  return new AxTree(await executeServerCommand<AxNode[], { frame?: string }>('ax-tree', { frame }));
}

/**
 * What a screen reader says when focus lands on `node`: the name of the dialog or group it
 * enters, then its own name and description, as one list of phrases. A phrase that appears
 * twice is announced twice.
 */
export function spokenOnFocus(tree: AxTree, node: AxNode): string[] {
  const containers = tree.ancestors(node).filter((a) => ['dialog', 'alertdialog', 'group', 'radiogroup'].includes(a.role) && a.name);
  return [...containers.reverse().map((c) => c.name), node.name, node.description].filter(Boolean).map((s) => s.replace(/\s+/g, ' ').trim());
}
