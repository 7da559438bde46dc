import { ArrayMaxSize, ArrayMinSize, ValidateNested } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ActorRecord, InteractionRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { primeInteractionRefs, requireActors } from '../loaders';
import { InteractionConnection } from '../types/connections.type';
import { storePage, toConnection } from '../types/connection.type';
import { InteractionOrderEnum } from '../types/enums';
import { InteractionFilter } from '../types/interaction-filter.input';
import { Interaction, Participation } from '../types/interaction.type';
import { PageArgs } from '../types/page-args';
import { Topic } from '../types/topic.type';
import { interactionRefs } from '../selection';
import { toStoreFilter } from './filters';

@ArgsType()
class ConversationArgs {
  @Field(() => [ID], { description: 'Actor ids; every one takes part in each interaction returned' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  between!: string[];

  @Field(() => InteractionFilter, { nullable: true, description: 'Which interactions; no default (statements about the actors included)' })
  // An input inside arguments: class-validator checks its constraints only when told to.
  @ValidateNested()
  filter?: InteractionFilter;
}

@Resolver(() => Interaction)
export class InteractionResolver {
  @Query(() => Interaction, { nullable: true, description: 'One interaction; an id from before a merge finds it under its new id; null when unknown' })
  interaction(@Ctx() { loaders }: Context, @Arg('id', () => ID, { description: 'Interaction id' }) id: string) {
    return loaders.interactions.load(id);
  }

  @Query(() => InteractionConnection, { description: 'Newest first by default' })
  async interactions(
    @Ctx() { store, loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Which interactions; every condition given must hold' }) filter?: InteractionFilter,
    @Arg('orderBy', () => InteractionOrderEnum, { defaultValue: 'DATE_DESC', description: 'Order of the list' }) orderBy: keyof typeof InteractionOrderEnum = 'DATE_DESC',
  ) {
    const found = await store.listInteractions(toStoreFilter(filter), orderBy, storePage('interactions', page));
    await primeInteractionRefs(loaders, found.edges.map((e) => e.node), interactionRefs(info));
    return toConnection('interactions', found);
  }

  @Query(() => [Interaction], { description: 'Every interaction in which all the given actors take part, oldest first: any type and status unless the filter says otherwise, so statements about an actor (role SUBJECT) are included' })
  async conversations(@Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo, @Args() { between, filter }: ConversationArgs) {
    await requireActors(loaders, between);
    const found = await loaders.conversations(between, toStoreFilter(filter));
    await primeInteractionRefs(loaders, found, interactionRefs(info));
    return found;
  }

  @FieldResolver(() => [Participation], { description: 'Actors taking part and their roles, by actor id' })
  participants(@Root() interaction: InteractionRecord, @Ctx() { loaders }: Context) {
    const withActors = (actors: (ActorRecord | null)[]) => interaction.participants.map((p, k) => ({ role: p.role, actor: actors[k] }));
    const actors = loaders.actors.loadEach(interaction.participants.map((p) => p.actorId));
    return Array.isArray(actors) ? withActors(actors) : actors.then(withActors);
  }

  @FieldResolver(() => [Topic], { description: 'Topics it is about, by id' })
  topics(@Root() interaction: InteractionRecord, @Ctx() { loaders }: Context) {
    return loaders.topics.loadAll(interaction.topicIds);
  }
}
