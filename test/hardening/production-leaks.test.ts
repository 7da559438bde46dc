/**
 * What a production server tells clients and its log: no schema through "Did you mean"
 * suggestions, no echo of a huge bad literal, no DATA_DIR path on /health, no error-level log line
 * for a client that aborts its upload.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { listen, type RunningServer } from '../../src/api/listen';
import { EmbeddedGraphStore } from '../../src/store/embedded/embedded-store';

let dir: string;
let store: EmbeddedGraphStore;
let server: RunningServer;
const logLines: { level: number; msg: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-leaks-'));
  store = new EmbeddedGraphStore({ dataDir: dir });
  await store.open();
  const sink = new Writable({ write(chunk: Buffer, _enc, done) { logLines.push(JSON.parse(chunk.toString())); done(); } });
  server = await listen({ store, logger: pino({ level: 'debug' }, sink), port: 0, host: '127.0.0.1', production: true });
});
afterAll(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function gql(query: string) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('a production server', () => {
  it('does not suggest field names when introspection is off', async () => {
    const res = await gql('{ actr(name: "Putin") { id } }');
    expect(res.errors?.map((e) => e.message)).toEqual(['Cannot query field "actr" on type "Query".']);
  });

  it('does not echo a huge invalid Date literal', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    const res = await gql(`{ interactions(filter: { from: "${huge}" }) { totalCount } }`);
    const messages = res.errors!.map((e) => e.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m.length).toBeLessThan(400);
    expect(messages[0]).toContain(`"${'x'.repeat(40)}…" (${huge.length} characters)`);
  });

  it('does not show the DATA_DIR path on /health', async () => {
    const res = await fetch(new URL('/health', server.url));
    expect(await res.json()).toEqual({ status: 'ok', store: 'embedded', ok: true, detail: '0 articles' });
  });

  it('logs an aborted upload below error level', async () => {
    const { port } = new URL(server.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"query":"`);
        setTimeout(() => { socket.destroy(); resolve(); }, 100);
      });
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(logLines.filter((l) => l.level >= 50)).toEqual([]);
    expect(logLines.map((l) => l.msg)).toContain('client aborted its request');
  });
});
