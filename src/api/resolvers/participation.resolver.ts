import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ParticipationRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { Participation } from '../types/interaction.type';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => Actor, { description: 'The actor taking part' })
  actor(@Root() p: ParticipationRecord, @Ctx() { loaders }: Context) {
    return loaders.actors.load(p.actorId);
  }
}
