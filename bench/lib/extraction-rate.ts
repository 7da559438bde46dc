/** Pure extraction throughput: `extract()` in this process, one core, texts already in memory. */
import { extract } from '../../src/extraction';
import { countWords } from '../corpus/generate';

export interface RateArticle {
  text: string;
  publishedAt: string | null;
}

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
