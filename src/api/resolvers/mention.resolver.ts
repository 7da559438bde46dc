import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { MentionRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Article, Mention } from '../types/article.type';

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Article, { description: 'The article that mentions the actor' })
  article(@Root() m: MentionRecord, @Ctx() { loaders }: Context) {
    return loaders.articles.load(m.articleId);
  }
}
