/**
 * Loads article files into a store one by one: each file is read, checked, extracted and
 * ingested on its own, so a bad file is reported and the others still load. A store that becomes
 * unavailable stops the load (every later write would wait out the same time-outs); loading
 * again continues where it stopped, as ingesting is idempotent.
 */
import { readFileSync } from 'node:fs';
import type { ArticleMetadata } from '../domain/article';
import { StoreUnavailableError } from '../domain/errors';
import type { GraphStore } from '../store/graph-store';
import { decodeArticleFile } from './article-text';
import { findArticleFiles } from './article-files';
import { prepareArticle } from './prepare-article';

export interface LoadSummary {
  files: number;
  created: number;
  unchanged: number;
  /** Of the unchanged: stored with other metadata, now updated to this file's. */
  updated: number;
  failed: { path: string; reason: string }[];
  actors: number;
  interactions: number;
  /** Why the load stopped before the last file (the store became unavailable), or null. */
  stoppedBy: string | null;
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
  // A path that is missing counts as a file that could not be loaded ("loaded 0 of 1").
  const listed = new Set(files.map((f) => f.path));
  const unlisted = new Set(problems.map((p) => p.path).filter((p) => !listed.has(p))).size;
  const summary: LoadSummary = {
    files: files.length + unlisted, created: 0, unchanged: 0, updated: 0, failed: [...problems], actors: 0, interactions: 0, stoppedBy: null,
  };
  progress?.start(files.length);
  // One write in flight while the next file is read and extracted: the disk sync of article n
  // overlaps the CPU work on article n+1. Each article is still acknowledged only once on disk.
  let inFlight: Promise<void> = Promise.resolve();
  for (const file of files) {
    let prepared: ReturnType<typeof prepareArticle> | null = null;
    try {
      prepared = prepareArticle(decodeArticleFile(readFileSync(file.path)), file.metadata);
    } catch (err) {
      summary.failed.push({ path: file.path, reason: reasonOf(err) });
    }
    await inFlight;
    if (summary.stoppedBy) break;
    progress?.advance(file.path);
    if (!prepared) continue;
    const { article, extraction } = prepared;
    inFlight = store.ingest(article, extraction).then(
      (outcome) => {
        if (outcome.updated) summary.updated++;
        if (!outcome.created) { summary.unchanged++; return; }
        summary.created++;
        summary.actors += extraction.persons.length + extraction.countries.length + extraction.organizations.length;
        summary.interactions += extraction.interactions.length;
      },
      (err: unknown) => {
        if (err instanceof StoreUnavailableError) summary.stoppedBy = err.message;
        else summary.failed.push({ path: file.path, reason: reasonOf(err) });
      },
    );
  }
  await inFlight;
  progress?.stop();
  return summary;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
