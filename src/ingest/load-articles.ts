/**
 * Loads article files into a store one by one: each file is read, checked, extracted and
 * ingested on its own, so a bad file is reported and the others still load.
 */
import { readFileSync } from 'node:fs';
import type { ArticleMetadata } from '../domain/article';
import type { GraphStore } from '../store/graph-store';
import { decodeArticleFile } from './article-text';
import { findArticleFiles } from './article-files';
import { prepareArticle } from './prepare-article';

export interface LoadSummary {
  files: number;
  created: number;
  unchanged: number;
  failed: { path: string; reason: string }[];
  actors: number;
  interactions: number;
}

export interface LoadProgress {
  start(total: number): void;
  advance(path: string): void;
  stop(): void;
}

export async function loadArticles(
  store: GraphStore,
  paths: string[],
  overrides: ArticleMetadata = {},
  progress?: LoadProgress,
): Promise<LoadSummary> {
  const { files, problems } = findArticleFiles(paths, overrides);
  const summary: LoadSummary = { files: files.length, created: 0, unchanged: 0, failed: [...problems], actors: 0, interactions: 0 };
  progress?.start(files.length);
  for (const file of files) {
    try {
      const text = decodeArticleFile(readFileSync(file.path));
      const { article, extraction } = prepareArticle(text, file.metadata);
      const outcome = await store.ingest(article, extraction);
      if (outcome.created) {
        summary.created++;
        summary.actors += extraction.persons.length + extraction.countries.length + extraction.organizations.length;
        summary.interactions += extraction.interactions.length;
      } else {
        summary.unchanged++;
      }
    } catch (err) {
      summary.failed.push({ path: file.path, reason: err instanceof Error ? err.message : String(err) });
    }
    progress?.advance(file.path);
  }
  progress?.stop();
  return summary;
}
