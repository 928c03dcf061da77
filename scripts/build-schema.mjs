// Generates schema/tutorial.schema.json from the valibot schema in src/core/tutorial/schema.ts
// (and schema/catalog.schema.json from src/core/catalog/schema.ts and json-schema.ts)
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

/** Bundles a TypeScript module (valibot included) and imports the result from memory. */
async function load(entry) {
  const bundle = await build({ entryPoints: [resolve(root, entry)], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const source = bundle.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
}

const { buildJsonSchema } = await load('src/core/tutorial/json-schema.ts');
const { buildCatalogJsonSchema } = await load('src/core/catalog/json-schema.ts');
const outputs = [
  { file: 'schema/tutorial.schema.json', sources: 'src/core/tutorial/schema-docs.ts and schema.ts', built: buildJsonSchema(toJsonSchema) },
  { file: 'schema/catalog.schema.json', sources: 'src/core/catalog/json-schema.ts and schema.ts', built: buildCatalogJsonSchema(toJsonSchema) },
];

let failed = false;
for (const { file, sources, built } of outputs) {
  const { schema, problems } = built;
  if (problems.length > 0) {
    console.error(`build-schema: ${sources} disagree (every field needs a description there, and nothing else):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const output = resolve(root, file);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(output, 'utf8');
    } catch {
      // a missing file is out of date too
    }
    if (current !== text) {
      console.error(`build-schema: ${file} is out of date; run \`node scripts/build-schema.mjs\`.`);
      failed = true;
    }
  } else {
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, text);
  }
}
if (failed) process.exit(1);
