/**
 * The preview's web server: the page, the browser bundle, the files next to the tutorial, and
 * a stream of Server-Sent Events that tells the page to reload. It listens on 127.0.0.1 only
 * and answers only to requests addressed to 127.0.0.1 or localhost, so that neither another
 * computer nor a web site (through DNS rebinding) can read the editor's folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { PREVIEW_PREFIX, previewPage, previewScript, previewStyle } from './preview-page.js';

/**
 * The policy portals are advised to send (docs/security.md, decision 0004), so the preview
 * fails where a portal would: no inline scripts or styles, Trusted Types for Lit's policy and
 * ours. Images may also come from `https:`, which tutorials may use.
 */
export const previewCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html guidepost 'allow-duplicates'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
};

/** What the server serves. */
export interface PreviewSite {
  /** The tutorial's folder (absolute): its files are served from `/`. */
  root: string;
  /** The tutorial file's name within `root`. */
  fileName: string;
  /** The browser bundle's folder (absolute), served under `/_guidepost/cdn/`. */
  bundleDir: string;
  /** The language given with `--lang`. */
  lang: string | undefined;
  /** Called when the page asks for a file next to the tutorial that is not there. */
  onMissing(path: string): void;
}

/** The open event streams of the preview pages; `changed()` makes every page reload. */
export class LiveReload {
  private readonly _clients = new Set<ServerResponse>();
  private readonly _started = Date.now().toString(36);
  private _saves = 0;
  // Some proxies and browsers drop a stream that stays silent; a comment line keeps it open.
  private readonly _heartbeat = setInterval(() => this._send(': still here\n\n'), 25_000).unref();

  /** Changes with every save, and differs from one run of the preview to the next. */
  get version(): string {
    return `${this._started}-${this._saves}`;
  }

  /** Answers a page's `EventSource` and keeps the stream open. */
  connect(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
    res.write(`retry: 1000\nevent: version\ndata: ${this.version}\n\n`);
    this._clients.add(res);
    req.on('close', () => this._clients.delete(res));
  }

  /** The file was saved: tell every page. */
  changed(): void {
    this._saves += 1;
    this._send(`event: version\ndata: ${this.version}\n\n`);
  }

  /** Ends every stream, so the server can close. */
  close(): void {
    clearInterval(this._heartbeat);
    for (const res of this._clients) res.end();
    this._clients.clear();
  }

  private _send(message: string): void {
    for (const res of this._clients) res.write(message);
  }
}

/** A server (not yet listening) for `site`. */
export function createPreviewServer(site: PreviewSite, live: LiveReload): Server {
  const server = createServer((req, res) => {
    respond(req, res, site, live, server).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'The preview could not answer this request.');
      else res.end();
    });
  });
  return server;
}

async function respond(req: IncomingMessage, res: ServerResponse, site: PreviewSite, live: LiveReload, server: Server): Promise<void> {
  const port = (server.address() as { port: number } | null)?.port;
  if (req.headers.host !== `127.0.0.1:${port}` && req.headers.host !== `localhost:${port}`) {
    send(res, 403, 'text/plain; charset=utf-8', `This preview only answers at http://127.0.0.1:${port}/`);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    send(res, 405, 'text/plain; charset=utf-8', 'The preview only serves files.');
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/') {
    const lang = site.lang ?? (await tutorialLang(join(site.root, site.fileName))) ?? 'vi';
    const page = previewPage({
      fileName: site.fileName,
      tutorialUrl: `/${encodeURIComponent(site.fileName)}`,
      lang,
      langChosen: site.lang !== undefined,
      version: live.version,
    });
    send(res, 200, TYPES['.html']!, page, req.method === 'HEAD');
  } else if (pathname === `${PREVIEW_PREFIX}events`) {
    live.connect(req, res);
  } else if (pathname === `${PREVIEW_PREFIX}preview.js`) {
    send(res, 200, TYPES['.js']!, previewScript, req.method === 'HEAD');
  } else if (pathname === `${PREVIEW_PREFIX}preview.css`) {
    send(res, 200, TYPES['.css']!, previewStyle, req.method === 'HEAD');
  } else if (pathname.startsWith(`${PREVIEW_PREFIX}cdn/`)) {
    await serveFile(req, res, site.bundleDir, pathname.slice(PREVIEW_PREFIX.length + 'cdn/'.length));
  } else if (pathname === '/favicon.ico') {
    send(res, 204, 'text/plain; charset=utf-8', '');
  } else if (!(await serveFile(req, res, site.root, pathname.slice(1)))) {
    site.onMissing(safeDecode(pathname.slice(1)) ?? pathname.slice(1));
  }
}

/** Serves `urlPath` (still URL-encoded) from inside `dir`; false when there is no such file. */
async function serveFile(req: IncomingMessage, res: ServerResponse, dir: string, urlPath: string): Promise<boolean> {
  const decoded = safeDecode(urlPath);
  const parts = decoded?.split(/[\\/]/) ?? [];
  // No way out of the folder (`..`), no hidden files (`.env`, `.git`), no folder listings.
  if (decoded === undefined || decoded.includes('\0') || parts.some((part) => part === '' || part.startsWith('.'))) {
    send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    return false;
  }
  const path = join(dir, ...parts);
  let body: Buffer;
  try {
    if (!(await stat(path)).isFile()) throw new Error('not a file');
    body = await readFile(path);
  } catch {
    send(res, 404, 'text/plain; charset=utf-8', `Not found: ${decoded}`);
    return false;
  }
  send(res, 200, TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', body, req.method === 'HEAD');
  return true;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headOnly = false): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'content-security-policy': previewCsp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(headOnly ? undefined : body);
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The tutorial's own `lang`, so the page speaks it when `--lang` is not given. */
async function tutorialLang(file: string): Promise<string | undefined> {
  try {
    const lang: unknown = (JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as { lang?: unknown }).lang;
    return typeof lang === 'string' ? Intl.getCanonicalLocales(lang)[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts listening on 127.0.0.1 at `port`; when `tryNext`, moves on to the next port while
 * one is taken (up to 20). Resolves with the port in use.
 */
export async function listen(server: Server, port: number, tryNext: boolean): Promise<number> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port + attempt, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      return (server.address() as { port: number }).port;
    } catch (error) {
      if (!tryNext || attempt >= 20 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
}
