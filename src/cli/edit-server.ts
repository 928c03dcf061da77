/**
 * The web server of `guidepost edit`: the page, the editor's bundle, the file (read and
 * saved), pictures (copied in, and shown by the preview). Like the preview it listens on
 * 127.0.0.1 only and answers only to requests addressed to 127.0.0.1 or localhost (no DNS
 * rebinding); changes also need this run's token, which only the page it served knows, so no
 * other web site can write to the folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { editPage, editScript, editStyle, EDIT_PREFIX } from './edit-page.js';
import { fileText, isInside, readText, saveImage, versionOf, writeAtomically } from './edit-files.js';
import { previewCsp } from './preview-server.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

/** Larger requests are refused: no tutorial or picture comes near. */
const MAX_BODY = 20 * 1024 * 1024;

export interface EditSite {
  /** The tutorial's folder (absolute). */
  root: string;
  /** The tutorial file (absolute). */
  file: string;
  fileName: string;
  /** The editor bundle's folder (dist/editor-app), served under /_guidepost/editor/. */
  bundleDir: string;
  lang: 'vi' | 'en';
  token: string;
  /** Called after each save with the text written. */
  onSaved(text: string): void;
}

export function createEditServer(site: EditSite): Server {
  const server = createServer((req, res) => {
    respond(req, res, site, server).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });
  return server;
}

async function respond(req: IncomingMessage, res: ServerResponse, site: EditSite, server: Server): Promise<void> {
  const port = (server.address() as { port: number } | null)?.port;
  if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
    send(res, 403, 'text/plain; charset=utf-8', `This editor only answers at http://127.0.0.1:${port}/`);
    return;
  }
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://127.0.0.1');
  const api = pathname === `${EDIT_PREFIX}file` || pathname === `${EDIT_PREFIX}image`;
  if (api && req.headers['x-guidepost-token'] !== site.token) {
    sendJson(res, 403, { message: 'Open the address that guidepost edit printed: only that page can read and save the file.' });
    return;
  }
  if (pathname === `${EDIT_PREFIX}file` && req.method === 'GET') {
    const text = await readText(site.file);
    let data: unknown = null;
    try {
      data = text === undefined ? null : JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      data = null;
    }
    sendJson(res, 200, { data, version: versionOf(text) });
  } else if (pathname === `${EDIT_PREFIX}file` && req.method === 'PUT') {
    const body = JSON.parse((await readBody(req)).toString('utf8')) as { text?: unknown; base?: unknown; force?: unknown };
    if (typeof body.text !== 'string') return sendJson(res, 400, { message: 'Nothing to save.' });
    const text = fileText(JSON.parse(body.text));
    const onDisk = await readText(site.file);
    if (body.force !== true && versionOf(onDisk) !== body.base) return sendJson(res, 409, { version: versionOf(onDisk) });
    await writeAtomically(site.file, text);
    site.onSaved(text);
    sendJson(res, 200, { version: versionOf(text) });
  } else if (pathname === `${EDIT_PREFIX}image` && req.method === 'POST') {
    try {
      const src = await saveImage(site.root, searchParams.get('name') ?? '', await readBody(req));
      sendJson(res, 200, { src });
    } catch (error) {
      sendJson(res, 400, { message: error instanceof Error ? error.message : String(error) });
    }
  } else if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    send(res, 405, 'text/plain; charset=utf-8', 'Not allowed.');
  } else if (pathname === '/') {
    send(res, 200, TYPES['.html']!, editPage({ fileName: site.fileName, lang: site.lang, token: site.token, draftKey: site.file }));
  } else if (pathname === `${EDIT_PREFIX}edit.js`) {
    send(res, 200, TYPES['.js']!, editScript);
  } else if (pathname === `${EDIT_PREFIX}edit.css`) {
    send(res, 200, TYPES['.css']!, editStyle);
  } else if (pathname.startsWith(`${EDIT_PREFIX}editor/`)) {
    await serveFrom(res, site.bundleDir, pathname.slice(EDIT_PREFIX.length + 'editor/'.length));
  } else if (pathname === '/favicon.ico') {
    send(res, 204, 'text/plain; charset=utf-8', '');
  } else {
    await serveFrom(res, site.root, pathname.slice(1));
  }
}

/** Serves `urlPath` from inside `dir`: no `..`, no hidden files, no folder listings. */
async function serveFrom(res: ServerResponse, dir: string, urlPath: string): Promise<void> {
  let decoded: string | undefined;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    decoded = undefined;
  }
  const parts = decoded?.split(/[\\/]/) ?? [];
  const path = join(dir, ...parts);
  if (decoded === undefined || decoded.includes('\0') || parts.some((p) => p === '' || p.startsWith('.')) || !isInside(dir, path)) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    return;
  }
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
    send(res, 200, TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', await readFile(path));
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('The request is too large.'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, data: unknown): void {
  send(res, status, TYPES['.json']!, JSON.stringify(data));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': previewCsp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}
