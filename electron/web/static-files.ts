import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { serverTiming } from './server-timing';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The content type for a file name; unknown types are plain bytes (and `nosniff` keeps them so). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Serves the built UI from `root`: files by path, `index.html` for `/` and for extension-less paths (the
 * single-page app's own routes). A path that decodes to anything outside `root` (`..`, encoded slashes,
 * backslashes, symlinks) is answered 404.
 */
export function createStaticHandler(root: string) {
  const base = path.resolve(root);
  const realBase = fs.realpath(base).catch(() => base);

  const inside = (parent: string, child: string) => child === parent || child.startsWith(parent + path.sep);

  /** The file to serve for a URL path, or undefined when there is none (or it is outside the root). */
  async function resolve(urlPath: string): Promise<string | undefined> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return undefined;
    }
    if (decoded.includes('\0')) return undefined;
    const candidate = path.resolve(base, `.${path.sep}${decoded}`);
    if (!inside(base, candidate)) return undefined;
    const file = await realFile(candidate === base ? path.join(base, 'index.html') : candidate);
    if (file && inside(await realBase, file)) return file;
    // Client-side routes: paths without an extension get the app shell.
    if (path.extname(decoded) === '' && !decoded.includes('..'))
      return realFile(path.join(base, 'index.html'));
    return undefined;
  }

  return async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    urlPath: string,
    startedAt = performance.now(),
  ): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return;
    }
    const file = await resolve(urlPath);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Not found');
      return;
    }
    const { size } = await fs.stat(file);
    res.writeHead(200, {
      'Content-Type': contentTypeOf(file),
      'Content-Length': size,
      'Cache-Control': cacheControlOf(path.relative(await realBase, file)),
      'Server-Timing': serverTiming(startedAt),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/** Built files under `assets/` carry the build's content hash in their name (`index-BkV3x1aZ.js`). */
const HASHED_ASSET = /^assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * How long a browser may keep a file, by its path inside the root. A content-hashed asset never changes
 * under its name, so a reload takes it from the cache without asking; the app shell is never cached (it
 * names the current bundle and is where the token lands); anything else is asked for again each time.
 */
export function cacheControlOf(relativePath: string): string {
  if (path.basename(relativePath) === 'index.html') return 'no-store';
  return HASHED_ASSET.test(relativePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function realFile(file: string): Promise<string | undefined> {
  try {
    const real = await fs.realpath(file);
    return (await fs.stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
