/** Pure extraction throughput: `extract()` in this process, one core, texts already in memory. */
import { extract } from '../../src/extraction';
import { countWords, type CorpusArticle } from '../corpus/generate';

export interface ExtractionRate {
  articles: number;
  words: number;
  ms: number;
  articlesPerSec: number;
  interactions: number;
}

export function measureExtraction(articles: readonly CorpusArticle[], warmup = 25): ExtractionRate {
  // The first calls compile the knowledge base and warm the JIT; they are not what is measured.
  for (const a of articles.slice(0, warmup)) extract({ text: a.text, publishedAt: a.publishedAt });
  let interactions = 0;
  const started = performance.now();
  for (const a of articles) interactions += extract({ text: a.text, publishedAt: a.publishedAt }).interactions.length;
  const ms = performance.now() - started;
  return {
    articles: articles.length, ms, articlesPerSec: (articles.length / ms) * 1000, interactions,
    words: articles.reduce((n, a) => n + countWords(a.text), 0),
  };
}
