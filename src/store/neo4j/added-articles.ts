/**
 * Finds the articles any writer added to Neo4j by polling `list-added-articles` every `intervalMs`
 * (Neo4j Community has no change feed). Articles carry `ingestedAt` from the database clock; a
 * poll reads from `LAG_MS` before the last poll's clock, so a write that committed after a later
 * one started is still seen, and remembers what it reported within that window.
 */
import { asList, asMap, asString, type Plain } from './values';

type Row = Record<string, Plain>;

/** How long a write may take from its start to its commit and still be reported. */
export const LAG_MS = 60_000;
const PAGE = 500;

export type ReadAdded = (params: { since: number; afterAt: number | null; afterId: string; limit: number }) => Promise<Row[]>;

export class AddedArticlePoller {
  private timer: NodeJS.Timeout | null = null;
  private since: number | null = null;
  /** Reported (or already there at start) within the window, with their ingestedAt. */
  private readonly seen = new Map<string, number>();
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly read: ReadAdded,
    private readonly intervalMs: number,
    private readonly onAdded: (articleId: string) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    if (this.timer) return;
    // The first poll only learns what is already there.
    this.running = this.poll(false);
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.poll(true));
    }, this.intervalMs);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async poll(report: boolean): Promise<void> {
    try {
      const from = this.since === null ? Number.MAX_SAFE_INTEGER : this.since - LAG_MS;
      let afterAt: number | null = null;
      let afterId = '';
      let now: number | null = null;
      for (;;) {
        const [row] = await this.read({ since: from, afterAt, afterId, limit: PAGE });
        now ??= Number(row?.now);
        const articles = asList(row?.articles, 'articles').map((a: Plain) => {
          const m = asMap(a, 'article');
          return { id: asString(m.id, 'article.id'), at: Number(m.ingestedAt) };
        });
        for (const a of articles) {
          if (this.seen.has(a.id)) continue;
          this.seen.set(a.id, a.at);
          if (report) this.onAdded(a.id);
        }
        if (articles.length < PAGE) break;
        ({ at: afterAt, id: afterId } = articles[articles.length - 1]);
      }
      if (this.since === null) {
        // Learn what the window before the start already holds, without reporting it.
        this.since = now;
        await this.poll(false);
        return;
      }
      this.since = now;
      for (const [id, at] of this.seen) if (at < now - LAG_MS) this.seen.delete(id);
    } catch (error) {
      this.onError(error);
    }
  }
}
