/**
 * Turns "the store added an article" into subscription events: the article (articleAdded) and
 * every interaction it reports (interactionAdded), new or merged into one that existed; for a
 * merge, the new article is one more source. Events are read from the store once, whatever the
 * number of subscribers, and not at all while nobody subscribes.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logger';
import type { GraphStore } from '../../store/graph-store';
import { pubSub, TOPICS } from './pub-sub';

export class GraphFeed {
  readonly id = randomUUID();
  private stopListening: (() => void) | null = null;
  /** Events are published in the order the store added the articles. */
  private publishing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    private readonly logger: Logger,
    private readonly hasSubscribers: () => boolean,
  ) {}

  start(): void {
    this.stopListening ??= this.store.onArticleAdded((articleId) => {
      if (!this.hasSubscribers()) return;
      this.publishing = this.publishing.then(() => this.publish(articleId));
    });
  }

  async stop(): Promise<void> {
    this.stopListening?.();
    this.stopListening = null;
    await this.publishing;
  }

  private async publish(articleId: string): Promise<void> {
    try {
      const [[article], [interactionIds]] = await Promise.all([
        this.store.getArticles([articleId]), this.store.interactionsInArticles([articleId]),
      ]);
      if (!article) return; // removed again before we read it
      const interactions = await this.store.getInteractions(interactionIds);
      pubSub.publish(TOPICS.ARTICLE_ADDED, this.id, article);
      for (const interaction of interactions) if (interaction) pubSub.publish(TOPICS.INTERACTION_ADDED, this.id, interaction);
    } catch (err) {
      this.logger.error({ err, articleId }, 'could not read an added article for its subscribers');
    }
  }
}
