// The editor's UI strings (locales/editor/) have the same keys in every language, as the
// citizen's strings do: a key missing in Vietnamese would show English to a ward officer.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const flatten = (strings, prefix = '') =>
  Object.entries(strings).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
const keysOf = (file) => new Set(flatten(JSON.parse(readFileSync(`locales/editor/${file}`, 'utf8'))));

const en = keysOf('en.json');
for (const file of readdirSync('locales/editor').filter((f) => f.endsWith('.json'))) {
  test(`locales/editor/${file} has exactly the keys of en.json`, () => {
    const keys = keysOf(file);
    assert.deepEqual([...en].filter((k) => !keys.has(k)), [], `missing from ${file}`);
    assert.deepEqual([...keys].filter((k) => !en.has(k)), [], `extra in ${file}`);
  });
}
