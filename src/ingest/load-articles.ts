/**
 * Loads article files into a store: each file is read, checked and extracted on its own, so a bad
 * file is reported and the others still load; the store writes what was extracted while the next
 * files are extracted. A store that becomes unavailable stops the load (every later write would
 * wait out the same time-outs); loading again continues where it stopped, as ingesting is idempotent.
 */
import { readFileSync } from 'node:fs';
import type { ArticleMetadata } from '../domain/article';
import { StoreUnavailableError } from '../domain/errors';
import type { ArticleToIngest, GraphStore, IngestOutcome } from '../store/graph-store';
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
  // Extraction runs here while the store writes what was extracted before. What accumulates during
  // a write goes to the store in one ingestMany: one article at a time on the fast embedded store,
  // batches on Neo4j, where a transaction costs round trips. Each article is still acknowledged
  // only once its write is durable.
  let pending: Prepared[] = [];
  let writing: Promise<void> | null = null;
  const startWrite = (): void => {
    const batch = pending;
    pending = [];
    writing = writeBatch(store, batch, summary).finally(() => { writing = null; });
  };
  for (const file of files) {
    if (summary.stoppedBy) break;
    try {
      pending.push({ path: file.path, ...prepareArticle(decodeArticleFile(readFileSync(file.path)), file.metadata) });
    } catch (err) {
      summary.failed.push({ path: file.path, reason: reasonOf(err) });
    }
    progress?.advance(file.path);
    // Extraction is synchronous: give a finished write the chance to say so.
    await new Promise((resolve) => setImmediate(resolve));
    if (writing && pending.length >= MAX_BATCH) await writing;
    if (!writing && pending.length > 0 && !summary.stoppedBy) startWrite();
  }
  await writing;
  if (pending.length > 0 && !summary.stoppedBy) startWrite();
  await writing;
  progress?.stop();
  return summary;
}

interface Prepared extends ArticleToIngest {
  path: string;
}

/** Articles handed to the store in one ingestMany at most. */
const MAX_BATCH = 500;

async function writeBatch(store: GraphStore, batch: Prepared[], summary: LoadSummary): Promise<void> {
  try {
    const outcomes = await store.ingestMany(batch);
    outcomes.forEach((outcome, n) => count(summary, batch[n]!, outcome));
  } catch (err) {
    if (err instanceof StoreUnavailableError) { summary.stoppedBy = err.message; return; }
    if (batch.length === 1) { summary.failed.push({ path: batch[0]!.path, reason: reasonOf(err) }); return; }
    // One bad article fails its batch: one at a time, the others load and it is named.
    for (const item of batch) {
      if (summary.stoppedBy) return;
      await writeBatch(store, [item], summary);
    }
  }
}

function count(summary: LoadSummary, { extraction }: Prepared, outcome: IngestOutcome): void {
  if (outcome.updated) summary.updated++;
  if (!outcome.created) { summary.unchanged++; return; }
  summary.created++;
  summary.actors += extraction.persons.length + extraction.countries.length + extraction.organizations.length;
  summary.interactions += extraction.interactions.length;
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
