/**
 * The elements declare their reactive properties in `static properties` (smaller in the CDN
 * build than decorators). The analyzer's Lit support reads that object but marks every entry
 * `privacy: 'public'` and takes `{ state: true }` for an attribute; this puts back what the
 * declarations say: a field's privacy is its own (`private`, `protected`, or none), and internal
 * state has no attribute, as with `@state()`.
 */
function staticPropertiesAsDeclared() {
  // The order of the analyzer's own fields, so the manifest reads as before.
  const order = ['kind', 'name', 'type', 'privacy', 'static', 'readonly', 'default', 'description'];
  return {
    name: 'guidepost-static-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const cls = moduleDoc.declarations?.find((d) => d.name === node.name.text);
      const statics = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!cls || !statics?.initializer || !ts.isObjectLiteralExpression(statics.initializer)) return;
      for (const entry of statics.initializer.properties) {
        if (!ts.isPropertyAssignment(entry)) continue;
        const name = entry.name.getText();
        const member = cls.members?.find((m) => m.name === name && !m.static);
        if (!member) continue;
        const declared = node.members.find((m) => m.name?.getText() === name && !m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword));
        const isPublic = declared?.modifiers?.some((x) => x.kind === ts.SyntaxKind.PublicKeyword);
        if (member.privacy === 'public' && !isPublic) delete member.privacy;
        const state = ts.isObjectLiteralExpression(entry.initializer) && entry.initializer.properties.some(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (state) {
          delete member.attribute;
          cls.attributes = cls.attributes?.filter((a) => a.fieldName !== name);
          if (cls.attributes?.length === 0) delete cls.attributes;
        }
        const keys = [...order.filter((k) => k in member), ...Object.keys(member).filter((k) => !order.includes(k))];
        const copy = { ...member };
        for (const k of Object.keys(member)) delete member[k];
        for (const k of keys) member[k] = copy[k];
      }
    },
  };
}

export default {
  // guide-element.ts: the properties <gp-tutorial> and <gp-tour> inherit from it.
  globs: ['src/elements/gp-*/gp-*.ts', 'src/elements/common/guide-element.ts'],
  exclude: [],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [staticPropertiesAsDeclared()],
};
