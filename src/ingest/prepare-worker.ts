/** Worker thread of the extraction pool (prepare-pool.ts): one article per task. */
import type { ArticleMetadata } from '../domain/article';
import { AppError } from '../domain/errors';
import { prepareArticle, type PreparedArticle } from './prepare-article';

export type PrepareOutcome = { ok: PreparedArticle } | { error: { message: string; badInput: boolean } };

export default function prepareInWorker({ text, metadata }: { text: string; metadata: ArticleMetadata }): PrepareOutcome {
  try {
    return { ok: prepareArticle(text, metadata) };
  } catch (err) {
    // Errors lose their class between threads: say whether it was the input's fault.
    return { error: { message: err instanceof Error ? err.message : String(err), badInput: err instanceof AppError } };
  }
}
