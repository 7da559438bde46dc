import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ScoreRecord } from '../../domain/graph';
import type { Context } from '../context.type';
import { Actor } from '../types/actor.interface';
import { ActorScore } from '../types/actor-score.type';

@Resolver(() => ActorScore)
export class ActorScoreResolver {
  @FieldResolver(() => Actor, { description: 'The actor scored' })
  actor(@Root() s: ScoreRecord, @Ctx() { loaders }: Context) {
    return loaders.actors.load(s.actorId);
  }
}
