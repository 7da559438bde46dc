/**
 * The scale series (`npm run bench -- --scale 10000,50000,100000`): for each corpus size, a fresh
 * corpus and DATA_DIR, `actorgraph load` (time, articles/s, ratio to pure extraction, peak RSS),
 * then `serve` on it without the response cache (startup, RSS, latency of sequential queries
 * rotating over actors). One size at a time; each size's files are removed before the next.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, writeCorpus, type CorpusArticle } from '../corpus/generate';
import { gql, pickPools } from './api-load';
import { measureExtraction, type ExtractionRate } from './extraction-rate';
import { runCliTimed, startServe } from './processes';
import { workloads, type Variables } from './workloads';

export interface ScaleOptions {
  sizes: number[];
  seed: number;
  work: string;
  extractionSample: number;
  /** Sequential requests per query, after the first (which may build the store's indexes). */
  requests: number;
  log: (msg: string) => void;
}

export interface QueryLatency {
  name: string;
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
}

export interface ScaleRow {
  articles: number;
  interactions: number;
  loadMs: number;
  loadPeakRssBytes: number;
  /** Load time over N / (pure extraction rate). */
  loadOverExtraction: number;
  dataDirBytes: number;
  startupMs: number;
  serveRssAfterStartBytes: number;
  servePeakRssBytes: number;
  latencies: QueryLatency[];
}

export interface ScaleSeries {
  extraction: ExtractionRate;
  rows: ScaleRow[];
}

const SEARCH_WORDS = ['minister', 'budget', 'ports', 'energy', 'inflation', 'talks', 'security', 'border', 'election', 'summit'];

function procStatusKb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number {
  if (!pid) return 0;
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function latency(url: string, name: string, query: string, variables: (k: number) => Variables, requests: number): Promise<QueryLatency> {
  const timed = async (k: number) => {
    const started = performance.now();
    const res = await gql(url, query, variables(k)).catch((err: unknown) => {
      throw new Error(`${name}, request ${k} (${JSON.stringify(variables(k))}): ${String(err)}`);
    });
    if (res.errors?.length) throw new Error(`${name}: ${JSON.stringify(res.errors).slice(0, 300)}`);
    return performance.now() - started;
  };
  const firstMs = await timed(0);
  const ms: number[] = [];
  for (let k = 1; k <= requests; k++) ms.push(await timed(k));
  ms.sort((a, b) => a - b);
  return { name, firstMs, p50Ms: percentile(ms, 0.5), p95Ms: percentile(ms, 0.95) };
}

export async function runScaleSeries(o: ScaleOptions): Promise<ScaleSeries> {
  let extraction: ExtractionRate | undefined;
  const rows: ScaleRow[] = [];
  for (const size of o.sizes) {
    o.log(`scale ${size}: generating the corpus`);
    let corpus: CorpusArticle[] | null = generateCorpus({ count: size, seed: o.seed });
    const corpusDir = writeCorpus(join(o.work, `scale-corpus-${size}`), corpus).dir;
    if (!extraction) {
      const step = Math.max(1, Math.floor(corpus.length / o.extractionSample));
      const sample = corpus.filter((_, i) => i % step === 0).slice(0, o.extractionSample);
      o.log(`scale: extracting ${sample.length} articles in-process`);
      extraction = measureExtraction(sample);
    }
    corpus = null;
    const dataDir = join(o.work, `scale-data-${size}`);
    o.log(`scale ${size}: actorgraph load`);
    const load = await runCliTimed(['load', corpusDir], { env: { DATA_DIR: dataDir }, timeoutMs: 120_000 + size * 20 });
    if (load.code !== 0) throw new Error(`load of ${size} failed (code ${load.code}, signal ${load.signal}):\n${load.stderr.slice(-2000)}`);
    rmSync(corpusDir, { recursive: true, force: true });
    o.log(`  ${(load.wallMs / 1000).toFixed(1)} s, peak RSS ${(load.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);

    const serve = await startServe({ dataDir, timeoutMs: 600_000, env: { RESPONSE_CACHE_ENTRIES: '0' } });
    try {
      const rssAfterStart = procStatusKb(serve.child.pid, 'VmRSS') * 1024;
      o.log(`  serve answered after ${(serve.startupMs / 1000).toFixed(1)} s, RSS ${(rssAfterStart / 2 ** 20).toFixed(0)} MiB`);
      const pools = await pickPools(serve.url);
      const latencies: QueryLatency[] = [];
      for (const w of workloads(pools).filter((x) => !x.name.startsWith('network depth 2'))) {
        latencies.push(await latency(serve.url, w.name, w.query, (k) => w.variables('actors', k), o.requests));
      }
      latencies.push(await latency(serve.url, 'search (article text)', 'query($t: String!) { search(text: $t, first: 20) { kind id text score } }',
        (k) => ({ t: SEARCH_WORDS[k % SEARCH_WORDS.length] }), o.requests));
      const stats = await gql(serve.url, '{ stats { articles interactionsByType { count } } }');
      const interactions = (stats.data.stats.interactionsByType as { count: number }[]).reduce((n, t) => n + t.count, 0);
      rows.push({
        articles: stats.data.stats.articles, interactions, loadMs: load.wallMs, loadPeakRssBytes: load.peakRssBytes,
        loadOverExtraction: load.wallMs / ((size / extraction.articlesPerSec) * 1000), dataDirBytes: dirBytes(dataDir),
        startupMs: serve.startupMs, serveRssAfterStartBytes: rssAfterStart, servePeakRssBytes: procStatusKb(serve.child.pid, 'VmHWM') * 1024,
        latencies,
      });
      for (const l of latencies) o.log(`  ${l.name}: first ${l.firstMs.toFixed(0)} ms, p50 ${l.p50Ms.toFixed(1)} ms, p95 ${l.p95Ms.toFixed(1)} ms`);
    } finally {
      await serve.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { extraction: extraction!, rows };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const num = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function scaleReport(s: ScaleSeries, requests: number): string {
  const lines = [
    `Pure extraction (in-process, one core, ${num(s.extraction.articles)} articles): ${num(s.extraction.articlesPerSec, 1)} articles/s.`, '',
    '| Articles | Interactions | `load` | articles/s | load ÷ pure extraction | peak RSS of `load` | DATA_DIR | `serve` startup | `serve` RSS after start | `serve` peak RSS after the queries |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of s.rows) {
    lines.push(`| ${num(r.articles)} | ${num(r.interactions)} | ${(r.loadMs / 1000).toFixed(1)} s | ${num((r.articles / r.loadMs) * 1000, 1)} | ${r.loadOverExtraction.toFixed(2)}× `
      + `| ${mib(r.loadPeakRssBytes)} | ${mib(r.dataDirBytes)} | ${(r.startupMs / 1000).toFixed(1)} s | ${mib(r.serveRssAfterStartBytes)} | ${mib(r.servePeakRssBytes)} |`);
  }
  const names = s.rows[0]?.latencies.map((l) => l.name) ?? [];
  lines.push('', `| Query latency, ms (uncached, one at a time, rotating actors; first request, then p50 / p95 of ${requests}) | ${s.rows.map((r) => num(r.articles)).join(' | ')} |`,
    `|---|${s.rows.map(() => '---:').join('|')}|`);
  for (const name of names) {
    const cells = s.rows.map((r) => {
      const l = r.latencies.find((x) => x.name === name)!;
      return `${l.firstMs.toFixed(0)}, then ${l.p50Ms.toFixed(1)} / ${l.p95Ms.toFixed(1)}`;
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
