/**
 * A store that can no longer write (a full disk; here a file size limit, `ulimit -f`, makes every
 * write past it fail with EFBIG): writes answer STORE_UNAVAILABLE, /health says writes fail, reads
 * go on, and what a failed compaction leaves behind is cleaned at the next open.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';
import { CLI, REPO } from '../helpers/cli';

const TOKEN = 'full-disk-token';
const LIMIT_KIB = 256;

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-full-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function serveWithFileLimit(dataDir: string): Promise<{ url: string; stop: () => Promise<number | null> }> {
  const child = spawn('bash', ['-c', `ulimit -f ${LIMIT_KIB} && exec "${process.execPath}" "${CLI}" serve`], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, API_TOKEN: TOKEN, LOG_LEVEL: 'info', NEO4J_URI: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const ready = /actorgraph ready at (http:\/\/\S+)/.exec(log);
      if (ready) resolve({ url: ready[1], stop: () => new Promise((done) => { child.once('exit', (code) => done(code)); child.kill('SIGTERM'); }) });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${log}`)));
  });
}

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }';
const article = (i: number) => `Report number ${i}. ${'The talks went on for hours without any result. '.repeat(400)}`;

describe('a store that cannot write', () => {
  it('answers STORE_UNAVAILABLE, reports it on /health, and keeps serving reads', async () => {
    const dataDir = join(dir, 'data');
    const server = await serveWithFileLimit(dataDir);
    try {
      let acknowledged = 0;
      let failure: { message: string; extensions?: { code?: string } } | undefined;
      for (let i = 0; i < 50 && !failure; i++) {
        const res = await gql(server.url, INGEST, { input: { text: article(i) } });
        if (res.errors) failure = res.errors[0];
        else acknowledged++;
      }
      expect(acknowledged).toBeGreaterThan(0);
      expect(failure).toEqual({
        message: 'The graph store is unavailable: the write could not be made durable (EFBIG); nothing was changed',
        locations: expect.any(Array), path: ['ingestArticle'], extensions: { code: 'STORE_UNAVAILABLE' },
      });
      const health = await fetch(new URL('/health', server.url));
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({
        status: 'unavailable', store: 'embedded', ok: false,
        detail: `${acknowledged} articles; writes fail: EFBIG: file too large, write`,
      });
      expect((await gql(server.url, '{ stats { articles } }')).data).toEqual({ stats: { articles: acknowledged } });
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('removes the temp snapshot a failed compaction left behind when it opens', async () => {
    const dataDir = join(dir, 'leftover');
    const store = new EmbeddedGraphStore({ dataDir });
    await store.open();
    await store.close();
    writeFileSync(join(dataDir, 'snapshot.log.tmp'), Buffer.alloc(64 * 1024, 'x'));
    const reopened = new EmbeddedGraphStore({ dataDir });
    await reopened.open();
    expect(existsSync(join(dataDir, 'snapshot.log.tmp'))).toBe(false);
    await reopened.close();
  });
});
