// Every UI strings file in locales/ has exactly the keys of en.json: a translator's file that
// misses a key, or has one too many (a typo), fails here — including a language added later.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const flatten = (strings, prefix = '') =>
  Object.entries(strings).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));

const en = new Set(flatten(JSON.parse(readFileSync('locales/en.json', 'utf8'))));
for (const file of readdirSync('locales').filter((f) => f.endsWith('.json'))) {
  test(`locales/${file} has exactly the keys of en.json`, () => {
    const keys = new Set(flatten(JSON.parse(readFileSync(`locales/${file}`, 'utf8'))));
    assert.deepEqual([...en].filter((k) => !keys.has(k)), [], `missing from ${file}`);
    assert.deepEqual([...keys].filter((k) => !en.has(k)), [], `extra in ${file}`);
  });
}

// The strings of <gp-catalog> and <gp-lookup>, shipped apart in locales/catalog/.
const catalogEn = new Set(flatten(JSON.parse(readFileSync('locales/catalog/en.json', 'utf8'))));
for (const file of readdirSync('locales/catalog').filter((f) => f.endsWith('.json'))) {
  test(`locales/catalog/${file} has exactly the keys of locales/catalog/en.json, none of locales/en.json`, () => {
    const keys = new Set(flatten(JSON.parse(readFileSync(`locales/catalog/${file}`, 'utf8'))));
    assert.deepEqual([...catalogEn].filter((k) => !keys.has(k)), [], `missing from ${file}`);
    assert.deepEqual([...keys].filter((k) => !catalogEn.has(k)), [], `extra in ${file}`);
    assert.deepEqual([...keys].filter((k) => en.has(k)), [], `${file} repeats keys of locales/en.json`);
  });
}
