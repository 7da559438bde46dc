/**
 * `actorgraph serve` stopped by SIGTERM or SIGINT, as in production (NODE_ENV unset, so no test
 * mode anywhere): a request under way still gets its answer, the store is closed (journal folded
 * into the snapshot, LOCK removed) and the process exits 0.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, REPO } from '../helpers/cli';

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-signals-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function serve(dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', NEO4J_URI: '' };
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: REPO, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const ready = new Promise<URL>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /actorgraph ready at (http:\/\/\S+)/.exec(log);
      if (m) resolve(new URL(m[1]));
    });
    void exit.then(() => reject(new Error(`serve exited:\n${log}`)));
  });
  return { child, ready, exit };
}

/** Sends a GraphQL request whose body arrives in two parts, `between` running after the first. */
function slowRequest(url: URL, query: string, between: () => void): Promise<{ status: number | undefined; body: string }> {
  const body = Buffer.from(JSON.stringify({ query }));
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => { text += c.toString(); });
      res.on('end', () => resolve({ status: res.statusCode, body: text }));
    });
    req.on('error', reject);
    req.write(body.subarray(0, 10));
    setTimeout(() => {
      between();
      setTimeout(() => req.end(body.subarray(10)), 300);
    }, 200);
  });
}

describe.each(['SIGTERM', 'SIGINT'] as const)('serve stopped by %s', (signal) => {
  it('finishes the request under way, closes the store and exits 0', async () => {
    const dataDir = join(dir, signal);
    const server = serve(dataDir);
    const url = await server.ready;
    const ingest = await fetch(url, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { ingestArticle(input: { text: "President Donald Trump called President Vladimir Putin on Monday.", publishedAt: "2025-05-19" }) { created } }' }),
    });
    expect(await ingest.json()).toEqual({ data: { ingestArticle: { created: true } } });

    const answer = await slowRequest(url, '{ stats { articles } }', () => server.child.kill(signal));
    expect(answer).toEqual({ status: 200, body: '{"data":{"stats":{"articles":1}}}\n' });
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dataDir, 'LOCK'))).toBe(false);
    // Closed cleanly: the write is in the snapshot and the journal holds only its header.
    expect(readFileSync(join(dataDir, 'journal.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
    expect(readFileSync(join(dataDir, 'snapshot.log'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  }, 30_000);
});
