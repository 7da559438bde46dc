import { Arg, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { Article as ArticleRecord } from '../../domain/article';
import type { InteractionRecord } from '../../domain/graph';
import { matchesInteraction } from '../../store/interaction-filter';
import type { Context } from '../context.type';
import { TOPICS } from '../subscriptions/pub-sub';
import { Article } from '../types/article.type';
import { InteractionFilter } from '../types/interaction-filter.input';
import { Interaction } from '../types/interaction.type';
import { toStoreFilter } from './filters';

/** Events of this server's feed only (see subscriptions/pub-sub.ts). */
const feedOf = ({ context }: { context: Context }) => context.feedId!;

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Interaction, {
    topics: TOPICS.INTERACTION_ADDED,
    topicId: feedOf,
    filter: ({ payload, args }: { payload: InteractionRecord; args: { filter?: InteractionFilter } }) => matchesInteraction(payload, toStoreFilter(args.filter)),
    description: 'Each interaction an article added to the store reports, once the write is durable: new ones, and existing ones '
      + 'the article reports again (with it as a new source). WebSocket (graphql-ws protocol) on /graphql; on Neo4j, '
      + 'found by polling every SUBSCRIPTION_POLL_MS',
  })
  interactionAdded(
    @Root() interaction: InteractionRecord,
    @Ctx() { loaders }: Context,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Only interactions that match' }) _filter?: InteractionFilter,
  ): InteractionRecord {
    // One subscription lives long: its fields must read the store as it is now.
    loaders.clearAll();
    return interaction;
  }

  @Subscription(() => Article, {
    topics: TOPICS.ARTICLE_ADDED,
    topicId: feedOf,
    description: 'Each article added to the store, once the write is durable (WebSocket, as interactionAdded)',
  })
  articleAdded(@Root() article: ArticleRecord, @Ctx() { loaders }: Context): ArticleRecord {
    loaders.clearAll();
    return article;
  }
}
