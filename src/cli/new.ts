/**
 * `guidepost new <file>`: writes a small, valid starter tutorial in Vietnamese and English, so
 * a portal project has a file to validate, preview and edit from its first minute (the
 * repository's examples are not in the package). It never overwrites a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTutorial } from '../core/tutorial/index.js';
import { parseArgs, UsageError } from './args.js';
import { newHelp } from './help.js';
import type { Terminal } from './terminal.js';

/** An id from the file's name: `Đăng ký tạm trú.json` → `dang-ky-tam-tru`. */
export function idFromName(file: string): string {
  const words = basename(file, extname(file))
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return words || 'my-tutorial';
}

/** The starter tutorial's file text, with `$schema` pointing at the package's schema from `file`'s folder. */
export function starterText(file: string): string {
  const schema = relative(dirname(resolve(file)), fileURLToPath(new URL('../../schema/tutorial.schema.json', import.meta.url))).split(sep).join('/');
  const tutorial = {
    $schema: schema,
    format: 1,
    id: idFromName(file),
    revision: 1,
    lang: 'vi',
    title: { vi: 'Hướng dẫn đầu tiên của bạn', en: 'Your first guide' },
    summary: {
      vi: 'Một hướng dẫn ngắn để thử. Hãy thay các bước bằng dịch vụ của bạn.',
      en: 'A short guide to try. Replace the steps with your own service.',
    },
    minutes: 2,
    steps: [
      {
        id: 'open-page',
        title: { vi: 'Mở trang dịch vụ', en: 'Open the service page' },
        body: { vi: 'Mở trang của dịch vụ trên điện thoại hoặc máy tính.', en: 'Open the service page on your phone or computer.' },
        tip: { vi: 'Bạn có thể dừng lại và quay lại sau.', en: 'You can stop and come back later.' },
      },
      {
        id: 'fill-in',
        title: { vi: 'Điền thông tin', en: 'Fill in the form' },
        body: { vi: 'Điền từng ô, rồi bấm **Gửi**.', en: 'Fill in each box, then press **Send**.' },
        warning: { vi: 'Cán bộ không bao giờ hỏi mật khẩu của bạn.', en: 'Staff will never ask for your password.' },
      },
    ],
  };
  return `${JSON.stringify(tutorial, null, 2)}\n`;
}

/** Runs `guidepost new`; returns the exit code. */
export async function newTutorial(args: readonly string[], terminal: Terminal): Promise<number> {
  const { options, positionals } = parseArgs(args, [{ name: 'help', short: 'h' }], 'new');
  if (options.has('help')) {
    terminal.out(newHelp);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UsageError('Name one file to create, for example: guidepost new guides/my-first-guide.json', 'new');
  }
  const file = positionals[0]!;
  if (extname(file).toLowerCase() !== '.json') {
    throw new UsageError(`A tutorial file ends in .json. Write, for example: guidepost new ${file.replace(/\.[^./\\]*$/, '')}.json`, 'new');
  }
  const text = starterText(file);
  // The starter must pass the checks it is meant to let a project begin with.
  if (!parseTutorial(text).ok) throw new Error('guidepost new: the starter tutorial is not valid');
  await mkdir(dirname(resolve(file)), { recursive: true });
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      terminal.err(`guidepost: ${file} already exists, and guidepost new never overwrites a file. Choose another name, or open it with: guidepost edit ${file}`);
      return 1;
    }
    throw error;
  }
  terminal.out(`Created ${file}, a tutorial with 2 steps in Vietnamese and English.\nNext: guidepost edit ${file}   (or: guidepost validate ${file})`);
  return 0;
}
