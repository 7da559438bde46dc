/** Pure extraction throughput: `extract()` in this process, one core, texts already in memory. */
import { extract } from '../../src/extraction';
import type { Extraction, ExtractionInput } from '../../src/domain/extraction';
import { countWords } from '../corpus/generate';
import { median } from './in-process';

export interface RateArticle {
  text: string;
  publishedAt: string | null;
}

export type ExtractFn = (input: ExtractionInput) => Extraction;

export interface ExtractionRate {
  articles: number;
  words: number;
  ms: number;
  articlesPerSec: number;
  wordsPerSec: number;
  interactions: number;
}

/** `articles` extracted `repeat` times after `warmup` extractions (knowledge base compiled, JIT warm). */
export function measureExtraction(articles: readonly RateArticle[], warmup = 25, repeat = 1): ExtractionRate {
  for (let k = 0; k < warmup; k++) {
    const a = articles[k % articles.length];
    extract({ text: a.text, publishedAt: a.publishedAt });
  }
  let interactions = 0;
  const started = performance.now();
  for (let r = 0; r < repeat; r++) {
    for (const a of articles) interactions += extract({ text: a.text, publishedAt: a.publishedAt }).interactions.length;
  }
  const ms = performance.now() - started;
  const words = articles.reduce((n, a) => n + countWords(a.text), 0) * repeat;
  return {
    articles: articles.length * repeat, words, ms, interactions,
    articlesPerSec: (articles.length * repeat / ms) * 1000, wordsPerSec: (words / ms) * 1000,
  };
}

export interface SideBySide {
  /** Median articles/s of one pass over the articles, per version. */
  baseline: number;
  current: number;
  /** Median over passes of baseline time / current time (each pair run back to back). */
  speedUp: number;
  passes: number;
}

/**
 * Two versions of `extract` on the same articles, in turns (the order alternating), after
 * `warmupPasses` passes of each: on a shared machine the load changes from second to second, a
 * pair of passes run back to back sees nearly the same.
 */
export function compareExtraction(articles: readonly RateArticle[], baseline: ExtractFn, current: ExtractFn, warmupPasses: number, passes: number): SideBySide {
  const pass = (fn: ExtractFn): number => {
    const started = performance.now();
    for (const a of articles) fn({ text: a.text, publishedAt: a.publishedAt });
    return performance.now() - started;
  };
  for (let k = 0; k < warmupPasses; k++) {
    pass(baseline);
    pass(current);
  }
  const base: number[] = [];
  const cur: number[] = [];
  for (let k = 0; k < passes; k++) {
    if (k % 2 === 0) {
      base.push(pass(baseline));
      cur.push(pass(current));
    } else {
      cur.push(pass(current));
      base.push(pass(baseline));
    }
  }
  const rate = (ms: number) => (articles.length / ms) * 1000;
  return { baseline: rate(median(base)), current: rate(median(cur)), speedUp: median(base.map((b, k) => b / cur[k])), passes };
}
