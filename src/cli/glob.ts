/**
 * File name patterns (`tutorials/*.json`, `tutorials/**\/*.json`, `step-?.json`) expanded by
 * the command itself, because Windows shells and quoted arguments pass them through as they
 * are, and Node 20 has no stable `fs.glob`.
 */
import { readdir, stat } from 'node:fs/promises';
import { sep } from 'node:path';

/** True when `pattern` has a `*` or `?`, so it names files by a pattern, not by one name. */
export function isPattern(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * The files that `pattern` matches, sorted, written the way the pattern was (`tutorials/a.json`
 * for `tutorials/*.json`). `*` is any characters within one name, `?` one character, `**` any
 * number of folders. As in shells, `*` and `?` do not match a name that starts with a dot
 * unless the pattern's name does. `**` does not go into hidden folders, `node_modules` or
 * linked folders (which could loop). An unreadable folder simply matches nothing.
 */
export async function expandPattern(pattern: string): Promise<string[]> {
  const slashed = sep === '\\' ? pattern.replaceAll('\\', '/') : pattern;
  const parts = slashed.split('/');
  let fixed = 0;
  while (fixed < parts.length && !isPattern(parts[fixed]!)) fixed += 1;
  let base = parts.slice(0, fixed).join('/');
  if (fixed === 1 && parts[0] === '') base = '/';
  const rest = parts.slice(fixed).filter((part) => part !== '');
  // A pattern ending in `**` means every file below.
  if (rest.at(-1) === '**') rest.push('*');
  const found = new Set<string>();
  await walk(base, rest, found);
  return [...found].sort();
}

async function walk(dir: string, rest: readonly string[], found: Set<string>): Promise<void> {
  const [part, ...after] = rest;
  if (part === undefined) return;
  const entries = await readdir(dir === '' ? '.' : dir, { withFileTypes: true }).catch(() => []);
  if (part === '**') {
    await walk(dir, after, found);
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
        await walk(join(dir, entry.name), rest, found);
      }
    }
    return;
  }
  const matches = nameMatcher(part);
  for (const entry of entries) {
    if (!matches(entry.name)) continue;
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await linkedKind(path) : entry.isDirectory() ? 'folder' : 'file';
    if (after.length === 0 && kind === 'file') found.add(path);
    else if (after.length > 0 && kind === 'folder') await walk(path, after, found);
  }
}

function join(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

async function linkedKind(path: string): Promise<'file' | 'folder' | 'other'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'folder' : info.isFile() ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

/** A test for one name against one part of a pattern (`*.json`, `step-?.json`, `img`). */
function nameMatcher(part: string): (name: string) => boolean {
  const source = [...part]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const regex = new RegExp(`^${source}$`, 'su');
  const hiddenAllowed = part.startsWith('.');
  return (name) => (hiddenAllowed || !name.startsWith('.')) && regex.test(name);
}
