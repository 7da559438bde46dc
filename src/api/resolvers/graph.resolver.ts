/** Graph-analytics queries: paths, networks, centrality. */
import { Max, Min, ValidateNested } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { ActorKind } from '../../domain/enums';
import type { PathHopRecord } from '../../domain/graph';
import { withSpokeToDefaults } from '../../store/interaction-filter';
import type { Context } from '../context.type';
import { fieldNamesBelow } from '../selection';
import { resolveActorRef } from './actor-ref';
import { Actor } from '../types/actor.interface';
import { ActorScore } from '../types/actor-score.type';
import { ActorKindEnum, CentralityMetricEnum } from '../types/enums';
import { InteractionFilter } from '../types/interaction-filter.input';
import { Interaction } from '../types/interaction.type';
import { Network } from '../types/network.type';
import { ActorPath, PathHop } from '../types/path.type';
import { toStoreFilter } from './filters';

export const DEFAULT_MAX_HOPS = 4;
export const MAX_HOPS_LIMIT = 8;
export const DEFAULT_NETWORK_LIMIT = 200;

@ArgsType()
class PathArgs {
  @Field(() => ID, { description: 'Actor id, or a name or alias that names one actor ("Modi")' }) from!: string;
  @Field(() => ID, { description: 'Actor id, or a name or alias that names one actor ("Putin")' }) to!: string;
  @Field(() => Int, { defaultValue: DEFAULT_MAX_HOPS, description: `Longest chain looked for, 1 to ${MAX_HOPS_LIMIT}` })
  @Min(1) @Max(MAX_HOPS_LIMIT)
  maxHops: number = DEFAULT_MAX_HOPS;
  @Field(() => InteractionFilter, { nullable: true, description: 'Default: spoke-to interactions that occurred' })
  // An input inside arguments: class-validator checks its constraints only when told to.
  @ValidateNested()
  filter?: InteractionFilter;
}

@ArgsType()
class NetworkArgs {
  @Field(() => ID, { nullable: true, description: 'Actor id, or a name or alias that names one actor ("Putin"); without a center: the most connected actors of the whole graph' })
  center?: string;
  @Field(() => Int, { defaultValue: 1, description: 'Hops from the center, 1 to 4' })
  @Min(1) @Max(4)
  depth: number = 1;
  @Field(() => InteractionFilter, { nullable: true, description: 'Default: spoke-to interactions that occurred' })
  // An input inside arguments: class-validator checks its constraints only when told to.
  @ValidateNested()
  filter?: InteractionFilter;
  @Field(() => Int, { defaultValue: DEFAULT_NETWORK_LIMIT, description: 'Most nodes returned' })
  @Min(1) @Max(5000)
  limit: number = DEFAULT_NETWORK_LIMIT;
}

@ArgsType()
class CentralityArgs {
  @Field(() => CentralityMetricEnum, { description: 'The measure' }) metric!: keyof typeof CentralityMetricEnum;
  @Field(() => ActorKindEnum, { nullable: true, description: 'Only actors of this kind (scores are computed on the whole network)' }) kind?: ActorKind;
  @Field(() => Int, { defaultValue: 10, description: 'How many, 1 to 100' })
  @Min(1) @Max(100)
  first: number = 10;
  @Field(() => InteractionFilter, { nullable: true, description: 'Default: spoke-to interactions that occurred' })
  // An input inside arguments: class-validator checks its constraints only when told to.
  @ValidateNested()
  filter?: InteractionFilter;
}

@Resolver(() => PathHop)
export class GraphResolver {
  @Query(() => ActorPath, { nullable: true, description: 'Shortest chain of who spoke to whom; null when none within maxHops' })
  async path(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args() { from, to, maxHops, filter }: PathArgs) {
    const [fromId, toId] = await Promise.all([resolveActorRef(ctx, from), resolveActorRef(ctx, to)]);
    const hops = await ctx.store.path(fromId, toId, maxHops, withSpokeToDefaults(toStoreFilter(filter)));
    if (!hops) return null;
    // The hops' ends and interactions the client reads, loaded together: the hops' fields then answer at once.
    const names = fieldNamesBelow(info);
    const ends: string[] = [];
    const interactions: string[] = [];
    for (const h of hops) {
      ends.push(h.fromId, h.toId);
      interactions.push(...h.interactionIds);
    }
    await Promise.all([
      (names.has('from') || names.has('to')) && ctx.loaders.actors.prime(ends),
      names.has('interactions') && ctx.loaders.interactions.prime(interactions),
    ]);
    return { hops, length: hops.length };
  }

  @Query(() => Network, { description: 'Actors and who-spoke-to-whom edges for a visualisation' })
  async network(@Ctx() ctx: Context, @Args() { center, depth, filter, limit }: NetworkArgs) {
    const centerId = center ? await resolveActorRef(ctx, center) : undefined;
    return ctx.store.network({ center: centerId, depth, filter: withSpokeToDefaults(toStoreFilter(filter)), limit });
  }

  @Query(() => [ActorScore], { description: 'Most central actors of the spoke-to network' })
  centrality(@Ctx() { store }: Context, @Args() { metric, kind, first, filter }: CentralityArgs) {
    return store.centrality(metric, withSpokeToDefaults(toStoreFilter(filter)), kind ?? null, first);
  }

  @FieldResolver(() => Actor, { description: 'Actor at the start of the hop' })
  from(@Root() hop: PathHopRecord, @Ctx() { loaders }: Context) {
    return loaders.actors.load(hop.fromId);
  }

  @FieldResolver(() => Actor, { description: 'Actor at the end of the hop' })
  to(@Root() hop: PathHopRecord, @Ctx() { loaders }: Context) {
    return loaders.actors.load(hop.toId);
  }

  @FieldResolver(() => [Interaction], { description: 'Interactions linking the two, matching the filter' })
  interactions(@Root() hop: PathHopRecord, @Ctx() { loaders }: Context) {
    return loaders.interactions.loadAll(hop.interactionIds);
  }
}
