/**
 * Extraction off the event loop: a pool of worker threads (piscina) runs prepareArticle, so a
 * large ingest does not stall every other request of the server.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Piscina from 'piscina';
import type { ArticleMetadata } from '../domain/article';
import { BadInputError } from '../domain/errors';
import { prepareArticle, type PreparedArticle } from './prepare-article';
import type { PrepareOutcome } from './prepare-worker';

export class PreparePool {
  private readonly pool: Piscina | null;

  constructor() {
    const worker = join(__dirname, 'prepare-worker.js');
    // Run from TypeScript sources (jest in-process tests) there is no compiled worker: extract in this thread.
    this.pool = existsSync(worker)
      ? new Piscina({ filename: worker, minThreads: 0, maxThreads: Math.max(1, availableParallelism() - 1), idleTimeout: 60_000 })
      : null;
  }

  async prepare(text: string, metadata: ArticleMetadata): Promise<PreparedArticle> {
    const plain: ArticleMetadata = {
      title: metadata.title ?? null, url: metadata.url ?? null, source: metadata.source ?? null,
      publishedAt: metadata.publishedAt ?? null, language: metadata.language ?? null,
    };
    if (!this.pool) return prepareArticle(text, plain);
    const outcome = (await this.pool.run({ text, metadata: plain })) as PrepareOutcome;
    if ('ok' in outcome) return outcome.ok;
    throw outcome.error.badInput ? new BadInputError(outcome.error.message) : new Error(outcome.error.message);
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
