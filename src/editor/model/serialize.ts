/**
 * A draft as file text: two-space indents, the format's field order (as the JSON Schema lists
 * them), `$schema` kept, a final newline. Fields the format does not know are kept after the
 * known ones, so the validator can point at them instead of the editor silently dropping them.
 */
import type { DraftRecord } from './types.js';

type Order = { readonly keys: readonly string[]; readonly children?: Readonly<Record<string, Order | 'text'>> };

const lists = new WeakMap<Order, { item: Order; texts: boolean }>();
function listOf(item: Order, texts = false): Order {
  const order: Order = { keys: [] };
  lists.set(order, { item, texts });
  return order;
}

const text = 'text' as const;
const hours: Order = { keys: ['days', 'opens', 'closes'] };
const channel: Order = { keys: ['type', 'label', 'value', 'map', 'hours'], children: { label: text, hours: listOf(hours) } };
const help: Order = { keys: ['channels', 'timezone'], children: { channels: listOf(channel) } };
const image: Order = { keys: ['src', 'alt', 'decorative', 'width', 'height'], children: { alt: text } };
const choice: Order = { keys: ['label', 'next'], children: { label: text } };
const step: Order = {
  keys: ['id', 'title', 'body', 'image', 'audio', 'tip', 'warning', 'choices', 'next', 'target', 'advanceOn', 'help'],
  children: { title: text, body: text, tip: text, warning: text, image, choices: listOf(choice), help },
};
/** The order of a tutorial's fields, as in `schema/tutorial.schema.json` (a test compares them). */
export const tutorialOrder: Order = {
  keys: ['$schema', 'format', 'id', 'revision', 'lang', 'title', 'summary', 'minutes', 'requirements', 'completion', 'help', 'steps'],
  children: { title: text, summary: text, completion: text, requirements: listOf({ keys: [] }, true), help, steps: listOf(step) },
};


const isObject = (value: unknown): value is DraftRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

function ordered(value: unknown, order: Order | 'text' | undefined, mainLang: string): unknown {
  if (order === undefined) return value;
  if (order === 'text') return isObject(value) ? orderText(value, mainLang) : value;
  const list = lists.get(order);
  if (list) {
    if (!Array.isArray(value)) return value;
    return value.map((item) => ordered(item, list.texts ? 'text' : list.item, mainLang));
  }
  if (!isObject(value)) return value;
  // Entries, not assignments: a key such as "__proto__" or "valueOf" is data like any other.
  const entries = new Map<string, unknown>();
  for (const key of order.keys) if (Object.hasOwn(value, key) && value[key] !== undefined) entries.set(key, ordered(value[key], order.children?.[key], mainLang));
  for (const [key, inner] of Object.entries(value)) if (!entries.has(key) && inner !== undefined) entries.set(key, inner);
  return Object.fromEntries(entries);
}

/** Translations with the tutorial's own language first, the others in the order written. */
function orderText(value: DraftRecord, mainLang: string): DraftRecord {
  if (!Object.hasOwn(value, mainLang)) return value;
  return Object.fromEntries([[mainLang, value[mainLang]], ...Object.entries(value).filter(([key]) => key !== mainLang)]);
}

/** The file text of `draft`. */
export function serializeDraft(draft: DraftRecord): string {
  const lang = typeof draft.lang === 'string' ? draft.lang : '';
  return `${JSON.stringify(ordered(draft, tutorialOrder, lang), null, 2)}\n`;
}
