// Generates schema/tutorial.schema.json from the valibot schema in src/core/tutorial/schema.ts,
// so the JSON Schema editors use, the TypeScript types and the validator share one source.
//
//   node scripts/build-schema.mjs           write the file
//   node scripts/build-schema.mjs --check   fail when the file is out of date (for CI)
//
// The output is deterministic: same source, same bytes.
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const output = resolve(root, 'schema/tutorial.schema.json');
const SCHEMA_ID = 'https://unpkg.com/guidepost/schema/tutorial.schema.json';
const EXTENSION_KEYS = { '^x-': { description: 'Your own note or data; guidepost ignores fields starting with "x-".' } };

// The schema module is TypeScript; bundle it (valibot included) and import it from memory.
const bundle = await build({
  entryPoints: [resolve(root, 'src/core/tutorial/schema.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const source = bundle.outputFiles[0].text;
const schemaModule = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
const { TutorialSchema, SCHEMA_DEFINITIONS, LANGUAGE_TAG_PATTERN } = schemaModule;

const converted = toJsonSchema(TutorialSchema, {
  target: 'draft-07',
  definitions: SCHEMA_DEFINITIONS,
  // `check` actions (real language tags, known time zones) have no JSON Schema form; the
  // validator still applies them.
  ignoreActions: ['check'],
});

const missingDescriptions = [];
const languageKeys = `^(?:${LANGUAGE_TAG_PATTERN.source.slice(1, -1)}|x-.*)$`;

/** Closes every object to unknown fields except `x-…`, and checks that fields are described. */
function refine(node, path) {
  if (Array.isArray(node)) return node.forEach((item, i) => refine(item, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return;
  if (node.type === 'object' && node.properties) {
    node.additionalProperties = false;
    node.patternProperties = EXTENSION_KEYS;
    if (node.required?.length === 0) delete node.required;
    for (const [key, property] of Object.entries(node.properties)) {
      if (typeof property.description !== 'string' && typeof property.$ref !== 'string') missingDescriptions.push(`${path}.${key}`);
    }
  } else if (node.type === 'object' && node.propertyNames) {
    // A translations object: language codes as keys, and `x-` notes like everywhere else.
    node.propertyNames = { pattern: languageKeys };
    node.patternProperties = { '^x-': {} };
  }
  for (const [key, value] of Object.entries(node)) refine(value, `${path}.${key}`);
}
refine(converted, '');
if (missingDescriptions.length > 0) {
  console.error(`build-schema: these fields have no description (add v.description in schema.ts):\n  ${missingDescriptions.join('\n  ')}`);
  process.exit(1);
}

const { $schema, $defs, ...rest } = converted;
const schema = {
  $schema,
  $id: SCHEMA_ID,
  ...rest,
  title: 'guidepost tutorial (format 1)',
  $defs,
};
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
