/**
 * The real news articles of `eval/dev-real` (English and German, longer and more varied than the
 * synthetic corpus), read as `actorgraph extract` reads them: manifest dates, text decoded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticleFiles } from '../../src/ingest/article-files';
import { decodeArticleFile } from '../../src/ingest/article-text';
import { repoRoot } from '../corpus/knowledge-data';
import type { RateArticle } from './extraction-rate';

export const REAL_ARTICLES_DIR = join('eval', 'dev-real');
/**
 * Passes over the real articles before they are measured: the JIT needs some 300 articles before
 * extraction runs at its steady speed (the first pass is about a third of it), and a long `load`
 * runs at that speed.
 */
export const REAL_WARMUP_PASSES = 10;

export function readRealArticles(dir = join(repoRoot(), REAL_ARTICLES_DIR)): RateArticle[] {
  // Only the articles: the folder's README.md is documentation.
  return findArticleFiles([dir]).files
    .filter((f) => f.path.endsWith('.txt'))
    .map((f) => ({ text: decodeArticleFile(readFileSync(f.path)), publishedAt: f.metadata.publishedAt ?? null }));
}
