// Placeholder entry; the full command is being written in src/cli/.
import { readFileSync } from 'node:fs';
console.log('guidepost', JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
