/**
 * One writer per DATA_DIR, even when several processes find the same stale LOCK at once.
 *
 * Two processes race through many rounds; in each round they open, at the same instant, a fresh
 * DATA_DIR whose LOCK names a dead process. Whoever gets the store holds it until the round is
 * half over, so two winners in one round held it at the same time. Then `actorgraph load` races
 * for real: every article a successful load acknowledged must be in the store afterwards.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus } from '../../bench/corpus/generate';
import type { GraphDump } from '../../src/domain/graph';
import { CLI, REPO, runCli } from '../helpers/cli';

const ROUNDS = 60;
const PERIOD_MS = 40;
const STORE = join(REPO, 'dist/store/embedded/embedded-store.js');

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'actorgraph-writers-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited: what a crashed writer leaves in its LOCK. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

/**
 * In each round: wait for the round's start, try to open that round's store, hold it half a
 * period. A holder marks its tenure with an exclusively created HELD file, removed before it
 * closes: finding HELD already there means another process holds the store at the same time.
 * (A process slowed down by a busy machine may take the store after the other closed it: that
 * is a handover, not an overlap.)
 */
const RACER = `
const { closeSync, openSync, unlinkSync } = require('node:fs');
const { EmbeddedGraphStore } = require(${JSON.stringify(STORE)});
const [base, start, rounds, period] = process.argv.slice(1);
const sleepUntil = (t) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now())));
(async () => {
  const results = [];
  for (let r = 0; r < Number(rounds); r++) {
    const t0 = Number(start) + r * Number(period);
    await sleepUntil(t0);
    while (Date.now() < t0) { /* line up to the millisecond */ }
    const store = new EmbeddedGraphStore({ dataDir: base + '/' + r });
    try {
      await store.open();
      let mark;
      try { mark = openSync(base + '/' + r + '/HELD', 'wx'); } catch { results.push('overlap'); await store.close(); continue; }
      closeSync(mark);
      await sleepUntil(t0 + Number(period) / 2);
      unlinkSync(base + '/' + r + '/HELD');
      await store.close();
      results.push('held');
    } catch (err) {
      results.push(/is in use by another actorgraph process/.test(err.message) ? 'busy' : 'error: ' + err.message);
    }
  }
  process.stdout.write(JSON.stringify(results));
})();
`;

function racer(base: string, start: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', RACER, base, String(start), String(ROUNDS), String(PERIOD_MS)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => { out += c.toString(); });
    child.once('error', reject);
    child.once('exit', () => resolve(JSON.parse(out) as string[]));
  });
}

describe('two writers on a stale LOCK', () => {
  it(`never both hold the store, in ${ROUNDS} racing rounds`, async () => {
    const base = join(dir, 'rounds');
    const stale = deadPid();
    for (let r = 0; r < ROUNDS; r++) {
      mkdirSync(join(base, String(r)), { recursive: true });
      writeFileSync(join(base, String(r), 'LOCK'), String(stale));
    }
    const start = Date.now() + 1500; // both processes are up and waiting by then
    const [a, b] = await Promise.all([racer(base, start), racer(base, start)]);
    const rounds = a.map((x, r) => `${x}/${b[r]}`);
    // Never two holders at once: the other is told the store is in use (or takes it after the first closed it).
    expect(rounds.filter((r) => !['held/busy', 'busy/held', 'held/held'].includes(r))).toEqual([]);
    // The race was real: in most rounds both tried while the other held the store.
    expect(rounds.filter((r) => r !== 'held/held').length).toBeGreaterThan(ROUNDS / 2);
  }, 30_000);

  it('loses no acknowledged article when two loads race on a stale LOCK', async () => {
    const corpus = generateCorpus({ count: 20, seed: 77, words: 40 });
    const halves = [corpus.slice(0, 10), corpus.slice(10)];
    halves.forEach((h, i) => writeCorpus(join(dir, `half-${i}`), h));
    for (let round = 0; round < 2; round++) {
      const dataDir = join(dir, `load-${round}`);
      mkdirSync(dataDir);
      writeFileSync(join(dataDir, 'LOCK'), String(deadPid()));
      const runs = await Promise.all([0, 1].map((i) => new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'load', join(dir, `half-${i}`)], {
          cwd: REPO, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NEO4J_URI: '' }, stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
        child.once('exit', (code) => resolve({ code, stderr }));
      })));
      const out = join(dir, `load-${round}.json`);
      expect(runCli(['export', '--out', out], { DATA_DIR: dataDir }).status).toBe(0);
      const urls = new Set((JSON.parse(readFileSync(out, 'utf8')) as GraphDump).nodes
        .filter((n) => n.labels.includes('Article')).map((n) => n.properties.url));
      runs.forEach((run, i) => {
        if (run.code === 0) expect(halves[i].filter((a) => !urls.has(a.url))).toEqual([]);
        else expect(run.stderr).toMatch(/is in use by another actorgraph process \(pid \d+\)/);
      });
      expect(runs.some((r) => r.code === 0)).toBe(true);
    }
  }, 60_000);
});
