import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { ActorRecord } from '../../domain/graph';
import { BadInputError } from '../../domain/errors';
import { withSpokeToDefaults } from '../../store/interaction-filter';
import type { Context } from '../context.type';
import type { CounterpartView } from '../loaders';
import { Actor } from '../types/actor.interface';
import { ActorFilter } from '../types/actor-filter.input';
import { Mention } from '../types/article.type';
import { ActorConnection, InteractionConnection } from '../types/connections.type';
import { storePage, toConnection } from '../types/connection.type';
import { Counterpart } from '../types/counterpart.type';
import { ActorOrderEnum, InteractionOrderEnum } from '../types/enums';
import { InteractionFilter } from '../types/interaction-filter.input';
import { PageArgs } from '../types/page-args';
import { TopicCount } from '../types/topic.type';
import { interactionRefs } from '../selection';
import { toStoreFilter } from './filters';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'By id, or by any name or alias ignoring case and accents; null when unknown' })
  async actor(
    @Ctx() { store, loaders }: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Actor id (a merged id finds the actor kept)' }) id?: string,
    @Arg('name', () => String, { nullable: true, description: 'Any name, alias or knowledge-base name (at most 200 characters); several matches: the most mentioned' }) name?: string,
  ): Promise<ActorRecord | null> {
    if (!id === !name) throw new BadInputError('Give exactly one of id or name');
    if (id) return loaders.actors.load(id);
    if (name!.length > 200) throw new BadInputError('name is longer than 200 characters');
    // Several actors can share a name; the most mentioned is the one people mean.
    return (await store.findActorsByName(name!))[0] ?? null;
  }

  @Query(() => ActorConnection, { description: 'Actors, a page at a time (first at most 100)' })
  async actors(
    @Ctx() { store }: Context,
    @Args() page: PageArgs,
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Which actors' }) filter?: ActorFilter,
    @Arg('orderBy', () => ActorOrderEnum, { defaultValue: 'NAME', description: 'Order of the list' }) orderBy: keyof typeof ActorOrderEnum = 'NAME',
  ) {
    return toConnection('actors', await store.listActors({ ...filter }, orderBy, storePage('actors', page)));
  }

  @FieldResolver(() => [Counterpart], {
    description: 'Whom this actor spoke with (CALL, MEETING, TALKS, CONSULTATION that OCCURRED unless the filter says otherwise), most often first',
  })
  counterparts(
    @Root() actor: ActorRecord,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Default: spoke-to interactions (CALL, MEETING, TALKS, CONSULTATION) with status OCCURRED; types or status given replace those defaults' }) filter?: InteractionFilter,
  ): Promise<CounterpartView[]> {
    return loaders.counterparts(withSpokeToDefaults(toStoreFilter(filter)), interactionRefs(info)).load(actor.id);
  }

  @FieldResolver(() => InteractionConnection, { description: 'Interactions this actor takes part in, newest first by default' })
  async interactions(
    @Root() actor: ActorRecord,
    @Ctx() { loaders }: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => InteractionFilter, { nullable: true, description: 'Which interactions; every condition given must hold' }) filter?: InteractionFilter,
    @Arg('orderBy', () => InteractionOrderEnum, { defaultValue: 'DATE_DESC', description: 'Order of the list' }) orderBy: keyof typeof InteractionOrderEnum = 'DATE_DESC',
  ) {
    const loader = loaders.interactionsIn(toStoreFilter(filter), orderBy, storePage('interactions', page), interactionRefs(info));
    return toConnection('interactions', await loader.load({ actors: [actor.id] }));
  }

  @FieldResolver(() => [TopicCount], { description: 'Topics of the interactions this actor takes part in, most frequent first' })
  topics(@Root() actor: ActorRecord, @Ctx() { loaders }: Context) {
    return loaders.topicsOfActor.load(actor.id);
  }

  @FieldResolver(() => [Mention], { description: 'Articles that mention this actor' })
  mentions(@Root() actor: ActorRecord, @Ctx() { loaders }: Context) {
    return loaders.mentions.load(actor.id);
  }
}
