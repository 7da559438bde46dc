/**
 * CORS_ORIGINS: a browser app on an allowed origin can preflight and call /graphql and the
 * exports; other origins get no CORS headers; without CORS_ORIGINS only same-origin works, and
 * Apollo's CSRF prevention still refuses simple cross-site requests.
 */
import { readConfig } from '../../src/config';
import { startTestApi, type TestApi } from '../helpers/api-harness';

const APP = 'https://app.example.org';

async function preflight(url: string, origin: string): Promise<Response> {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });
}

describe('CORS_ORIGINS set to one origin', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi({ corsOrigins: [APP] }); });
  afterAll(() => api.close());

  it('answers the preflight of /graphql for the allowed origin', async () => {
    const res = await preflight(`${api.url}graphql`, APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(res.headers.get('access-control-allow-headers')).toBe('content-type,authorization');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
  });

  it('lets the allowed origin query and read the answer', async () => {
    const res = await fetch(`${api.url}graphql`, {
      method: 'POST', headers: { origin: APP, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await res.json()).toEqual({ data: { stats: { articles: 0 } } });
  });

  it('allows the exports', async () => {
    const res = await fetch(`${api.url}export/network.json`, { headers: { origin: APP } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await res.json()).toEqual({ nodes: [], edges: [] });
  });

  it('gives another origin no CORS headers', async () => {
    const res = await preflight(`${api.url}graphql`, 'https://evil.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention for simple cross-site requests', async () => {
    const res = await fetch(`${api.url}graphql`, {
      method: 'POST', headers: { origin: APP, 'content-type': 'text/plain' }, body: '{"query":"{ stats { articles } }"}',
    });
    expect(res.status).toBe(400);
  });

  it('does not apply to /health', async () => {
    const res = await fetch(`${api.url}health`, { headers: { origin: APP } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS_ORIGINS=*', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi({ corsOrigins: ['*'] }); });
  afterAll(() => api.close());

  it('allows any origin', async () => {
    const res = await preflight(`${api.url}graphql`, 'https://anywhere.example.net');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('CORS_ORIGINS unset', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startTestApi(); });
  afterAll(() => api.close());

  it('answers a cross-origin preflight with the CSRF refusal and no CORS headers', async () => {
    const res = await preflight(`${api.url}graphql`, APP);
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('reading CORS_ORIGINS', () => {
  it('splits a comma-separated list', () => {
    expect(readConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).corsOrigins)
      .toEqual(['https://a.example.org', 'http://localhost:5173']);
    expect(readConfig({}).corsOrigins).toEqual([]);
  });

  it('refuses something that is not an origin', () => {
    expect(() => readConfig({ CORS_ORIGINS: 'https://a.example.org/app' }))
      .toThrow('CORS_ORIGINS must list origins like https://app.example.org (scheme, host, optional port; no path), got "https://a.example.org/app"');
  });
});
