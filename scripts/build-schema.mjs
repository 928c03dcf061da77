// Generates schema/tutorial.schema.json from the valibot schema in src/core/tutorial/schema.ts
// and the editor help in src/core/tutorial/schema-docs.ts, so the JSON Schema editors use, the
// TypeScript types and the validator share one source (src/core/tutorial/json-schema.ts joins
// them). The help is kept out of schema.ts because every browser that checks a tutorial loads
// schema.ts; only this script needs the help.
//
//   node scripts/build-schema.mjs           write the file
//   node scripts/build-schema.mjs --check   fail when the file is out of date (for CI)
//
// Fails, writing nothing, when a field has no description or the help names a field or part
// the format does not have. The output is deterministic: same source, same bytes.
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(root, 'schema/tutorial.schema.json');

// The modules are TypeScript; bundle them (valibot included) and import the result from memory.
const bundle = await build({
  entryPoints: [resolve(root, 'src/core/tutorial/json-schema.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const source = bundle.outputFiles[0].text;
const { buildJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

const { schema, problems } = buildJsonSchema(toJsonSchema);
if (problems.length > 0) {
  console.error(
    `build-schema: src/core/tutorial/schema-docs.ts and schema.ts disagree (every field needs a description there, and nothing else):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(output, 'utf8');
  } catch {
    // a missing file is out of date too
  }
  if (current !== text) {
    console.error('build-schema: schema/tutorial.schema.json is out of date; run `node scripts/build-schema.mjs`.');
    process.exit(1);
  }
} else {
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, text);
}
