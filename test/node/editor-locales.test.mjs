// The editor's UI strings (locales/editor/), the printed handbook's (locales/handbook/) and Read aloud's (locales/read/) have
// the same keys in every language, as the citizen's strings do: a key missing in Vietnamese
// would show English to a ward officer, or print it on a ward's handout.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const flatten = (strings, prefix = '') =>
  Object.entries(strings).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));

for (const folder of ['locales/editor', 'locales/handbook', 'locales/read']) {
  const keysOf = (file) => new Set(flatten(JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'))));
  const en = keysOf('en.json');
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    test(`${folder}/${file} has exactly the keys of en.json`, () => {
      const keys = keysOf(file);
      assert.deepEqual([...en].filter((k) => !keys.has(k)), [], `missing from ${file}`);
      assert.deepEqual([...keys].filter((k) => !en.has(k)), [], `extra in ${file}`);
    });
  }
}
