import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Article as ArticleRecord } from '../../domain/article';
import type { Context } from '../context.type';
import { ArticleFilter } from '../types/article-filter.input';
import { Article, ArticleActor } from '../types/article.type';
import { ArticleConnection } from '../types/connections.type';
import { storePage, toConnection } from '../types/connection.type';
import { Interaction } from '../types/interaction.type';
import { PageArgs } from '../types/page-args';
import { TopicCount } from '../types/topic.type';
import { topicRecord } from '../../store/topic-catalogue';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'One article; null when unknown' })
  article(@Ctx() { loaders }: Context, @Arg('id', () => ID, { description: 'Article id (hash of its normalised text)' }) id: string) {
    return loaders.articles.load(id);
  }

  @Query(() => ArticleConnection, { description: 'Newest first' })
  async articles(
    @Ctx() { store }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Which articles' }) filter?: ArticleFilter,
  ) {
    return toConnection('articles', await store.listArticles({ ...filter }, storePage('articles', page)));
  }

  @FieldResolver(() => [ArticleActor], { description: 'Actors the article mentions, most mentioned first' })
  actors(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return loaders.actorsInArticle.load(article.id);
  }

  @FieldResolver(() => [Interaction], { description: 'Interactions the article reports, oldest first' })
  async interactions(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    return loaders.interactions.loadAll(await loaders.interactionsInArticle.load(article.id));
  }

  @FieldResolver(() => [TopicCount], { description: 'Topics of the interactions the article reports, most frequent first' })
  async topics(@Root() article: ArticleRecord, @Ctx() { loaders }: Context) {
    const interactions = await loaders.interactions.loadAll(await loaders.interactionsInArticle.load(article.id));
    const counts = new Map<string, number>();
    for (const i of interactions) for (const t of i?.topicIds ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].map(([id, count]) => ({ topic: topicRecord(id), count }))
      .sort((a, b) => b.count - a.count || a.topic.id.localeCompare(b.topic.id));
  }
}
