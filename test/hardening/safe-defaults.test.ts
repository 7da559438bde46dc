/**
 * Safe by default: `serve` without HOST listens on loopback only; without API_TOKEN only clients
 * on this machine may write; a Host header naming another site (DNS rebinding) is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServeProcess, type ServeProcess } from '../helpers/serve-process';

/** This machine's address on its network: how another host would reach it. */
const EXTERNAL = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-defaults-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** POSTs a GraphQL query to host:port with the given Host header; status and body, or the connection error code. */
function post(host: string, port: string, query: string, hostHeader = `${host}:${port}`): Promise<{ status?: number; body?: any; error?: string }> {
  return new Promise((resolve) => {
    const body = JSON.stringify({ query });
    const req = request({ host, port, method: 'POST', path: '/graphql', headers: { host: hostHeader, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code }));
    req.end(body);
  });
}

const MUTATION = 'mutation { ingestArticle(input: { text: "President Donald Trump called President Vladimir Putin on Monday." }) { created } }';

describe('serve without HOST or API_TOKEN', () => {
  let server: ServeProcess;
  let port: string;
  beforeAll(async () => {
    server = await startServeProcess([], { DATA_DIR: join(dir, 'default'), HOST: '', API_TOKEN: '' });
    port = new URL(server.url).port;
  }, 60_000);
  afterAll(() => server.stop());

  it('answers on loopback, and takes a mutation from it', async () => {
    expect(await post('127.0.0.1', port, MUTATION)).toEqual({ status: 200, body: { data: { ingestArticle: { created: true } } } });
  });

  it('is not reachable on the network interface', async () => {
    expect(EXTERNAL).toBeDefined();
    expect(await post(EXTERNAL!, port, '{ stats { articles } }')).toEqual({ error: 'ECONNREFUSED' });
  });

  it('refuses a Host header that names another site (DNS rebinding)', async () => {
    expect(await post('127.0.0.1', port, '{ stats { articles } }', `attacker.example:${port}`)).toEqual({
      status: 421,
      body: { errors: [{ message: 'This server does not answer to that Host name; set HOST to the name it is reached by', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    expect((await post('127.0.0.1', port, '{ stats { articles } }', `localhost:${port}`)).status).toBe(200);
  });
});

describe('serve on every interface (HOST=0.0.0.0) without API_TOKEN', () => {
  let server: ServeProcess;
  let port: string;
  beforeAll(async () => {
    server = await startServeProcess([], { DATA_DIR: join(dir, 'open'), HOST: '0.0.0.0', API_TOKEN: '' });
    port = new URL(server.url).port;
  }, 60_000);
  afterAll(() => server.stop());

  it('serves reads to the network but refuses its mutations', async () => {
    expect(await post(EXTERNAL!, port, '{ stats { articles } }')).toEqual({ status: 200, body: { data: { stats: { articles: 0 } } } });
    const refused = await post(EXTERNAL!, port, MUTATION);
    expect(refused.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(await post('127.0.0.1', port, '{ stats { articles } }')).toEqual({ status: 200, body: { data: { stats: { articles: 0 } } } });
    expect((await post('127.0.0.1', port, MUTATION)).body).toEqual({ data: { ingestArticle: { created: true } } });
  });
});
