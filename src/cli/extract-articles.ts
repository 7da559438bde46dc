/**
 * Article files -> `extract --json` contract articles, in-process. One code path for `extract`
 * and `eval`: a file that cannot be read or extracted is reported and the others go on.
 */
import { readFileSync } from 'node:fs';
import type { ArticleMetadata } from '../domain/article';
import { findArticleFiles } from '../ingest/article-files';
import type { PathProblem } from '../ingest/article-files';
import { decodeArticleFile } from '../ingest/article-text';
import { prepareArticle } from '../ingest/prepare-article';
import { toContractArticle } from './extract-contract';

export type ContractArticle = ReturnType<typeof toContractArticle>;

export interface ExtractedFiles {
  articles: ContractArticle[];
  /** Paths and files that were skipped, in the order met. */
  skipped: PathProblem[];
}

export function extractArticleFiles(paths: string[], overrides: ArticleMetadata = {}): ExtractedFiles {
  const { files, problems } = findArticleFiles(paths, overrides);
  const skipped = [...problems];
  const articles: ContractArticle[] = [];
  for (const file of files) {
    try {
      const { article, extraction } = prepareArticle(decodeArticleFile(readFileSync(file.path)), file.metadata);
      articles.push(toContractArticle(file.path, article, extraction));
    } catch (err) {
      skipped.push({ path: file.path, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { articles, skipped };
}

export function reportSkipped(skipped: PathProblem[]): void {
  for (const p of skipped) process.stderr.write(`skipped ${p.path}: ${p.reason}\n`);
}
