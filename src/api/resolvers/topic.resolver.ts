import { Max, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { TopicRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { ActorScore } from '../types/actor-score.type';
import { InteractionConnection } from '../types/connections.type';
import { storePage, toConnection } from '../types/connection.type';
import { InteractionOrderEnum } from '../types/enums';
import { InteractionFilter } from '../types/interaction-filter.input';
import { PageArgs, MAX_PAGE_SIZE } from '../types/page-args';
import { Topic, TopicCount } from '../types/topic.type';
import { interactionRefs } from '../selection';
import { toStoreFilter } from './filters';

@ArgsType()
class TopActorsArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many, 1 to ${MAX_PAGE_SIZE}` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 10;
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [TopicCount], { description: 'Topics with the number of interactions about each, most frequent first' })
  topics(@Ctx() { store }: Context) {
    return store.listTopics();
  }

  @Query(() => Topic, { nullable: true, description: 'One topic; null when no interaction is about it' })
  topic(@Ctx() { loaders }: Context, @Arg('id', () => ID, { description: 'Topic id (ukraine-war, ceasefire, …)' }) id: string) {
    return loaders.topics.load(id);
  }

  @FieldResolver(() => InteractionConnection, { description: 'Interactions about this topic, a page at a time' })
  async interactions(
    @Root() topic: TopicRecord,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Which interactions; every condition given must hold, except topics: the list is this topic\'s' }) filter?: InteractionFilter,
    @Arg('orderBy', () => InteractionOrderEnum, { defaultValue: 'DATE_DESC', description: 'Order of the list' }) orderBy: keyof typeof InteractionOrderEnum = 'DATE_DESC',
  ) {
    const loader = loaders.interactionsIn(toStoreFilter(filter), orderBy, storePage('interactions', page), interactionRefs(info));
    return toConnection('interactions', await loader.load({ topic: topic.id }));
  }

  @FieldResolver(() => [ActorScore], { description: 'Actors most involved in the topic; score = interactions about it' })
  async actors(@Root() topic: TopicRecord, @Ctx() { loaders }: Context, @Args() { first }: TopActorsArgs) {
    return (await loaders.topicActors.load(topic.id)).slice(0, first);
  }
}
