/**
 * /explore and /graphiql over plain HTTP: every asset a page names is served by this server, with
 * nothing loaded from another origin (the browser test in test/web checks the pages at work), and
 * both are off in production unless WEB_PAGES=on. The landing page links to them when they are on.
 */
import { readConfig } from '../../src/config';
import { startTestApi, type TestApi } from '../helpers/api-harness';

/** Ways a page, a stylesheet or a script could make the browser fetch from another origin. */
const EXTERNAL_LOADS = [
  /<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)=["']?(?:https?:)?\/\//i,
  /url\(\s*["']?(?:https?:)?\/\//i,
  /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//i,
  /\b(?:importScripts|import|fetch|new Worker|new SharedWorker)\s*\(\s*["'`](?:https?:)?\/\//,
  /\bfrom\s*["'](?:https?:)?\/\//,
];

function externalLoads(text: string): string[] {
  return EXTERNAL_LOADS.flatMap((pattern) => text.match(new RegExp(pattern, 'g' + pattern.flags.replace('g', ''))) ?? []);
}

async function get(api: TestApi, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(path, api.url), { headers });
  return { status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy'), body: await res.text() };
}

/** Scripts and stylesheets the HTML names, and fonts the stylesheets name. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
}

describe('web pages in development', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(); });
  afterAll(async () => api.close());

  it.each([
    ['/explore', ['/explore/explore.css', '/explore/explore.js']],
    ['/graphiql', ['/graphiql/graphiql.css', '/graphiql/graphiql.js']],
  ])('serves %s with its own assets and nothing from another origin', async (page, assets) => {
    const html = await get(api, page);
    expect([html.status, html.type]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html.csp).toContain("default-src 'self'");
    expect(assetsOf(html.body)).toEqual(assets);
    expect(externalLoads(html.body)).toEqual([]);
    for (const asset of assets) {
      const res = await get(api, asset);
      expect([asset, res.status, res.type]).toEqual([asset, 200, asset.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8']);
      expect(res.body.length).toBeGreaterThan(1000);
      expect(externalLoads(res.body)).toEqual([]);
      for (const [, font] of res.body.matchAll(/url\(\s*["']?(\.\/[^"')]+)/g)) {
        expect([font, (await fetch(new URL(font, new URL(asset, api.url)))).status]).toEqual([font, 200]);
      }
    }
  });

  it('serves the editor workers GraphiQL starts', async () => {
    for (const worker of ['editor', 'json', 'graphql']) {
      const res = await get(api, `/graphiql/${worker}.worker.js`);
      expect([worker, res.status, res.type]).toEqual([worker, 200, 'text/javascript; charset=utf-8']);
      expect(externalLoads(res.body)).toEqual([]);
    }
  });

  it('finds the checker able to see an external load', () => {
    expect(externalLoads('<script src="https://cdn.example/x.js"></script> a{background:url(//cdn.example/i.png)} importScripts("https://x/y.js")')).toHaveLength(3);
  });

  it('answers 404 for files that are not part of a page', async () => {
    for (const path of ['/explore/nothing.js', '/explore/%2e%2e/%2e%2e/package.json', '/graphiql/..%2F..%2Fpackage.json']) {
      expect([path, (await get(api, path)).status]).toEqual([path, 404]);
    }
  });

  it('links the landing page to both pages', async () => {
    const landing = await get(api, '/', { accept: 'text/html' });
    expect(landing.body).toContain('<a href="/explore">');
    expect(landing.body).toContain('<a href="/graphiql">');
    expect(landing.body).toContain('new window.EmbeddedSandbox(');
  });
});

describe('web pages in production', () => {
  it('are off unless turned on, and say how to turn them on', async () => {
    const api = await startTestApi({ production: true });
    try {
      for (const page of ['/explore', '/graphiql', '/graphiql/graphiql.js']) {
        const res = await get(api, page);
        expect([page, res.status, res.body]).toEqual([page, 404, `/${page.split('/')[1]} is off in production mode; set WEB_PAGES=on to serve it\n`]);
      }
      expect((await get(api, '/', { accept: 'text/html' })).body).not.toContain('href="/explore"');
    } finally {
      await api.close();
    }
  });

  it('are served with WEB_PAGES=on', async () => {
    const api = await startTestApi({ production: true, webPages: true });
    try {
      expect((await get(api, '/explore')).status).toBe(200);
      expect((await get(api, '/graphiql/graphiql.js')).status).toBe(200);
      expect((await get(api, '/', { accept: 'text/html' })).body).toContain('<a href="/explore">');
    } finally {
      await api.close();
    }
  });

  it('reads WEB_PAGES: on by default in development, off in production, refused when neither on nor off', () => {
    expect(readConfig({}).webPages).toBe(true);
    expect(readConfig({ NODE_ENV: 'production' }).webPages).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', WEB_PAGES: 'on' }).webPages).toBe(true);
    expect(readConfig({ WEB_PAGES: 'off' }).webPages).toBe(false);
    expect(() => readConfig({ WEB_PAGES: 'yes' })).toThrow('WEB_PAGES must be "on" or "off", got "yes"');
  });
});
