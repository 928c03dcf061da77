// A test-runner command that reads the page's accessibility tree through the Chrome DevTools
// Protocol (Accessibility.getFullAXTree): the roles, names and descriptions a screen reader gets,
// computed by Chromium itself, shadow roots included. Tests use it to prove what is announced,
// and that nothing is announced twice.
//   const nodes = await executeServerCommand('ax-tree')
//   const inFrame = await executeServerCommand('ax-tree', { frame: '/demo/helper-desk.html' })
// Each node: { id, parent, role, name, description, focused, modal, level, children }; nodes the
// browser leaves out of the tree (hidden, presentational) are skipped, their children kept.
export function axTreePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      // The tree of one same-origin iframe of the test page, by a part of its address.
      let frameId;
      if (payload?.frame) {
        const { frameTree } = await cdp.send('Page.getFrameTree');
        const find = (t) => (t.frame.url.includes(payload.frame) ? t.frame.id : (t.childFrames ?? []).map(find).find(Boolean));
        frameId = find(frameTree);
        if (!frameId) throw new Error(`ax-tree: no frame at ${payload.frame}`);
      }
      const { nodes } = await cdp.send('Accessibility.getFullAXTree', frameId ? { frameId } : {});
      const byId = new Map(nodes.map((n) => [n.nodeId, n]));
      const shown = (n) => n && !n.ignored;
      // The nearest ancestor that is in the tree.
      const parentOf = (n) => {
        let p = byId.get(n.parentId);
        while (p && !shown(p)) p = byId.get(p.parentId);
        return p?.nodeId;
      };
      const prop = (n, name) => n.properties?.find((p) => p.name === name)?.value?.value;
      const kept = nodes.filter(shown).map((n) => ({
        id: n.nodeId,
        parent: parentOf(n),
        role: n.role?.value ?? '',
        name: n.name?.value ?? '',
        description: n.description?.value ?? '',
        focused: prop(n, 'focused') === true,
        modal: prop(n, 'modal') === true,
        level: prop(n, 'level'),
        children: [],
      }));
      const keptById = new Map(kept.map((n) => [n.id, n]));
      for (const n of kept) keptById.get(n.parent)?.children.push(n.id);
      return kept;
    },
  };
}
