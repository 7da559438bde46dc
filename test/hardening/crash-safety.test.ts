/**
 * Crash safety of the embedded store, end to end with the built CLI: `actorgraph load` of 1,000
 * articles is killed with SIGKILL mid-load. What is provable from outside:
 *
 * - The CLI loads files one at a time in sorted order and acknowledges an article only after its
 *   journal line is written and fsynced. After the kill, the journal's complete
 *   (newline-terminated) lines after its header are exactly the writes that finished; a cut-off last line is the
 *   write the kill interrupted.
 * - So on restart the store must hold exactly the first n articles, n = complete lines (every
 *   acknowledged article, nothing half there), and equal a clean load of those n files; a torn
 *   tail is reported and dropped.
 * - Loading the folder again completes the rest, and the result equals one clean load of all.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, writeCorpus, type CorpusArticle } from '../../bench/corpus/generate';
import type { GraphDump } from '../../src/domain/graph';
import { CLI, REPO, runCli } from '../helpers/cli';

const COUNT = 1000;
/**
 * Kill once at least this many articles are on disk: well inside the load, and well before the
 * journal reaches 1 MiB (some 360 of these articles) and is folded into a snapshot, which the
 * line count below cannot see. The kill lags the poll (it reads the whole journal, on a machine
 * busy with other tests) while the load goes on at hundreds of articles a second.
 */
const KILL_AFTER = 150;

let dir: string;
let corpusDir: string;
let articles: CorpusArticle[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'actorgraph-crash-'));
  corpusDir = join(dir, 'corpus');
  articles = generateCorpus({ count: COUNT, seed: 4242, words: 60 });
  writeCorpus(corpusDir, articles);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let exports = 0;
/** `actorgraph export --format json` (to a file: the dump is larger than a pipe buffer). */
function exportJson(dataDir: string): { dump: GraphDump; stderr: string } {
  const out = join(dir, `export-${++exports}.json`);
  const res = runCli(['export', '--format', 'json', '--out', out], { DATA_DIR: dataDir });
  expect(res.status).toBe(0);
  return { dump: JSON.parse(readFileSync(out, 'utf8')) as GraphDump, stderr: res.stderr };
}

const load = (dataDir: string, paths: string[]) => runCli(['load', ...paths], { DATA_DIR: dataDir });

/** Complete journal records (lines after the header line) and the bytes after the last newline. */
function journalState(dataDir: string): { lines: number; tornBytes: number } {
  const path = join(dataDir, 'journal.log');
  if (!existsSync(path)) return { lines: 0, tornBytes: 0 };
  const buf = readFileSync(path);
  let lines = 0;
  for (const byte of buf) if (byte === 0x0a) lines++;
  return { lines: Math.max(0, lines - 1), tornBytes: buf.length - (buf.lastIndexOf(0x0a) + 1) };
}

/** Starts `load` and SIGKILLs it once `KILL_AFTER` articles are on disk. */
function loadAndKill(dataDir: string): Promise<{ signal: NodeJS.Signals | null; seenBeforeKill: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'load', corpusDir], {
      cwd: REPO, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NEO4J_URI: '' }, stdio: 'ignore',
    });
    let seenBeforeKill = 0;
    const limit = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const poll = setInterval(() => {
      const { lines } = journalState(dataDir);
      if (lines >= KILL_AFTER) {
        seenBeforeKill = lines;
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 2);
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearInterval(poll);
      clearTimeout(limit);
      resolve({ signal, seenBeforeKill });
    });
  });
}

/** Index in the corpus of each stored article, from the unique url the manifest gave it. */
function storedIndexes(dump: GraphDump): number[] {
  const byUrl = new Map(articles.map((a, i) => [a.url, i]));
  return dump.nodes.filter((n) => n.labels.includes('Article')).map((n) => byUrl.get(n.properties.url as string)!).sort((a, b) => a - b);
}

describe('embedded store under kill -9 during `actorgraph load`', () => {
  it('keeps every acknowledged article, none half there, and completes on a second load', async () => {
    const crashed = join(dir, 'crashed');
    const { signal, seenBeforeKill } = await loadAndKill(crashed);
    expect(signal).toBe('SIGKILL');
    expect(seenBeforeKill).toBeGreaterThanOrEqual(KILL_AFTER);
    const { lines: n, tornBytes } = journalState(crashed);
    expect(n).toBeLessThan(COUNT); // killed mid-load, not after it

    // Restart: the store opens, drops a torn tail (and says so), and holds exactly the first n articles.
    const { dump: recovered, stderr } = exportJson(crashed);
    if (tornBytes > 0) expect(stderr).toContain(`discarded ${tornBytes} bytes`);
    else expect(stderr).toBe('');
    expect(storedIndexes(recovered)).toEqual(Array.from({ length: n }, (_, i) => i));

    // Nothing half there: the graph is the one a clean load of exactly those n files gives.
    const prefix = join(dir, 'prefix');
    expect(load(prefix, articles.slice(0, n).map((a) => join(corpusDir, a.file))).status).toBe(0);
    expect(recovered).toEqual(exportJson(prefix).dump);

    // Loading the folder again stores the rest; the result equals one clean load of everything.
    const again = load(crashed, [corpusDir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^loaded ${COUNT} of ${COUNT} article file\\(s\\): ${COUNT - n} new, ${n} already stored, 0 problem\\(s\\);`));
    const clean = join(dir, 'clean');
    expect(load(clean, [corpusDir]).status).toBe(0);
    const final = exportJson(crashed).dump;
    expect(storedIndexes(final)).toEqual(Array.from({ length: COUNT }, (_, i) => i));
    expect(final).toEqual(exportJson(clean).dump);
  }, 180_000);
});
