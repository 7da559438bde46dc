import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SourceRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Article } from '../types/article.type';
import { Source } from '../types/interaction.type';

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => Article, { description: 'The article that reports the interaction' })
  article(@Root() s: SourceRecord, @Ctx() { loaders }: Context) {
    return loaders.articles.load(s.articleId);
  }
}
