/**
 * The browser pages built by web/build.mjs into dist/web: /explore (the network explorer) and
 * /graphiql (GraphiQL), each with its scripts, styles, fonts and workers. Only the files found at
 * start-up are served, so no request path can reach anything else. Off in production unless
 * WEB_PAGES=on (see config.ts).
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';

export const WEB_PAGES = ['explore', 'graphiql'] as const;

/** dist/web of this checkout: two folders up from both src/api (tests) and dist/api (the build). */
const BUILT_PAGES = resolve(__dirname, '..', '..', 'dist', 'web');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * The browser itself refuses anything from another origin: the pages must work offline, and an
 * asset that slipped in from a CDN fails loudly in the tests instead of quietly in the field.
 * Styles may be inline: sigma and Monaco set them from script.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self' data:", "worker-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'",
].join('; ');

export class WebPages {
  /** URL path → file on disk. */
  private readonly files = new Map<string, string>();

  constructor(readonly enabled: boolean, root: string = BUILT_PAGES) {
    if (!enabled) return;
    for (const page of WEB_PAGES) {
      const dir = join(root, page);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) {
        if (CONTENT_TYPES[extname(name)]) this.files.set(`/${page}/${name}`, join(dir, name));
      }
      const index = join(dir, 'index.html');
      if (existsSync(index)) {
        this.files.set(`/${page}`, index);
        this.files.set(`/${page}/`, index);
      }
    }
  }

  /** Answers a GET of a page or one of its assets; false when the path is no page's. */
  serve(pathname: string, res: ServerResponse): boolean {
    const page = WEB_PAGES.find((p) => pathname === `/${p}` || pathname.startsWith(`/${p}/`));
    if (!page) return false;
    if (!this.enabled) {
      sendText(res, 404, `/${page} is off in production mode; set WEB_PAGES=on to serve it`);
      return true;
    }
    const file = this.files.get(pathname);
    if (!file) {
      const built = this.files.has(`/${page}`);
      sendText(res, 404, built ? `Nothing at ${pathname}` : `/${page} has not been built; run npm run build`);
      return true;
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)],
      'cache-control': 'no-cache',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
    return true;
  }
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}
