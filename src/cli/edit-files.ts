/**
 * The files `guidepost edit` writes: the tutorial (atomically, never half-written) and the
 * pictures chosen in the editor (copied into an `img/` folder next to the tutorial). Nothing
 * is ever written outside the tutorial's folder.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { serializeDraft } from '../editor/model/index.js';

/** Image types an editor may choose, by file extension. */
export const IMAGE_TYPES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.avif']);

/** A short fingerprint of a file's text, to notice that it changed on disk. */
export function versionOf(text: string | undefined): string {
  return text === undefined ? 'none' : createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The file's text, or undefined when it does not exist. */
export async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes `text` to `path` through a temporary file in the same folder and a rename, so the
 * tutorial is either the old file or the new one, never a half-written one (a full disk, a
 * crash, a preview reading it meanwhile).
 */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(resolve(path, '..'), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The file text of data sent by the editor: the format's order, two spaces, a final newline. */
export function fileText(data: unknown): string {
  return serializeDraft(data as Record<string, unknown>);
}

/** Whether `path` lies inside `folder` (or is it). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

/**
 * Copies a chosen picture into `img/` next to the tutorial under a plain name made from its
 * own (`Ảnh chụp 1.PNG` → `img/anh-chup-1.png`), numbered when another picture has the name.
 * Returns the path to write in the tutorial, relative to it.
 */
export async function saveImage(root: string, name: string, bytes: Buffer): Promise<string> {
  const ext = extname(name).toLowerCase();
  if (!IMAGE_TYPES.has(ext)) throw new Error(`"${name}" is not a picture guidepost can show (${[...IMAGE_TYPES].join(', ')}).`);
  const stem =
    basename(name, extname(name))
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'picture';
  const folder = join(root, 'img');
  await mkdir(folder, { recursive: true });
  for (let n = 1; ; n += 1) {
    const file = `${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    const path = join(folder, file);
    if (!isInside(root, path)) throw new Error('A picture may only be written inside the tutorial\'s folder.');
    const existing = await readFile(path).catch(() => undefined);
    if (existing?.equals(bytes)) return `img/${file}`;
    if (existing !== undefined) continue;
    await writeFile(path, bytes, { flag: 'wx' });
    return `img/${file}`;
  }
}
