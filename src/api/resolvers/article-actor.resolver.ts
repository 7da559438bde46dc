import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { ArticleActor } from '../types/article.type';

@Resolver(() => ArticleActor)
export class ArticleActorResolver {
  @FieldResolver(() => Actor, { description: 'The actor mentioned' })
  actor(@Root() a: { actorId: string }, @Ctx() { loaders }: Context) {
    return loaders.actors.load(a.actorId);
  }
}
