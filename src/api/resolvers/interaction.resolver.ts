import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { InteractionRecord, ParticipationRecord, SourceRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { loadAll, requireActors } from '../loaders';
import { InteractionConnection } from '../types/connections.type';
import { storePage, toConnection } from '../types/connection.type';
import { InteractionOrderEnum } from '../types/enums';
import { InteractionFilter } from '../types/interaction-filter.input';
import { Interaction, Participation, Source } from '../types/interaction.type';
import { PageArgs } from '../types/page-args';
import { Topic } from '../types/topic.type';
import { toStoreFilter } from './filters';

@ArgsType()
class ConversationArgs {
  @Field(() => [ID], { description: 'Actor ids; every one takes part in each interaction returned' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  between!: string[];

  @Field(() => InteractionFilter, { nullable: true })
  filter?: InteractionFilter;
}

@Resolver(() => Interaction)
export class InteractionResolver {
  @Query(() => Interaction, { nullable: true })
  interaction(@Ctx() { loaders }: Context, @Arg('id', () => ID) id: string) {
    return loaders.interactions.load(id);
  }

  @Query(() => InteractionConnection, { description: 'Newest first by default' })
  async interactions(
    @Ctx() { store }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => InteractionFilter, { nullable: true }) filter?: InteractionFilter,
    @Arg('orderBy', () => InteractionOrderEnum, { defaultValue: 'DATE_DESC' }) orderBy: keyof typeof InteractionOrderEnum = 'DATE_DESC',
  ) {
    return toConnection('interactions', await store.listInteractions(toStoreFilter(filter), orderBy, storePage('interactions', page)));
  }

  @Query(() => [Interaction], { description: 'Every interaction among all the given actors, oldest first' })
  async conversations(@Ctx() { store, loaders }: Context, @Args() { between, filter }: ConversationArgs) {
    await requireActors(loaders, between);
    return store.conversations(between, toStoreFilter(filter));
  }

  @FieldResolver(() => [Participation])
  participants(@Root() interaction: InteractionRecord): ParticipationRecord[] {
    return interaction.participants;
  }

  @FieldResolver(() => [Topic])
  topics(@Root() interaction: InteractionRecord, @Ctx() { loaders }: Context) {
    return loadAll(loaders.topics, interaction.topicIds);
  }

  @FieldResolver(() => [Source], { description: 'The articles that report it, oldest first' })
  sources(@Root() interaction: InteractionRecord): SourceRecord[] {
    return interaction.sources;
  }
}
