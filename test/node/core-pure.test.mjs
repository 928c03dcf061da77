// The core runs nothing when it is imported: each module of src/core only declares (imports,
// exports, functions, classes, types, constants). The CDN build relies on it
// (rollup.config.ts, `pureModules`): what a page imports through a core folder's index.ts and
// never uses is left out, not loaded to be run. A statement at the top of a core module that
// does something (a call, an assignment, a loop) fails here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { repo } from './run-cli.mjs';

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });

const declares = new Set([
  ts.SyntaxKind.ImportDeclaration,
  ts.SyntaxKind.ImportEqualsDeclaration,
  ts.SyntaxKind.ExportDeclaration,
  ts.SyntaxKind.ExportAssignment,
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.EmptyStatement,
]);

/** The top-level statements of `source` that do something when the module is imported. */
export function actingStatements(source, name = 'module.ts') {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, true);
  return file.statements.filter((s) => !declares.has(s.kind)).map((s) => `${file.getLineAndCharacterOfPosition(s.getStart()).line + 1}: ${s.getText().slice(0, 60)}`);
}

test('no module of src/core does anything when it is imported', () => {
  const acting = filesUnder(join(repo, 'src/core')).flatMap((path) => actingStatements(readFileSync(path, 'utf8'), path).map((s) => `${relative(repo, path)}:${s}`));
  assert.deepEqual(acting, []);
});

test('the check itself sees a call, an assignment and a loop at the top of a module', () => {
  assert.equal(actingStatements("import { a } from './a.js';\nregister(a);\nglobalThis.x = 1;\nfor (;;) break;\nexport const b = 1;").length, 3);
});
